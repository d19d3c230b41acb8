#pragma once

#include "sightline/core/changeevent.h"
#include "sightline/core/link.h"
#include "sightline/core/node.h"
#include "sightline/core/person.h"
#include "sightline/core/team.h"

namespace sightline::core {

// The fields in which `before` and `after` differ. Never empty when they differ: a field that
// has no bit yet makes the answer all() (so that consumers err on the side of doing more).
NodeFields changedFields(const Node& before, const Node& after);
LinkFields changedFields(const Link& before, const Link& after);
TeamFields changedFields(const Team& before, const Team& after);
PersonFields changedFields(const Person& before, const Person& after);

} // namespace sightline::core
