#include "sightline/render/vocabulary.h"

#include <QCoreApplication>

namespace sightline::render {

using core::NodeKind;
using core::Vocabulary;

QString kindLabel(Vocabulary v, NodeKind kind) {
    switch (kind) {
    case NodeKind::Objective:
        return v == Vocabulary::Pump ? QStringLiteral("Result") : QStringLiteral("Objective");
    case NodeKind::Measure:
        switch (v) {
        case Vocabulary::Pump:
            return QStringLiteral("Measure");
        case Vocabulary::Bsc:
            return QStringLiteral("KPI");
        case Vocabulary::Okr:
            return QStringLiteral("Key result");
        }
        break;
    case NodeKind::Initiative:
        return QStringLiteral("Initiative");
    }
    return {};
}

QString kindLabelPlural(Vocabulary v, NodeKind kind) {
    return kindLabel(v, kind) + QLatin1Char('s');
}

QString countLabel(Vocabulary v, NodeKind kind, long long count) {
    QString word = count == 1 ? kindLabel(v, kind) : kindLabelPlural(v, kind);
    if (word.size() > 1 && word.at(1).isLower()) // "Results" -> "results"; "KPIs" stays
        word[0] = word.at(0).toLower();
    return QStringLiteral("%1 %2").arg(count).arg(word);
}

QString goalLabel(Vocabulary v) {
    return v == Vocabulary::Pump ? QStringLiteral("Top goal") : QStringLiteral("Corporate goal");
}

QString linkKindLabel(Vocabulary v, core::LinkKind kind) {
    switch (kind) {
    case core::LinkKind::Drives:
        return QStringLiteral("Drives (cause and effect)");
    case core::LinkKind::Measures:
        return QStringLiteral("%1 of the %2")
            .arg(kindLabel(v, NodeKind::Measure), kindLabel(v, NodeKind::Objective).toLower());
    case core::LinkKind::Supports:
        return QStringLiteral("Supports (initiative moves it)");
    case core::LinkKind::Rollup:
        return QStringLiteral("Rolls up (computed from parts)");
    }
    return {};
}

QString vocabularyName(Vocabulary v) {
    switch (v) {
    case Vocabulary::Pump:
        return QStringLiteral("PuMP results map");
    case Vocabulary::Bsc:
        return QStringLiteral("Balanced Scorecard strategy map");
    case Vocabulary::Okr:
        return QStringLiteral("OKR cascade");
    }
    return {};
}

QString viewLabel(core::ViewKind view) {
    switch (view) {
    case core::ViewKind::Results:
        return QStringLiteral("Results map");
    case core::ViewKind::Strategy:
        return QStringLiteral("Strategy map");
    case core::ViewKind::Hierarchy:
        return QStringLiteral("Hierarchy");
    }
    return {};
}

} // namespace sightline::render
