// The facilitator's keyboard: capture a map with every dock open, typing into whatever has the
// keyboard (as a person does), never into a dock by accident.
#include "helpers.h"
#include "newnodeplacement.h"
#include "sightline/editor/documentcontroller.h"
#include "sightline/editor/viewcontroller.h"
#include "titletags.h"

#include <QApplication>
#include <QDockWidget>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <catch2/catch.hpp>

using namespace testing;
using sightline::core::LinkKind;
using sightline::core::NodeId;
using sightline::core::NodeKind;

namespace {

void showEveryDock(editor::MainWindow& w) {
    for (QDockWidget* d : w.findChildren<QDockWidget*>())
        d->show();
    QApplication::processEvents();
}

// Keys go to the widget that has the keyboard, wherever that is.
void press(int key, Qt::KeyboardModifiers mods = {}) {
    QWidget* f = QApplication::focusWidget();
    REQUIRE(f);
    QTest::keyClick(f, static_cast<Qt::Key>(key), mods);
}

void type(const QString& text) {
    QWidget* f = QApplication::focusWidget();
    REQUIRE(f);
    QTest::keyClicks(f, text);
}

bool focusOnCanvas(editor::MainWindow& w) {
    return w.canvas() && QApplication::focusWidget() == w.canvas();
}

const core::Link* drives(const core::Map& map, const std::string& from, const std::string& to) {
    const core::Node* a = nullptr;
    const core::Node* b = nullptr;
    for (const core::Node& n : map.nodes()) {
        if (n.title == from)
            a = &n;
        if (n.title == to)
            b = &n;
    }
    return a && b ? map.findLink(LinkKind::Drives, a->id, b->id) : nullptr;
}

// Answers the next question box with Yes (or No) once it shows.
void answerNextQuestion(bool yes) {
    auto* timer = new QTimer;
    auto tries = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, [timer, tries, yes] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            box->button(yes ? QMessageBox::Yes : QMessageBox::No)->click();
            timer->deleteLater();
        } else if (++*tries > 200) {
            timer->deleteLater();
        }
    });
    timer->start(10);
}

} // namespace

TEST_CASE("the workshop capture sequence with every dock open gives exactly what was typed") {
    core::MapData empty;
    empty.properties.title = "Workshop";
    Editor e(std::move(empty));
    showEveryDock(*e.window);
    QApplication::setActiveWindow(e.window.get());
    REQUIRE(QTest::qWaitForWindowActive(e.window.get()));
    e.canvas().setFocus();

    press(Qt::Key_N, Qt::ControlModifier); // a new map
    REQUIRE(e.window->workspace());
    REQUIRE(e.map().nodes().empty());
    REQUIRE(focusOnCanvas(*e.window));
    const std::pair<std::pair<int, Qt::KeyboardModifiers>, const char*> steps[] = {
        {{Qt::Key_1, Qt::ControlModifier}, "Customers reorder"},
        {{Qt::Key_Return, Qt::NoModifier}, "Orders ship on time"},
        {{Qt::Key_Return, Qt::ShiftModifier}, "Quotes are right first time"},
        {{Qt::Key_Return, Qt::NoModifier}, "Sales engineers know the prices"},
        {{Qt::Key_Return, Qt::ShiftModifier}, "Price list is current"},
    };
    for (const auto& [key, title] : steps) {
        press(key.first, key.second);
        REQUIRE(e.canvas().isEditingTitle());
        REQUIRE(QApplication::focusWidget() == e.canvas().titleEditor());
        type(QString::fromUtf8(title));
        press(Qt::Key_Return);
        REQUIRE_FALSE(e.canvas().isEditingTitle());
        QApplication::processEvents(); // the docks refresh after the edit
        QTest::qWait(0);
        INFO("after " << title);
        REQUIRE(focusOnCanvas(*e.window));
    }
    const core::Map& map = e.map();
    REQUIRE(map.nodes().size() == 5);
    for (std::size_t i = 0; i < 5; ++i)
        CHECK(map.nodes()[i].title == steps[i].second);
    CHECK(map.nodes()[0].goal); // the first result is the map's top goal
    REQUIRE(map.links().size() == 4);
    CHECK(drives(map, "Orders ship on time", "Customers reorder"));
    CHECK(drives(map, "Quotes are right first time", "Customers reorder"));
    CHECK(drives(map, "Sales engineers know the prices", "Quotes are right first time"));
    CHECK(drives(map, "Price list is current", "Quotes are right first time"));
    CHECK_FALSE(editor::drawnBoxesOverlap(e.scene()));
    // The docks were shown throughout and none of them took a keystroke.
    for (QDockWidget* d : e.window->findChildren<QDockWidget*>())
        CHECK(d->isVisible());
    // The untitled map Ctrl+N made is not left behind for recovery.
    e.window->documents().closeDocument(editor::DocumentController::CloseUntitled::Discard);
}

