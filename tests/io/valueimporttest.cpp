// Values in from a spreadsheet (measures.md): the RFC 4180 reader and the plan of changes, with the
// corner cases of real exports (BOM, ';' with decimal commas, quoted line breaks, duplicate rows,
// ambiguous titles), and the plan applied as one ChangeSet.

#include "sightline/io/valueimport.h"

#include "sightline/io/csvreader.h"

#include <catch2/catch.hpp>
#include <cmath>

using namespace sightline;
using Strings = std::vector<std::string>;

namespace {

core::Date day(const char* text) {
    return *core::Date::parse(text);
}

core::Node measure(const char* id, const char* title) {
    core::Node n;
    n.id = core::NodeId(id);
    n.kind = core::NodeKind::Measure;
    n.title = title;
    return n;
}

// m1 downtime (two values, the second approved), m2 and m3 share a title, o1 is an objective.
core::MapData plantMap() {
    core::MapData m;
    m.properties.title = "Plant results 2027";
    m.people.push_back({core::PersonId("dl"), "Dana Lee", "", std::nullopt, ""});
    core::Node m1 = measure("m1", "Unplanned downtime hours");
    m1.values = {{day("2026-09-30"), 116},
                 {day("2026-10-31"), 121, "pump seal", core::PersonId("dl"), day("2026-11-04")}};
    core::Node o1 = measure("o1", "Plant downtime falls");
    o1.kind = core::NodeKind::Objective;
    m.nodes = {o1, m1, measure("m2", "Scrap rate"), measure("m3", "Scrap rate"),
               measure("m4", "On-time delivery")};
    return m;
}

Strings problems(const std::vector<io::CsvProblem>& list) {
    Strings out;
    for (const auto& p : list)
        out.push_back(io::formatProblem("values.csv", p));
    return out;
}

} // namespace

TEST_CASE("CSV: quotes, doubled quotes, separators and line breaks inside quotes", "[io][csv]") {
    const io::CsvTable t = io::readCsv("measure,date,value,note\r\n"
                                       "m1,2026-11-30,126,\"line 2, then line 3\"\r\n"
                                       "m1,2026-12-31,130,\"said \"\"stop\"\"\nthen\r\nwent on\"\r\n"
                                       "\r\n"
                                       "m4,2026-12-31,97,\n");
    REQUIRE(t.ok());
    CHECK(t.separator == ',');
    REQUIRE(t.records.size() == 4);
    CHECK(t.records[1].fields == Strings{"m1", "2026-11-30", "126", "line 2, then line 3"});
    CHECK(t.records[2].fields == Strings{"m1", "2026-12-31", "130", "said \"stop\"\nthen\r\nwent on"});
    CHECK(t.records[2].line == 3);
    CHECK(t.records[3].line == 7); // the record after a three-line record and a blank line
    CHECK(t.records[3].fields == Strings{"m4", "2026-12-31", "97", ""});
}

TEST_CASE("CSV: a byte-order mark is skipped; ';' in the header picks the separator", "[io][csv]") {
    const io::CsvTable bom = io::readCsv("\xEF\xBB\xBFMeasure,Date,Value\nm1,2026-11-30,1\n");
    REQUIRE(bom.ok());
    CHECK(bom.records[0].fields.front() == "Measure");
    const io::CsvTable semi = io::readCsv("measure;date;value\nm1;2026-11-30;8,5\n");
    REQUIRE(semi.ok());
    CHECK(semi.separator == ';');
    CHECK(semi.records[1].fields == Strings{"m1", "2026-11-30", "8,5"});
    // A ';' inside quotes in the header does not count.
    CHECK(io::readCsv("\"measure;x\",date,value\n").separator == ',');
}

TEST_CASE("CSV: problems name their line", "[io][csv]") {
    const io::CsvTable open = io::readCsv("measure,date,value,note\nm1,2026-11-30,1,\"never\nclosed\n");
    REQUIRE(open.errors.size() == 1);
    CHECK(open.errors[0].line == 2);
    CHECK(open.errors[0].message.find("never closed") != std::string::npos);
    const io::CsvTable after = io::readCsv("measure,date,value\n\"m1\"x,2026-11-30,1\n");
    REQUIRE(after.errors.size() == 1);
    CHECK(after.errors[0].line == 2);
    const io::CsvTable latin1 = io::readCsv("measure,date,value\nm1,2026-11-30,1\nCaf\xE9,2026-11-30,1\n");
    REQUIRE(latin1.errors.size() == 1);
    CHECK(latin1.errors[0].line == 3);
    CHECK(latin1.errors[0].message.find("UTF-8") != std::string::npos);
}

