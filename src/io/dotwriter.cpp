#include "sightline/io/dotwriter.h"

#include "prettyjson.h"
#include "utf8.h"

#include <string_view>

namespace sightline::io {

namespace {

// Appends s as a DOT double-quoted string. Inside the quotes a double quote is written \" and
// a backslash \\ (so that Graphviz's label escapes, \n, \N, \G, ..., never apply to the text);
// a line break (LF, CR or CRLF) becomes \n, a DOT line break; other control characters and
// invalid UTF-8 become U+FFFD. Non-ASCII text is kept as UTF-8.
void appendQuoted(std::string& out, std::string_view raw) {
    std::string storage;
    const std::string_view s = utf8::repaired(raw, storage);
    out += '"';
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\r':
            if (i + 1 < s.size() && s[i + 1] == '\n')
                ++i;
            out += "\\n";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\t':
            out += '\t';
            break;
        default:
            if (c < 0x20 || c == 0x7F)
                out += utf8::kReplacement;
            else
                out += static_cast<char>(c);
        }
    }
    out += '"';
}

std::string_view shapeOf(const core::Node& n) {
    switch (n.kind) {
    case core::NodeKind::Objective:
        return "ellipse";
    case core::NodeKind::Measure:
        return "box";
    case core::NodeKind::Initiative:
        return "hexagon";
    }
    return "ellipse";
}

// The attributes that draw a link of this kind, after its id and class.
std::string edgeStyle(const core::Link& l) {
    switch (l.kind) {
    case core::LinkKind::Drives: {
        std::string style = "style=solid, penwidth=\"" + PrettyJson::formatNumber(0.5 + 1.5 * l.weight) + '"';
        if (l.polarity == core::Polarity::Negative)
            style += ", color=\"#c0392b\", fontcolor=\"#c0392b\", arrowhead=tee, label=\"-\"";
        return style;
    }
    case core::LinkKind::Measures:
        return "style=dashed, arrowhead=odot";
    case core::LinkKind::Supports:
        return "style=dotted, arrowhead=vee";
    case core::LinkKind::Rollup:
        return "style=bold, dir=both, arrowtail=diamond";
    }
    return "style=solid";
}

} // namespace

std::string writeMapDot(const core::MapData& map) {
    std::string out = "digraph \"map\" {\n  graph [label=";
    appendQuoted(out, map.properties.title);
    out += ", labelloc=t, rankdir=BT, fontname=\"Helvetica\"];\n"
           "  node [fontname=\"Helvetica\", style=filled, fillcolor=white];\n"
           "  edge [fontname=\"Helvetica\"];\n";
    for (const auto& n : map.nodes) {
        out += "  ";
        appendQuoted(out, n.id.str());
        out += " [id=";
        appendQuoted(out, n.id.str());
        out += ", class=\"";
        out += core::toString(n.kind);
        out += n.goal ? " goal\"" : "\"";
        out += ", shape=";
        out += shapeOf(n);
        if (n.goal)
            out += ", peripheries=2, penwidth=2";
        out += ", label=";
        appendQuoted(out, n.title);
        out += "];\n";
    }
    for (const auto& l : map.links) {
        out += "  ";
        appendQuoted(out, l.from.str());
        out += " -> ";
        appendQuoted(out, l.to.str());
        out += " [id=";
        appendQuoted(out, l.id.str());
        out += ", class=\"";
        out += core::toString(l.kind);
        out += "\", ";
        out += edgeStyle(l);
        out += "];\n";
    }
    out += "}\n";
    return out;
}

} // namespace sightline::io
