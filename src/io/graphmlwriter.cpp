#include "sightline/io/graphmlwriter.h"

#include "maplookup.h"
#include "prettyjson.h"
#include "utf8.h"

#include <string_view>

namespace sightline::io {

namespace {

// A GraphML attribute declaration: <key id=.. for=.. attr.name=.. attr.type=..>.
struct Key {
    std::string_view id;
    std::string_view domain;
    std::string_view name;
    std::string_view type;
    std::string_view defaultValue; // empty: none
};

constexpr Key kKeys[] = {
    {"map_title", "graph", "title", "string", ""},
    {"kind", "node", "kind", "string", ""},
    {"title", "node", "title", "string", ""},
    {"goal", "node", "goal", "boolean", "false"},
    {"team", "node", "team", "string", ""},
    {"team_name", "node", "team_name", "string", ""},
    {"level", "node", "level", "int", ""},
    {"owner", "node", "owner", "string", ""},
    {"owner_name", "node", "owner_name", "string", ""},
    {"perspective", "node", "perspective", "string", ""},
    {"perspective_name", "node", "perspective_name", "string", ""},
    {"link_kind", "edge", "kind", "string", ""},
    {"polarity", "edge", "polarity", "string", ""},
    {"weight", "edge", "weight", "double", ""},
    {"aggregate", "edge", "aggregate", "string", ""},
};

// Appends s escaped for XML text and attribute values. Characters XML 1.0 cannot hold (C0
// controls other than tab, line feed and carriage return; U+FFFE, U+FFFF; invalid UTF-8)
// become U+FFFD; tab, line feed and carriage return become character references so that
// attribute values keep them.
void appendEscaped(std::string& out, std::string_view raw) {
    std::string storage;
    const std::string_view s = utf8::repaired(raw, storage);
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&apos;";
            break;
        case '\t':
            out += "&#9;";
            break;
        case '\n':
            out += "&#10;";
            break;
        case '\r':
            out += "&#13;";
            break;
        default:
            if (c < 0x20) {
                out += utf8::kReplacement;
            } else if (c == 0xEF && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xBF &&
                       static_cast<unsigned char>(s[i + 2]) >= 0xBE) {
                out += utf8::kReplacement; // U+FFFE, U+FFFF
                i += 2;
            } else {
                out += static_cast<char>(c);
            }
        }
    }
}

class GraphMlWriter {
public:
    explicit GraphMlWriter(const core::MapData& map) : map_(map), lookup_(map) {}

    std::string write() {
        out_ += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
                "         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
                "         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
                "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
        for (const Key& k : kKeys)
            writeKey(k);
        out_ += "  <graph id=\"map\" edgedefault=\"directed\">\n";
        data(4, "map_title", map_.properties.title);
        for (const auto& n : map_.nodes)
            writeNode(n);
        for (const auto& l : map_.links)
            writeLink(l);
        out_ += "  </graph>\n</graphml>\n";
        return std::move(out_);
    }

private:
    void writeKey(const Key& k) {
        out_ += "  <key id=\"";
        out_ += k.id;
        out_ += "\" for=\"";
        out_ += k.domain;
        out_ += "\" attr.name=\"";
        out_ += k.name;
        out_ += "\" attr.type=\"";
        out_ += k.type;
        if (k.defaultValue.empty()) {
            out_ += "\"/>\n";
            return;
        }
        out_ += "\">\n    <default>";
        out_ += k.defaultValue;
        out_ += "</default>\n  </key>\n";
    }

    void data(int indent, std::string_view key, std::string_view value) {
        out_.append(static_cast<std::size_t>(indent), ' ');
        out_ += "<data key=\"";
        out_ += key;
        out_ += "\">";
        appendEscaped(out_, value);
        out_ += "</data>\n";
    }

    void writeNode(const core::Node& n) {
        out_ += "    <node id=\"";
        appendEscaped(out_, n.id.str());
        out_ += "\">\n";
        data(6, "kind", core::toString(n.kind));
        data(6, "title", n.title);
        if (n.goal)
            data(6, "goal", "true");
        if (n.team) {
            data(6, "team", n.team->str());
            if (const auto* name = lookup_.teamName(*n.team))
                data(6, "team_name", *name);
            if (const auto level = lookup_.teamLevel(*n.team))
                data(6, "level", std::to_string(*level));
        }
        if (n.owner) {
            data(6, "owner", n.owner->str());
            if (const auto* name = lookup_.personName(*n.owner))
                data(6, "owner_name", *name);
        }
        if (n.perspective) {
            data(6, "perspective", n.perspective->str());
            if (const auto* name = lookup_.perspectiveName(*n.perspective))
                data(6, "perspective_name", *name);
        }
        out_ += "    </node>\n";
    }

    void writeLink(const core::Link& l) {
        out_ += "    <edge id=\"";
        appendEscaped(out_, l.id.str());
        out_ += "\" source=\"";
        appendEscaped(out_, l.from.str());
        out_ += "\" target=\"";
        appendEscaped(out_, l.to.str());
        out_ += "\">\n";
        data(6, "link_kind", core::toString(l.kind));
        if (l.kind == core::LinkKind::Drives) {
            data(6, "polarity", core::toString(l.polarity));
            data(6, "weight", PrettyJson::formatNumber(l.weight));
        }
        if (l.kind == core::LinkKind::Rollup)
            data(6, "aggregate", core::toString(l.aggregate));
        out_ += "    </edge>\n";
    }

    const core::MapData& map_;
    MapLookup lookup_;
    std::string out_;
};

} // namespace

std::string writeMapGraphMl(const core::MapData& map) {
    return GraphMlWriter(map).write();
}

} // namespace sightline::io
