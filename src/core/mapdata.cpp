#include "sightline/core/mapdata.h"

namespace sightline::core {

std::vector<Perspective> MapData::defaultPerspectives() {
    return {{PerspectiveId("financial"), "Financial"},
            {PerspectiveId("customer"), "Customer"},
            {PerspectiveId("process"), "Internal Process"},
            {PerspectiveId("learning"), "Learning & Growth"}};
}

} // namespace sightline::core
