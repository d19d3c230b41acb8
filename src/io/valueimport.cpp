// Values in from a spreadsheet: the plan of changes and its application (see valueimport.h).
#include "sightline/io/valueimport.h"

#include "sightline/core/text.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <map>
#include <unordered_map>
#include <utility>

namespace sightline::io {

namespace {

constexpr std::array<std::string_view, 3> kDateFormats{"YYYY-MM-DD", "DD/MM/YYYY", "MM/DD/YYYY"};

bool digits(std::string_view s, std::size_t min, std::size_t max) {
    return s.size() >= min && s.size() <= max &&
           std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

int toInt(std::string_view s) {
    int v = 0;
    for (char c : s)
        v = v * 10 + (c - '0');
    return v;
}

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return out;
}

class Planner {
public:
    Planner(const core::MapData& map, const ValueImportOptions& options, ValueImportPlan& plan)
        : map_(map), options_(options), plan_(plan) {
        for (std::size_t i = 0; i < map.nodes.size(); ++i) {
            const core::Node& n = map.nodes[i];
            byId_.emplace(n.id.str(), i);
            if (n.kind == core::NodeKind::Measure)
                byTitle_[std::string(core::text::trimmed(n.title))].push_back(i);
        }
    }

    void run(const CsvTable& table) {
        plan_.separator = table.separator;
        if (!table.ok()) {
            plan_.errors = table.errors;
            return;
        }
        if (table.records.empty()) {
            plan_.errors.push_back({0,
                                    "the file is empty; its first line must name the columns measure, date "
                                    "and value"});
            return;
        }
        plan_.header = table.records.front().fields;
        plan_.rows.assign(table.records.begin() + 1, table.records.end());
        const std::size_t headerLine = table.records.front().line;
        if (options_.columns)
            plan_.columns = *options_.columns;
        else if (!columnsFromHeader(headerLine))
            return;
        if (!plan_.columns.measure || !plan_.columns.date || !plan_.columns.value) {
            plan_.errors.push_back({headerLine, "the measure, date and value columns must all be chosen"});
            return;
        }
        for (const CsvRecord& r : plan_.rows)
            row(r);
    }

private:
    bool columnsFromHeader(std::size_t line) {
        static constexpr std::array<std::string_view, 4> kNames{"measure", "date", "value", "note"};
        std::array<std::optional<std::size_t>*, 4> slots{&plan_.columns.measure, &plan_.columns.date,
                                                         &plan_.columns.value, &plan_.columns.note};
        std::vector<std::string> ignored;
        bool ok = true;
        for (std::size_t i = 0; i < plan_.header.size(); ++i) {
            const std::string name = lower(core::text::trimmed(plan_.header[i]));
            const auto known = std::find(kNames.begin(), kNames.end(), name);
            if (known == kNames.end()) {
                ignored.push_back(core::text::quoted(core::text::trimmed(plan_.header[i])));
                continue;
            }
            auto& slot = *slots[static_cast<std::size_t>(known - kNames.begin())];
            if (slot) {
                plan_.errors.push_back({line, "two columns are named " + name});
                ok = false;
            }
            slot = i;
        }
        for (std::size_t k = 0; k < 3; ++k)
            if (!*slots[k]) {
                plan_.errors.push_back(
                    {line, "the header names no " + std::string(kNames[k]) +
                               " column (it needs measure, date and value; note is optional)"});
                ok = false;
            }
        if (!ignored.empty()) {
            std::string list;
            for (const std::string& q : ignored)
                list += (list.empty() ? "" : ", ") + q;
            plan_.warnings.push_back(
                {line, std::string(ignored.size() == 1 ? "column " : "columns ") + list + " ignored"});
        }
        return ok;
    }

    void error(std::size_t line, std::string message) { plan_.errors.push_back({line, std::move(message)}); }

    // The cell of a required column, or an error.
    const std::string* cell(const CsvRecord& r, std::size_t column, std::string_view what) {
        if (column >= r.fields.size()) {
            error(r.line, "missing column " + std::string(what) + " (the row has " +
                              std::to_string(r.fields.size()) +
                              (r.fields.size() == 1 ? " field)" : " fields)"));
            return nullptr;
        }
        if (core::text::trimmed(r.fields[column]).empty()) {
            error(r.line, "missing " + std::string(what) + " (the cell is empty)");
            return nullptr;
        }
        return &r.fields[column];
    }

