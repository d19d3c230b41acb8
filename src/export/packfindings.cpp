#include "packfindings.h"

#include "packnames.h"
#include "sightline/analysis/rules.h"

#include <QObject>
#include <algorithm>
#include <limits>

namespace sightline::exporting {

namespace {

QString severityLabel(analysis::Severity s) {
    switch (s) {
    case analysis::Severity::Error:
        return QObject::tr("error");
    case analysis::Severity::Warning:
        return QObject::tr("warning");
    case analysis::Severity::Info:
        return QObject::tr("info");
    }
    return {};
}

QString ruleSummary(const std::string& rule) {
    QString summary = qs(rule);
    if (auto r = analysis::ruleFromId(rule))
        summary = QString::fromUtf8(analysis::ruleInfo(*r).summary.data(),
                                    static_cast<qsizetype>(analysis::ruleInfo(*r).summary.size()));
    if (!summary.isEmpty()) // a heading: capital first letter
        summary[0] = summary[0].toUpper();
    return summary;
}

// Lower is more important: the highest team the finding is about, then whether it names a
// top goal.
std::pair<int, int> importance(const core::Map& map, const analysis::Finding& f) {
    int level = std::numeric_limits<int>::max();
    for (const core::TeamId& t : f.teams)
        level = std::min(level, map.teamLevel(t));
    if (f.team)
        level = std::min(level, map.teamLevel(*f.team));
    int goal = 1;
    for (const core::NodeId& id : f.nodes)
        if (const core::Node* n = map.node(id); n && n->goal)
            goal = 0;
    return {level, goal};
}

// The findings of one rule (open or waived), in the order they are listed.
void addRule(Table& table, const core::Map& map, const NodeNames& names,
             std::vector<const analysis::Finding*> group, bool all, bool waived) {
    const analysis::Finding& first = *group.front();
    const int n = static_cast<int>(group.size());
    table.addGroup(waived ? QObject::tr("%1 (%2, %3): %4 waived")
                                .arg(ruleSummary(first.rule), qs(first.rule), severityLabel(first.severity))
                                .arg(n)
                          : QObject::tr("%1 (%2, %3): %4 open")
                                .arg(ruleSummary(first.rule), qs(first.rule), severityLabel(first.severity))
                                .arg(n));
    if (!all)
        std::stable_sort(group.begin(), group.end(),
                         [&](const analysis::Finding* a, const analysis::Finding* b) {
                             return importance(map, *a) < importance(map, *b);
                         });
    const std::size_t shown = all ? group.size() : std::min(group.size(), kFindingsPerRule);
    for (std::size_t i = 0; i < shown; ++i) {
        const analysis::Finding& f = *group[i];
        const QString message =
            waived ? QObject::tr("Waived: %1 (%2)").arg(qs(f.waiverReason), qs(f.message)) : qs(f.message);
        table.addRow({names.list(f.nodes), names.teams(f.teams), message});
    }
    if (shown < group.size())
        table.addNote(QObject::tr("and %1 more (every finding: export the pack with --findings all)")
                          .arg(group.size() - shown));
}

} // namespace

std::shared_ptr<Table> findingsTable(const core::Map& map, const analysis::Report& report,
                                     const NodeNames& names, bool all, double width) {
    auto table = std::make_shared<Table>(
        std::vector<QString>{QObject::tr("Nodes"), QObject::tr("Teams"), QObject::tr("Finding")},
        std::vector<double>{0.36, 0.16, 0.48}, width);
    for (bool waived : {false, true}) {
        // The report is sorted by severity, then rule: each rule's findings are together.
        std::vector<const analysis::Finding*> group;
        bool any = false;
        auto flush = [&] {
            if (!group.empty()) {
                if (waived && !any)
                    table->addGroup(QObject::tr("Waived findings (%1), with the reasons recorded in the map")
                                        .arg(report.counts.waived));
                addRule(*table, map, names, group, all, waived);
                any = true;
            }
            group.clear();
        };
        for (const analysis::Finding& f : report.findings) {
            if (f.waived != waived)
                continue;
            if (!group.empty() && group.front()->rule != f.rule)
                flush();
            group.push_back(&f);
        }
        flush();
        if (!waived && !any)
            table->addNote(QObject::tr("No open findings."));
    }
    return table;
}

} // namespace sightline::exporting
