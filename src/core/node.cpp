#include "sightline/core/node.h"

namespace sightline::core {

const MeasureValue* Node::latestValue() const {
    const MeasureValue* latest = nullptr;
    for (const MeasureValue& v : values)
        if (!latest || latest->date < v.date)
            latest = &v;
    return latest;
}

const MeasureValue* Node::valueOn(const Date& date) const {
    for (const MeasureValue& v : values)
        if (v.date == date)
            return &v;
    return nullptr;
}

const ForecastValue* Node::forecastOn(const Date& date) const {
    for (const ForecastValue& f : forecast)
        if (f.date == date)
            return &f;
    return nullptr;
}

} // namespace sightline::core
