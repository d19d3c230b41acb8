// Makes the .rmap seed corpus of fuzz_rmap: each JSON map given, written as an .rmap into the
// output folder (docs/fuzzing.md). Maps over --max-bytes of JSON are skipped: big seeds make
// every mutation slower; for the same reason each seed is rewritten with 512-byte pages (a
// Sightline map holds some 30 tables and indexes, at least a page each). Usage: make_rmap_seeds OUTDIR
// MAX_BYTES MAP.json...
#include "sightline/io/jsonmapreader.h"
#include "sightline/storage/rmapfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <cstdio>
#include <cstdlib>
#include <sqlite3.h>

namespace {

// Smaller pages, rollback journal: the same map in about a seventh of the bytes.
bool shrink(const QString& path) {
    sqlite3* db = nullptr;
    bool ok = sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK &&
              sqlite3_exec(db, "PRAGMA journal_mode=DELETE; PRAGMA page_size=512; VACUUM;", nullptr, nullptr,
                           nullptr) == SQLITE_OK;
    if (!ok)
        std::fprintf(stderr, "make_rmap_seeds: %s: %s\n", qPrintable(path), sqlite3_errmsg(db));
    sqlite3_close(db);
    return ok;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: make_rmap_seeds OUTDIR MAX_BYTES MAP.json...\n");
        return 2;
    }
    const QDir out(args[1]);
    const qint64 maxBytes = args[2].toLongLong();
    if (!QDir().mkpath(out.path()))
        return 1;
    int written = 0;
    for (const QString& json : args.mid(3)) {
        if (QFileInfo(json).size() > maxBytes)
            continue;
        const auto read = sightline::io::readMapJsonFile(json.toStdString());
        if (!read.ok())
            continue; // a seed of the JSON reader that is not a valid map
        const QString target = out.filePath(QFileInfo(json).completeBaseName() + QStringLiteral(".rmap"));
        const QString error = sightline::storage::writeRmap(target, *read.map);
        if (!error.isEmpty()) {
            std::fprintf(stderr, "make_rmap_seeds: %s\n", qPrintable(error));
            return 1;
        }
        if (!shrink(target))
            return 1;
        ++written;
    }
    std::printf("make_rmap_seeds: %d seeds in %s\n", written, qPrintable(out.path()));
    return written > 0 ? 0 : 1;
}