    std::optional<std::size_t> measure(const CsvRecord& r, std::string_view text) {
        const std::string_view key = core::text::trimmed(text);
        const auto id = byId_.find(std::string(key));
        if (id != byId_.end() && map_.nodes[id->second].kind == core::NodeKind::Measure)
            return id->second;
        const auto title = byTitle_.find(std::string(key));
        if (title != byTitle_.end() && title->second.size() == 1)
            return title->second.front();
        if (title != byTitle_.end()) {
            std::string ids;
            for (std::size_t i : title->second)
                ids += (ids.empty() ? "" : ", ") + map_.nodes[i].id.str();
            error(r.line, "ambiguous title " + core::text::quoted(key) + ": " +
                              std::to_string(title->second.size()) + " measures have it (" + ids +
                              "); use the measure's id");
            return std::nullopt;
        }
        std::string message = "unknown measure " + core::text::quoted(key);
        if (id != byId_.end())
            message += ": " + id->first + " is " +
                       (map_.nodes[id->second].kind == core::NodeKind::Objective ? "an objective"
                                                                                 : "an initiative") +
                       ", not a measure";
        else
            message += " (neither the id nor the title of a measure)";
        error(r.line, std::move(message));
        return std::nullopt;
    }

    void row(const CsvRecord& r) {
        const ValueColumns& c = plan_.columns;
        const std::size_t before = plan_.errors.size();
        const std::string* m = cell(r, *c.measure, "measure");
        const std::string* d = cell(r, *c.date, "date");
        const std::string* v = cell(r, *c.value, "value");
        std::optional<std::size_t> node;
        if (m)
            node = measure(r, *m);
        std::optional<core::Date> date;
        if (d) {
            date = parseDate(*d, options_.dateFormat);
            if (!date)
                error(r.line, "bad date " + core::text::quoted(core::text::trimmed(*d)) + " (expected " +
                                  std::string(toString(options_.dateFormat)) + ", a real calendar date)");
        }
        std::optional<double> value;
        if (v) {
            value = parseNumber(*v, plan_.separator == ';');
            if (!value)
                error(r.line, core::text::quoted(core::text::trimmed(*v)) + " is not a number");
        }
        if (plan_.errors.size() != before)
            return;
        const core::Node& n = map_.nodes[*node];
        const auto [seen, fresh] = rows_.try_emplace({*node, date->toDays()}, r.line);
        if (!fresh) {
            error(r.line, "a second row for " + n.id.str() + " on " + date->toString() +
                              " (the first is on line " + std::to_string(seen->second) + ")");
            return;
        }
        PlannedValue p;
        p.line = r.line;
        p.measure = n.id;
        p.date = *date;
        p.value = *value;
        if (c.note && *c.note < r.fields.size()) {
            std::string note = core::text::trim(r.fields[*c.note]);
            if (!note.empty())
                p.note = std::move(note);
        }
        if (const core::MeasureValue* old = n.valueOn(*date))
            p.replaced = *old;
        plan_.values.push_back(std::move(p));
    }

    const core::MapData& map_;
    const ValueImportOptions& options_;
    ValueImportPlan& plan_;
    std::unordered_map<std::string, std::size_t> byId_;
    std::unordered_map<std::string, std::vector<std::size_t>> byTitle_;
    std::map<std::pair<std::size_t, long long>, std::size_t> rows_; // (node, day) -> line
};

bool ascendingDates(const std::vector<core::MeasureValue>& values) {
    for (std::size_t i = 1; i < values.size(); ++i)
        if (!(values[i - 1].date < values[i].date))
            return false;
    return true;
}

} // namespace

std::optional<DateFormat> dateFormatFromString(std::string_view text) {
    for (std::size_t i = 0; i < kDateFormats.size(); ++i)
        if (kDateFormats[i] == text)
            return static_cast<DateFormat>(i);
    return std::nullopt;
}

std::string_view toString(DateFormat format) {
    return kDateFormats[static_cast<std::size_t>(format)];
}

std::optional<core::Date> parseDate(std::string_view text, DateFormat format) {
    text = core::text::trimmed(text);
    if (format == DateFormat::Iso)
        return core::Date::parse(text);
    const std::size_t a = text.find('/');
    const std::size_t b = a == std::string_view::npos ? a : text.find('/', a + 1);
    if (b == std::string_view::npos)
        return std::nullopt;
    const std::string_view first = text.substr(0, a), second = text.substr(a + 1, b - a - 1),
                           year = text.substr(b + 1);
    if (!digits(first, 1, 2) || !digits(second, 1, 2) || !digits(year, 4, 4))
        return std::nullopt;
    const int day = toInt(format == DateFormat::DayMonthYear ? first : second);
    const int month = toInt(format == DateFormat::DayMonthYear ? second : first);
    return core::Date::fromYmd(toInt(year), month, day);
}

std::optional<double> parseNumber(std::string_view text, bool decimalComma) {
    text = core::text::trimmed(text);
    std::string s(text);
    if (decimalComma && s.find(',') != std::string::npos) {
        if (s.find('.') != std::string::npos || std::count(s.begin(), s.end(), ',') != 1)
            return std::nullopt;
        std::replace(s.begin(), s.end(), ',', '.');
    }
    if (s.starts_with('+'))
        s.erase(0, 1);
    if (s.empty() || !(std::isdigit(static_cast<unsigned char>(s.back())) || s.back() == '.'))
        return std::nullopt; // also refuses "inf" and "nan"
    double v = 0.0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v, std::chars_format::general);
    if (ec != std::errc() || end != s.data() + s.size() || !std::isfinite(v))
        return std::nullopt;
    return v;
}

