// The model operations on a measure's history: values, forecast, xmr options, approvals. Each is
// a focused updateNode(): the same checks, one NodeChanged.
#include "sightline/core/map.h"
#include "sightline/core/text.h"

#include <utility>

namespace sightline::core {

namespace {

// A copy of the measure `id`, or the reason there is none.
Status measureCopy(const Map& map, const NodeId& id, Node& out) {
    const Node* n = map.node(id);
    if (!n)
        return Status::error("unknown node " + text::quoted(id.str()));
    if (n->kind != NodeKind::Measure)
        return Status::error(text::quoted(n->title) + " is not a measure");
    out = *n;
    return {};
}

} // namespace

Status Map::setMeasureValues(const NodeId& id, std::vector<MeasureValue> values) {
    Node n;
    if (Status s = measureCopy(*this, id, n); !s)
        return s;
    n.values = std::move(values);
    return updateNode(std::move(n));
}

Status Map::setMeasureValue(const NodeId& id, MeasureValue value) {
    Node n;
    if (Status s = measureCopy(*this, id, n); !s)
        return s;
    bool replaced = false;
    for (MeasureValue& v : n.values)
        if (v.date == value.date) {
            v = value;
            replaced = true;
        }
    if (!replaced)
        n.values.push_back(std::move(value));
    return updateNode(std::move(n));
}

Status Map::setForecast(const NodeId& id, std::vector<ForecastValue> forecast) {
    Node n;
    if (Status s = measureCopy(*this, id, n); !s)
        return s;
    n.forecast = std::move(forecast);
    return updateNode(std::move(n));
}

Status Map::setXmr(const NodeId& id, XmrOptions xmr) {
    Node n;
    if (Status s = measureCopy(*this, id, n); !s)
        return s;
    n.xmr = std::move(xmr);
    return updateNode(std::move(n));
}

Status Map::setXmrBreaks(const NodeId& id, std::vector<Date> breaks) {
    Node n;
    if (Status s = measureCopy(*this, id, n); !s)
        return s;
    n.xmr.breaks = std::move(breaks);
    return updateNode(std::move(n));
}

Status Map::setXmrBaselinePoints(const NodeId& id, std::optional<int> baselinePoints) {
    Node n;
    if (Status s = measureCopy(*this, id, n); !s)
        return s;
    n.xmr.baselinePoints = baselinePoints;
    return updateNode(std::move(n));
}

Status Map::setApproval(const NodeId& id, const Date& date, std::optional<PersonId> by,
                        std::optional<Date> on) {
    Node n;
    if (Status s = measureCopy(*this, id, n); !s)
        return s;
    for (MeasureValue& v : n.values)
        if (v.date == date) {
            v.approvedBy = std::move(by);
            v.approvedOn = on;
            return updateNode(std::move(n));
        }
    return Status::error(text::quoted(n.title) + " has no value dated " + date.toString());
}

} // namespace sightline::core
