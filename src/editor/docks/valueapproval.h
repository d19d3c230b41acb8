#pragma once

#ifndef Q_MOC_RUN
#include "sightline/core/map.h"
#endif

#include <QString>
#include <optional>

namespace sightline::editor {

class Document;

// Approving a measure's value (measures.md, "approvals"): the value is no longer provisional.
// The approver is a person of the map, named by their login: in a team repository the server
// records the person whose login is the session's database role whatever the client sends
// (repository.md); in a map file, the person whose login is the operating-system user.
namespace approval {

// The login the approver is known by for this document: the repository session's role, or the
// operating-system user for a file.
QString login(const Document& document);

// The person of the map with that login, if any.
std::optional<core::PersonId> approverIn(const core::Map& map, const QString& login);

// The measure with its value of `date` approved by `by` on `today`, or, when `by` is empty,
// with the approval withdrawn. Null when the measure has no value on that date.
std::optional<core::Node> withApproval(const core::Node& measure, const core::Date& date,
                                       const std::optional<core::PersonId>& by, const core::Date& today);

} // namespace approval

} // namespace sightline::editor
