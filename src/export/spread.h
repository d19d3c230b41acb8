#pragma once

namespace sightline::render {
class MapScene;
}

namespace sightline::exporting {

// How far an export spreads a view's positions (all times k, k >= 1) so that the boxes its
// scene draws overlap no more than they would at the widest spread: exports print every
// title in full, so some bubbles, cards and initiatives are taller than the layout planned.
// Measured on the scene's own items (each bubble with the cards hanging below it); 1 when
// nothing is gained by spreading (a map without overlaps, or one drawn overlapping on
// purpose). Linear in the number of nodes per try (a grid of cells), a dozen tries.
double spreadFactor(const render::MapScene& scene);

} // namespace sightline::exporting