std::size_t ValueImportPlan::replacedCount() const {
    return static_cast<std::size_t>(std::count_if(
        values.begin(), values.end(), [](const PlannedValue& p) { return p.replaced.has_value(); }));
}

std::size_t ValueImportPlan::measureCount() const {
    std::vector<core::NodeId> ids;
    for (const PlannedValue& p : values)
        ids.push_back(p.measure);
    std::sort(ids.begin(), ids.end());
    return static_cast<std::size_t>(std::unique(ids.begin(), ids.end()) - ids.begin());
}

ValueImportPlan planValueImport(const core::MapData& map, std::string_view csv,
                                const ValueImportOptions& options) {
    ValueImportPlan plan;
    Planner(map, options, plan).run(readCsv(csv));
    std::stable_sort(plan.errors.begin(), plan.errors.end(),
                     [](const CsvProblem& a, const CsvProblem& b) { return a.line < b.line; });
    return plan;
}

std::vector<core::Node> importedNodes(const core::MapData& map, const ValueImportPlan& plan) {
    std::unordered_map<std::string, std::size_t> nodeIndex; // measure id -> index in map.nodes
    for (const PlannedValue& p : plan.values)
        nodeIndex.emplace(p.measure.str(), map.nodes.size());
    for (std::size_t i = 0; i < map.nodes.size(); ++i)
        if (auto it = nodeIndex.find(map.nodes[i].id.str()); it != nodeIndex.end())
            it->second = i;
    std::vector<core::Node> out;
    std::vector<bool> sorted;                          // whether the measure's values were in date order
    std::unordered_map<std::string, std::size_t> slot; // measure id -> index in out
    for (const PlannedValue& p : plan.values) {
        const std::size_t index = nodeIndex[p.measure.str()];
        if (index == map.nodes.size())
            continue; // the map changed since the plan; applyValueImport refuses
        auto [it, fresh] = slot.try_emplace(p.measure.str(), out.size());
        if (fresh) {
            out.push_back(map.nodes[index]);
            sorted.push_back(ascendingDates(map.nodes[index].values));
        }
        core::Node& n = out[it->second];
        auto existing = std::find_if(n.values.begin(), n.values.end(),
                                     [&](const core::MeasureValue& v) { return v.date == p.date; });
        if (existing != n.values.end()) {
            existing->value = p.value;
            existing->approvedBy.reset();
            existing->approvedOn.reset();
            if (p.note)
                existing->note = *p.note;
        } else {
            n.values.emplace_back(p.date, p.value, p.note.value_or(std::string()));
        }
    }
    for (std::size_t i = 0; i < out.size(); ++i)
        if (sorted[i])
            std::stable_sort(
                out[i].values.begin(), out[i].values.end(),
                [](const core::MeasureValue& a, const core::MeasureValue& b) { return a.date < b.date; });
    return out;
}

core::Status applyValueImport(core::Map& map, const ValueImportPlan& plan) {
    if (!plan.ok())
        return core::Status::error("the import has errors; nothing was changed");
    for (const PlannedValue& p : plan.values)
        if (!map.node(p.measure))
            return core::Status::error("measure " + core::text::quoted(p.measure.str()) +
                                       " is no longer in the map");
    const std::vector<core::Node> after = importedNodes(map.data(), plan);
    std::vector<core::Node> before;
    for (const core::Node& n : after)
        before.push_back(*map.node(n.id));
    core::Map::Batch batch(map);
    for (std::size_t i = 0; i < after.size(); ++i) {
        if (core::Status s = map.updateNode(after[i]); !s) {
            for (std::size_t j = i; j-- > 0;)
                (void)map.updateNode(before[j]);
            return core::Status::error(after[i].id.str() + ": " + s.message());
        }
    }
    return {};
}

std::string formatProblem(std::string_view file, const CsvProblem& problem) {
    std::string out(file);
    if (problem.line > 0)
        out += ":" + std::to_string(problem.line);
    return out + ": " + problem.message;
}

} // namespace sightline::io
