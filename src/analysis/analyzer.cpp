#include "sightline/analysis/analyzer.h"

#include "rulecontext.h"
#include "sightline/core/waiver.h"

#include <algorithm>
#include <map>

namespace sightline::analysis {

Report analyze(const core::MapData& map, const Options& options) {
    Report report;
    const MapIndex index(map);
    detail::RuleContext ctx(index, options.asOf);
    for (const RuleInfo& info : allRules()) {
        if (!options.rules.contains(info.rule))
            continue;
        if (options.cancel && options.cancel->load(std::memory_order_relaxed)) {
            report.cancelled = true;
            break;
        }
        detail::ruleFunction(info.rule)(ctx, report.findings);
    }
    applyWaivers(map, report.findings);
    finish(report);
    return report;
}

void applyWaivers(const core::MapData& map, std::vector<Finding>& findings) {
    // (rule, lead node or team) -> the first waiver that names it.
    std::map<std::pair<std::string_view, std::string_view>, const core::Waiver*> byNode, byTeam;
    for (const core::Waiver& w : map.waivers) {
        if (!core::isKnownRule(w.rule))
            continue;
        if (core::isTeamRule(w.rule)) {
            if (w.team)
                byTeam.try_emplace({w.rule, w.team->str()}, &w);
        } else if (!w.nodes.empty()) {
            byNode.try_emplace({w.rule, w.nodes.front().str()}, &w);
        }
    }
    for (Finding& f : findings) {
        const core::Waiver* w = nullptr;
        if (core::isTeamRule(f.rule)) {
            if (f.team)
                if (auto it = byTeam.find({f.rule, f.team->str()}); it != byTeam.end())
                    w = it->second;
        } else if (!f.nodes.empty()) {
            if (auto it = byNode.find({f.rule, f.nodes.front().str()}); it != byNode.end())
                w = it->second;
        }
        f.waived = w != nullptr;
        f.waiverReason = w ? w->reason : std::string();
    }
}

void finish(Report& report) {
    std::sort(report.findings.begin(), report.findings.end(), findingLess);
    report.counts = {};
    for (const Finding& f : report.findings) {
        if (f.waived)
            ++report.counts.waived;
        else if (f.severity == Severity::Error)
            ++report.counts.error;
        else if (f.severity == Severity::Warning)
            ++report.counts.warning;
        else
            ++report.counts.info;
    }
}

} // namespace sightline::analysis
