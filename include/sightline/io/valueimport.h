#pragma once

// Values in from a spreadsheet (measures.md, "Values in from a spreadsheet"): a CSV file in long
// form, one value a row, read into a plan of changes that can be shown (the editor's preview),
// reported (sightline-cli import-values) and applied as one batch (one ChangeSet, one undo step).

#include "sightline/core/map.h"
#include "sightline/core/mapdata.h"
#include "sightline/io/csvreader.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sightline::io {

enum class DateFormat { Iso, DayMonthYear, MonthDayYear };

// "YYYY-MM-DD", "DD/MM/YYYY", "MM/DD/YYYY".
std::optional<DateFormat> dateFormatFromString(std::string_view text);
std::string_view toString(DateFormat format);
// ISO needs two-digit month and day; the other two accept one or two digits, a four-digit year.
std::optional<core::Date> parseDate(std::string_view text, DateFormat format);
// A finite number, "8.5"; with decimalComma also "8,5". Surrounding spaces are ignored.
std::optional<double> parseNumber(std::string_view text, bool decimalComma);

// Which field of a record holds what (0-based).
struct ValueColumns {
    std::optional<std::size_t> measure, date, value, note;
};

struct ValueImportOptions {
    DateFormat dateFormat = DateFormat::Iso;
    // The columns, when a person mapped them (the editor's dialog); absent: from the header names
    // measure, date, value and note (any order, case-insensitive, trimmed).
    std::optional<ValueColumns> columns;
};

// One row that will be applied.
struct PlannedValue {
    std::size_t line = 0; // where the row starts in the file
    core::NodeId measure;
    core::Date date;
    double value = 0.0;
    std::optional<std::string> note;            // when the row brings a note
    std::optional<core::MeasureValue> replaced; // the stored value of that date, if any
};

struct ValueImportPlan {
    char separator = ',';
    std::vector<std::string> header;
    std::vector<CsvRecord> rows; // the data records as read, for a preview
    ValueColumns columns;
    std::vector<PlannedValue> values; // in file order
    std::vector<CsvProblem> errors;   // when not empty nothing may be applied; by line
    std::vector<CsvProblem> warnings;

    bool ok() const { return errors.empty(); }
    std::size_t replacedCount() const;
    std::size_t measureCount() const; // measures that get at least one value
};

// Reads the CSV text against the map and plans every change; the map is not touched. Every bad
// row is an error (unknown measure, ambiguous title, bad date, not a number, duplicate row,
// missing column), as is a header without the needed columns.
ValueImportPlan planValueImport(const core::MapData& map, std::string_view csv,
                                const ValueImportOptions& options = {});

// The measures the plan changes, as they will be after it (for an undo command that swaps them
// whole): a replaced value takes the row's value, loses its approval and keeps its note unless
// the row brings one; new values are added (in date order when the values were in date order).
std::vector<core::Node> importedNodes(const core::MapData& map, const ValueImportPlan& plan);

// Applies an ok() plan as one batch: one ChangeSet, all or nothing.
core::Status applyValueImport(core::Map& map, const ValueImportPlan& plan);

// "FILE:LINE: message", or "FILE: message" for a problem without a line.
std::string formatProblem(std::string_view file, const CsvProblem& problem);

} // namespace sightline::io