TEST_CASE("dates and numbers in the three formats", "[io][csv]") {
    using io::DateFormat;
    CHECK(io::parseDate("2026-03-31", DateFormat::Iso) == day("2026-03-31"));
    CHECK_FALSE(io::parseDate("2026-3-31", DateFormat::Iso));
    CHECK(io::parseDate("31/03/2026", DateFormat::DayMonthYear) == day("2026-03-31"));
    CHECK(io::parseDate("1/3/2026", DateFormat::DayMonthYear) == day("2026-03-01"));
    CHECK(io::parseDate("3/1/2026", DateFormat::MonthDayYear) == day("2026-03-01"));
    CHECK_FALSE(io::parseDate("31/03/2026", DateFormat::MonthDayYear));
    CHECK_FALSE(io::parseDate("29/02/2026", DateFormat::DayMonthYear));
    CHECK_FALSE(io::parseDate("1/3/26", DateFormat::DayMonthYear));
    CHECK(io::dateFormatFromString("DD/MM/YYYY") == DateFormat::DayMonthYear);
    CHECK_FALSE(io::dateFormatFromString("dd/mm/yy"));
    CHECK(io::parseNumber(" 8.5 ", false) == 8.5);
    CHECK(io::parseNumber("8,5", true) == 8.5);
    CHECK(io::parseNumber("-0,25", true) == -0.25);
    CHECK_FALSE(io::parseNumber("8,5", false));
    CHECK_FALSE(io::parseNumber("1.234,5", true));
    CHECK_FALSE(io::parseNumber("12 h", false));
    CHECK_FALSE(io::parseNumber("inf", false));
    CHECK_FALSE(io::parseNumber("nan", false));
    CHECK_FALSE(io::parseNumber("", false));
}

TEST_CASE("a plan adds and replaces values by id or title", "[io][import]") {
    const core::MapData map = plantMap();
    const auto plan = io::planValueImport(map, "\xEF\xBB\xBF Date , MEASURE,value,Note,Region\n"
                                               "2026-11-30,m1,126,line 2 stopped,North\n"
                                               "2026-10-31,Unplanned downtime hours,120,,North\n"
                                               "2026-11-30, On-time delivery ,97.5,,South\n");
    INFO(problems(plan.errors).size());
    REQUIRE(plan.ok());
    CHECK(problems(plan.warnings) == Strings{"values.csv:1: column \"Region\" ignored"});
    REQUIRE(plan.values.size() == 3);
    CHECK(plan.values[0].measure == core::NodeId("m1"));
    CHECK(plan.values[0].line == 2);
    CHECK(plan.values[0].note == "line 2 stopped");
    CHECK_FALSE(plan.values[0].replaced);
    CHECK(plan.values[1].measure == core::NodeId("m1"));
    REQUIRE(plan.values[1].replaced);
    CHECK(plan.values[1].replaced->value == 121);
    CHECK(plan.values[2].measure == core::NodeId("m4"));
    CHECK(plan.replacedCount() == 1);
    CHECK(plan.measureCount() == 2);

    // Applied: one ChangeSet; the replaced value loses its approval and keeps its note.
    core::Map model{core::MapData(map)};
    std::vector<core::ChangeSet> sets;
    model.subscribe([&](const core::ChangeSet& c) { sets.push_back(c); });
    REQUIRE(io::applyValueImport(model, plan).ok());
    REQUIRE(sets.size() == 1);
    CHECK(sets[0].events.size() == 2);
    const core::Node& m1 = *model.node(core::NodeId("m1"));
    REQUIRE(m1.values.size() == 3);
    CHECK(m1.values[1].date == day("2026-10-31"));
    CHECK(m1.values[1].value == 120);
    CHECK(m1.values[1].note == "pump seal");
    CHECK_FALSE(m1.values[1].approved());
    CHECK_FALSE(m1.values[1].approvedOn);
    CHECK(m1.values[2].date == day("2026-11-30"));
    CHECK(m1.values[2].note == "line 2 stopped");
    CHECK(model.node(core::NodeId("m4"))->values.at(0).value == 97.5);
}

