// Focus (line of sight, ripple), colour modes and the legend, checked through the scene's items.
#include "sightline/render/highlight.h"
#include "sightline/render/legend.h"
#include "sightline/render/linkitem.h"
#include "sightline/render/mapnodeitem.h"
#include "sightline/render/mapscene.h"
#include "sightline/render/nodecolours.h"
#include "testmaps.h"

#include <catch2/catch.hpp>
#include <set>

using namespace sightline;
using core::LinkKind;
using core::NodeId;
using core::NodeKind;
using render::Emphasis;
using render::Highlight;
using rendertest::link;

namespace {

// A node titled "Node ID".
core::Node node(const char* id, NodeKind kind, const char* team, bool goal = false) {
    core::Node n = rendertest::node(id, kind, (std::string("Node ") + id).c_str(), team);
    n.goal = goal;
    return n;
}

// org: goal g. Team a: a1 drives x (team b) drives g; a2 leads nowhere; m measures a1.
// Team b: y drives nothing. A ripple chain: s drives t, t drives u negatively, u drives g.
core::MapData focusMap() {
    core::MapData d;
    d.properties.title = "Focus";
    d.teams.push_back({core::TeamId("org"), "Org", std::nullopt, ""});
    d.teams.push_back({core::TeamId("a"), "Team A", core::TeamId("org"), ""});
    d.teams.push_back({core::TeamId("b"), "Team B", core::TeamId("org"), ""});
    d.teams.push_back({core::TeamId("c"), "Team C", core::TeamId("b"), ""});
    d.nodes = {node("g", NodeKind::Objective, "org", true), node("a1", NodeKind::Objective, "a"),
               node("a2", NodeKind::Objective, "a"),        node("x", NodeKind::Objective, "b"),
               node("y", NodeKind::Objective, "b"),         node("m", NodeKind::Measure, nullptr),
               node("s", NodeKind::Objective, "c"),         node("t", NodeKind::Objective, "c"),
               node("u", NodeKind::Objective, "b")};
    d.links = {link("l1", LinkKind::Drives, "a1", "x"),      link("l2", LinkKind::Drives, "x", "g"),
               link("l3", LinkKind::Measures, "m", "a1"),    link("l4", LinkKind::Drives, "s", "t"),
               link("l5", LinkKind::Drives, "t", "u", true), link("l6", LinkKind::Drives, "u", "g")};
    return d;
}

std::set<std::string> standingOut(const render::MapScene& scene) {
    std::set<std::string> ids;
    for (const core::Node& n : scene.map().nodes())
        if (scene.nodeItem(n.id)->opacity() == 1.0)
            ids.insert(n.id.str());
    return ids;
}

} // namespace

TEST_CASE("a team's line of sight: exactly its nodes and their paths stand out", "[render][highlight]") {
    core::Map map(focusMap());
    render::MapScene scene(map, core::ViewKind::Results);
    CHECK(standingOut(scene).size() == map.nodes().size()); // no focus: nothing faded

    scene.setHighlight(Highlight::teamSight(core::TeamId("a")));
    CHECK(standingOut(scene) == std::set<std::string>{"a1", "a2", "x", "g"});
    CHECK(scene.looks().node(NodeId("a1")).emphasis == Emphasis::Focus);
    CHECK(scene.looks().node(NodeId("a2")).emphasis == Emphasis::Focus);
    CHECK(scene.looks().node(NodeId("x")).emphasis == Emphasis::Path);
    CHECK(scene.looks().node(NodeId("g")).emphasis == Emphasis::Goal);
    CHECK(scene.looks().node(NodeId("y")).emphasis == Emphasis::Faded);
    CHECK(scene.nodeItem(NodeId("y"))->opacity() < 0.5);
    CHECK(scene.linkItem(core::LinkId("l1"))->opacity() == 1.0);
    CHECK(scene.linkItem(core::LinkId("l2"))->opacity() == 1.0);
    CHECK(scene.linkItem(core::LinkId("l3"))->opacity() < 0.5);
    CHECK(scene.linkItem(core::LinkId("l6"))->opacity() < 0.5);

    // A team with no line of sight of its own: only its nodes stand out.
    scene.setHighlight(Highlight::teamSight(core::TeamId("org")));
    CHECK(standingOut(scene) == std::set<std::string>{"g"});

    // The focus survives a change of view (the items are rebuilt).
    scene.setHighlight(Highlight::teamSight(core::TeamId("a")));
    scene.setView(core::ViewKind::Hierarchy);
    CHECK(standingOut(scene) == std::set<std::string>{"a1", "a2", "x", "g"});

    // After an edit the focus follows the map once the edits pause.
    REQUIRE(map.addLink(link("l7", LinkKind::Drives, "a2", "y")));
    REQUIRE(map.addLink(link("l8", LinkKind::Drives, "y", "g")));
    scene.refreshHighlight();
    CHECK(standingOut(scene) == std::set<std::string>{"a1", "a2", "x", "y", "g"});

    // A focus on something that is not (or no longer) in the map fades nothing.
    scene.setHighlight(Highlight::teamSight(core::TeamId("nope")));
    CHECK(standingOut(scene).size() == map.nodes().size());

    scene.setHighlight(Highlight::none());
    CHECK(standingOut(scene).size() == map.nodes().size());
}

