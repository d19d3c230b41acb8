#include "argparser.h"
#include "commands.h"
#include "maploader.h"
#include "sightline/analysis/analyzer.h"
#include "textwrap.h"

#include <ctime>
#include <nlohmann/json.hpp>

namespace sightline::cli {

namespace {

using analysis::Finding;
using analysis::Severity;

// Today's date on this machine's clock.
core::Date today() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    if (auto d = core::Date::fromYmd(local.tm_year + 1900, local.tm_mon + 1, local.tm_mday))
        return *d;
    return core::Date::fromDays(static_cast<long long>(now / 86400));
}

std::string ruleList() {
    std::string s;
    for (const auto& r : analysis::allRules())
        s += (s.empty() ? "" : ", ") + std::string(r.id);
    return s;
}

// "--rules a,b": the rule set, or an error message.
std::optional<analysis::RuleSet> parseRules(const std::string& text, std::string& error) {
    analysis::RuleSet set = analysis::RuleSet::none();
    std::size_t start = 0;
    while (true) {
        const std::size_t comma = text.find(',', start);
        const std::string id =
            text.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
        const auto rule = analysis::ruleFromId(id);
        if (!rule) {
            error = "--rules: unknown rule \"" + id + "\"; the rules are: " + ruleList();
            return std::nullopt;
        }
        set.insert(*rule);
        if (comma == std::string::npos)
            break;
        start = comma + 1;
    }
    return set;
}

// A JSON string literal (escaped; bytes that are not UTF-8 replaced).
std::string quote(const std::string& s) {
    return nlohmann::json(s).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

template <class Ids> void writeIds(std::ostream& out, const Ids& ids) {
    out << '[';
    for (std::size_t i = 0; i < ids.size(); ++i)
        out << (i ? ", " : "") << quote(ids[i].str());
    out << ']';
}

// Streams the report (cli.md, "JSON output of analyze"); big maps have thousands of findings.
void writeJson(std::ostream& out, const core::MapData& map, const core::Date& asOf,
               const analysis::Report& report) {
    out << "{\n  \"map\": " << quote(map.properties.title) << ",\n  \"as_of\": \"" << asOf.toString()
        << "\",\n  \"findings\": [";
    for (std::size_t i = 0; i < report.findings.size(); ++i) {
        const Finding& f = report.findings[i];
        out << (i ? ",\n" : "\n") << "    {\"rule\": " << quote(f.rule) << ", \"severity\": \""
            << analysis::toString(f.severity) << "\", \"nodes\": ";
        writeIds(out, f.nodes);
        out << ", \"teams\": ";
        writeIds(out, f.teams);
        out << ",\n     \"message\": " << quote(f.message);
        if (f.waived)
            out << ",\n     \"waived\": true, \"waiver_reason\": " << quote(f.waiverReason);
        out << "}";
    }
    const auto& c = report.counts;
    out << (report.findings.empty() ? "],\n" : "\n  ],\n") << "  \"counts\": {\"error\": " << c.error
        << ", \"warning\": " << c.warning << ", \"info\": " << c.info << ", \"waived\": " << c.waived
        << "}\n}\n";
}

const char* heading(Severity s) {
    switch (s) {
    case Severity::Error:
        return "Errors";
    case Severity::Warning:
        return "Warnings";
    case Severity::Info:
        break;
    }
    return "For information";
}

std::string plural(int n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

void printFinding(std::ostream& out, const Finding& f) {
    std::string ids;
    for (const auto& n : f.nodes)
        ids += (ids.empty() ? "" : ", ") + n.str();
    if (f.team)
        out << "  - team " << f.team->str() << (ids.empty() ? "" : ": ") << ids << "\n";
    else
        out << "  - " << ids << "\n";
    writeWrapped(out, f.message, 4);
    if (f.waived)
        writeWrapped(out, "Waived: " + f.waiverReason, 4);
}

void printText(std::ostream& out, const core::MapData& map, const core::Date& asOf,
               const analysis::Report& report) {
    out << "Analysis of \"" << map.properties.title << "\" as of " << asOf.toString() << "\n";
    const auto& c = report.counts;
    out << "Open findings: " << plural(c.error, "error", "errors") << ", "
        << plural(c.warning, "warning", "warnings") << ", " << c.info << " for information; " << c.waived
        << " waived.\n";
    for (Severity s : {Severity::Error, Severity::Warning, Severity::Info}) {
        std::string rule;
        bool any = false;
        for (const Finding& f : report.findings) {
            if (f.severity != s || f.waived)
                continue;
            if (!any)
                out << "\n" << heading(s) << "\n";
            any = true;
            if (f.rule != rule) {
                rule = f.rule;
                const auto info = analysis::ruleInfo(*analysis::ruleFromId(rule));
                out << "\n " << rule << ": " << info.summary << "\n";
            }
            printFinding(out, f);
        }
    }
    bool any = false;
    for (const Finding& f : report.findings) {
        if (!f.waived)
            continue;
        if (!any)
            out << "\nWaived (reviewed and accepted)\n\n";
        any = true;
        out << " " << f.rule << " (" << analysis::toString(f.severity) << ")\n";
        printFinding(out, f);
    }
    if (report.findings.empty())
        out << "\nNo findings.\n";
}

int runAnalyze(CommandContext& ctx, std::span<const std::string> args) {
    std::string path;
    std::optional<std::string> format, asOfText, rulesText, failOnText;
    ArgParser parser("analyze",
                     "Run the analysis of analysis-rules.md on a map: orphaned measures, unmeasured "
                     "results, broken line of sight,\nmini-me copies, additive-only rollups, loops, "
                     "negative side effects, missing owners and targets,\nstale data, overload. "
                     "Findings that a waiver covers are reported as waived.");
    parser.mapPositional(path);
    parser.formatOption(format);
    parser.option("--as-of", "YYYY-MM-DD", asOfText, "the date stale data is judged on (default: today)");
    parser.option("--rules", "ID,...", rulesText, "run only these rules: " + ruleList());
    parser.option("--fail-on", "SEVERITY", failOnText,
                  "exit 1 when an open finding this severe or worse exists (default error)",
                  {"error", "warning", "info", "never"});
    if (auto exit = parser.parse(args, ctx))
        return *exit;

    analysis::Options options;
    options.asOf = today();
    if (asOfText) {
        const auto d = core::Date::parse(*asOfText);
        if (!d) {
            ctx.err << ctx.program << " analyze: --as-of: \"" << *asOfText
                    << "\" is not a real date in the form YYYY-MM-DD\n";
            return kExitBadInput;
        }
        options.asOf = *d;
    }
    if (rulesText) {
        std::string error;
        const auto rules = parseRules(*rulesText, error);
        if (!rules) {
            ctx.err << ctx.program << " analyze: " << error << "\n";
            return kExitBadInput;
        }
        options.rules = *rules;
    }
    const std::string failOn = failOnText.value_or("error");

    const auto map = loadMapOrReport(path, ctx.err);
    if (!map)
        return kExitBadInput;
    const analysis::Report report = analysis::analyze(*map, options);
    if (format.value_or("text") == "json")
        writeJson(ctx.out, *map, options.asOf, report);
    else
        printText(ctx.out, *map, options.asOf, report);

    if (failOn == "never")
        return kExitOk;
    const Severity threshold = *analysis::severityFromString(failOn);
    for (const Finding& f : report.findings)
        if (!f.waived && f.severity <= threshold)
            return kExitFindings;
    return kExitOk;
}

} // namespace

Command analyzeCommand() {
    return {"analyze", "run the analysis: findings as text or JSON; exit 1 on --fail-on", &runAnalyze};
}

} // namespace sightline::cli
