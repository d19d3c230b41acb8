// The DOT writer: Graphviz's own parser (cgraph) reads what it writes, with every node, edge,
// id and label intact whatever the titles hold.

#include "sightline/io/dotwriter.h"

#include "graphmaps.h"

#include <catch2/catch.hpp>
#include <cgraph.h>
#include <map>
#include <memory>
#include <string>

using namespace sightline;

namespace {

struct GraphCloser {
    void operator()(Agraph_t* g) const { agclose(g); }
};
using Graph = std::unique_ptr<Agraph_t, GraphCloser>;

Graph parseDot(const std::string& text) {
    return Graph(agmemread(text.c_str()));
}

std::string attr(void* object, const char* name) {
    const char* value = agget(object, const_cast<char*>(name));
    return value ? value : "";
}

// A label as Graphviz shows it: "\\" is a backslash, "\n" a line break.
std::string shownLabel(const std::string& raw) {
    std::string out;
    for (std::size_t i = 0; i < raw.size(); ++i) {
        if (raw[i] == '\\' && i + 1 < raw.size() && (raw[i + 1] == '\\' || raw[i + 1] == 'n')) {
            out += raw[i + 1] == 'n' ? '\n' : '\\';
            ++i;
        } else {
            out += raw[i];
        }
    }
    return out;
}

// What the title looks like in a DOT label: every line break is one "\n".
std::string expectedLabel(std::string title) {
    for (std::size_t at; (at = title.find("\r\n")) != std::string::npos;)
        title.erase(at, 1);
    for (char& c : title)
        if (c == '\r')
            c = '\n';
    return title;
}

} // namespace

TEST_CASE("DOT: Graphviz reads hostile titles back exactly", "[io][dot]") {
    const core::MapData map = graphmaps::hostileMap();
    const std::string dot = io::writeMapDot(map);
    INFO(dot);
    const Graph g = parseDot(dot);
    REQUIRE(g);
    CHECK(agisdirected(g.get()));
    CHECK(agnnodes(g.get()) == static_cast<int>(map.nodes.size()));
    CHECK(agnedges(g.get()) == static_cast<int>(map.links.size()));
    CHECK(shownLabel(attr(g.get(), "label")) == map.properties.title);
    for (const auto& node : map.nodes) {
        INFO(node.title);
        Agnode_t* n = agnode(g.get(), const_cast<char*>(node.id.str().c_str()), 0);
        REQUIRE(n);
        CHECK(shownLabel(attr(n, "label")) == expectedLabel(node.title));
        CHECK(attr(n, "id") == node.id.str());
    }
    CHECK(dot.find("Ünïcödé résultats ✓ 日本語 😀") != std::string::npos);
}

TEST_CASE("DOT: shapes by node kind, styles by link kind, negative links stand out", "[io][dot]") {
    const core::MapData map = graphmaps::hostileMap();
    const Graph g = parseDot(io::writeMapDot(map));
    REQUIRE(g);
    auto node = [&](const char* id) { return agnode(g.get(), const_cast<char*>(id), 0); };
    CHECK(attr(node("o0"), "shape") == "ellipse");
    CHECK(attr(node("o0"), "peripheries") == "2");
    CHECK(attr(node("o0"), "class") == "objective goal");
    CHECK(attr(node("o1"), "shape") == "ellipse");
    CHECK(attr(node("o1"), "peripheries").empty());
    CHECK(attr(node("m1"), "shape") == "box");
    CHECK(attr(node("i1"), "shape") == "hexagon");

    std::map<std::string, Agedge_t*> edges;
    for (Agnode_t* n = agfstnode(g.get()); n; n = agnxtnode(g.get(), n))
        for (Agedge_t* e = agfstout(g.get(), n); e; e = agnxtout(g.get(), e))
            edges[attr(e, "id")] = e;
    REQUIRE(edges.size() == map.links.size());
    for (const auto& link : map.links) {
        INFO(link.id.str());
        Agedge_t* e = edges.at(link.id.str());
        CHECK(agnameof(agtail(e)) == link.from.str());
        CHECK(agnameof(aghead(e)) == link.to.str());
        CHECK(attr(e, "class") == core::toString(link.kind));
    }
    CHECK(attr(edges["d1"], "style") == "solid");
    CHECK(attr(edges["d1"], "color").empty());
    CHECK(attr(edges["neg"], "color") == "#c0392b");
    CHECK(attr(edges["neg"], "arrowhead") == "tee");
    CHECK(attr(edges["neg"], "label") == "-");
    CHECK(std::stod(attr(edges["neg"], "penwidth")) < std::stod(attr(edges["d1"], "penwidth")));
    CHECK(attr(edges["meas"], "style") == "dashed");
    CHECK(attr(edges["sup"], "style") == "dotted");
    CHECK(attr(edges["roll"], "style") == "bold");
}

TEST_CASE("DOT: control characters and invalid UTF-8 become U+FFFD", "[io][dot]") {
    core::MapData map = graphmaps::hostileMap();
    map.nodes[0].title = std::string("bell\x07 nul") + '\0' + " bad\xC3 utf8";
    const Graph g = parseDot(io::writeMapDot(map));
    REQUIRE(g);
    CHECK(attr(agnode(g.get(), const_cast<char*>("o0"), 0), "label") ==
          "bell\xEF\xBF\xBD nul\xEF\xBF\xBD bad\xEF\xBF\xBD utf8");
}

TEST_CASE("DOT: every node and link of a real map, deterministic", "[io][dot]") {
    const core::MapData map = graphmaps::dataMap("genmap-300.json");
    const std::string dot = io::writeMapDot(map);
    CHECK(io::writeMapDot(map) == dot);
    CHECK(dot.starts_with("digraph \"map\" {\n"));
    CHECK(dot.ends_with("}\n"));
    const Graph g = parseDot(dot);
    REQUIRE(g);
    CHECK(agnnodes(g.get()) == static_cast<int>(map.nodes.size()));
    CHECK(agnedges(g.get()) == static_cast<int>(map.links.size()));
    for (const auto& node : map.nodes)
        CHECK(agnode(g.get(), const_cast<char*>(node.id.str().c_str()), 0) != nullptr);
}
