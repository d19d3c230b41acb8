#pragma once

#include "sightline/core/mapdata.h"

#include <string>

namespace sightline::io {

// Writes a map as GraphML (graphml.graphdrawing.org) for graph tools such as yEd, Gephi or
// NetworkX: one <node> per node and one <edge> per link, in map order, with data keys for the
// node's kind, title, goal flag, team (id, name and level), owner (id and name) and perspective
// (id and name), and for the link's kind, polarity, weight and aggregate, each where present.
// Well-formed UTF-8 XML: markup characters are escaped, non-ASCII text is kept as it is, and
// characters XML cannot hold (control characters, invalid UTF-8) become U+FFFD. Deterministic:
// the same map gives the same bytes. Ends with a newline.
std::string writeMapGraphMl(const core::MapData& map);

} // namespace sightline::io
