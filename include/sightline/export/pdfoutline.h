#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace sightline::exporting {

// One bookmark of a PDF's outline: a title that jumps to a page (0-based). Level 0 entries are
// sections; a level 1 entry belongs to the level 0 entry before it.
struct OutlineEntry {
    std::string title; // UTF-8
    int page = 0;
    int level = 0;
};

// Adds an outline (bookmarks) to a PDF that Qt's QPdfWriter wrote, which has no API for it
// (Qt 6.4). The file is not rewritten: an incremental update (PDF 1.7, 7.5.6) is appended,
// with the outline objects, a new catalog that refers to them (and opens the bookmarks
// pane), a cross-reference section for the new objects and a trailer pointing back to the
// previous one. Reads the classic cross-reference table Qt writes; refuses (false, `error`
// set, file unchanged) anything else it cannot follow.
bool addPdfOutline(const std::filesystem::path& pdf, const std::vector<OutlineEntry>& entries,
                   std::string& error);

// The same on the bytes of a PDF in memory: the bytes with the update appended.
bool appendPdfOutline(std::string& pdfBytes, const std::vector<OutlineEntry>& entries, std::string& error);

} // namespace sightline::exporting
