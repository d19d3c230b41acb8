// Map: teams, people, perspectives, the map's properties and settings.
#include "sightline/core/map.h"
#include "sightline/core/validation.h"
#include "testsupport.h"

#include <catch2/catch.hpp>
#include <cmath>

using namespace sightline::core;
using namespace sightline::core::test;

TEST_CASE("setProperties trims, checks the title and reports PropertiesChanged", "[map]") {
    Map map(sampleData());
    MapProperties p = map.properties();
    p.title = "  Acme results map 2027 ";
    p.description = " all of it ";
    p.vocabulary = Vocabulary::Okr;
    CHECK(expectApplied(map, [&](Map& m) { return m.setProperties(p); }) == Strings{"PropertiesChanged"});
    CHECK(map.properties().title == "Acme results map 2027");
    CHECK(map.properties().description == "all of it");
    CHECK(map.properties().vocabulary == Vocabulary::Okr);

    Recorder r(map);
    CHECK(map.setProperties(map.properties()).ok());
    CHECK(r.sets.empty());

    p.title = "   ";
    expectRefused(map, [&](Map& m) { return m.setProperties(p); });
    p.title = std::string(201, 't');
    expectRefused(map, [&](Map& m) { return m.setProperties(p); });
    p.title = std::string(200, 't');
    CHECK(map.setProperties(p).ok());
}

TEST_CASE("setSettings checks ranges and reports SettingsChanged", "[map]") {
    Map map(sampleData());
    CHECK(expectApplied(map, [](Map& m) {
              return m.setSettings({5, 0, 1.0});
          }) == Strings{"SettingsChanged"});
    CHECK(map.settings() == Settings{5, 0, 1.0});
    Recorder r(map);
    CHECK(map.setSettings({5, 0, 1.0}).ok());
    CHECK(r.sets.empty());
    expectRefused(map, [](Map& m) { return m.setSettings({-1, 8, 0.5}); });
    expectRefused(map, [](Map& m) { return m.setSettings({3, -1, 0.5}); });
    expectRefused(map, [](Map& m) { return m.setSettings({3, 8, 1.01}); });
    expectRefused(map, [](Map& m) { return m.setSettings({3, 8, -0.5}); });
    expectRefused(map, [](Map& m) { return m.setSettings({3, 8, std::nan("")}); });
}

TEST_CASE("teams: add, update, remove with their events", "[map]") {
    Map map(sampleData());
    Team plant = makeTeam("plant", " Plant ", "ops");
    plant.colour = "#00aa33";
    CHECK(expectApplied(map, [&](Map& m) { return m.addTeam(plant); }) == Strings{"TeamAdded plant"});
    CHECK(map.team(TeamId("plant"))->name == "Plant");
    CHECK(map.teamLevel(TeamId("plant")) == 2);
    CHECK(expectApplied(map, [](Map& m) { return m.addTeam(makeTeam("hq", "HQ"), 0); }) ==
          Strings{"TeamAdded hq"});
    CHECK(map.teams().front().id == TeamId("hq"));
    CHECK(map.teamIndex(TeamId("plant")) == 3u);

    Team moved = *map.team(TeamId("plant"));
    moved.parent = TeamId("hq");
    CHECK(expectApplied(map, [&](Map& m) { return m.updateTeam(moved); }) == Strings{"TeamChanged plant"});
    CHECK(map.teamLevel(TeamId("plant")) == 1);
    Recorder r(map);
    CHECK(map.updateTeam(moved).ok());
    CHECK(r.sets.empty());

    CHECK(expectApplied(map, [](Map& m) { return m.removeTeam(TeamId("plant")); }) ==
          Strings{"TeamRemoved plant"});
    CHECK(expectApplied(map, [](Map& m) { return m.removeTeam(TeamId("hq")); }) == Strings{"TeamRemoved hq"});
    CHECK(map.data() == sampleData());
}

