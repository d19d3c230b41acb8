#include "sightline/export/mapfilters.h"

#include "sightline/render/highlightlooks.h"

#include <algorithm>
#include <unordered_set>

namespace sightline::exporting {

core::MapData dataAsOf(core::MapData map, const core::Date& asOf) {
    for (core::Node& n : map.nodes) {
        std::erase_if(n.values, [&](const core::MeasureValue& v) { return v.date > asOf; });
        // An approval given after the data date was not known then: the value was provisional.
        for (core::MeasureValue& v : n.values)
            if (v.approvedOn && *v.approvedOn > asOf) {
                v.approvedBy.reset();
                v.approvedOn.reset();
            }
        // A break belongs to a value: with the value gone, so is the break.
        std::erase_if(n.xmr.breaks, [&](const core::Date& d) { return d > asOf; });
    }
    return map;
}

core::MapData pathOnlyMap(const core::MapData& map, const render::Highlight& focus) {
    if (focus.focus != render::FocusMode::LineOfSight)
        return map;
    return pathOnlyMap(map, render::HighlightLooks::compute(map, focus));
}

core::MapData pathOnlyMap(const core::MapData& map, const render::HighlightLooks& looks) {
    if (!looks.active())
        return map;
    core::MapData out;
    out.properties = map.properties;
    out.settings = map.settings;
    out.teams = map.teams;
    out.people = map.people;
    out.perspectives = map.perspectives;
    std::unordered_set<core::NodeId> kept;
    for (const core::Node& n : map.nodes)
        if (looks.node(n.id).standsOut()) {
            out.nodes.push_back(n);
            kept.insert(n.id);
        }
    for (const core::Link& l : map.links)
        if (kept.count(l.from) && kept.count(l.to))
            out.links.push_back(l);
    return out;
}

} // namespace sightline::exporting
