#include "exporthelpers.h"

#include "sightline/io/jsonmapreader.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <atomic>
#include <catch2/catch.hpp>
#include <unistd.h>

namespace exporttest {

std::filesystem::path examplePath() {
    return std::filesystem::path(SIGHTLINE_EXAMPLES) / "manufacturer-results-map.json";
}

sightline::core::MapData example() {
    auto result = sightline::io::readMapJsonFile(examplePath());
    REQUIRE(result.ok());
    return std::move(*result.map);
}

Scratch::Scratch() {
    static std::atomic<int> counter{0};
    path_ = std::filesystem::temp_directory_path() /
            ("sightline-export-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
}

Scratch::~Scratch() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
}

QStringList Scratch::files() const {
    return QDir(QString::fromStdString(path_.string())).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

Run run(const QString& program, const QStringList& args) {
    QProcess p;
    p.start(program, args);
    Run r;
    if (!p.waitForStarted(30000))
        return r;
    p.waitForFinished(600000);
    r.exit = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : 128;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

Run cli(const QStringList& args) {
    return run(QStringLiteral(SIGHTLINE_CLI), args);
}

QString collapse(const QString& text) {
    return text.simplified();
}

QString pdfText(const std::filesystem::path& pdf) {
    const Run r = run(QStringLiteral("pdftotext"),
                      {QStringLiteral("-raw"), QString::fromStdString(pdf.string()), QStringLiteral("-")});
    REQUIRE(r.exit == 0);
    return collapse(r.out);
}

QString pdfInfo(const std::filesystem::path& pdf, const QString& field) {
    const Run r = run(QStringLiteral("pdfinfo"), {QString::fromStdString(pdf.string())});
    REQUIRE(r.exit == 0);
    for (const QString& line : r.out.split(QLatin1Char('\n')))
        if (line.startsWith(field + QLatin1Char(':')))
            return line.mid(field.size() + 1).trimmed();
    return {};
}

QStringList pdfOutline(const std::filesystem::path& pdf) {
    const Run r = run(QStringLiteral("pdftohtml"),
                      {QStringLiteral("-xml"), QStringLiteral("-i"), QStringLiteral("-stdout"),
                       QStringLiteral("-q"), QString::fromStdString(pdf.string())});
    REQUIRE(r.exit == 0);
    QStringList items;
    QXmlStreamReader xml(r.out);
    int depth = 0;
    QString page;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("outline"))
            ++depth;
        else if (xml.isEndElement() && xml.name() == QLatin1String("outline"))
            --depth;
        else if (xml.isStartElement() && xml.name() == QLatin1String("item")) {
            page = xml.attributes().value(QLatin1String("page")).toString();
            items << QString(static_cast<qsizetype>(2 * (depth - 1)), QLatin1Char(' ')) +
                         xml.readElementText() + QLatin1Char('@') + page;
        }
    }
    return items;
}

} // namespace exporttest
