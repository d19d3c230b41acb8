#include "measurechecks.h"

#include "sightline/core/text.h"

#include <cmath>
#include <unordered_set>

namespace sightline::core::detail {

namespace {

std::string item(std::string_view array, std::size_t i) {
    return "/" + std::string(array) + "/" + std::to_string(i);
}

// False when report asked to stop.
bool kindFields(const Node& n, const std::function<bool(std::string, std::string)>& report) {
    if (n.kind == NodeKind::Measure)
        return true;
    if (!n.forecast.empty() && !report("/forecast", "only measures have a forecast"))
        return false;
    if (!n.xmr.isDefault() && !report("/xmr", "only measures have xmr options"))
        return false;
    return true;
}

bool approvals(const Node& n, const std::function<bool(const PersonId&)>& knownPerson,
               const std::function<bool(std::string, std::string)>& report) {
    for (std::size_t j = 0; j < n.values.size(); ++j) {
        const MeasureValue& v = n.values[j];
        if (v.approvedBy && !knownPerson(*v.approvedBy) &&
            !report(item("values", j) + "/approvedBy", "unknown person " + text::quoted(v.approvedBy->str())))
            return false;
        if (v.approvedOn && !v.approvedBy &&
            !report(item("values", j) + "/approvedOn",
                    "approvedOn without approvedBy: name the person who approved the value of " +
                        v.date.toString()))
            return false;
    }
    return true;
}

bool forecast(const Node& n, const std::function<bool(std::string, std::string)>& report) {
    std::unordered_set<long long> dates;
    for (std::size_t j = 0; j < n.forecast.size(); ++j) {
        const ForecastValue& f = n.forecast[j];
        if (!std::isfinite(f.value) && !report(item("forecast", j) + "/value", "must be a finite number"))
            return false;
        if (!dates.insert(f.date.toDays()).second &&
            !report(item("forecast", j) + "/date",
                    "a second forecast for " + f.date.toString() + "; dates must be unique"))
            return false;
    }
    return true;
}

bool xmr(const Node& n, const std::function<bool(std::string, std::string)>& report) {
    const XmrOptions& x = n.xmr;
    if (x.baselinePoints && *x.baselinePoints < 2 &&
        !report("/xmr/baselinePoints", "must be an integer >= 2; got " + std::to_string(*x.baselinePoints)))
        return false;
    if (x.breaks.empty())
        return true;
    std::unordered_set<long long> valueDates;
    const MeasureValue* first = nullptr;
    for (const MeasureValue& v : n.values) {
        valueDates.insert(v.date.toDays());
        if (!first || v.date < first->date)
            first = &v;
    }
    std::unordered_set<long long> seen;
    for (std::size_t k = 0; k < x.breaks.size(); ++k) {
        const Date& d = x.breaks[k];
        const std::string p = "/xmr/breaks/" + std::to_string(k);
        std::string message;
        if (!seen.insert(d.toDays()).second)
            message = "a second break on " + d.toString() + "; breaks must be unique";
        else if (!valueDates.count(d.toDays()))
            message = "break " + d.toString() + " is not the date of a value";
        else if (first && first->date == d)
            message = "break " + d.toString() +
                      " is on the first value; a break starts a new segment after earlier values";
        if (!message.empty() && !report(p, std::move(message)))
            return false;
    }
    return true;
}

} // namespace

void checkMeasureHistory(const Node& n, const std::function<bool(const PersonId&)>& knownPerson,
                         const std::function<bool(std::string, std::string)>& report) {
    if (kindFields(n, report) && approvals(n, knownPerson, report) && forecast(n, report))
        (void)xmr(n, report);
}

} // namespace sightline::core::detail
