#include "sightline/export/mappages.h"

#include "sightline/export/exportscene.h"
#include "sightline/export/legend.h"
#include "sightline/export/mappage.h"
#include "sightline/export/pageplan.h"
#include "sightline/export/wholemappage.h"

#include <QObject>
#include <algorithm>

namespace sightline::exporting {

QString focusLabel(const core::Map& map, const render::Highlight& h) {
    auto title = [&](const std::optional<core::NodeId>& id) {
        const core::Node* n = id ? map.node(*id) : nullptr;
        return QString::fromStdString(n ? n->title : id ? id->str() : std::string());
    };
    QString label;
    if (h.focus == render::FocusMode::LineOfSight && h.team) {
        const core::Team* team = map.team(*h.team);
        label =
            QObject::tr("Line of sight: %1").arg(QString::fromStdString(team ? team->name : h.team->str()));
    } else if (h.focus == render::FocusMode::LineOfSight && h.goal) {
        label = QObject::tr("Path: %1 → %2").arg(title(h.node), title(h.goal));
    } else if (h.focus == render::FocusMode::LineOfSight) {
        label = QObject::tr("Line of sight: %1").arg(title(h.node));
    } else if (h.focus == render::FocusMode::Ripple) {
        label = QObject::tr("Ripple: %1").arg(title(h.node));
    } else {
        label = QObject::tr("Whole map");
    }
    if (h.colour != render::ColourMode::Team)
        label += QObject::tr(" · colour: %1").arg(QString::fromUtf8(render::toString(h.colour).data()));
    return label;
}

std::vector<std::unique_ptr<Page>> mapPages(ExportScene& scene, const render::Highlight& highlight,
                                            const ExportOptions& options, PageFormat page,
                                            const TitleInfo& title, int firstPage, bool allowTiling,
                                            bool printZoom) {
    scene.setHighlight(highlight);
    const QRectF bounds = scene.contentBounds();
    const render::Legend legend = options.legend ? scene.legend() : render::Legend{};
    const double margin = mmToPoints(std::max(0.0, options.marginMm));

    QSizeF paper;
    double footer = 0;
    if (page == PageFormat::Fit) {
        // The paper holds the map at 1:1, and is wide enough for the title block and a legend.
        const double width = std::max(bounds.width(), kTitleBlockWidth + kLegendColumnWidth + 10);
        footer = footerHeight(legend, width, options.titleBlock);
        paper = paperSize(PageFormat::Fit, false, QSizeF(width, bounds.height()), margin, footer);
    } else {
        paper = paperSize(page, options.landscape);
        footer = footerHeight(legend, paper.width() - 2 * margin, options.titleBlock);
    }
    const PageFrame frame = pageFrame(paper, margin, footer);
    const bool tile = allowTiling && options.allowTiling && !options.onePage && page != PageFormat::Fit;
    // Readable: titles print at least minTitlePoints tall (the scene is in points).
    const double minScale = std::max(0.01, options.minTitlePoints / titlePixels(scene.style()));
    const MapPlan plan = planMap(bounds, frame.map.adjusted(2, 2, -2, -2), minScale, tile,
                                 mmToPoints(options.tileOverlapMm), page == PageFormat::Fit ? 1.0 : 2.0);

    std::vector<std::unique_ptr<Page>> pages;
    for (std::size_t i = 0; i < plan.tiles.size(); ++i) {
        MapPage::Setup setup;
        setup.frame = frame;
        setup.tile = plan.tiles[i];
        setup.rows = plan.rows;
        setup.columns = plan.columns;
        setup.overlap = plan.overlap;
        setup.firstTilePage = firstPage;
        setup.legend = options.legend;
        setup.titleBlock = options.titleBlock;
        setup.title = title;
        setup.title.focus = focusLabel(scene.map(), highlight);
        if (plan.tiled())
            setup.title.part = QObject::tr("Part %1 of %2 (row %3, column %4), %5% scale")
                                   .arg(i + 1)
                                   .arg(plan.tiles.size())
                                   .arg(plan.tiles[i].row + 1)
                                   .arg(plan.tiles[i].column + 1)
                                   .arg(qRound(plan.scale * 100));
        if (printZoom && !plan.tiled())
            pages.push_back(std::make_unique<WholeMapPage>(scene, highlight, std::move(setup)));
        else
            pages.push_back(std::make_unique<MapPage>(scene, highlight, std::move(setup)));
    }
    return pages;
}

} // namespace sightline::exporting
