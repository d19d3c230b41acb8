#pragma once

// Maps for the GraphML and DOT writer tests, built directly as MapData (so that they can hold
// titles no JSON file would: control characters, invalid UTF-8).

#include "sightline/core/mapdata.h"
#include "sightline/io/jsonmapreader.h"
#include "testmaps.h"

#include <stdexcept>
#include <string>
#include <vector>

namespace graphmaps {

// Titles that try to break out of XML and DOT quoting, or use their escapes.
inline std::vector<std::string> hostileTitles() {
    return {
        "He said \"hi\" & left <b>bold</b>",
        "C:\\plant\\ends with a backslash\\",
        "two\nlines and a\r\nCRLF",
        "label escapes \\N \\G \\E \\l \\n stay literal",
        "\"]; \"x\" -> \"y\" [label=\"injected",
        "<!-- ]]> --> &amp; &#10; 'apostrophes'",
        "Ünïcödé résultats ✓ 日本語 😀",
        "tab\there",
        "\\\"",
    };
}

// Objectives (one per hostile title, the first a goal), a measure, an initiative; teams
// acme > ops > cell; a person; links of every kind, one negative drives link with weight 0.5.
inline sightline::core::MapData hostileMap() {
    using namespace sightline::core;
    MapData m;
    m.properties.title = "Acme \"results\" map & <friends>";
    m.teams = {Team{TeamId("acme"), "Acme & Co", std::nullopt, ""},
               Team{TeamId("ops"), "Ops <east>", TeamId("acme"), ""},
               Team{TeamId("cell"), "Cell \"7\"", TeamId("ops"), ""}};
    m.people = {Person{PersonId("dl"), "Dana \"DL\" Lee", "", TeamId("ops"), ""}};
    auto node = [&](std::string id, NodeKind kind, std::string title, const char* team) -> Node& {
        Node n;
        n.id = NodeId(std::move(id));
        n.kind = kind;
        n.title = std::move(title);
        if (team)
            n.team = TeamId(team);
        m.nodes.push_back(std::move(n));
        return m.nodes.back();
    };
    const auto titles = hostileTitles();
    for (std::size_t i = 0; i < titles.size(); ++i)
        node("o" + std::to_string(i), NodeKind::Objective, titles[i],
             i == 0  ? "acme"
             : i % 2 ? "ops"
                     : "cell");
    m.nodes[0].goal = true;
    m.nodes[1].owner = PersonId("dl");
    m.nodes[2].perspective = PerspectiveId("customer");
    node("m1", NodeKind::Measure, "Downtime < 5 h & falling", "cell");
    node("i1", NodeKind::Initiative, "Predictive maintenance", nullptr);

    auto link = [&](const char* id, LinkKind kind, const char* from, const char* to) -> Link& {
        Link l;
        l.id = LinkId(id);
        l.kind = kind;
        l.from = NodeId(from);
        l.to = NodeId(to);
        m.links.push_back(l);
        return m.links.back();
    };
    for (std::size_t i = 1; i < titles.size(); ++i)
        link(("d" + std::to_string(i)).c_str(), LinkKind::Drives, ("o" + std::to_string(i)).c_str(), "o0");
    Link& negative = link("neg", LinkKind::Drives, "o3", "o4");
    negative.polarity = Polarity::Negative;
    negative.weight = 0.5;
    link("meas", LinkKind::Measures, "m1", "o2");
    link("sup", LinkKind::Supports, "i1", "m1");
    link("roll", LinkKind::Rollup, "o5", "o6").aggregate = Aggregate::Average;
    return m;
}

// A map from tests/data, which must read without errors.
inline sightline::core::MapData dataMap(const std::string& name) {
    auto read = sightline::io::readMapJsonFile(std::string(SIGHTLINE_TEST_DATA) + "/" + name);
    if (!read.ok())
        throw std::runtime_error(name + " does not read: " + testmaps::dump(read.errors));
    return std::move(*read.map);
}

} // namespace graphmaps
