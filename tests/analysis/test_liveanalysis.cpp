#include "mapbuilder.h"
#include "sightline/analysis/liveanalysis.h"
#include "sightline/core/map.h"

using namespace sightline;
using namespace sightline::testing;

namespace {
MapBuilder org() {
    MapBuilder b;
    b.team("acme", "Acme").team("ops", "Operations", "acme").team("hr", "HR", "acme");
    b.goal("g1", "Margin grows", "acme").measure("mg", "Margin", "acme").measures("l1", "mg", "g1");
    b.objective("o1", "Downtime falls", "ops").drives("l2", "o1", "g1");
    b.measure("m1", "Downtime hours", "ops").measures("l3", "m1", "o1");
    b.objective("h1", "Margin grows", "hr").objective("h2", "Vacancies are filled", "hr");
    return b;
}

// Applies an operation to the model and checks that the live analysis equals a full one.
struct Harness {
    core::Map model;
    analysis::LiveAnalysis live{testOptions()};
    core::ChangeSet last;

    explicit Harness(core::MapData data) : model(std::move(data)) {
        model.subscribe([this](const core::ChangeSet& c) { last = c; });
        live.reset(model.snapshot());
    }
    void apply(const core::Status& status) {
        REQUIRE(status.ok());
        live.update(model.snapshot(), last);
        const auto full = analysis::analyze(model.data(), testOptions());
        CHECK(live.report().findings == full.findings);
        CHECK(live.report().counts == full.counts);
    }
};
} // namespace

TEST_CASE("live analysis re-runs only what an edit touches, and always agrees with a full run", "[live]") {
    Harness h(org().build());
    CHECK(h.live.rulesRun() == 20);
    CHECK(h.live.report().findings == analysis::analyze(h.model.data(), testOptions()).findings);

    SECTION("moving a node re-runs nothing") {
        h.apply(h.model.setPositions(core::ViewKind::Results, {{core::NodeId("o1"), core::Point{10, 20}}}));
        CHECK(h.live.rulesRun() == 0);
    }
    SECTION("a new owner re-runs the detail rules only") {
        core::Node n = *h.model.node(core::NodeId("h2"));
        n.owner.reset();
        h.apply(h.model.updateNode(n));
        // no-owner, no-target, stale-measure, and the three rules whose findings name h2.
        CHECK(h.live.rulesRun() == 6);
    }
    SECTION("a title re-runs the title rules and the rules that name the node") {
        core::Node n = *h.model.node(core::NodeId("h2"));
        n.title = "Margin grows";
        h.apply(h.model.updateNode(n));
        CHECK(h.live.rulesRun() < 20);
    }
    SECTION("a team's new name shows in the messages") {
        core::Team t = *h.model.team(core::TeamId("hr"));
        t.name = "People & Culture";
        h.apply(h.model.updateTeam(t));
        bool named = false;
        for (const auto& f : h.live.report().findings)
            named = named || f.message.find("People & Culture") != std::string::npos;
        CHECK(named);
    }
    SECTION("a link re-runs the structural rules") {
        core::Link l;
        l.id = core::LinkId("l9");
        l.kind = core::LinkKind::Drives;
        l.from = core::NodeId("h2");
        l.to = core::NodeId("o1");
        l.polarity = core::Polarity::Negative;
        h.apply(h.model.addLink(l));
        CHECK(h.live.rulesRun() >= 9);
        h.apply(h.model.removeLink(core::LinkId("l9")));
    }
    SECTION("removing a node, waivers and settings") {
        h.apply(h.model.removeNodes({core::NodeId("m1")}));
        core::Waiver w;
        w.rule = "unmeasured-objective";
        w.nodes = {core::NodeId("o1")};
        w.reason = "Measured elsewhere.";
        h.apply(h.model.addWaiver(w));
        CHECK(h.live.rulesRun() == 0);
        CHECK(h.live.report().counts.waived == 1);
        core::Settings s;
        s.maxObjectivesPerTeam = 1;
        h.apply(h.model.setSettings(s));
        // mini-me-scorecard, too-many-measures, too-many-objectives and the five measure rules.
        CHECK(h.live.rulesRun() == 8);
    }
    SECTION("a new as-of date") {
        core::Node n = *h.model.node(core::NodeId("m1"));
        n.cadence = core::Cadence::Monthly;
        n.values = {{date("2026-10-31"), 5.0, ""}};
        h.apply(h.model.updateNode(n));
        CHECK(h.live.report().counts.warning ==
              analysis::analyze(h.model.data(), testOptions()).counts.warning);
        h.live.setAsOf(date("2027-06-01"));
        auto later = testOptions();
        later.asOf = date("2027-06-01");
        CHECK(h.live.report().findings == analysis::analyze(h.model.data(), later).findings);
        CHECK(h.live.rulesRun() == 1);
    }
}

TEST_CASE("analysis can be cancelled from another thread", "[live]") {
    std::atomic<bool> cancel{true};
    auto o = testOptions();
    o.cancel = &cancel;
    const auto r = analysis::analyze(org().build(), o);
    CHECK(r.cancelled);
    CHECK(r.findings.empty());
}
