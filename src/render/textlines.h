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
    // Drawn at this scale (below 1 when a number with its unit must shrink to fit: numbers are
    // never cut).
    qreal scale = 1.0;

    qreal height() const { return lineHeight * scale * static_cast<qreal>(lines.size()); }
    // The widest line as drawn.
    qreal width() const;
    // Draws the lines centred horizontally on `centreX`, starting at `top`.
    void drawCentred(class QPainter* painter, qreal centreX, qreal top) const;
    void drawLeft(class QPainter* painter, qreal left, qreal top) const;
};

// `text` broken at spaces into lines of at most `width`; a text that needs more than
// `maxLines` lines has its last line shortened with an ellipsis. `elideLong`: a single word
// wider than the line is elided too (else it overflows the width).
TextBlock layoutText(const QString& text, const QFont& font, qreal width, int maxLines,
                     bool elideLong = true);

// One line that is never cut: drawn smaller when it is wider than `width`.
TextBlock fitLine(const QString& text, const QFont& font, qreal width);

} // namespace sightline::render::detail