TEST_CASE("a node's line of sight and one path to one goal", "[render][highlight]") {
    core::Map map(focusMap());
    render::MapScene scene(map, core::ViewKind::Results);
    scene.setHighlight(Highlight::nodeSight(NodeId("m")));
    CHECK(standingOut(scene) == std::set<std::string>{"m", "a1", "x", "g"});
    scene.setHighlight(Highlight::pathToGoal(NodeId("a1"), NodeId("g")));
    CHECK(standingOut(scene) == std::set<std::string>{"a1", "x", "g"});
    CHECK(scene.linkItem(core::LinkId("l3"))->opacity() < 0.5);
}

TEST_CASE("ripple: downstream by distance, negative paths in their own colour", "[render][highlight]") {
    core::Map map(focusMap());
    render::MapScene scene(map, core::ViewKind::Results);
    scene.setHighlight(Highlight::rippleOf(NodeId("s")));
    CHECK(standingOut(scene) == std::set<std::string>{"s", "t", "u", "g"});
    const auto& looks = scene.looks();
    CHECK(looks.node(NodeId("s")).emphasis == Emphasis::Source);
    CHECK(looks.node(NodeId("t")).emphasis == Emphasis::Improves);
    CHECK(looks.node(NodeId("u")).emphasis == Emphasis::Worsens);
    CHECK(looks.node(NodeId("g")).emphasis == Emphasis::Worsens); // s may hurt the goal
    CHECK(looks.link(core::LinkId("l4")).emphasis == Emphasis::Improves);
    CHECK(looks.link(core::LinkId("l5")).emphasis == Emphasis::Worsens);
    CHECK(looks.link(core::LinkId("l6")).emphasis == Emphasis::Worsens);
    // Intensity falls with distance.
    CHECK(looks.node(NodeId("t")).distance == 1);
    CHECK(looks.node(NodeId("g")).distance == 3);
    CHECK(looks.node(NodeId("t")).strength > looks.node(NodeId("u")).strength);
    CHECK(looks.node(NodeId("u")).strength > looks.node(NodeId("g")).strength);
    CHECK(looks.node(NodeId("a1")).emphasis == Emphasis::Faded);

    // A positive detour to the goal makes it both better and worse.
    REQUIRE(map.addLink(link("l9", LinkKind::Drives, "t", "g")));
    scene.refreshHighlight();
    CHECK(scene.looks().node(NodeId("g")).emphasis == Emphasis::Mixed);

    render::Legend legend = scene.legend();
    REQUIRE(legend.size() == 1); // colouring by team: only the focus is explained
    bool negativeEntry = false;
    for (const render::LegendEntry& e : legend.back().entries)
        negativeEntry =
            negativeEntry || (e.swatch == render::LegendEntry::Swatch::DashedLine &&
                              e.colour == render::emphasisColour(static_cast<int>(Emphasis::Worsens)));
    CHECK(negativeEntry);
    scene.setHighlight(Highlight::rippleOf(NodeId("s"), render::ColourMode::Level));
    legend = scene.legend();
    REQUIRE(legend.size() == 2);
    CHECK(legend.front().title == "Colour: team level");
}

TEST_CASE("colour modes colour the bubbles and come with their legend", "[render][highlight]") {
    core::MapData data = focusMap();
    data.nodes[1].perspective = data.perspectives[1].id; // a1: customer
    core::Node& m = data.nodes[5];
    m.target = 10;
    m.direction = core::Direction::Up;
    m.values.push_back({*core::Date::parse("2026-01-01"), 4.0, ""});
    core::Map map(std::move(data));
    render::MapScene scene(map, core::ViewKind::Results);
    const render::Style& style = scene.style();
    const core::Node& a1 = *map.node(NodeId("a1"));
    const core::Node& s = *map.node(NodeId("s"));

    CHECK(scene.nodeColour(a1) == style.teamColour(map, a1.team));
    CHECK(scene.legend().front().title == "Colour: team");

    scene.setHighlight(Highlight::none(render::ColourMode::Level));
    CHECK(scene.nodeColour(a1) == render::levelColour(1));
    CHECK(scene.nodeColour(s) == render::levelColour(2));
    CHECK(scene.legend().front().entries.size() == 4); // levels 0, 1, 2 and "no team"

    scene.setHighlight(Highlight::none(render::ColourMode::Perspective));
    CHECK(scene.nodeColour(a1) == render::perspectiveColour(1));
    CHECK(scene.nodeColour(s) == style.noTeam);

    scene.setHighlight(Highlight::none(render::ColourMode::MeasureStatus));
    CHECK(render::measureStatus(*map.node(NodeId("m")), map.settings()) == render::MeasureStatus::Behind);
    CHECK(scene.nodeColour(a1) == style.bad); // measured by a measure short of its target
    CHECK(scene.nodeColour(s) == style.neutral);
    CHECK(scene.legend().front().entries.size() == 5); // met, improving, routine, behind, no data

    // The measure reaches its target: the result it measures turns good once edits pause.
    core::Node met = *map.node(NodeId("m"));
    met.values.push_back({*core::Date::parse("2026-02-01"), 12.0, ""});
    REQUIRE(map.updateNode(met));
    scene.refreshHighlight();
    CHECK(scene.nodeColour(*map.node(NodeId("a1"))) == style.good);
}

