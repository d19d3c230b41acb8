#pragma once

// The keys of each object of map-format-v1.md, in the order of the spec's tables. The reader
// uses the index of a key as its bit in a "seen" mask; the writer writes keys in this order.

#include <array>
#include <string_view>

namespace sightline::io::keys {

// clang-format off
enum Top { TFormat, TVersion, TTitle, TDescription, TVocabulary, TPerspectives, TTeams, TPeople, TNodes,
           TLinks, TViews, TSettings, TWaivers };
inline constexpr std::array<std::string_view, 13> kTop{"format", "version", "title", "description",
    "vocabulary", "perspectives", "teams", "people", "nodes", "links", "views", "settings", "waivers"};

enum PerspectiveKey { PId, PName };
inline constexpr std::array<std::string_view, 2> kPerspective{"id", "name"};

enum TeamKey { TmId, TmName, TmParent, TmColour };
inline constexpr std::array<std::string_view, 4> kTeam{"id", "name", "parent", "color"};

enum PersonKey { PsId, PsName, PsEmail, PsTeam, PsRole, PsLogin };
inline constexpr std::array<std::string_view, 6> kPerson{"id", "name", "email", "team", "role", "login"};

// forecast and xmr (format 2) come last so that the measure-only and initiative-only ranges stay.
enum NodeKey { NId, NKind, NTitle, NDescription, NTeam, NOwner, NPerspective, NGoal, NUnit, NDirection,
               NBaseline, NTarget, NCadence, NValues, NStatus, NStart, NDue, NForecast, NXmr };
inline constexpr std::array<std::string_view, 19> kNode{"id", "kind", "title", "description", "team",
    "owner", "perspective", "goal", "unit", "direction", "baseline", "target", "cadence", "values", "status",
    "start", "due", "forecast", "xmr"};
inline constexpr unsigned kMeasureOnlyKeys = (1u << NUnit) | (1u << NDirection) | (1u << NBaseline) |
                                             (1u << NTarget) | (1u << NCadence) | (1u << NValues) |
                                             (1u << NForecast) | (1u << NXmr);
inline constexpr unsigned kInitiativeOnlyKeys = (1u << NStatus) | (1u << NStart) | (1u << NDue);

enum ValueKey { VDate, VValue, VNote, VApprovedBy, VApprovedOn };
inline constexpr std::array<std::string_view, 5> kValue{"date", "value", "note", "approvedBy", "approvedOn"};

// A forecast entry has the keys of a value without the approval.
inline constexpr std::array<std::string_view, 3> kForecastValue{"date", "value", "note"};

enum XmrKey { XRules, XBaselinePoints, XBreaks };
inline constexpr std::array<std::string_view, 3> kXmr{"rules", "baselinePoints", "breaks"};

enum LinkKey { LId, LKind, LFrom, LTo, LPolarity, LWeight, LAggregate, LNote };
inline constexpr std::array<std::string_view, 8> kLink{"id", "kind", "from", "to", "polarity", "weight",
    "aggregate", "note"};

enum ViewKey { VwPositions };
inline constexpr std::array<std::string_view, 1> kView{"positions"};

enum PositionKey { PosX, PosY };
inline constexpr std::array<std::string_view, 2> kPosition{"x", "y"};

enum SettingsKey { SMaxMeasures, SMaxObjectives, SMiniMeShare, SRunLength, SXmrMinPoints, SProgressPoints,
                   SRequireApproval };
inline constexpr std::array<std::string_view, 7> kSettings{"maxMeasuresPerObjective", "maxObjectivesPerTeam",
    "miniMeScorecardShare", "runLength", "xmrMinPoints", "progressPoints", "requireApproval"};

enum WaiverKey { WRule, WNodes, WTeam, WReason, WBy, WDate };
inline constexpr std::array<std::string_view, 6> kWaiver{"rule", "nodes", "team", "reason", "by", "date"};
// clang-format on

} // namespace sightline::io::keys
