#include "sightline/export/scorecard.h"

#include "sightline/render/valueformat.h"

#include <QObject>
#include <algorithm>
#include <unordered_set>

namespace sightline::exporting {

namespace {

QString qs(const std::string& s) {
    return QString::fromStdString(s);
}

// The values in date order.
std::vector<const core::MeasureValue*> byDate(const core::Node& n) {
    std::vector<const core::MeasureValue*> out;
    out.reserve(n.values.size());
    for (const core::MeasureValue& v : n.values)
        out.push_back(&v);
    std::stable_sort(out.begin(), out.end(), [](auto* a, auto* b) { return a->date < b->date; });
    return out;
}

// Whether the map records approvals of values at all (measures.md: requireApproval, or any value
// with approvedBy); without them the Approval column stays empty rather than calling every
// value provisional.
bool recordsApprovals(const core::Map& map) {
    if (map.settings().requireApproval)
        return true;
    for (const core::Node& n : map.nodes())
        for (const core::MeasureValue& v : n.values)
            if (v.approvedBy)
                return true;
    return false;
}

ScorecardRow rowFor(const core::Map& map, const core::Node& n, bool approvals) {
    ScorecardRow row;
    row.measure = n.id;
    row.title = qs(n.title);
    if (n.owner)
        if (const core::Person* p = map.person(*n.owner))
            row.owner = qs(p->name);
    if (row.owner.isEmpty() && n.team)
        if (const core::Team* t = map.team(*n.team))
            row.owner = qs(t->name);
    const QString unit = qs(n.unit);
    const auto values = byDate(n);
    if (!values.empty()) {
        const core::MeasureValue& latest = *values.back();
        row.latest = render::formatValue(latest.value, unit);
        row.period = periodLabel(latest.date, n.cadence);
        row.dataDate = qs(latest.date.toString());
        if (approvals)
            row.approval = latest.approvedBy ? QStringLiteral("approved") : QStringLiteral("provisional");
    }
    if (n.target) {
        row.target = render::formatValue(*n.target, unit);
        row.targetValue = n.target;
    }
    row.direction = n.direction;
    row.status = render::measureStatus(n, map.settings());
    const std::size_t from = values.size() > kTrendPoints ? values.size() - kTrendPoints : 0;
    for (std::size_t i = from; i < values.size(); ++i)
        row.trend.push_back(values[i]->value);
    return row;
}

} // namespace

int Scorecard::size() const {
    int n = 0;
    for (const ScorecardGroup& g : groups)
        n += static_cast<int>(g.rows.size());
    return n;
}

QString scorecardStatus(render::MeasureStatus status) {
    switch (status) {
    case render::MeasureStatus::Met:
        return QObject::tr("Met");
    case render::MeasureStatus::Improving:
        return QObject::tr("Improving");
    case render::MeasureStatus::Routine:
        return QObject::tr("Routine");
    case render::MeasureStatus::Behind:
        return QObject::tr("Behind");
    case render::MeasureStatus::NoData:
        return QObject::tr("No data");
    }
    return {};
}

QString periodLabel(const core::Date& date, std::optional<core::Cadence> cadence) {
    static const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const QString iso = qs(date.toString());
    if (!cadence)
        return iso;
    switch (*cadence) {
    case core::Cadence::Daily:
        return iso;
    case core::Cadence::Weekly:
        return QObject::tr("week to %1").arg(iso);
    case core::Cadence::Monthly:
        return QStringLiteral("%1 %2")
            .arg(QLatin1String(kMonths[std::clamp(date.month(), 1, 12) - 1]))
            .arg(date.year());
    case core::Cadence::Quarterly:
        return QStringLiteral("Q%1 %2").arg((date.month() - 1) / 3 + 1).arg(date.year());
    case core::Cadence::Yearly:
        return QString::number(date.year());
    }
    return iso;
}

Scorecard buildScorecard(const core::Map& map, int levels) {
    Scorecard card;
    std::unordered_set<core::NodeId> listed;
    const bool approvals = recordsApprovals(map);
    auto add = [&](ScorecardGroup& group, const core::Node& m) {
        if (!listed.insert(m.id).second)
            return;
        group.rows.push_back(rowFor(map, m, approvals));
        ++card.counts[static_cast<std::size_t>(group.rows.back().status)];
    };
    // The top goals, each with the measures that measure it.
    for (const core::Node& goal : map.nodes()) {
        if (goal.kind != core::NodeKind::Objective || !goal.goal)
            continue;
        ScorecardGroup group;
        group.goal = true;
        group.heading = QStringLiteral("★ %1").arg(qs(goal.title));
        for (const core::LinkId& lid : map.inLinks(goal.id)) {
            const core::Link* l = map.link(lid);
            if (!l || l->kind != core::LinkKind::Measures)
                continue;
            if (const core::Node* m = map.node(l->from); m && m->kind == core::NodeKind::Measure)
                add(group, *m);
        }
        if (!group.rows.empty())
            card.groups.push_back(std::move(group));
    }
    // The teams of the first levels, parents before their children (depth-first), each with
    // its measures not listed under a goal.
    std::vector<const core::Team*> teams;
    std::function<void(const std::optional<core::TeamId>&, int)> visit =
        [&](const std::optional<core::TeamId>& parent, int depth) {
            if (depth >= levels)
                return;
            for (const core::Team& t : map.teams())
                if (t.parent == parent) {
                    teams.push_back(&t);
                    visit(t.id, depth + 1);
                }
        };
    visit(std::nullopt, 0);
    std::unordered_map<core::TeamId, std::size_t> groupOf;
    std::vector<ScorecardGroup> teamGroups(teams.size());
    for (std::size_t i = 0; i < teams.size(); ++i) {
        groupOf.emplace(teams[i]->id, i);
        teamGroups[i].heading = qs(teams[i]->name);
    }
    for (const core::Node& m : map.nodes()) {
        if (m.kind != core::NodeKind::Measure || !m.team)
            continue;
        if (auto it = groupOf.find(*m.team); it != groupOf.end())
            add(teamGroups[it->second], m);
    }
    for (ScorecardGroup& g : teamGroups)
        if (!g.rows.empty())
            card.groups.push_back(std::move(g));
    return card;
}

} // namespace sightline::exporting
