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

std::string checkHighlight(const core::MapData& map, const render::Highlight& h) {
    auto hasNode = [&](const core::NodeId& id) {
        return std::any_of(map.nodes.begin(), map.nodes.end(),
                           [&](const core::Node& n) { return n.id == id; });
    };
    if (h.focus == render::FocusMode::None)
        return {};
    if (h.focus == render::FocusMode::LineOfSight && h.team) {
        const bool found = std::any_of(map.teams.begin(), map.teams.end(),
                                       [&](const core::Team& t) { return t.id == *h.team; });
        return found ? std::string() : "the map has no team \"" + h.team->str() + "\"";
    }
    if (!h.node)
        return "the focus names no node";
    if (!hasNode(*h.node))
        return "the map has no node \"" + h.node->str() + "\"";
    if (h.goal && !hasNode(*h.goal))
        return "the map has no node \"" + h.goal->str() + "\"";
    return {};
}

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
