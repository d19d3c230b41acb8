#pragma once

// Helpers for the export tests: maps, scratch folders, running tools and the CLI.

#include "sightline/core/mapdata.h"

#include <QString>
#include <QStringList>
#include <filesystem>
#include <string>

namespace exporttest {

// The manufacturer example (examples/manufacturer-results-map.json).
sightline::core::MapData example();
std::filesystem::path examplePath();

// A folder removed at the end of the test.
class Scratch {
public:
    Scratch();
    ~Scratch();
    std::filesystem::path operator/(const std::string& name) const { return path_ / name; }
    const std::filesystem::path& path() const { return path_; }
    // The names of the files in the folder.
    QStringList files() const;

private:
    std::filesystem::path path_;
};

struct Run {
    int exit = -1;
    QString out;
    QString err;
};

// Runs a program (pdftotext, pdfinfo, ...) and waits for it.
Run run(const QString& program, const QStringList& args);
// Runs the built sightline-cli.
Run cli(const QStringList& args);

// pdftotext -raw of the whole file, whitespace collapsed to single spaces.
QString pdfText(const std::filesystem::path& pdf);
// A field of `pdfinfo` ("Pages", "Page size"), trimmed.
QString pdfInfo(const std::filesystem::path& pdf, const QString& field);
// The outline (bookmarks) as pdftohtml -xml reports it: "title@page" per item, nesting as
// a leading "  " per level.
QStringList pdfOutline(const std::filesystem::path& pdf);

// Whitespace collapsed to single spaces.
QString collapse(const QString& text);

} // namespace exporttest
