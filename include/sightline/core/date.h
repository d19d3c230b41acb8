#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace sightline::core {

// A calendar date (proleptic Gregorian), as written "YYYY-MM-DD" in map files.
class Date {
public:
    Date() = default;

    // Strict "YYYY-MM-DD" with a real calendar day; nullopt otherwise.
    static std::optional<Date> parse(std::string_view text);
    static std::optional<Date> fromYmd(int year, int month, int day);
    static Date fromDays(long long daysSinceEpoch);

    int year() const { return year_; }
    int month() const { return month_; }
    int day() const { return day_; }

    // Days since 1970-01-01.
    long long toDays() const;
    Date addDays(long long days) const { return fromDays(toDays() + days); }
    std::string toString() const;

    friend bool operator==(const Date&, const Date&) = default;
    friend auto operator<=>(const Date&, const Date&) = default;

private:
    Date(int y, int m, int d) : year_(y), month_(m), day_(d) {}
    int year_ = 1970;
    int month_ = 1;
    int day_ = 1;
};

} // namespace sightline::core
