#include "sightline/core/node.h"

namespace sightline::core {

const MeasureValue* Node::latestValue() const {
    const MeasureValue* latest = nullptr;
    for (const MeasureValue& v : values)
        if (!latest || latest->date < v.date)
            latest = &v;
    return latest;
}

} // namespace sightline::core
