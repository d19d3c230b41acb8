// libFuzzer target: opening an .rmap (storage) made of arbitrary bytes (docs/fuzzing.md). The
// bytes go to a file in a private temporary folder, which is read (storage::readRmap) and then
// opened for editing (storage::RmapDocument::open) and closed. Besides not crashing, hanging or
// leaking, both must agree: the same map, or both refused.
#include "sightline/storage/rmapdocument.h"
#include "sightline/storage/rmapfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

namespace {

QTemporaryDir* folder = nullptr;

[[noreturn]] void fail(const char* what, const QString& detail = {}) {
    std::fprintf(stderr, "fuzz_rmap: %s %s\n", what, qPrintable(detail));
    std::abort();
}

// Qt Sql's warnings about each refused file would cost more time than the run itself.
void quietMessages(QtMsgType type, const QMessageLogContext&, const QString& message) {
    if (type == QtFatalMsg)
        fail("Qt fatal:", message);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    static QCoreApplication app(*argc, *argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Sightline"));
    QCoreApplication::setApplicationName(QStringLiteral("sightline-fuzz"));
    qInstallMessageHandler(quietMessages);
    static QTemporaryDir temporary;
    if (!temporary.isValid())
        fail("cannot create a temporary folder");
    folder = &temporary;
    // Untitled maps (never made here) and settings stay out of the user's folders.
    qputenv("XDG_DATA_HOME", temporary.filePath(QStringLiteral("data")).toLocal8Bit());
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace sightline::storage;
    const QString path = folder->filePath(QStringLiteral("input.rmap"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write(reinterpret_cast<const char*>(data), qint64(size)) != qint64(size))
            fail("cannot write", path);
    }
    const RmapReadResult read = readRmap(path);
    if (read.map.has_value() == !read.error.isEmpty())
        fail("a map and an error together, or neither:", read.error);
    RmapDocument::OpenResult opened = RmapDocument::open(path);
    if (opened.document) {
        if (!read.map)
            fail("open accepts what readRmap refused:", read.error);
        if (!(opened.document->map().data() == *read.map))
            fail("open and readRmap read different maps");
        opened.document->close();
    } else if (read.map) {
        fail("open refuses what readRmap accepted:", opened.error);
    }
    opened.document.reset();
    // The file and whatever SQLite or a lock left beside it.
    QDir dir(folder->path());
    for (const QString& name : dir.entryList(QDir::Files | QDir::Hidden | QDir::System))
        dir.remove(name);
    return 0;
}
