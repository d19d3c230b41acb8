#pragma once

#include "sightline/core/mapdata.h"
#include "sightline/core/status.h"
#include "sightline/export/exportoptions.h"
#include "sightline/export/pageplan.h"
#include "sightline/export/pdfoutline.h"

#include <QImage>
#include <QSizeF>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

class QIODevice;
class QPainter;

namespace sightline::exporting {

class ExportScene;
class Page;

// The one path from options to pages to a file, shared by the editor's Export dialog and
// `sightline-cli export`: the same map and options give the same pages, pixel for pixel.
//
//     Exporter exporter(map.snapshot(), options);
//     if (core::Status s = exporter.prepare(); !s) report(s);   // s.where(): which option
//     else if (!exporter.write(path, error)) report(error);
//
// The exporter works on its own copy of the map and its own scene: exporting never changes
// the document or the editor's canvas.
class Exporter {
public:
    Exporter(core::MapData map, ExportOptions options);
    ~Exporter();
    Exporter(const Exporter&) = delete;
    Exporter& operator=(const Exporter&) = delete;

    const ExportOptions& options() const { return options_; }

    // Checks the options against the map (an unknown team, a board pack that is not a PDF,
    // a DPI out of range, an image too large to hold, ...) and plans the pages. A refusal
    // says which option is wrong in where(): "format", "dpi", "margin", "focus" or "date"
    // (its message does not name a command-line flag or a dialog field).
    core::Status prepare();
    // The same, with the message alone.
    bool prepare(std::string& error);

    // After prepare():
    int pageCount() const { return static_cast<int>(pages_.size()); }
    QSizeF pageSize(int page) const; // points
    // Draws one page; the painter's coordinates are points from the page's top-left corner.
    void paintPage(QPainter& painter, int page);
    // One page as an image at `dpi`, on white or (transparent) on nothing.
    QImage renderPage(int page, double dpi, bool transparent);
    // Where page `page` draws the map (scene and page coordinates); null for pages without
    // the map (a cover, a table) or a team page.
    const MapTile* mapTile(int page) const;
    // The PDF bookmarks (the board pack's sections); empty for a plain export.
    const std::vector<OutlineEntry>& outline() const { return outline_; }
    // What the reader should know about the pages prepare() planned ("on one page the titles
    // print at 2.1 pt ..."); empty when nothing.
    const std::vector<std::string>& warnings() const { return warnings_; }
    // How many nodes the layout engine placed before export.
    std::size_t laidOut() const;
    ExportScene& scene() { return *scene_; }

    // Told before each page is drawn (`done` pages of `total` so far) and once at the end
    // (done == total); returning false cancels the export.
    using Progress = std::function<bool(int done, int total)>;

    // Writes the export to `path` so that it appears whole or not at all: the pages go to a
    // temporary file beside it, renamed over `path` when complete. False with a message in
    // `error` (nothing written, an existing file at `path` untouched): a folder that cannot
    // be written, a full disk, or cancelled through `progress` (then cancelled() is true).
    bool write(const std::filesystem::path& path, std::string& error, const Progress& progress = {});
    bool cancelled() const { return cancelled_; }

    // The largest PNG the exporter writes, in pixels.
    static constexpr double kMaxPixels = 120e6;

private:
    bool writePdf(QIODevice& out, const std::filesystem::path& temp, std::string& error);
    bool writePng(QIODevice& out, std::string& error);
    bool writeSvg(QIODevice& out, std::string& error);
    bool step(int done);

    core::MapData data_;
    ExportOptions options_;
    std::unique_ptr<ExportScene> scene_;
    std::vector<std::unique_ptr<Page>> pages_;
    std::vector<OutlineEntry> outline_;
    std::vector<std::string> warnings_;
    const Progress* progress_ = nullptr;
    bool cancelled_ = false;
};

// Today's date as "YYYY-MM-DD".
std::string todayIso();

} // namespace sightline::exporting
