#include "sightline/layout/layout.h"

namespace sightline::layout {

LayoutResult layoutView(const core::MapData& map, core::ViewKind view, const LayoutOptions& options) {
    switch (view) {
    case core::ViewKind::Results:
        return layoutResults(map, options);
    case core::ViewKind::Strategy:
        return layoutStrategy(map, options);
    case core::ViewKind::Hierarchy:
        return layoutHierarchy(map, options);
    }
    return layoutResults(map, options);
}

} // namespace sightline::layout
