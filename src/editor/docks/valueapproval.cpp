#include "valueapproval.h"

#include "sightline/editor/document.h"
#include "sightline/storage/localuser.h"
#include "sightline/storage/repositorydocument.h"

#include <algorithm>

namespace sightline::editor::approval {

QString login(const Document& document) {
    if (const storage::RepositoryDocument* repository = document.repository())
        return repository->login();
    return storage::localUserName();
}

std::optional<core::PersonId> approverIn(const core::Map& map, const QString& login) {
    if (const core::Person* p = map.personWithLogin(login.toStdString()))
        return p->id;
    return std::nullopt;
}

std::optional<core::Node> withApproval(const core::Node& measure, const core::Date& date,
                                       const std::optional<core::PersonId>& by, const core::Date& today) {
    core::Node after = measure;
    const auto it = std::find_if(after.values.begin(), after.values.end(),
                                 [&](const core::MeasureValue& v) { return v.date == date; });
    if (it == after.values.end())
        return std::nullopt;
    it->approvedBy = by;
    it->approvedOn = by ? std::optional(today) : std::nullopt;
    return after;
}

} // namespace sightline::editor::approval
