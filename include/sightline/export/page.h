#pragma once

#include "sightline/export/pageplan.h"

#include <QSizeF>
#include <QString>

class QPainter;

namespace sightline::exporting {

// Where a page stands in its document, for "page x of y".
struct PageNumber {
    int number = 1; // 1-based
    int count = 1;
};

// One page of an export. paint() draws it with the painter's coordinates in points (1/72 inch)
// from the page's top-left corner, whatever the device (PDF, image, SVG, preview).
class Page {
public:
    virtual ~Page() = default;
    virtual QSizeF paper() const = 0;
    virtual void paint(QPainter& painter, const PageNumber& number) = 0;
    // Where the page draws (a tile of) the map, in scene coordinates (`source`) and page
    // points (`target`); null for pages without one.
    virtual const MapTile* mapTile() const { return nullptr; }
};

} // namespace sightline::exporting
