#include "sightline/core/date.h"

#include <catch2/catch.hpp>
#include <string>

using sightline::core::Date;

namespace {
bool isLeap(int y) {
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}
int monthLength(int y, int m) {
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeap(y) ? 29 : days[m - 1];
}
} // namespace

TEST_CASE("Date::parse accepts real calendar dates", "[date]") {
    const auto d = Date::parse("2026-09-30");
    REQUIRE(d);
    CHECK(d->year() == 2026);
    CHECK(d->month() == 9);
    CHECK(d->day() == 30);

    CHECK(Date::parse("2024-02-29")); // leap year
    CHECK(Date::parse("2000-02-29")); // divisible by 400
    CHECK(Date::parse("0001-01-01"));
    CHECK(Date::parse("9999-12-31"));
    CHECK(Date::parse("2026-12-31"));
    CHECK(Date::parse("2026-04-30"));
}

TEST_CASE("Date::parse rejects impossible dates and malformed text", "[date]") {
    for (const char* text : {"2026-02-29",
                             "1900-02-29",
                             "2100-02-29",
                             "2026-13-01",
                             "2026-00-10",
                             "2026-01-00",
                             "2026-01-32",
                             "2026-04-31",
                             "2026-06-31",
                             "2026-09-31",
                             "2026-11-31",
                             "0000-01-01",
                             "2026-1-01",
                             "2026-01-1",
                             "26-01-01",
                             "2026-01-01 ",
                             " 2026-01-01",
                             "2026-01-01T00:00",
                             "2026-01-01x",
                             "2026/01/01",
                             "2026-01/01",
                             "20260101",
                             "",
                             "-026-01-01",
                             "+026-01-01",
                             "2026-+1-01",
                             "2026-0a-01",
                             "2026-01-0a",
                             "abcd-ef-gh",
                             "2026--1-01"}) {
        INFO(text);
        CHECK_FALSE(Date::parse(text));
    }
    // Embedded NUL: the length is right but the text is not a date.
    CHECK_FALSE(Date::parse(std::string_view("2026-01-0\0", 10)));
}

TEST_CASE("Date::parse follows the leap year rules for every year", "[date]") {
    for (int y = 1; y <= 9999; y += 1) {
        char text[16];
        std::snprintf(text, sizeof text, "%04d-02-29", y);
        INFO(text);
        REQUIRE(Date::parse(text).has_value() == isLeap(y));
    }
}

TEST_CASE("Date::fromYmd checks ranges", "[date]") {
    CHECK(Date::fromYmd(2026, 2, 28));
    CHECK_FALSE(Date::fromYmd(2026, 2, 29));
    CHECK_FALSE(Date::fromYmd(0, 1, 1));
    CHECK_FALSE(Date::fromYmd(10000, 1, 1));
    CHECK_FALSE(Date::fromYmd(2026, 0, 1));
    CHECK_FALSE(Date::fromYmd(2026, 13, 1));
    CHECK_FALSE(Date::fromYmd(2026, 1, 0));
    CHECK_FALSE(Date::fromYmd(2026, 1, -5));
    CHECK_FALSE(Date::fromYmd(-2026, 1, 1));
}

TEST_CASE("Date::toString writes YYYY-MM-DD with leading zeros", "[date]") {
    CHECK(Date::parse("2026-09-30")->toString() == "2026-09-30");
    CHECK(Date::fromYmd(7, 3, 4)->toString() == "0007-03-04");
    CHECK(Date::fromYmd(9999, 12, 31)->toString() == "9999-12-31");
    CHECK(Date().toString() == "1970-01-01");
}

TEST_CASE("Date::toDays counts days since 1970-01-01", "[date]") {
    CHECK(Date().toDays() == 0);
    CHECK(Date::parse("1970-01-02")->toDays() == 1);
    CHECK(Date::parse("1969-12-31")->toDays() == -1);
    CHECK(Date::parse("2000-03-01")->toDays() == 11017);
    CHECK(Date::parse("2026-01-01")->toDays() == 20454);
    CHECK(Date::parse("0001-01-01")->toDays() == -719162);
    CHECK(Date::parse("9999-12-31")->toDays() == 2932896);
    CHECK(Date::parse("2024-03-01")->toDays() - Date::parse("2024-02-28")->toDays() == 2);
    CHECK(Date::parse("2026-03-01")->toDays() - Date::parse("2026-02-28")->toDays() == 1);
}

TEST_CASE("Date days round trip over every day from year 1 to 9999", "[date]") {
    // Walk the calendar day by day and compare with the day count and the text.
    long long days = Date::parse("0001-01-01")->toDays();
    long long checked = 0;
    for (int y = 1; y <= 9999; ++y) {
        for (int m = 1; m <= 12; ++m) {
            for (int d = 1; d <= monthLength(y, m); ++d, ++days) {
                // Plain comparisons in the loop (millions of days); REQUIRE only on a mismatch.
                const auto date = Date::fromYmd(y, m, d);
                if (!date || date->toDays() != days || !(Date::fromDays(days) == *date) ||
                    date->addDays(1) != Date::fromDays(days + 1)) {
                    INFO(y << "-" << m << "-" << d << " day " << days);
                    FAIL("calendar and day count disagree");
                }
                if (d == 1 || d == 28) { // text round trip on a sample
                    if (Date::parse(date->toString()) != date)
                        FAIL("text round trip failed for " << date->toString());
                }
                ++checked;
            }
        }
    }
    CHECK(checked == 3652059);
    CHECK(days - 1 == Date::parse("9999-12-31")->toDays());
}

TEST_CASE("Date::addDays moves across months, years and leap days", "[date]") {
    CHECK(Date::parse("2024-02-28")->addDays(1).toString() == "2024-02-29");
    CHECK(Date::parse("2024-02-29")->addDays(1).toString() == "2024-03-01");
    CHECK(Date::parse("2026-12-31")->addDays(1).toString() == "2027-01-01");
    CHECK(Date::parse("2026-01-01")->addDays(-1).toString() == "2025-12-31");
    CHECK(Date::parse("2026-01-31")->addDays(-62).toString() == "2025-11-30");
    CHECK(Date::parse("2026-01-01")->addDays(365).toString() == "2027-01-01");
    CHECK(Date::parse("2024-01-01")->addDays(366).toString() == "2025-01-01");
}

TEST_CASE("Dates are ordered by calendar", "[date]") {
    const Date a = *Date::parse("2025-12-31");
    const Date b = *Date::parse("2026-01-01");
    const Date c = *Date::parse("2026-01-02");
    const Date d = *Date::parse("2026-02-01");
    CHECK(a < b);
    CHECK(b < c);
    CHECK(c < d);
    CHECK(a < d);
    CHECK_FALSE(b < a);
    CHECK(b == *Date::parse("2026-01-01"));
    CHECK(b != c);
    CHECK(d > a);
    CHECK(*Date::parse("0999-12-31") < *Date::parse("1000-01-01"));
    // Order agrees with day counts everywhere.
    for (long long x = -1000; x < 1000; x += 37)
        for (long long y = -1000; y < 1000; y += 41)
            REQUIRE((Date::fromDays(x) < Date::fromDays(y)) == (x < y));
}
