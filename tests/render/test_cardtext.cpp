#include "sightline/render/mapscene.h"
#include "sightline/render/measurecarditem.h"
#include "sightline/render/nodeitem.h"
#include "sightline/render/valueformat.h"
#include "testmaps.h"

#include <QFontMetricsF>
#include <catch2/catch.hpp>

using namespace sightline;
using core::NodeId;
using core::NodeKind;
using render::formatNumber;
using render::formatValue;
using render::NumberForm;
using rendertest::link;
using rendertest::node;

namespace {

const QString kEllipsis = QStringLiteral("…");

core::MapData cards(const std::string& unit, double value, double target, const std::string& title) {
    core::MapData d;
    d.teams.push_back({core::TeamId("fin"), "Finance", std::nullopt, ""});
    d.nodes.push_back(node("o", NodeKind::Objective, "Costs fall", "fin"));
    auto m = node("m", NodeKind::Measure, "", "fin");
    m.title = title;
    m.unit = unit;
    m.target = target;
    m.values.push_back({*core::Date::parse("2026-10-31"), value, ""});
    d.nodes.push_back(m);
    d.links.push_back(link("l", core::LinkKind::Measures, "m", "o"));
    d.positionsOf(core::ViewKind::Results)[NodeId("o")] = {0, 0};
    return d;
}

} // namespace

TEST_CASE("numbers are written whole: thousands separators, compact forms keep their unit",
          "[render][cards]") {
    CHECK(formatNumber(4800) == "4,800");
    CHECK(formatNumber(4812.5) == "4,812.5");
    CHECK(formatNumber(1234567.891) == "1,234,567.89");
    CHECK(formatNumber(96.5) == "96.5");
    CHECK(formatNumber(0.125) == "0.125");
    CHECK(formatNumber(-2500) == "-2,500");
    CHECK(formatNumber(0) == "0");
    CHECK(formatNumber(4800, NumberForm::Compact) == "4.8k");
    CHECK(formatNumber(12000, NumberForm::Compact) == "12.0k");
    CHECK(formatNumber(1250000, NumberForm::Compact) == "1.3M");
    CHECK(formatNumber(999960, NumberForm::Compact) == "1.0M"); // not "1,000.0k"
    CHECK(formatNumber(2.1e9, NumberForm::Compact) == "2.1bn");
    CHECK(formatNumber(96.54, NumberForm::Compact) == "96.5");
    CHECK(formatNumber(-4800, NumberForm::Compact) == "-4.8k");
    CHECK(formatNumber(4800, NumberForm::Short) == "5k");
    CHECK(formatNumber(12345, NumberForm::Short) == "12k");
    CHECK(formatNumber(456.7, NumberForm::Short) == "457");
    CHECK(formatValue(4800, "EUR k") == "4,800 EUR k");
    CHECK(formatValue(4800, "EUR k", NumberForm::Compact) == "4.8k EUR k");
    CHECK(formatValue(96.5, "%") == "96.5%");
    CHECK(formatValue(104, "") == "104");
}

TEST_CASE("a measure card never cuts a number: it shortens the form, then stacks, then shrinks",
          "[render][cards]") {
    struct Case {
        std::string unit;
        double value, target;
        QString value1, target1; // what the card shows
    };
    const Case cases[] = {
        {"h", 126, 60, "▲ 126 h", "target 60 h"},
        {"EUR k", 4812, 4800, "▲ 4,812 EUR k", "target 4,800 EUR k"},
        {"EUR", 12345678, 11000000, "▲ 12,345,678 EUR", "target 11,000,000 EUR"},
        {"per million hours", 5.3, 3, "▲ 5.3 per million hours", "target 3 per million hours"},
        {"machine hours between failures", 123456, 150000, "", ""},
    };
    for (const Case& c : cases) {
        CAPTURE(c.unit);
        core::Map map(cards(c.unit, c.value, c.target, "Cost"));
        render::MapScene scene(map, core::ViewKind::Results);
        auto* card = dynamic_cast<render::MeasureCardItem*>(scene.nodeItem(NodeId("m")));
        REQUIRE(card);
        const QString value = card->shownValue(), target = card->shownTarget();
        CAPTURE(value, target);
        CHECK_FALSE(value.contains(kEllipsis));
        CHECK_FALSE(target.contains(kEllipsis));
        CHECK(value.contains(QString::fromStdString(c.unit)));
        CHECK(target.contains(QString::fromStdString(c.unit)));
        if (!c.value1.isEmpty()) {
            // Whole or compact, never cut: the digits of the compact form or of the full one.
            CHECK(
                (value == c.value1 || value.contains(QLatin1Char('k')) || value.contains(QLatin1Char('M'))));
            CHECK((target == c.target1 || target.contains(QLatin1Char('k')) ||
                   target.contains(QLatin1Char('M'))));
        }
        // The card grows to hold what it shows: never smaller than planned.
        CHECK(card->size().height() >= scene.style().measureSize.height());
        // The whole title and the full numbers in the tooltip.
        CHECK(card->toolTip().contains(QStringLiteral("Cost")));
        CHECK(card->toolTip().contains(render::formatValue(c.target, QString::fromStdString(c.unit))));
    }
    // The card: "target 480..." was 4,800 EUR k.
    core::Map map(cards("EUR k", 4790, 4800, "Maintenance cost per machine hour"));
    render::MapScene scene(map, core::ViewKind::Results);
    auto* card = dynamic_cast<render::MeasureCardItem*>(scene.nodeItem(NodeId("m")));
    REQUIRE(card);
    CHECK((card->shownTarget() == "target 4,800 EUR k" || card->shownTarget() == "target 4.8k EUR k"));
    CHECK(card->numbersAtFullSize());
}

TEST_CASE("titles wrap to three lines; only a longer one is shortened, whole in the tooltip",
          "[render][cards]") {
    const std::string three = "Mean time between failures of the critical machines in the plant";
    const std::string longer =
        "Mean time between failures of the critical machines in the plant, counted per "
        "shift and per line, excluding planned stops and changeovers";
    for (bool full : {false, true}) {
        render::Style style;
        style.fullTitles = full;
        for (const std::string& title : {three, longer}) {
            CAPTURE(full, title);
            core::Map map(cards("h", 100, 120, title));
            render::MapScene scene(map, core::ViewKind::Results, style);
            auto* card = dynamic_cast<render::MeasureCardItem*>(scene.nodeItem(NodeId("m")));
            REQUIRE(card);
            const QStringList lines = card->shownTitle();
            CHECK(card->toolTip().startsWith(QString::fromStdString(title)));
            if (full || title == three) {
                // Whole: every word shown, nothing shortened.
                CHECK(lines.join(QLatin1Char(' ')) == QString::fromStdString(title));
                if (!full)
                    CHECK(lines.size() <= 3);
            } else {
                CHECK(lines.size() == 3);
                CHECK(lines.back().endsWith(kEllipsis));
            }
            // The card holds its lines and its value row.
            const QFontMetricsF fm(style.cardTitleFont);
            CHECK(card->size().height() >=
                  fm.lineSpacing() * lines.size() + QFontMetricsF(style.valueFont).lineSpacing());
        }
    }
    // Objectives too: three lines before anything is shortened, whole title in the tooltip.
    core::MapData d = cards("h", 1, 2, "x");
    d.nodes[0].title = "Customers reorder within ninety days of their first delivery of spare parts";
    core::Map map(d);
    render::MapScene scene(map, core::ViewKind::Results);
    CHECK(scene.nodeItem(NodeId("o"))->toolTip().startsWith(QString::fromStdString(d.nodes[0].title)));
}
