#pragma once

namespace sightline::core {

// Analysis thresholds (map-format-v1.md and measures.md, "settings").
struct Settings {
    Settings() = default;
    // The three thresholds of format 1; the measure settings keep their defaults.
    Settings(int maxMeasures, int maxObjectives, double miniMeShare)
        : maxMeasuresPerObjective(maxMeasures), maxObjectivesPerTeam(maxObjectives),
          miniMeScorecardShare(miniMeShare) {}

    int maxMeasuresPerObjective = 3;
    int maxObjectivesPerTeam = 8;
    double miniMeScorecardShare = 0.5;

    // Measures over time (measures.md, format 2).
    int runLength = 7;            // 5..12: points in a row on one side that make a run
    int xmrMinPoints = 6;         // 3..30: a segment with fewer values has no limits
    int progressPoints = 6;       // 2..60: values after an initiative's start before it can stall
    bool requireApproval = false; // values count as provisional until approved

    static constexpr int kMinRunLength = 5, kMaxRunLength = 12;
    static constexpr int kMinXmrMinPoints = 3, kMaxXmrMinPoints = 30;
    static constexpr int kMinProgressPoints = 2, kMaxProgressPoints = 60;

    friend bool operator==(const Settings&, const Settings&) = default;
};

} // namespace sightline::core
