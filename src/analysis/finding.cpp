#include "sightline/analysis/finding.h"

namespace sightline::analysis {

std::string_view toString(Severity severity) {
    switch (severity) {
    case Severity::Error:
        return "error";
    case Severity::Warning:
        return "warning";
    case Severity::Info:
        break;
    }
    return "info";
}

std::optional<Severity> severityFromString(std::string_view text) {
    for (Severity s : {Severity::Error, Severity::Warning, Severity::Info})
        if (toString(s) == text)
            return s;
    return std::nullopt;
}

bool findingLess(const Finding& a, const Finding& b) {
    if (a.severity != b.severity)
        return a.severity < b.severity;
    if (a.rule != b.rule)
        return a.rule < b.rule;
    if (a.nodes.empty() != b.nodes.empty())
        return a.nodes.empty();
    if (!a.nodes.empty() && a.nodes.front() != b.nodes.front())
        return a.nodes.front() < b.nodes.front();
    if (a.nodes != b.nodes)
        return a.nodes < b.nodes;
    return a.teams < b.teams;
}

} // namespace sightline::analysis
