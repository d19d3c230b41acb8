#include "sightline/render/projectorstyle.h"

#include "sightline/render/mapnodeitem.h"
#include "sightline/render/mapscene.h"

#include <QFontMetricsF>
#include <QStringList>
#include <algorithm>
#include <cmath>
#include <vector>

namespace sightline::render {

namespace {

constexpr qreal kGap = 12;        // kept between grown boxes (the status dots hang into it)
constexpr qreal kMarginPx = 36;   // around the nodes on the screen
constexpr qreal kMaxGrowth = 3.5; // a box grows at most this much either way

struct Box {
    QPointF centre;
    QSizeF base;
    bool grows = true; // results and initiatives grow; orphan measures stay dots
    bool goal = false;
    bool initiative = false;
    QString title;
};

QFont sized(QFont f, int pixels) {
    f.setPixelSize(pixels);
    return f;
}

// Lines a title wraps into at `width` (words wider than a line get a line of their own), or
// -1 when one word alone is wider than `limit`.
int wrappedLines(const QString& title, const QFontMetricsF& fm, qreal width, qreal limit) {
    const QStringList words = title.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    int lines = words.isEmpty() ? 0 : 1;
    QString current;
    for (const QString& w : words) {
        if (fm.horizontalAdvance(w) > limit)
            return -1;
        const QString candidate = current.isEmpty() ? w : current + QLatin1Char(' ') + w;
        if (current.isEmpty() || fm.horizontalAdvance(candidate) <= width) {
            current = candidate;
        } else {
            ++lines;
            current = w;
        }
    }
    return lines;
}

// Whether every title fits its box grown by (gw, gh) at `pixels`; the most lines any needs.
bool titlesFit(const std::vector<Box>& boxes, const Style& s, int pixels, qreal gw, qreal gh, int& maxLines) {
    const QFontMetricsF title(sized(s.titleFont, pixels)), goal(sized(s.goalFont, pixels));
    maxLines = 1;
    for (const Box& b : boxes) {
        if (!b.grows)
            continue;
        const qreal w = b.base.width() * gw - (b.initiative ? 22 : 12);
        const qreal h = b.base.height() * gh - (b.initiative ? 4 : 8);
        const QFontMetricsF& fm = b.goal ? goal : title;
        const int lines = wrappedLines(b.title, fm, w, w + 6);
        if (lines < 0 || lines * fm.lineSpacing() > h)
            return false;
        maxLines = std::max(maxLines, lines);
    }
    return true;
}

} // namespace

ProjectorFit fitProjector(const MapScene& scene, QSizeF screen, qreal minTitlePixels) {
    ProjectorFit fit;
    fit.style = Style::presentation();
    Style& s = fit.style;
    s.cardsAsDots = true;
    s.showCaptions = false;
    s.showFindingMarks = false;
    std::vector<Box> boxes;
    for (const core::Node& n : scene.map().nodes()) {
        const MapNodeItem* item = scene.nodeItem(n.id);
        if (!item || item->parentItem())
            continue;
        Box b;
        b.centre = item->scenePos();
        b.base = n.kind == core::NodeKind::Measure ? QSizeF(s.dotSize, s.dotSize) : s.nodeSize(n);
        b.grows = n.kind != core::NodeKind::Measure;
        b.goal = n.kind == core::NodeKind::Objective && n.goal;
        b.initiative = n.kind == core::NodeKind::Initiative;
        b.title = QString::fromStdString(n.title);
        boxes.push_back(b);
    }
    const auto boundsAt = [&](qreal gw, qreal gh) {
        QRectF r;
        for (const Box& b : boxes) {
            const QSizeF z = b.grows ? QSizeF(b.base.width() * gw, b.base.height() * gh) : b.base;
            r |=
                QRectF(b.centre - QPointF(z.width() / 2, z.height() / 2), z).adjusted(0, 0, 0, s.dotSize / 2);
        }
        return r;
    };
    const auto zoomFor = [&](const QRectF& r) {
        return std::min((screen.width() - 2 * kMarginPx) / std::max<qreal>(r.width(), 1),
                        (screen.height() - 2 * kMarginPx) / std::max<qreal>(r.height(), 1));
    };
    qreal bestGw = 1, bestGh = 1;
    int bestPixels = s.titleFont.pixelSize();
    int bestLines = s.titleLines;
    if (!boxes.empty() && boxes.size() <= kProjectorMaxNodes) {
        qreal bestScreen = 0;
        for (qreal gw = 1.0; gw <= kMaxGrowth + 1e-9; gw += 0.1) {
            // The tallest boxes can be at this width without any two touching.
            qreal gh = kMaxGrowth;
            for (std::size_t i = 0; i < boxes.size() && gh >= 1; ++i)
                for (std::size_t j = i + 1; j < boxes.size(); ++j) {
                    const Box& a = boxes[i];
                    const Box& b = boxes[j];
                    const qreal dx = std::abs(a.centre.x() - b.centre.x());
                    const qreal dy = std::abs(a.centre.y() - b.centre.y());
                    const qreal wa = a.base.width() * (a.grows ? gw : 1),
                                wb = b.base.width() * (b.grows ? gw : 1);
                    if (dx >= (wa + wb) / 2 + kGap)
                        continue;
                    const qreal grows =
                        ((a.grows ? a.base.height() : 0) + (b.grows ? b.base.height() : 0)) / 2;
                    const qreal fixed =
                        ((a.grows ? 0 : a.base.height()) + (b.grows ? 0 : b.base.height())) / 2;
                    if (grows > 0)
                        gh = std::min(gh, (dy - kGap - fixed) / grows);
                }
            if (gh < 1)
                break; // wider only gets tighter
            const qreal z = zoomFor(boundsAt(gw, gh));
            const int cap = static_cast<int>(std::ceil(1.6 * minTitlePixels / z));
            int lo = 6, hi = std::max(6, std::min(cap, 200)), lines = 1;
            if (!titlesFit(boxes, s, lo, gw, gh, lines))
                continue;
            while (lo < hi) { // the largest size at which every title fits
                const int mid = (lo + hi + 1) / 2;
                int l = 1;
                if (titlesFit(boxes, s, mid, gw, gh, l))
                    lo = mid;
                else
                    hi = mid - 1;
            }
            titlesFit(boxes, s, lo, gw, gh, lines);
            // Only as much growth as the text needs: the boxes' height follows its lines.
            const qreal need =
                (lines * QFontMetricsF(sized(s.goalFont, lo)).lineSpacing() + 10) / s.objectiveSize.height();
            qreal useGh = std::clamp(need, 1.0, gh);
            if (int l = 1; !titlesFit(boxes, s, lo, gw, useGh, l))
                useGh = gh;
            const qreal onScreen = lo * zoomFor(boundsAt(gw, useGh));
            if (onScreen > bestScreen + 0.5) {
                bestScreen = onScreen;
                bestGw = gw;
                bestGh = useGh;
                bestPixels = lo;
                bestLines = lines;
            }
        }
    }
    s.objectiveSize = QSizeF(s.objectiveSize.width() * bestGw, s.objectiveSize.height() * bestGh);
    s.goalSize = s.objectiveSize;
    s.initiativeSize = QSizeF(s.initiativeSize.width() * bestGw, s.initiativeSize.height() * bestGh);
    s.titleFont.setPixelSize(bestPixels);
    s.goalFont.setPixelSize(bestPixels);
    s.titleLines = std::max(bestLines, static_cast<int>((s.objectiveSize.height() - 8) /
                                                        QFontMetricsF(s.goalFont).lineSpacing()));
    const QRectF bounds = boundsAt(bestGw, bestGh);
    fit.zoom = boxes.empty() ? 1 : zoomFor(bounds);
    fit.titlePixels = bestPixels * fit.zoom;
    // Text shows whenever it is large enough to read at all.
    s.textLod = std::min<qreal>(s.textLod, 5.0 / bestPixels);
    const qreal margin = kMarginPx / fit.zoom;
    fit.nodesBounds = bounds.adjusted(-margin, -margin, margin, margin);
    return fit;
}

} // namespace sightline::render
