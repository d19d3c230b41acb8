#include "sightline/analysis/liveanalysis.h"

#include "rulecontext.h"
#include "sightline/core/changevisitor.h"

#include <algorithm>

namespace sightline::analysis {

namespace {
constexpr unsigned kEverything = Structure | Titles | NodeDetails | Thresholds | AsOfDate | History;

bool mentions(const std::vector<Finding>& findings, const std::vector<core::NodeId>& nodes,
              const std::vector<core::TeamId>& teams) {
    for (const Finding& f : findings) {
        for (const core::NodeId& n : nodes)
            if (std::find(f.nodes.begin(), f.nodes.end(), n) != f.nodes.end())
                return true;
        for (const core::TeamId& t : teams)
            if (std::find(f.teams.begin(), f.teams.end(), t) != f.teams.end())
                return true;
    }
    return false;
}
} // namespace

LiveAnalysis::LiveAnalysis(Options options) : options_(std::move(options)) {}

const Report& LiveAnalysis::reset(core::MapData snapshot) {
    map_ = std::move(snapshot);
    run(kEverything, {}, {});
    return report_;
}

namespace {

// Which rule inputs a change set touches, read from the events' field masks, and which nodes
// and teams it names (findings quoting them re-run too).
class InputReader final : public core::ChangeVisitor {
public:
    unsigned inputs = 0;
    bool waivers = false;
    std::vector<core::NodeId> nodes;
    std::vector<core::TeamId> teams;

    void on(const core::change::PropertiesChanged&) override {
        inputs |= kEverything; // the vocabulary changes every message
    }
    void on(const core::change::SettingsChanged&) override { inputs |= Thresholds; }
    void on(const core::change::WaiversChanged&) override { waivers = true; }
    void on(const core::change::NodeAdded& e) override { nodeAddedOrRemoved(e.id); }
    void on(const core::change::NodeRemoved& e) override { nodeAddedOrRemoved(e.id); }
    void on(const core::change::NodeChanged& e) override {
        using F = core::NodeField;
        nodes.push_back(e.id);
        if (e.fields.beyondKnown()) {
            inputs |= kEverything;
            return;
        }
        if (e.fields.any(F::Kind | F::Team | F::Goal))
            inputs |= Structure | Titles | NodeDetails;
        if (e.fields.has(F::Title))
            inputs |= Titles;
        if (e.fields.any(F::Owner | F::Target | F::Cadence | F::Values))
            inputs |= NodeDetails;
        if (e.fields.any(F::Values | F::Target | F::Direction | F::Forecast | F::XmrRules |
                         F::XmrBaselinePoints | F::XmrBreaks | F::Status | F::Start))
            inputs |= History;
    }
    void on(const core::change::LinkAdded&) override { inputs |= Structure; }
    void on(const core::change::LinkChanged&) override { inputs |= Structure; }
    void on(const core::change::LinkRemoved&) override { inputs |= Structure; }
    void on(const core::change::TeamAdded& e) override { teamAddedOrRemoved(e.id); }
    void on(const core::change::TeamRemoved& e) override { teamAddedOrRemoved(e.id); }
    void on(const core::change::TeamChanged& e) override {
        teams.push_back(e.id);
        if (e.fields.beyondKnown() || e.fields.has(core::TeamField::Parent))
            inputs |= Structure | Titles;
        else if (e.fields.has(core::TeamField::Name))
            inputs |= Titles;
    }
    // People, perspectives and positions: no rule reads them.
    void on(const core::change::PersonAdded&) override {}
    void on(const core::change::PersonChanged&) override {}
    void on(const core::change::PersonRemoved&) override {}
    void on(const core::change::PerspectiveAdded&) override {}
    void on(const core::change::PerspectiveChanged&) override {}
    void on(const core::change::PerspectiveRemoved&) override {}
    void on(const core::change::PositionsChanged&) override {}

private:
    void nodeAddedOrRemoved(const core::NodeId& id) {
        inputs |= kEverything;
        nodes.push_back(id);
    }
    void teamAddedOrRemoved(const core::TeamId& id) {
        inputs |= Structure | Titles;
        teams.push_back(id);
    }
};

} // namespace

const Report& LiveAnalysis::update(core::MapData snapshot, const core::ChangeSet& changes) {
    InputReader read;
    core::visit(changes, read);
    map_ = std::move(snapshot);
    if (read.inputs == 0 && !read.waivers && read.nodes.empty() && read.teams.empty()) {
        rulesRun_ = 0;
        return report_;
    }
    run(read.inputs, read.nodes, read.teams);
    return report_;
}

const Report& LiveAnalysis::setAsOf(core::Date asOf) {
    options_.asOf = asOf;
    run(AsOfDate, {}, {});
    return report_;
}

void LiveAnalysis::run(unsigned inputs, const std::vector<core::NodeId>& namedNodes,
                       const std::vector<core::TeamId>& namedTeams) {
    rulesRun_ = 0;
    std::vector<Rule> due;
    for (const RuleInfo& info : allRules()) {
        const auto r = static_cast<std::size_t>(info.rule);
        if (!options_.rules.contains(info.rule)) {
            perRule_[r].clear();
            continue;
        }
        // A rule re-runs when it reads what changed, or when one of its findings names a
        // changed node or team (its message quotes their titles and names).
        if ((info.inputs & inputs) != 0 || mentions(perRule_[r], namedNodes, namedTeams))
            due.push_back(info.rule);
    }
    if (!due.empty()) {
        const MapIndex index(map_);
        detail::RuleContext ctx(index, options_.asOf);
        for (Rule rule : due) {
            auto& findings = perRule_[static_cast<std::size_t>(rule)];
            findings.clear();
            detail::ruleFunction(rule)(ctx, findings);
            ++rulesRun_;
        }
    }
    rebuild();
}

void LiveAnalysis::rebuild() {
    report_ = {};
    for (const auto& findings : perRule_)
        report_.findings.insert(report_.findings.end(), findings.begin(), findings.end());
    applyWaivers(map_, report_.findings);
    finish(report_);
}

} // namespace sightline::analysis