TEST_CASE("';' files take decimal commas; a row's note replaces the stored note", "[io][import]") {
    const auto plan = io::planValueImport(plantMap(),
                                          "measure;date;value;note\n"
                                          "m1;31/10/2026;\"120,5\";\"seal; replaced\"\n",
                                          {io::DateFormat::DayMonthYear, std::nullopt});
    REQUIRE(plan.ok());
    REQUIRE(plan.values.size() == 1);
    CHECK(plan.values[0].value == 120.5);
    CHECK(plan.values[0].date == day("2026-10-31"));
    const auto nodes = io::importedNodes(plantMap(), plan);
    REQUIRE(nodes.size() == 1);
    CHECK(nodes[0].values[1].note == "seal; replaced");
}

TEST_CASE("every bad row is reported with the line it starts on, and nothing is applied", "[io][import]") {
    const core::MapData map = plantMap();
    const auto plan = io::planValueImport(map, "measure,date,value,note\n"
                                               "m1,2026-11-30,126,\"two\nlines\"\n"
                                               "Scrap rate,2026-11-30,3\n"
                                               "Downtime,2026-11-30,3\n"
                                               "o1,2026-11-30,3\n"
                                               "m4,2026-13-01,3\n"
                                               "m4,2026-12-31,12 h\n"
                                               "m4,2026-12-31\n"
                                               "Unplanned downtime hours,2026-11-30,126\n"
                                               "m4,,5\n");
    CHECK(
        problems(plan.errors) ==
        Strings{
            "values.csv:4: ambiguous title \"Scrap rate\": 2 measures have it (m2, m3); use the measure's id",
            "values.csv:5: unknown measure \"Downtime\" (neither the id nor the title of a measure)",
            "values.csv:6: unknown measure \"o1\": o1 is an objective, not a measure",
            "values.csv:7: bad date \"2026-13-01\" (expected YYYY-MM-DD, a real calendar date)",
            "values.csv:8: \"12 h\" is not a number",
            "values.csv:9: missing column value (the row has 2 fields)",
            "values.csv:10: a second row for m1 on 2026-11-30 (the first is on line 2)",
            "values.csv:11: missing date (the cell is empty)"});
    core::Map model{core::MapData(map)};
    CHECK_FALSE(io::applyValueImport(model, plan).ok());
    CHECK(model.data() == map);
}

TEST_CASE("two rows for the same measure and date are an error even with equal values", "[io][import]") {
    const auto plan =
        io::planValueImport(plantMap(), "measure,date,value\nm4,2026-11-30,3\nm4,2026-11-30,3\n");
    CHECK(problems(plan.errors) ==
          Strings{"values.csv:3: a second row for m4 on 2026-11-30 (the first is on line 2)"});
}

TEST_CASE("the header must name measure, date and value once", "[io][import]") {
    CHECK(problems(io::planValueImport(plantMap(), "measure,day,value\nm4,2026-11-30,3\n").errors) ==
          Strings{"values.csv:1: the header names no date column (it needs measure, date and value; note is "
                  "optional)"});
    CHECK(problems(io::planValueImport(plantMap(), "measure,date,value,Value\n").errors) ==
          Strings{"values.csv:1: two columns are named value"});
    CHECK(problems(io::planValueImport(plantMap(), "").errors) ==
          Strings{
              "values.csv: the file is empty; its first line must name the columns measure, date and value"});
    // Columns chosen by a person (the editor's mapping) need no header names.
    io::ValueImportOptions mapped;
    mapped.columns = io::ValueColumns{2, 0, 1, std::nullopt};
    const auto plan = io::planValueImport(plantMap(), "when,amount,what\n2026-11-30,3,m4\n", mapped);
    REQUIRE(plan.ok());
    REQUIRE(plan.values.size() == 1);
    CHECK(plan.values[0].measure == core::NodeId("m4"));
}
