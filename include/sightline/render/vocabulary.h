#pragma once

#include "sightline/core/types.h"

#include <QString>

namespace sightline::render {

// The words a map's vocabulary uses for the model's node kinds (domain.md):
// PuMP: Result / Measure / Initiative; BSC: Objective / KPI / Initiative;
// OKR: Objective / Key result / Initiative.
QString kindLabel(core::Vocabulary vocabulary, core::NodeKind kind);
// Plural, lower case after the first letter: "Results", "KPIs", "Key results".
QString kindLabelPlural(core::Vocabulary vocabulary, core::NodeKind kind);
// A count in running text: "1 result", "12 results", "3 KPIs", "2 key results" (lower case
// unless the word is an acronym).
QString countLabel(core::Vocabulary vocabulary, core::NodeKind kind, long long count);
// "Top goal" in every vocabulary ("Corporate goal" reads the same to all three schools).
QString goalLabel(core::Vocabulary vocabulary);
// Human names for link kinds, as a menu shows them.
QString linkKindLabel(core::Vocabulary vocabulary, core::LinkKind kind);
// "PuMP results map", "Balanced Scorecard strategy map", "OKR cascade".
QString vocabularyName(core::Vocabulary vocabulary);
QString viewLabel(core::ViewKind view);

} // namespace sightline::render
