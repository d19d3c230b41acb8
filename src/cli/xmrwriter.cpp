#include "xmrwriter.h"

#include <charconv>
#include <cmath>
#include <nlohmann/json.hpp>

namespace sightline::cli {

using analysis::XmrChart;
using analysis::XmrPoint;
using analysis::XmrSegment;

void appendNumber(std::string& out, double value) {
    char buf[40];
    const auto r = std::to_chars(buf, buf + sizeof buf, value == 0.0 ? 0.0 : value);
    const std::string_view text(buf, static_cast<std::size_t>(r.ptr - buf));
    out += text;
    if (text.find_first_of(".e") == std::string_view::npos)
        out += ".0";
}

void appendRounded(std::string& out, double value) {
    if (std::abs(value) < 1e9)
        value = std::round(value * 1e6) / 1e6;
    appendNumber(out, value);
}

namespace {

// Writes the buffer out when it grows past 1 MB (a 20,000-node map gives tens of MB).
class Buffer {
public:
    explicit Buffer(std::ostream& out) : out_(out) { text.reserve(kFlush + 4096); }
    ~Buffer() { flush(); }
    void maybeFlush() {
        if (text.size() >= kFlush)
            flush();
    }
    void flush() {
        out_.write(text.data(), static_cast<std::streamsize>(text.size()));
        text.clear();
    }
    std::string text;

private:
    static constexpr std::size_t kFlush = 1 << 20;
    std::ostream& out_;
};

void appendString(std::string& out, const std::string& s) {
    out += nlohmann::json(s).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

void appendSignals(std::string& out, const XmrPoint& p, core::XmrRules rules, const char* sep, bool quoted) {
    bool first = true;
    for (analysis::Signal s : p.signals.list(rules)) {
        if (!first)
            out += sep;
        first = false;
        if (quoted)
            out += '"';
        out += analysis::toString(s);
        if (quoted)
            out += '"';
    }
}

void appendLimit(std::string& out, const XmrSegment& seg, double value) {
    if (seg.hasLimits)
        appendRounded(out, value);
    else
        out += "null";
}

void appendMeasureJson(std::string& out, const core::Node& m, const XmrChart& chart) {
    out += "    {\"id\": ";
    appendString(out, m.id.str());
    out += ", \"title\": ";
    appendString(out, m.title);
    out += ", \"rules\": \"";
    out += core::toString(m.xmr.rules);
    out += "\", \"direction\": \"";
    out += core::toString(m.direction);
    out += "\",\n     \"target\": ";
    if (m.target)
        appendNumber(out, *m.target);
    else
        out += "null";
    out += ", \"variation\": \"";
    out += analysis::toString(chart.summary.variation);
    out += "\", \"capability\": \"";
    out += analysis::toString(chart.summary.capability);
    out += "\",\n     \"segments\": [";
    for (std::size_t i = 0; i < chart.segments.size(); ++i) {
        const XmrSegment& s = chart.segments[i];
        out += i ? ",\n       {\"start\": \"" : "\n       {\"start\": \"";
        out += s.start.toString();
        out += "\", \"values\": " + std::to_string(s.count) + ", \"baseline\": ";
        out += s.hasLimits ? std::to_string(s.baseline) : std::string("null");
        out += ", \"cl\": ";
        appendLimit(out, s, s.cl);
        out += ", \"mr_bar\": ";
        appendLimit(out, s, s.mrBar);
        out += ", \"unpl\": ";
        appendLimit(out, s, s.unpl);
        out += ", \"lnpl\": ";
        appendLimit(out, s, s.lnpl);
        out += ", \"url\": ";
        appendLimit(out, s, s.url);
        out += '}';
    }
    out += "],\n     \"points\": [";
    for (std::size_t i = 0; i < chart.points.size(); ++i) {
        const XmrPoint& p = chart.points[i];
        out += i ? ",\n       {\"date\": \"" : "\n       {\"date\": \"";
        out += p.date.toString();
        out += "\", \"value\": ";
        appendNumber(out, p.value);
        out += ", \"segment\": " + std::to_string(p.segment) + ", \"signals\": [";
        appendSignals(out, p, m.xmr.rules, ", ", true);
        out += "], \"kind\": \"";
        out += analysis::toString(p.kind);
        out += "\"}";
    }
    out += "]}";
}

// A CSV field (RFC 4180: quoted when it holds a comma, a quote or a line break).
void appendCsvField(std::string& out, const std::string& s) {
    if (s.find_first_of(",\"\n") == std::string::npos) {
        out += s;
        return;
    }
    out += '"';
    for (char c : s) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

std::string plainNumber(double v, bool rounded) {
    std::string s;
    if (rounded)
        appendRounded(s, v);
    else
        appendNumber(s, v);
    if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0)
        s.resize(s.size() - 2);
    return s;
}

std::string betterWord(core::Direction d) {
    switch (d) {
    case core::Direction::Up:
        return "higher is better";
    case core::Direction::Down:
        return "lower is better";
    case core::Direction::Target:
        break;
    }
    return "closest to the target is best";
}

} // namespace

void writeXmrJson(std::ostream& os, const core::MapData& map, const std::vector<MeasureChart>& charts) {
    Buffer b(os);
    b.text += "{\n  \"map\": ";
    appendString(b.text, map.properties.title);
    b.text += ",\n  \"measures\": [";
    for (std::size_t i = 0; i < charts.size(); ++i) {
        b.text += i ? ",\n" : "\n";
        appendMeasureJson(b.text, *charts[i].measure, charts[i].chart);
        b.maybeFlush();
    }
    b.text += charts.empty() ? "]\n}\n" : "\n  ]\n}\n";
}

void writeXmrCsv(std::ostream& os, const std::vector<MeasureChart>& charts) {
    Buffer b(os);
    b.text += "measure,date,value,segment,cl,lnpl,unpl,signals,kind\n";
    for (const MeasureChart& mc : charts) {
        const core::Node& m = *mc.measure;
        for (const XmrPoint& p : mc.chart.points) {
            const XmrSegment& s = mc.chart.segments[p.segment];
            appendCsvField(b.text, m.id.str());
            b.text += ',';
            b.text += p.date.toString();
            b.text += ',';
            b.text += plainNumber(p.value, false);
            b.text += ',' + std::to_string(p.segment) + ',';
            if (s.hasLimits) {
                b.text += plainNumber(s.cl, true) + ',' + plainNumber(s.lnpl, true) + ',' +
                          plainNumber(s.unpl, true);
            } else {
                b.text += ",,";
            }
            b.text += ',';
            appendSignals(b.text, p, m.xmr.rules, ";", false);
            b.text += ',';
            b.text += analysis::toString(p.kind);
            b.text += "\n";
        }
        b.maybeFlush();
    }
}

void writeXmrText(std::ostream& os, const core::MapData& map, const std::vector<MeasureChart>& charts) {
    Buffer b(os);
    b.text += "XmR charts of \"" + map.properties.title + "\"\n";
    if (charts.empty())
        b.text += "\nNo measure has values.\n";
    for (const MeasureChart& mc : charts) {
        const core::Node& m = *mc.measure;
        const XmrChart& c = mc.chart;
        b.text += "\n" + m.id.str() + "  " + m.title + "\n  " + betterWord(m.direction) +
                  (m.target ? ", target " + plainNumber(*m.target, false) : std::string(", no target")) +
                  ", rules " + std::string(core::toString(m.xmr.rules)) + ": variation " +
                  std::string(analysis::toString(c.summary.variation)) + ", capability " +
                  std::string(analysis::toString(c.summary.capability)) + "\n";
        if (c.points.empty())
            b.text += "  no values\n";
        for (std::size_t si = 0; si < c.segments.size(); ++si) {
            const XmrSegment& s = c.segments[si];
            b.text += "  segment " + std::to_string(si) + " from " + s.start.toString() + ", " +
                      std::to_string(s.count) + (s.count == 1 ? " value" : " values");
            if (s.hasLimits)
                b.text += ": CL " + plainNumber(s.cl, true) + ", limits " + plainNumber(s.lnpl, true) +
                          " to " + plainNumber(s.unpl, true) + " (from its first " +
                          std::to_string(s.baseline) + "), average moving range " +
                          plainNumber(s.mrBar, true) + ", URL " + plainNumber(s.url, true) + "\n";
            else
                b.text += ": too few values for limits\n";
            for (std::size_t i = s.first; i < s.first + s.count; ++i) {
                const XmrPoint& p = c.points[i];
                std::string line = "    " + p.date.toString() + "  " + plainNumber(p.value, false);
                if (line.size() < 28)
                    line.append(28 - line.size(), ' ');
                line += "  ";
                line += analysis::toString(p.kind);
                if (!p.signals.empty()) {
                    line += " (";
                    appendSignals(line, p, m.xmr.rules, ", ", false);
                    line += ")";
                }
                b.text += line + "\n";
            }
        }
        b.maybeFlush();
    }
}

} // namespace sightline::cli
