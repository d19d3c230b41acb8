#include "ruletitle.h"

#include "sightline/render/vocabulary.h"

#include <QObject>

namespace sightline::editor {

QString ruleTitle(std::string_view rule, core::Vocabulary v) {
    using core::NodeKind;
    const QString results = render::kindLabelPlural(v, NodeKind::Objective).toLower();
    const QString measures = render::kindLabelPlural(v, NodeKind::Measure);
    const QString measuresLower = measures.toLower();
    if (rule == "orphan-measure")
        return QObject::tr("Orphaned %1").arg(measuresLower);
    if (rule == "unmeasured-objective")
        return QObject::tr("Unmeasured %1").arg(results);
    if (rule == "no-line-of-sight")
        return QObject::tr("No line of sight to a top goal");
    if (rule == "team-without-line-of-sight")
        return QObject::tr("Teams without line of sight");
    if (rule == "mini-me")
        return QObject::tr("Mini-me copies");
    if (rule == "mini-me-scorecard")
        return QObject::tr("Mini-me scorecards");
    if (rule == "additive-only")
        return QObject::tr("Additive-only rollups");
    if (rule == "rollup-cycle")
        return QObject::tr("Rollup cycles");
    if (rule == "feedback-loop")
        return QObject::tr("Feedback loops");
    if (rule == "may-hurt-goal")
        return QObject::tr("May hurt a top goal (negative ripple)");
    if (rule == "no-owner")
        return QObject::tr("No owner");
    if (rule == "no-target")
        return QObject::tr("%1 without a target").arg(measures);
    if (rule == "stale-measure")
        return QObject::tr("Stale %1 (no recent values)").arg(measuresLower);
    if (rule == "too-many-measures")
        return QObject::tr("Too many %1 on one %2")
            .arg(measuresLower, render::kindLabel(v, NodeKind::Objective).toLower());
    if (rule == "too-many-objectives")
        return QObject::tr("Too many %1 in one team").arg(results);
    return QString::fromUtf8(rule.data(), static_cast<qsizetype>(rule.size()));
}

} // namespace sightline::editor