TEST_CASE("typing on a selected node renames it; Escape keeps what was typed; focus comes back") {
    Editor e(smallMap());
    showEveryDock(*e.window);
    e.canvas().setFocus();
    e.scene().selectNodes({NodeId("a")});
    // Every key goes to the canvas, as fast typing might before the field takes the keyboard:
    // the first one opens the title, the rest go into it.
    QTest::keyClicks(&e.canvas(), QStringLiteral("Scrap"));
    REQUIRE(e.canvas().isEditingTitle());
    QLineEdit* edit = e.canvas().titleEditor();
    CHECK(edit->text() == QStringLiteral("Scrap"));
    QTest::keyClicks(edit, QStringLiteral(" falls"));
    QTest::keyClick(edit, Qt::Key_Escape);
    CHECK_FALSE(e.canvas().isEditingTitle());
    CHECK(e.map().node(NodeId("a"))->title == "Scrap falls");
    CHECK(e.canvas().hasFocus());
    // One undo step takes it back.
    e.undo().undo();
    CHECK(e.map().node(NodeId("a"))->title == "Plant downtime falls");
}

TEST_CASE("arrows select the nearest node that way; Ctrl+arrows move the selection") {
    Editor e(smallMap()); // a at (-250, 0), b at (250, -50), m under a
    e.scene().selectNodes({NodeId("a")});
    QTest::keyClick(&e.canvas(), Qt::Key_Right);
    CHECK(e.scene().selectedNodeIds() == std::vector<NodeId>{NodeId("b")});
    QTest::keyClick(&e.canvas(), Qt::Key_Left);
    CHECK(e.scene().selectedNodeIds() == std::vector<NodeId>{NodeId("a")});
    QTest::keyClick(&e.canvas(), Qt::Key_Down);
    CHECK(e.scene().selectedNodeIds() == std::vector<NodeId>{NodeId("m")});
    QTest::keyClick(&e.canvas(), Qt::Key_Up);
    CHECK(e.scene().selectedNodeIds() == std::vector<NodeId>{NodeId("a")});
    QTest::keyClick(&e.canvas(), Qt::Key_Up); // nothing above: the selection stays
    CHECK(e.scene().selectedNodeIds() == std::vector<NodeId>{NodeId("a")});
    // Nothing moved so far.
    CHECK(e.map().position(core::ViewKind::Results, NodeId("a"))->x == Approx(-250));

    e.scene().selectNodes({NodeId("b")});
    QTest::keyClick(&e.canvas(), Qt::Key_Right, Qt::ControlModifier);
    QTest::keyClick(&e.canvas(), Qt::Key_Down, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(e.map().position(core::ViewKind::Results, NodeId("b"))->x == Approx(270));
    CHECK(e.map().position(core::ViewKind::Results, NodeId("b"))->y == Approx(50));
}

TEST_CASE("inline tags: @Team sets the team, #owner the owner; a new team is offered") {
    core::MapData d = smallMap();
    d.teams.push_back({core::TeamId("ops"), "Plant Operations", core::TeamId("org"), ""});
    Editor e(std::move(d));
    e.scene().selectNodes({NodeId("b")});
    QTest::keyClick(&e.canvas(), Qt::Key_Return);
    REQUIRE(e.canvas().isEditingTitle());
    QTest::keyClicks(e.canvas().titleEditor(), QStringLiteral("Scrap rate falls @plant operations #Dana"));
    QTest::keyClick(e.canvas().titleEditor(), Qt::Key_Return);
    const core::Node& n = e.map().nodes().back();
    CHECK(n.title == "Scrap rate falls");
    CHECK(n.team == core::TeamId("ops"));
    CHECK(n.owner == core::PersonId("dl"));

    // A team the map does not have: asked, created under the node's team, one undo step.
    const std::size_t teams = e.map().teams().size();
    const int steps = e.undo().count();
    e.scene().selectNodes({n.id});
    QTest::keyClick(&e.canvas(), Qt::Key_F2);
    QTest::keyClick(e.canvas().titleEditor(), Qt::Key_End);
    answerNextQuestion(true);
    QTest::keyClicks(e.canvas().titleEditor(), QStringLiteral(" @Quality"));
    QTest::keyClick(e.canvas().titleEditor(), Qt::Key_Return);
    REQUIRE(e.map().teams().size() == teams + 1);
    CHECK(e.map().teams().back().name == "Quality");
    CHECK(e.map().teams().back().parent == core::TeamId("ops"));
    CHECK(e.map().nodes().back().team == e.map().teams().back().id);
    CHECK(e.map().nodes().back().title == "Scrap rate falls");
    CHECK(e.undo().count() == steps + 1);
    e.undo().undo();
    CHECK(e.map().teams().size() == teams);
    CHECK(e.map().nodes().back().team == core::TeamId("ops"));

    // Declined: the title is kept without the tag, the team stays.
    e.scene().selectNodes({e.map().nodes().back().id});
    QTest::keyClick(&e.canvas(), Qt::Key_F2);
    QTest::keyClick(e.canvas().titleEditor(), Qt::Key_End);
    answerNextQuestion(false);
    QTest::keyClicks(e.canvas().titleEditor(), QStringLiteral(" @Nowhere"));
    QTest::keyClick(e.canvas().titleEditor(), Qt::Key_Return);
    CHECK(e.map().teams().size() == teams);
    CHECK(e.map().nodes().back().team == core::TeamId("ops"));
}

TEST_CASE("title tags are parsed from the words after @ and #") {
    core::MapData d = smallMap();
    d.teams.push_back({core::TeamId("cs"), "Customer Service", core::TeamId("org"), ""});
    d.teams.push_back({core::TeamId("c"), "Customer", core::TeamId("org"), ""});
    core::Map map(d);
    auto t = editor::parseTitleTags(QStringLiteral("Calls answered @customer service in 20 s"), map);
    CHECK(t.title == QStringLiteral("Calls answered in 20 s"));
    CHECK(t.team == core::TeamId("cs")); // the longest name wins
    t = editor::parseTitleTags(QStringLiteral("#1 priority: uptime #dana lee"), map);
    CHECK(t.title == QStringLiteral("#1 priority: uptime")); // # before a digit is no tag
    CHECK(t.owner == core::PersonId("dl"));
    t = editor::parseTitleTags(QStringLiteral("Stock is accurate @Warehouse #Sam."), map);
    CHECK(t.title == QStringLiteral("Stock is accurate ."));
    CHECK(t.newTeam == QStringLiteral("Warehouse"));
    CHECK(t.newOwner == QStringLiteral("Sam"));
    t = editor::parseTitleTags(QStringLiteral("mail@example.org is read"), map);
    CHECK(t.title == QStringLiteral("mail@example.org is read"));
    CHECK_FALSE(t.team);
}

TEST_CASE("fifty quick entries in a row: no box or card lands on another, in every view") {
    for (core::ViewKind view :
         {core::ViewKind::Results, core::ViewKind::Strategy, core::ViewKind::Hierarchy}) {
        core::MapData d;
        d.properties.title = "Workshop";
        d.perspectives.push_back({core::PerspectiveId("fin"), "Financial"});
        d.perspectives.push_back({core::PerspectiveId("cus"), "Customer"});
        Editor e(std::move(d));
        showEveryDock(*e.window);
        e.window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(e.window.get()));
        e.window->views().showView(view);
        e.window->views().waitUntilIdle();
        e.canvas().setFocus();
        unsigned seed = 12345;
        auto next = [&seed](unsigned n) {
            seed = seed * 1103515245u + 12345u;
            return (seed >> 16) % n;
        };
        int made = 0;
        for (int step = 0; made < 50 && step < 400; ++step) {
            const unsigned op = e.map().nodes().empty() ? 9 : next(10);
            const std::size_t before = e.map().nodes().size();
            if (op >= 6 && op <= 7) { // pick another result, as a click would
                std::vector<NodeId> results;
                for (const core::Node& n : e.map().nodes())
                    if (n.kind == NodeKind::Objective)
                        results.push_back(n.id);
                e.scene().selectNodes({results[next(static_cast<unsigned>(results.size()))]});
                continue;
            }
            if (op == 8) { // walk with the arrows
                const int keys[] = {Qt::Key_Left, Qt::Key_Right, Qt::Key_Up, Qt::Key_Down};
                QTest::keyClick(&e.canvas(), static_cast<Qt::Key>(keys[next(4)]));
                continue;
            }
            const auto selected = e.scene().selectedNodeIds();
            const bool onResult =
                selected.size() == 1 && e.map().node(selected.front())->kind == NodeKind::Objective;
            if (op <= 2 || op == 9)
                QTest::keyClick(&e.canvas(), Qt::Key_Return);
            else if (op <= 4)
                QTest::keyClick(&e.canvas(), Qt::Key_Return, Qt::ShiftModifier);
            else if (onResult)
                QTest::keyClick(&e.canvas(), next(2) ? Qt::Key_2 : Qt::Key_3, Qt::ControlModifier);
            else
                QTest::keyClick(&e.canvas(), Qt::Key_1, Qt::ControlModifier);
            REQUIRE(e.map().nodes().size() == before + 1);
            REQUIRE(e.canvas().isEditingTitle());
            QTest::keyClicks(e.canvas().titleEditor(), QStringLiteral("Result %1").arg(++made));
            QTest::keyClick(e.canvas().titleEditor(), Qt::Key_Return);
            INFO("view " << static_cast<int>(view) << ", entry " << made);
            REQUIRE_FALSE(editor::drawnBoxesOverlap(e.scene()));
        }
        CHECK(made == 50);
    }
}
