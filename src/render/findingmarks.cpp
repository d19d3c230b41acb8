#include "sightline/render/findingmarks.h"

namespace sightline::render {

FindingMarks findingMarks(const std::vector<analysis::Finding>& findings) {
    FindingMarks marks;
    for (const analysis::Finding& f : findings) {
        if (f.waived)
            continue;
        for (const core::NodeId& id : f.nodes) {
            FindingMark& m = marks[id];
            if (m.count == 0 || f.severity < m.severity)
                m.severity = f.severity;
            ++m.count;
        }
    }
    return marks;
}

} // namespace sightline::render
