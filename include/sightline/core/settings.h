#pragma once

namespace sightline::core {

// Analysis thresholds (map-format-v1.md, "settings").
struct Settings {
    int maxMeasuresPerObjective = 3;
    int maxObjectivesPerTeam = 8;
    double miniMeScorecardShare = 0.5;

    friend bool operator==(const Settings&, const Settings&) = default;
};

} // namespace sightline::core