TEST_CASE("teams: invalid teams and cycles are refused", "[map]") {
    Map map(sampleData());
    REQUIRE(map.addTeam(makeTeam("plant", "Plant", "ops")).ok());
    REQUIRE(map.addTeam(makeTeam("line", "Line 1", "plant")).ok());
    expectRefused(map, [](Map& m) { return m.addTeam(makeTeam("ops", "Again")); });
    expectRefused(map, [](Map& m) { return m.addTeam(makeTeam("bad id", "X")); });
    expectRefused(map, [](Map& m) { return m.addTeam(makeTeam("x", "X", "nowhere")); });
    expectRefused(map, [](Map& m) { return m.addTeam(makeTeam("x", "X", "x")); });
    Team coloured = makeTeam("x", "X");
    coloured.colour = "green";
    expectRefused(map, [&](Map& m) { return m.addTeam(coloured); });
    // Cycles: acme under itself, acme under ops, acme under its grandchild, ops under line.
    expectRefused(map, [](Map& m) { return m.updateTeam(makeTeam("acme", "Acme", "acme")); });
    expectRefused(map, [](Map& m) { return m.updateTeam(makeTeam("acme", "Acme", "ops")); });
    expectRefused(map, [](Map& m) { return m.updateTeam(makeTeam("acme", "Acme", "line")); });
    expectRefused(map, [](Map& m) { return m.updateTeam(makeTeam("ops", "Operations", "line")); });
    expectRefused(map, [](Map& m) { return m.updateTeam(makeTeam("ghost", "Ghost")); });
    // Moving a team sideways is fine.
    CHECK(map.updateTeam(makeTeam("line", "Line 1", "ops")).ok());
    CHECK(map.updateTeam(makeTeam("plant", "Plant", "line")).ok());
    CHECK(map.teamLevel(TeamId("plant")) == 3);
    CHECK(validate(map.data()).empty());
}

TEST_CASE("teamTree: depth first, children in the map's order after their parent", "[map]") {
    MapData d;
    d.properties.title = "Organisation";
    // Children listed before their parents, and two roots.
    d.teams = {makeTeam("weld", "Welding", "ops"),
               makeTeam("ops", "Operations", "acme"),
               makeTeam("acme", "Acme"),
               makeTeam("paint", "Paint shop", "ops"),
               makeTeam("sales", "Sales", "acme"),
               makeTeam("guild", "Engineering guild"),
               makeTeam("robot", "Robot cell", "weld")};
    const Map map(d);
    std::vector<std::pair<std::string, int>> got;
    for (const auto& [team, level] : map.teamTree()) {
        got.emplace_back(team->id.str(), level);
        CHECK(level == map.teamLevel(team->id));
    }
    const std::vector<std::pair<std::string, int>> want{{"acme", 0},  {"ops", 1},   {"weld", 2}, {"robot", 3},
                                                        {"paint", 2}, {"sales", 1}, {"guild", 0}};
    CHECK(got == want);
}

TEST_CASE("teams: a team still referred to cannot be removed", "[map]") {
    Map map(sampleData());
    expectRefused(map, [](Map& m) { return m.removeTeam(TeamId("acme")); }); // has a sub-team and nodes
    expectRefused(map, [](Map& m) { return m.removeTeam(TeamId("ops")); });  // a node and a person
    expectRefused(map, [](Map& m) { return m.removeTeam(TeamId("ghost")); });

    REQUIRE(map.addTeam(makeTeam("t1", "T1")).ok());
    REQUIRE(map.addPerson(makePerson("p1", "P1", "t1")).ok());
    expectRefused(map, [](Map& m) { return m.removeTeam(TeamId("t1")); }); // a person
    REQUIRE(map.removePerson(PersonId("p1")).ok());

    Waiver w = makeWaiver("too-many-objectives", {});
    w.team = TeamId("t1");
    REQUIRE(map.addWaiver(w).ok());
    expectRefused(map, [](Map& m) { return m.removeTeam(TeamId("t1")); }); // a waiver
    REQUIRE(map.removeWaiver(1).ok());

    Node n = objective("o9");
    n.team = TeamId("t1");
    REQUIRE(map.addNode(n).ok());
    expectRefused(map, [](Map& m) { return m.removeTeam(TeamId("t1")); }); // a node
    n.team.reset();
    REQUIRE(map.updateNode(n).ok());
    CHECK(map.removeTeam(TeamId("t1")).ok());
}

