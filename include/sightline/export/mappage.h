#pragma once

#include "sightline/core/id.h"
#include "sightline/export/page.h"
#include "sightline/export/pageplan.h"
#include "sightline/export/titleblock.h"
#include "sightline/render/highlight.h"

#include <memory>

namespace sightline::exporting {

class ExportScene;

// A page with (a tile of) the map, in the focus and colour mode it was planned for, and a footer with the
// legend and the title block. Tiles of a tiled map carry overlap marks on the edges they
// share with their neighbours and say which page continues the map there.
class MapPage : public Page {
public:
    struct Setup {
        PageFrame frame;
        MapTile tile;
        int rows = 1, columns = 1;
        double overlap = 0;    // printed points shared with neighbours
        int firstTilePage = 1; // the page number of the map's first tile
        bool legend = true;
        bool titleBlock = true;
        TitleInfo title;
        // A scene of its own that the page keeps alive (a team's path-only map); may be null.
        std::shared_ptr<ExportScene> owned;
    };

    MapPage(ExportScene& scene, render::Highlight highlight, Setup setup);

    QSizeF paper() const override { return setup_.frame.paper; }
    void paint(QPainter& painter, const PageNumber& number) override;
    const MapTile* mapTile() const override { return &setup_.tile; }
    // Keeps a scene of its own alive with the page (a team's path-only map).
    void keep(std::shared_ptr<ExportScene> scene) { setup_.owned = std::move(scene); }

protected:
    void paintOverlapMarks(QPainter& painter) const;

    ExportScene& scene_;
    render::Highlight highlight_;
    Setup setup_;
};

} // namespace sightline::exporting