TEST_CASE("focus as text for command lines", "[render][highlight]") {
    for (const char* text : {"none", "team:maint", "node:o-1", "ripple:o-maint-cost", "path:o-1:g-margin"}) {
        const auto h = render::focusFromString(text);
        REQUIRE(h);
        CHECK(render::focusToString(*h) == text);
    }
    CHECK_FALSE(render::focusFromString("team:"));
    CHECK_FALSE(render::focusFromString("sideways:x"));
    CHECK_FALSE(render::focusFromString("path:x"));
    CHECK(render::colourModeFromString("status") == render::ColourMode::MeasureStatus);
    CHECK_FALSE(render::colourModeFromString("rainbow"));
}

TEST_CASE("a line of sight through a negative link draws that link as harmful, its note on hover",
          "[render][highlight]") {
    core::MapData d = focusMap();
    d.links[4].note = "a cheaper supplier's parts wear faster";
    core::Map map(d);
    render::MapScene scene(map, core::ViewKind::Results);
    // Team C's line of sight: s -> t -(negative)-> u -> g.
    scene.setHighlight(Highlight::teamSight(core::TeamId("c")));
    const auto& looks = scene.looks();
    CHECK(looks.link(core::LinkId("l5")).emphasis == Emphasis::Worsens); // the whole path: next test
    const QString tip = scene.linkItem(core::LinkId("l5"))->toolTip();
    CHECK(tip.contains(QStringLiteral("Hurts")));
    CHECK(tip.contains(QStringLiteral("a cheaper supplier's parts wear faster")));
    CHECK(scene.linkItem(core::LinkId("l4"))->toolTip() == QStringLiteral("Node s → Node t"));
}

TEST_CASE("the line-of-sight legend names the harmful colour when the map has a negative link",
          "[render][highlight][legend]") {
    const auto labels = [](const core::Map& map, const Highlight& h) {
        std::set<std::string> out;
        for (const render::LegendSection& s : render::buildLegend(map, h, render::Style()))
            for (const render::LegendEntry& e : s.entries)
                out.insert(e.label.toStdString());
        return out;
    };
    const std::string harmful = "Harmful: a path through a negative link";
    core::Map withNegative(focusMap());
    CHECK(labels(withNegative, Highlight::teamSight(core::TeamId("c"))).count(harmful) == 1);
    core::MapData positive = focusMap();
    for (core::Link& l : positive.links)
        l.polarity = core::Polarity::Positive;
    core::Map withoutNegative(positive);
    const auto plain = labels(withoutNegative, Highlight::teamSight(core::TeamId("c")));
    CHECK(plain.count(harmful) == 0);
    CHECK(plain.count("On a path to a top goal") == 1);
}

TEST_CASE("in a line of sight the whole path through a negative link is drawn as harmful",
          "[render][highlight]") {
    core::Map map(focusMap());
    render::MapScene scene(map, core::ViewKind::Results);
    // Team C: s drives t, t drives u negatively, u drives the goal: all three links are on the
    // harmful path, before, at and after the negative link.
    scene.setHighlight(Highlight::teamSight(core::TeamId("c")));
    CHECK(scene.looks().link(core::LinkId("l4")).emphasis == Emphasis::Worsens);
    CHECK(scene.looks().link(core::LinkId("l5")).emphasis == Emphasis::Worsens);
    CHECK(scene.looks().link(core::LinkId("l6")).emphasis == Emphasis::Worsens);
    // Team A's path has no negative link: drawn as an ordinary path.
    scene.setHighlight(Highlight::teamSight(core::TeamId("a")));
    CHECK(scene.looks().link(core::LinkId("l1")).emphasis == Emphasis::Path);
    CHECK(scene.looks().link(core::LinkId("l2")).emphasis == Emphasis::Path);
}
