#include "sightline/render/nodecolours.h"

#include <algorithm>
#include <iterator>

namespace sightline::render {

QColor statusColour(MeasureStatus status, const Style& style) {
    switch (status) {
    case MeasureStatus::Met:
        return style.good;
    case MeasureStatus::Improving:
        return QColor(0x15, 0x65, 0xc0); // blue: Making Data Count's improvement
    case MeasureStatus::Routine:
        return QColor(0xe0, 0x8a, 0x00);
    case MeasureStatus::Behind:
        return style.bad;
    case MeasureStatus::NoData:
        return style.neutral;
    }
    return style.neutral;
}

QString statusLabel(MeasureStatus status) {
    switch (status) {
    case MeasureStatus::Met:
        return QStringLiteral("Meets its target");
    case MeasureStatus::Improving:
        return QStringLiteral("Improving");
    case MeasureStatus::Routine:
        return QStringLiteral("Routine variation, hit and miss");
    case MeasureStatus::Behind:
        return QStringLiteral("Concern, or misses its target");
    case MeasureStatus::NoData:
        return QStringLiteral("No data or no target");
    }
    return {};
}

QColor perspectiveColour(std::size_t index) {
    // Financial, Customer, Process, Learning & Growth in the classic order, then more.
    static const QColor kColours[] = {QColor(0x1b, 0x5e, 0x20), QColor(0x15, 0x65, 0xc0),
                                      QColor(0xef, 0x6c, 0x00), QColor(0x6a, 0x1b, 0x9a),
                                      QColor(0x00, 0x83, 0x8f), QColor(0xad, 0x14, 0x57),
                                      QColor(0x5d, 0x40, 0x37), QColor(0x30, 0x3f, 0x9f)};
    return kColours[index % std::size(kColours)];
}

QColor levelColour(int level) {
    // Dark at the centre of the organisation, lighter further out.
    static const QColor kColours[] = {QColor(0x0d, 0x2b, 0x52), QColor(0x1e, 0x5a, 0x9c),
                                      QColor(0x2f, 0x8a, 0xc4), QColor(0x3f, 0xa7, 0x9b),
                                      QColor(0x7c, 0xb3, 0x42), QColor(0xc0, 0xa0, 0x2a)};
    if (level < 0)
        return QColor(0x78, 0x84, 0x96);
    return kColours[std::min<std::size_t>(static_cast<std::size_t>(level), std::size(kColours) - 1)];
}

QColor nodeColour(const core::Map& map, const core::Node& node, ColourMode mode, const Style& style) {
    switch (mode) {
    case ColourMode::Team:
        break;
    case ColourMode::Perspective:
        if (node.perspective)
            if (auto i = map.perspectiveIndex(*node.perspective))
                return perspectiveColour(*i);
        return style.noTeam;
    case ColourMode::Level:
        return node.team ? levelColour(map.teamLevel(*node.team)) : style.noTeam;
    case ColourMode::MeasureStatus:
        return statusColour(nodeStatus(map, node), style);
    }
    return style.teamColour(map, node.team);
}

} // namespace sightline::render
