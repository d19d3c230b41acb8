// Quiet mode for brainstorming (issue 15): Pause findings hides the findings' markers and the
// Findings dock while the analysis goes on, and is remembered per map.
#include "docks/findingsdock.h"
#include "helpers.h"
#include "live/analysisrunner.h"
#include "quietmode.h"
#include "sightline/editor/insightcontroller.h"

#include <QAction>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <catch2/catch.hpp>

using namespace testing;
using namespace sightline;

namespace {

editor::InsightController& insight(Editor& e) {
    return *e.window->insight();
}

} // namespace

TEST_CASE("quiet mode pauses the findings' badges and dock while brainstorming, and resumes them") {
    Editor e(exampleMap());
    REQUIRE(e.waitForAnalysis());
    REQUIRE_FALSE(e.scene().findingMarks().empty()); // the example has findings
    QDockWidget* dock = insight(e).findingsDock();
    REQUIRE(dock->isVisible());
    QAction* pause = e.window->findChild<QAction*>(QStringLiteral("pauseFindings"));
    REQUIRE(pause);
    auto* status = e.window->findChild<QLabel*>(QStringLiteral("findingsStatus"));
    REQUIRE(status);

    pause->trigger();
    CHECK(e.scene().findingMarks().empty());
    CHECK_FALSE(dock->isVisible());
    CHECK(status->text().startsWith(QStringLiteral("Findings paused")));
    // Edits go on being analysed, without badges.
    REQUIRE(e.controller().renameNode(core::NodeId("o-maint-cost"),
                                      QStringLiteral("Maintenance cost per hour falls")));
    REQUIRE(e.waitForAnalysis());
    CHECK(e.scene().findingMarks().empty());

    pause->trigger();
    CHECK_FALSE(e.scene().findingMarks().empty());
    CHECK(dock->isVisible());
    CHECK_FALSE(status->text().startsWith(QStringLiteral("Findings paused")));
}

TEST_CASE("quiet mode is remembered per map") {
    editor::QuietMode quiet;
    QSignalSpy changes(&quiet, &editor::QuietMode::changed);
    quiet.setMap(QStringLiteral("/maps/brainstorm.rmap"));
    CHECK_FALSE(quiet.isOn());
    quiet.action()->trigger();
    CHECK(quiet.isOn());
    quiet.setMap(QStringLiteral("/maps/board.rmap"));
    CHECK_FALSE(quiet.isOn());
    quiet.setMap(QString()); // an untitled map starts loud
    CHECK_FALSE(quiet.isOn());
    quiet.setMap(QStringLiteral("/maps/brainstorm.rmap"));
    CHECK(quiet.isOn());
    CHECK(changes.count() == 1); // only the user's click
    {
        editor::QuietMode nextSession; // QSettings keep it
        nextSession.setMap(QStringLiteral("/maps/brainstorm.rmap"));
        CHECK(nextSession.isOn());
    }
    quiet.action()->trigger();
    editor::QuietMode again;
    again.setMap(QStringLiteral("/maps/brainstorm.rmap"));
    CHECK_FALSE(again.isOn());
}
