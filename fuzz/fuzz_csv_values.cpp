// libFuzzer target: the CSV values reader of import-values (io::readCsv, io::planValueImport) on
// arbitrary bytes (docs/fuzzing.md). Besides not crashing, hanging or leaking: records start on
// increasing lines; a table is records or errors, never both used; a plan without errors has one
// value per data row, and applying it to a copy of the map succeeds in one batch and leaves every
// planned value in its measure.
#include "sightline/core/map.h"
#include "sightline/io/csvreader.h"
#include "sightline/io/valueimport.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace {

[[noreturn]] void fail(const char* what) {
    std::fprintf(stderr, "fuzz_csv_values: %s\n", what);
    std::abort();
}

sightline::core::Node measure(const char* id, const char* title) {
    sightline::core::Node n;
    n.id = sightline::core::NodeId(id);
    n.kind = sightline::core::NodeKind::Measure;
    n.title = title;
    return n;
}

// Measures the seeds name (tests/data/values/*.csv): m1 with values, two titled alike.
const sightline::core::MapData& targetMap() {
    static const sightline::core::MapData map = [] {
        using namespace sightline::core;
        MapData m;
        m.properties.title = "Fuzz plant";
        Node m1 = measure("m1", "Unplanned downtime hours");
        m1.values = {{*Date::parse("2026-09-30"), 116}, {*Date::parse("2026-10-31"), 121, "pump seal"}};
        m.nodes = {m1, measure("m2", "Scrap rate"), measure("m3", "On-time delivery"),
                   measure("m4", "Energy use"), measure("m5", "Energy use")};
        return m;
    }();
    return map;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace sightline;
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);

    const io::CsvTable table = io::readCsv(bytes);
    if (table.separator != ',' && table.separator != ';')
        fail("a separator other than ',' or ';'");
    if (table.ok())
        for (std::size_t i = 0; i < table.records.size(); ++i) {
            if (table.records[i].line == 0 || (i > 0 && table.records[i].line <= table.records[i - 1].line))
                fail("records do not start on increasing lines");
            if (table.records[i].fields.empty())
                fail("a record without fields");
        }

    for (const io::DateFormat format : {io::DateFormat::Iso, io::DateFormat::DayMonthYear}) {
        io::ValueImportOptions options;
        options.dateFormat = format;
        const io::ValueImportPlan plan = io::planValueImport(targetMap(), bytes, options);
        if (!plan.ok())
            continue;
        if (plan.values.size() != plan.rows.size())
            fail("an accepted file whose rows did not each become one value");
        core::Map map(targetMap());
        if (!io::applyValueImport(map, plan))
            fail("an accepted plan could not be applied");
        for (const io::PlannedValue& p : plan.values) {
            const core::Node* n = map.node(p.measure);
            if (!n || std::none_of(n->values.begin(), n->values.end(), [&](const core::MeasureValue& v) {
                    return v.date == p.date && v.value == p.value;
                }))
                fail("a planned value is not in its measure after the import");
        }
    }
    return 0;
}
