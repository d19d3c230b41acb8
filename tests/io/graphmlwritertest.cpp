// The GraphML writer: well-formed XML whatever the titles hold, every node and link with its
// data, deterministic bytes.

#include "sightline/io/graphmlwriter.h"

#include "graphmaps.h"
#include "xmlcheck.h"

#include <catch2/catch.hpp>
#include <map>
#include <set>

using namespace sightline;

namespace {

// The <graph> element of a GraphML document (which must parse).
xmlcheck::Element graphOf(const xmlcheck::Element& root) {
    REQUIRE(root.name == "graphml");
    const auto graphs = root.childrenNamed("graph");
    REQUIRE(graphs.size() == 1);
    return *graphs.front();
}

// key id -> text of each <data> child.
std::map<std::string, std::string> dataOf(const xmlcheck::Element& e) {
    std::map<std::string, std::string> data;
    for (const auto* d : e.childrenNamed("data")) {
        REQUIRE(d->attribute("key"));
        data[*d->attribute("key")] = d->text;
    }
    return data;
}

} // namespace

TEST_CASE("GraphML: hostile titles come back exactly from well-formed XML", "[io][graphml]") {
    const core::MapData map = graphmaps::hostileMap();
    const std::string xml = io::writeMapGraphMl(map);
    xmlcheck::Element root;
    REQUIRE_NOTHROW(root = xmlcheck::parse(xml));
    const auto graph = graphOf(root);
    CHECK(*graph.attribute("edgedefault") == "directed");
    CHECK(dataOf(graph).at("map_title") == map.properties.title);

    const auto nodes = graph.childrenNamed("node");
    REQUIRE(nodes.size() == map.nodes.size());
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        INFO(map.nodes[i].title);
        CHECK(*nodes[i]->attribute("id") == map.nodes[i].id.str());
        CHECK(dataOf(*nodes[i]).at("title") == map.nodes[i].title);
    }
    // Non-ASCII is kept as UTF-8, not turned into references.
    CHECK(xml.find("Ünïcödé résultats ✓ 日本語 😀") != std::string::npos);
    CHECK(xml.find("&lt;b&gt;bold&lt;/b&gt;") != std::string::npos);
}

TEST_CASE("GraphML: keys for kind, title, team, owner, level, perspective, link data", "[io][graphml]") {
    const core::MapData map = graphmaps::hostileMap();
    const auto root = xmlcheck::parse(io::writeMapGraphMl(map));
    std::set<std::string> keyIds;
    for (const auto* k : root.childrenNamed("key")) {
        REQUIRE(k->attribute("id"));
        CHECK(keyIds.insert(*k->attribute("id")).second);
    }
    const auto graph = graphOf(root);
    std::map<std::string, std::map<std::string, std::string>> nodes, edges;
    for (const auto* n : graph.childrenNamed("node"))
        nodes[*n->attribute("id")] = dataOf(*n);
    for (const auto* e : graph.childrenNamed("edge")) {
        edges[*e->attribute("id")] = dataOf(*e);
        edges[*e->attribute("id")]["source"] = *e->attribute("source");
        edges[*e->attribute("id")]["target"] = *e->attribute("target");
    }
    // Every data key used is declared.
    for (const auto& group : {nodes, edges})
        for (const auto& [id, data] : group)
            for (const auto& [key, value] : data)
                CHECK((key == "source" || key == "target" || keyIds.contains(key)));

    CHECK(nodes["o0"] == std::map<std::string, std::string>{{"kind", "objective"},
                                                            {"title", map.nodes[0].title},
                                                            {"goal", "true"},
                                                            {"team", "acme"},
                                                            {"team_name", "Acme & Co"},
                                                            {"level", "0"}});
    CHECK(nodes["o1"].at("owner") == "dl");
    CHECK(nodes["o1"].at("owner_name") == "Dana \"DL\" Lee");
    CHECK(nodes["o1"].at("level") == "1");
    CHECK(nodes["o2"].at("level") == "2");
    CHECK(nodes["o2"].at("team_name") == "Cell \"7\"");
    CHECK(nodes["o2"].at("perspective") == "customer");
    CHECK(nodes["o2"].at("perspective_name") == "Customer");
    CHECK(nodes["m1"].at("kind") == "measure");
    CHECK(nodes["i1"] ==
          std::map<std::string, std::string>{{"kind", "initiative"}, {"title", "Predictive maintenance"}});

    CHECK(edges["neg"] == std::map<std::string, std::string>{{"link_kind", "drives"},
                                                             {"polarity", "-"},
                                                             {"weight", "0.5"},
                                                             {"source", "o3"},
                                                             {"target", "o4"}});
    CHECK(edges["d1"].at("polarity") == "+");
    CHECK(edges["d1"].at("weight") == "1");
    CHECK(edges["meas"] ==
          std::map<std::string, std::string>{{"link_kind", "measures"}, {"source", "m1"}, {"target", "o2"}});
    CHECK(edges["sup"].at("link_kind") == "supports");
    CHECK(edges["roll"].at("aggregate") == "average");
}

