#include "sightline/analysis/liveanalysis.h"

#include "rulecontext.h"

#include <algorithm>
#include <type_traits>
#include <unordered_map>

namespace sightline::analysis {

namespace {
constexpr unsigned kEverything = Structure | Titles | NodeDetails | Thresholds | AsOfDate;

const core::Node* findNode(const core::MapData& map, const core::NodeId& id,
                           std::unordered_map<core::NodeId, std::size_t>& cache) {
    if (cache.empty())
        for (std::size_t i = 0; i < map.nodes.size(); ++i)
            cache.emplace(map.nodes[i].id, i);
    const auto it = cache.find(id);
    return it == cache.end() ? nullptr : &map.nodes[it->second];
}

const core::Team* findTeam(const core::MapData& map, const core::TeamId& id) {
    for (const core::Team& t : map.teams)
        if (t.id == id)
            return &t;
    return nullptr;
}

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

const Report& LiveAnalysis::update(core::MapData snapshot, const core::ChangeSet& changes) {
    unsigned inputs = 0;
    bool waivers = false;
    std::vector<core::NodeId> nodes;
    std::vector<core::TeamId> teams;
    std::unordered_map<core::NodeId, std::size_t> oldIndex, newIndex;
    for (const core::ChangeEvent& event : changes.events) {
        std::visit(
            [&](const auto& e) {
                using E = std::decay_t<decltype(e)>;
                namespace c = core::change;
                if constexpr (std::is_same_v<E, c::PropertiesChanged>) {
                    inputs |= kEverything; // the vocabulary changes every message
                } else if constexpr (std::is_same_v<E, c::SettingsChanged>) {
                    inputs |= Thresholds;
                } else if constexpr (std::is_same_v<E, c::WaiversChanged>) {
                    waivers = true;
                } else if constexpr (std::is_same_v<E, c::NodeAdded> || std::is_same_v<E, c::NodeRemoved>) {
                    inputs |= kEverything;
                    nodes.push_back(e.id);
                } else if constexpr (std::is_same_v<E, c::NodeChanged>) {
                    const core::Node* before = findNode(map_, e.id, oldIndex);
                    const core::Node* after = findNode(snapshot, e.id, newIndex);
                    nodes.push_back(e.id);
                    if (!before || !after) {
                        inputs |= kEverything;
                        return;
                    }
                    if (before->kind != after->kind || before->team != after->team ||
                        before->goal != after->goal)
                        inputs |= Structure | Titles | NodeDetails;
                    if (before->title != after->title)
                        inputs |= Titles;
                    if (before->owner != after->owner || before->target != after->target ||
                        before->cadence != after->cadence || before->values != after->values)
                        inputs |= NodeDetails;
                } else if constexpr (std::is_same_v<E, c::LinkAdded> || std::is_same_v<E, c::LinkChanged> ||
                                     std::is_same_v<E, c::LinkRemoved>) {
                    inputs |= Structure;
                } else if constexpr (std::is_same_v<E, c::TeamAdded> || std::is_same_v<E, c::TeamRemoved>) {
                    inputs |= Structure | Titles;
                    teams.push_back(e.id);
                } else if constexpr (std::is_same_v<E, c::TeamChanged>) {
                    const core::Team* before = findTeam(map_, e.id);
                    const core::Team* after = findTeam(snapshot, e.id);
                    teams.push_back(e.id);
                    if (!before || !after || before->parent != after->parent)
                        inputs |= Structure | Titles;
                    else if (before->name != after->name)
                        inputs |= Titles;
                }
                // People, perspectives and positions: no rule reads them.
            },
            event);
    }
    map_ = std::move(snapshot);
    if (inputs == 0 && !waivers && nodes.empty() && teams.empty()) {
        rulesRun_ = 0;
        return report_;
    }
    run(inputs, nodes, teams);
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
