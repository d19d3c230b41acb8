#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace sightline::io {

// One record of a CSV file and the line (1-based) on which it starts.
struct CsvRecord {
    std::size_t line = 0;
    std::vector<std::string> fields;
};

// A problem with the file itself, at a line (0: about the whole file).
struct CsvProblem {
    std::size_t line = 0;
    std::string message;
};

// A CSV file read whole: the header is records.front() (when there is one).
struct CsvTable {
    char separator = ',';
    std::vector<CsvRecord> records;
    std::vector<CsvProblem> errors; // when not empty, records are not to be used

    bool ok() const { return errors.empty(); }
};

// Reads CSV text (RFC 4180): fields in double quotes may hold separators, line breaks and doubled
// quotes (""); CRLF, LF and CR end a record; a UTF-8 byte-order mark is skipped; blank lines are
// skipped. The separator is ';' when the first record (the header) holds a ';' outside quotes,
// else ','. The text must be UTF-8. Errors name the line: an unclosed quote (where it opened), a
// quote inside an unquoted field, text after a closing quote, bytes that are not UTF-8.
CsvTable readCsv(std::string_view text);

} // namespace sightline::io
