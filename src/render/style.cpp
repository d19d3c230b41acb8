#include "sightline/render/style.h"

#include <functional>

namespace sightline::render {

namespace {

QFont makeFont(qreal pixelSize, QFont::Weight weight) {
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(static_cast<int>(pixelSize));
    f.setWeight(weight);
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

// Calm, distinguishable colours for teams that have none of their own.
const QColor kPalette[] = {QColor(0x1f, 0x3a, 0x5f), QColor(0x2e, 0x7d, 0x32), QColor(0xef, 0x6c, 0x00),
                           QColor(0x6a, 0x1b, 0x9a), QColor(0x00, 0x83, 0x8f), QColor(0xad, 0x14, 0x57),
                           QColor(0x5d, 0x40, 0x37), QColor(0x30, 0x3f, 0x9f)};

} // namespace

Style::Style()
    : titleFont(makeFont(8, QFont::DemiBold)), goalFont(makeFont(9, QFont::Bold)),
      smallFont(makeFont(6, QFont::Normal)), cardTitleFont(makeFont(7, QFont::Normal)),
      valueFont(makeFont(7, QFont::Bold)) {}

Style Style::presentation() {
    Style s;
    // For the projector: larger and bolder text in the same boxes (laid-out maps must not
    // overlap); long titles are shortened a little sooner.
    s.titleFont = makeFont(9, QFont::Bold);
    s.goalFont = makeFont(10, QFont::Black);
    s.smallFont = makeFont(7, QFont::DemiBold);
    s.cardTitleFont = makeFont(8, QFont::DemiBold);
    s.valueFont = makeFont(8, QFont::Black);
    return s;
}

QColor Style::teamColour(const core::Map& map, const std::optional<core::TeamId>& team) const {
    if (!team)
        return noTeam;
    if (const core::Team* t = map.team(*team)) {
        if (!t->colour.empty()) {
            QColor c(QString::fromStdString(t->colour));
            if (c.isValid())
                return c;
        }
    }
    const std::size_t h = std::hash<std::string>{}(team->str());
    return kPalette[h % std::size(kPalette)];
}

QColor Style::tint(const QColor& c, qreal amount) {
    return QColor::fromRgbF(static_cast<float>(1.0 - (1.0 - c.redF()) * amount),
                            static_cast<float>(1.0 - (1.0 - c.greenF()) * amount),
                            static_cast<float>(1.0 - (1.0 - c.blueF()) * amount));
}

QSizeF Style::nodeSize(const core::Node& node) const {
    switch (node.kind) {
    case core::NodeKind::Objective:
        return node.goal ? goalSize : objectiveSize;
    case core::NodeKind::Measure:
        return measureSize;
    case core::NodeKind::Initiative:
        return initiativeSize;
    }
    return objectiveSize;
}

} // namespace sightline::render
