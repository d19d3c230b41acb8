#pragma once

#include <QFont>
#include <QStaticText>
#include <QString>
#include <vector>

namespace sightline::render::detail {

// Text broken into at most `maxLines` lines of `width`, the last one elided, each line laid
// out once (QStaticText caches glyph positions, so painting is cheap).
struct TextBlock {
    std::vector<QStaticText> lines;
    std::vector<qreal> widths;
    qreal lineHeight = 0;
    QFont font;

    qreal height() const { return lineHeight * static_cast<qreal>(lines.size()); }
    // Draws the lines centred horizontally on `centreX`, starting at `top`.
    void drawCentred(class QPainter* painter, qreal centreX, qreal top) const;
    void drawLeft(class QPainter* painter, qreal left, qreal top) const;
};

// `elideLong`: a single word wider than the line is elided too (else it overflows the width).
TextBlock layoutText(const QString& text, const QFont& font, qreal width, int maxLines,
                     bool elideLong = true);

} // namespace sightline::render::detail
