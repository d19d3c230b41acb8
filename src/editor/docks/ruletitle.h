#pragma once

#include "sightline/core/types.h"

#include <QString>
#include <string_view>

namespace sightline::editor {

// A short heading for a rule's findings, in the map's vocabulary ("Orphaned KPIs",
// "Unmeasured results", "Mini-me copies", ...); the rule id for rules it does not know.
QString ruleTitle(std::string_view rule, core::Vocabulary vocabulary);

} // namespace sightline::editor
