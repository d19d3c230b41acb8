#pragma once

// The rules of the format-2 measure fields (measures.md, "Format additions"), shared by
// validate() (which reports every problem with its pointer) and the Map operations (which refuse
// with the first message).

#include "sightline/core/node.h"

#include <functional>
#include <string>

namespace sightline::core::detail {

// Calls report(pointer suffix below the node, e.g. "/xmr/breaks/1", message) for each problem of
// the node's forecast, xmr options and value approvals, in file order; stops early when report
// returns false. knownPerson says whether an approvedBy id exists.
void checkMeasureHistory(const Node& node, const std::function<bool(const PersonId&)>& knownPerson,
                         const std::function<bool(std::string, std::string)>& report);

} // namespace sightline::core::detail