TEST_CASE("GraphML: characters XML cannot hold become U+FFFD", "[io][graphml]") {
    core::MapData map = graphmaps::hostileMap();
    map.nodes[0].title = std::string("bell\x07 nul") + '\0' + " bad\xC3 utf8 \xEF\xBF\xBE end";
    const std::string xml = io::writeMapGraphMl(map);
    xmlcheck::Element root;
    REQUIRE_NOTHROW(root = xmlcheck::parse(xml));
    const auto graph = graphOf(root);
    CHECK(dataOf(*graph.childrenNamed("node").front()).at("title") ==
          "bell\xEF\xBF\xBD nul\xEF\xBF\xBD bad\xEF\xBF\xBD utf8 \xEF\xBF\xBD end");
}

TEST_CASE("GraphML: every node and link of a real map, in map order, deterministic", "[io][graphml]") {
    const core::MapData map = graphmaps::dataMap("genmap-300.json");
    const std::string xml = io::writeMapGraphMl(map);
    CHECK(io::writeMapGraphMl(map) == xml);
    CHECK(xml.ends_with("</graphml>\n"));
    const auto graph = graphOf(xmlcheck::parse(xml));
    const auto nodes = graph.childrenNamed("node");
    const auto edges = graph.childrenNamed("edge");
    REQUIRE(nodes.size() == map.nodes.size());
    REQUIRE(edges.size() == map.links.size());
    for (std::size_t i = 0; i < nodes.size(); ++i)
        CHECK(*nodes[i]->attribute("id") == map.nodes[i].id.str());
    for (std::size_t i = 0; i < edges.size(); ++i) {
        CHECK(*edges[i]->attribute("id") == map.links[i].id.str());
        CHECK(*edges[i]->attribute("source") == map.links[i].from.str());
        CHECK(*edges[i]->attribute("target") == map.links[i].to.str());
        CHECK(dataOf(*edges[i]).at("link_kind") == core::toString(map.links[i].kind));
    }
}

TEST_CASE("GraphML: an empty map is a graph without nodes", "[io][graphml]") {
    core::MapData map;
    map.properties.title = "Empty";
    const auto graph = graphOf(xmlcheck::parse(io::writeMapGraphMl(map)));
    CHECK(graph.childrenNamed("node").empty());
    CHECK(graph.childrenNamed("edge").empty());
}

TEST_CASE("GraphML: a team on a parent cycle (not a valid map) gets no level, and no hang", "[io][graphml]") {
    core::MapData map = graphmaps::hostileMap();
    map.teams[0].parent = core::TeamId("cell"); // acme > ops > cell > acme
    const auto root = xmlcheck::parse(io::writeMapGraphMl(map));
    const auto graph = graphOf(root);
    const auto data = dataOf(*graph.childrenNamed("node").front());
    CHECK(data.at("team") == "acme");
    CHECK(data.at("team_name") == "Acme & Co");
    CHECK_FALSE(data.contains("level"));
}
