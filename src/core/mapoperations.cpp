// The model operations on the map as a whole: properties, settings, positions and waivers.
#include "indexing.h"
#include "sightline/core/map.h"
#include "sightline/core/text.h"

#include <cmath>
#include <optional>
#include <unordered_map>
#include <utility>
#include <vector>

namespace sightline::core {

using detail::eraseAt;
using detail::insertAt;

Status Map::setProperties(MapProperties p) {
    p.title = text::trim(p.title);
    p.description = text::trim(p.description);
    const std::size_t len = text::codePoints(p.title);
    if (len == 0 || len > 200)
        return Status::error("a map title needs 1 to 200 characters");
    if (p == data_.properties)
        return {};
    data_.properties = std::move(p);
    publish(change::PropertiesChanged{});
    return {};
}

Status Map::setSettings(Settings s) {
    if (s.maxMeasuresPerObjective < 0 || s.maxObjectivesPerTeam < 0)
        return Status::error("thresholds cannot be negative");
    if (!(s.miniMeScorecardShare >= 0.0 && s.miniMeScorecardShare <= 1.0))
        return Status::error("the mini-me scorecard share must be between 0 and 1");
    if (s.runLength < Settings::kMinRunLength || s.runLength > Settings::kMaxRunLength)
        return Status::error("a run needs 5 to 12 points in a row");
    if (s.xmrMinPoints < Settings::kMinXmrMinPoints || s.xmrMinPoints > Settings::kMaxXmrMinPoints)
        return Status::error("limits need a minimum of 3 to 30 values");
    if (s.progressPoints < Settings::kMinProgressPoints || s.progressPoints > Settings::kMaxProgressPoints)
        return Status::error("progress is judged on 2 to 60 values");
    if (s == data_.settings)
        return {};
    data_.settings = s;
    publish(change::SettingsChanged{});
    return {};
}

// --- positions and waivers -------------------------------------------------------------------

Status Map::setPositions(ViewKind view,
                         const std::vector<std::pair<NodeId, std::optional<Point>>>& positions) {
    for (const auto& [id, point] : positions) {
        if (point && !node(id))
            return Status::error("unknown node " + text::quoted(id.str()));
        if (point && !(std::isfinite(point->x) && std::isfinite(point->y)))
            return Status::error("positions must be finite numbers");
    }
    auto& stored = data_.positionsOf(view);
    // Later entries for the same node win; only nodes whose position ends up different are named,
    // each once, in the order they first appear.
    std::unordered_map<NodeId, std::optional<Point>> original;
    std::vector<NodeId> touched;
    for (const auto& [id, point] : positions) {
        const auto it = stored.find(id);
        if (original.try_emplace(id, it == stored.end() ? std::nullopt : std::optional<Point>(it->second))
                .second)
            touched.push_back(id);
        if (point)
            stored.insert_or_assign(id, *point);
        else if (it != stored.end())
            stored.erase(it);
    }
    change::PositionsChanged event{view, {}};
    for (const NodeId& id : touched) {
        const auto it = stored.find(id);
        const std::optional<Point> now = it == stored.end() ? std::nullopt : std::optional<Point>(it->second);
        if (now != original[id])
            event.nodes.push_back(id);
    }
    if (!event.nodes.empty())
        publish(std::move(event));
    return {};
}

Status Map::addWaiver(Waiver w, std::optional<std::size_t> index) {
    w.reason = text::trim(w.reason);
    if (Status s = checkWaiver(w); !s)
        return s;
    insertAt(data_.waivers, index, std::move(w));
    publish(change::WaiversChanged{});
    return {};
}

Status Map::updateWaiver(std::size_t index, Waiver w) {
    w.reason = text::trim(w.reason);
    if (index >= data_.waivers.size())
        return Status::error("no such waiver");
    if (Status s = checkWaiver(w); !s)
        return s;
    if (w == data_.waivers[index])
        return {};
    data_.waivers[index] = std::move(w);
    publish(change::WaiversChanged{});
    return {};
}

Status Map::removeWaiver(std::size_t index) {
    if (index >= data_.waivers.size())
        return Status::error("no such waiver");
    eraseAt(data_.waivers, index);
    publish(change::WaiversChanged{});
    return {};
}

} // namespace sightline::core