TEST_CASE("people: add, update, remove", "[map]") {
    Map map(sampleData());
    Person p = makePerson("kim", " Kim Ng ", "acme");
    p.email = " kim@example.com ";
    p.role = " CFO";
    CHECK(expectApplied(map, [&](Map& m) { return m.addPerson(p); }) == Strings{"PersonAdded kim"});
    const Person& kim = *map.person(PersonId("kim"));
    CHECK(kim.name == "Kim Ng");
    CHECK(kim.email == "kim@example.com");
    CHECK(kim.role == "CFO");
    CHECK(expectApplied(map, [](Map& m) { return m.addPerson(makePerson("al", "Al"), 0); }) ==
          Strings{"PersonAdded al"});
    CHECK(map.personIndex(PersonId("kim")) == 2u);

    Person changed = *map.person(PersonId("kim"));
    changed.team = TeamId("ops");
    CHECK(expectApplied(map, [&](Map& m) { return m.updatePerson(changed); }) ==
          Strings{"PersonChanged kim"});
    Recorder r(map);
    CHECK(map.updatePerson(changed).ok());
    CHECK(r.sets.empty());

    expectRefused(map, [](Map& m) { return m.addPerson(makePerson("kim", "Kim again")); });
    expectRefused(map, [](Map& m) { return m.addPerson(makePerson("k m", "K")); });
    expectRefused(map, [](Map& m) { return m.addPerson(makePerson("x", "X", "nowhere")); });
    expectRefused(map, [](Map& m) { return m.updatePerson(makePerson("ghost", "G")); });
    expectRefused(map, [](Map& m) { return m.updatePerson(makePerson("kim", "Kim", "nowhere")); });
    expectRefused(map, [](Map& m) { return m.removePerson(PersonId("ghost")); });
    expectRefused(map, [](Map& m) { return m.removePerson(PersonId("dl")); }); // owns o1

    Waiver w = makeWaiver("no-target", {"m2"});
    w.by = PersonId("kim");
    REQUIRE(map.addWaiver(w).ok());
    expectRefused(map, [](Map& m) { return m.removePerson(PersonId("kim")); }); // named by a waiver
    REQUIRE(map.removeWaiver(1).ok());
    CHECK(expectApplied(map, [](Map& m) { return m.removePerson(PersonId("kim")); }) ==
          Strings{"PersonRemoved kim"});
    CHECK(expectApplied(map, [](Map& m) { return m.removePerson(PersonId("al")); }) ==
          Strings{"PersonRemoved al"});
    CHECK(map.data() == sampleData());
}

TEST_CASE("perspectives: add, update, remove", "[map]") {
    Map map(sampleData());
    CHECK(expectApplied(map, [](Map& m) {
              return m.addPerspective({PerspectiveId("people"), " People "}, 3);
          }) == Strings{"PerspectiveAdded people"});
    CHECK(map.perspectives()[3].name == "People");
    CHECK(map.perspectiveIndex(PerspectiveId("learning")) == 4u);
    CHECK(expectApplied(map, [](Map& m) {
              return m.updatePerspective({PerspectiveId("people"), "Our people"});
          }) == Strings{"PerspectiveChanged people"});
    Recorder r(map);
    CHECK(map.updatePerspective({PerspectiveId("people"), "Our people"}).ok());
    CHECK(r.sets.empty());

    expectRefused(map, [](Map& m) { return m.addPerspective({PerspectiveId("people"), "Again"}); });
    expectRefused(map, [](Map& m) { return m.addPerspective({PerspectiveId("a b"), "A B"}); });
    expectRefused(map, [](Map& m) { return m.updatePerspective({PerspectiveId("ghost"), "G"}); });
    expectRefused(map, [](Map& m) { return m.removePerspective(PerspectiveId("ghost")); });
    expectRefused(map,
                  [](Map& m) { return m.removePerspective(PerspectiveId("financial")); }); // g1 sits there

    CHECK(expectApplied(map, [](Map& m) { return m.removePerspective(PerspectiveId("people")); }) ==
          Strings{"PerspectiveRemoved people"});
    CHECK(map.data() == sampleData());
    CHECK(expectApplied(map, [](Map& m) { return m.removePerspective(PerspectiveId("learning")); }) ==
          Strings{"PerspectiveRemoved learning"});
    CHECK(map.perspectives().size() == 3);
    checkIndices(map);
}

TEST_CASE("perspectives: move changes the band order, also while nodes sit in the perspective", "[map]") {
    Map map(sampleData());
    const auto ids = [&] {
        Strings s;
        for (const Perspective& p : map.perspectives())
            s.push_back(p.id.str());
        return s;
    };
    // financial holds g1: moving it is allowed (removing it is not).
    CHECK(expectApplied(map, [](Map& m) { return m.movePerspective(PerspectiveId("financial"), 2); }) ==
          Strings{"PerspectiveRemoved financial", "PerspectiveAdded financial"});
    CHECK(ids() == Strings{"customer", "process", "financial", "learning"});
    checkIndices(map);
    CHECK(expectApplied(map, [](Map& m) { return m.movePerspective(PerspectiveId("learning"), 0); }) ==
          Strings{"PerspectiveRemoved learning", "PerspectiveAdded learning"});
    CHECK(ids() == Strings{"learning", "customer", "process", "financial"});
    checkIndices(map);
    Recorder r(map);
    CHECK(map.movePerspective(PerspectiveId("learning"), 0).ok());
    CHECK(r.sets.empty());
    expectRefused(map, [](Map& m) { return m.movePerspective(PerspectiveId("ghost"), 0); });
    expectRefused(map, [](Map& m) { return m.movePerspective(PerspectiveId("customer"), 4); });
    REQUIRE(map.movePerspective(PerspectiveId("learning"), 3).ok());
    REQUIRE(map.movePerspective(PerspectiveId("financial"), 0).ok());
    CHECK(map.data() == sampleData());
}
