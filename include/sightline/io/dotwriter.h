#pragma once

#include "sightline/core/mapdata.h"

#include <string>

namespace sightline::io {

// Writes a map as a Graphviz DOT digraph (`dot -Tsvg map.dot`): causes below, effects above
// (rankdir=BT). Every id and label is a quoted, escaped string; a title's line breaks become
// DOT line breaks and its backslashes stay literal. Node shapes by kind: objectives as
// ellipses (goals with a double outline), measures as boxes, initiatives as hexagons. Edges by
// link kind: drives solid (negative polarity red, with a tee head and a "-" label; pen width
// from the weight), measures dashed, supports dotted, rollups bold with a diamond tail. Each
// node and edge carries its map id (`id`) and kind (`class`). Deterministic: the same map gives
// the same bytes, nodes and links in map order. Ends with a newline.
std::string writeMapDot(const core::MapData& map);

} // namespace sightline::io
