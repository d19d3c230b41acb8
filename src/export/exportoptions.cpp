#include "sightline/export/exportoptions.h"

#include <algorithm>
#include <cctype>

namespace sightline::exporting {

namespace {

std::string lower(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

} // namespace

std::optional<Format> formatFromPath(const std::filesystem::path& path) {
    const std::string ext = lower(path.extension().string());
    if (ext == ".pdf")
        return Format::Pdf;
    if (ext == ".png")
        return Format::Png;
    if (ext == ".svg")
        return Format::Svg;
    return std::nullopt;
}

std::string_view toString(Format format) {
    switch (format) {
    case Format::Pdf:
        return "pdf";
    case Format::Png:
        return "png";
    case Format::Svg:
        return "svg";
    }
    return "pdf";
}

std::optional<PageFormat> pageFormatFromString(std::string_view text) {
    const std::string s = lower(text);
    if (s == "a4")
        return PageFormat::A4;
    if (s == "a3")
        return PageFormat::A3;
    if (s == "letter")
        return PageFormat::Letter;
    if (s == "fit")
        return PageFormat::Fit;
    return std::nullopt;
}

std::string_view toString(PageFormat page) {
    switch (page) {
    case PageFormat::A4:
        return "A4";
    case PageFormat::A3:
        return "A3";
    case PageFormat::Letter:
        return "Letter";
    case PageFormat::Fit:
        return "fit";
    }
    return "A4";
}

} // namespace sightline::exporting
