// Measures over time in the editor: the Measure dock with its undoable edits (limits, approvals), and File >
// Import values with its previews and one undo step.
#include "docks/measuredock.h"
#include "docks/propertiesdock.h"
#include "docks/xmrchartwidget.h"
#include "helpers.h"
#include "importvaluesdialog.h"
#include "sightline/render/measurestatus.h"
#include "sightline/render/nodecolours.h"
#include "sightline/render/xmrchart.h"
#include "sightline/storage/localuser.h"
#include "ui_importvaluesdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <algorithm>
#include <catch2/catch.hpp>
#include <utility>

using namespace testing;
using sightline::core::NodeId;
using sightline::editor::ImportValuesDialog;
using sightline::editor::MeasureDock;

namespace {

MeasureDock& measureDock(Editor& e) {
    auto* dock = e.window->findChild<MeasureDock*>();
    REQUIRE(dock);
    return *dock;
}

void select(Editor& e, const char* id) {
    e.scene().selectNodes({NodeId(id)});
    QApplication::processEvents();
}

// Clicks the chart's point `i` as a user would.
void clickPoint(MeasureDock& dock, std::size_t i) {
    const auto g = dock.chart()->geometry();
    REQUIRE(i < g.points.size());
    QTest::mouseClick(dock.chart(), Qt::LeftButton, {}, g.points[i].toPoint());
}

QString writeFile(const QTemporaryDir& dir, const char* name, const QByteArray& text) {
    const QString path = dir.filePath(QString::fromLatin1(name));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(text);
    return path;
}

} // namespace

TEST_CASE("the Measure dock shows the chart of the selected measure", "[editor][measures]") {
    Editor e(exampleMap());
    MeasureDock& dock = measureDock(e);
    CHECK(dock.isVisible());
    CHECK_FALSE(dock.measure());
    select(e, "m-downtime");
    REQUIRE(dock.measure() == NodeId("m-downtime"));
    const sightline::core::Node& n = *e.map().node(NodeId("m-downtime"));
    CHECK(dock.chart()->chart().points.size() == n.values.size());
    CHECK(dock.chart()->geometry().points.size() == n.values.size());
    CHECK(dock.summary()->text().contains(QStringLiteral("Latest value")));
    // Another measure, then a result: the dock follows the selection.
    select(e, "m-oee");
    CHECK(dock.measure() == NodeId("m-oee"));
    CHECK(dock.chart()->chart().points.size() == e.map().node(NodeId("m-oee"))->values.size());
    select(e, "o-downtime");
    CHECK_FALSE(dock.measure());
    CHECK(dock.chart()->chart().points.empty());
    CHECK_FALSE(dock.recalculateButton()->isEnabled());
}

TEST_CASE("Better when takes the first letter typed (type-ahead), each choice one undo step",
          "[editor][measures]") {
    Editor e(exampleMap());
    auto* dock = e.window->findChild<sightline::editor::PropertiesDock*>();
    REQUIRE(dock);
    select(e, "m-downtime");
    using sightline::core::Direction;
    const int steps = e.undo().count();
    for (const auto& [key, direction] :
         {std::pair{Qt::Key_H, Direction::Up}, std::pair{Qt::Key_C, Direction::Target},
          std::pair{Qt::Key_L, Direction::Down}}) {
        auto* box = qobject_cast<QComboBox*>(dock->field(QStringLiteral("direction")));
        REQUIRE(box);
        box->setFocus();
        QTest::keyClick(box, key);
        QApplication::processEvents(); // the dock shows the model's new state
        CHECK(e.map().node(NodeId("m-downtime"))->direction == direction);
    }
    CHECK(e.undo().count() == steps + 3);
}

TEST_CASE("Properties shows a measure's status from its XmR chart", "[editor][measures]") {
    Editor e(exampleMap());
    auto* dock = e.window->findChild<sightline::editor::PropertiesDock*>();
    REQUIRE(dock);
    select(e, "m-downtime");
    auto* status = dock->findChild<QLabel*>(QStringLiteral("measureStatus"));
    REQUIRE(status);
    const sightline::core::Node& n = *e.map().node(NodeId("m-downtime"));
    const auto standing = sightline::render::measureStanding(n, e.map().settings());
    REQUIRE(standing.basis == sightline::render::StatusBasis::Xmr);
    CHECK(status->text().contains(sightline::render::statusLabel(standing.status)));
    CHECK(status->text().contains(QStringLiteral("Against the target: ") +
                                  sightline::render::capabilityLabel(standing.summary.capability).toLower()));
    // Two values only: the latest value against the target, and it says so.
    sightline::core::Node few = n;
    few.values.resize(2);
    few.xmr = {};
    REQUIRE(e.map().updateNode(few));
    QApplication::processEvents();
    status = dock->findChild<QLabel*>(QStringLiteral("measureStatus"));
    REQUIRE(status);
    CHECK(status->text().contains(QStringLiteral("too few values for limits")));
}

TEST_CASE("Recalculate limits from here adds a break as one undo step", "[editor][measures]") {
    Editor e(exampleMap());
    MeasureDock& dock = measureDock(e);
    select(e, "m-downtime");
    const sightline::core::Node before = *e.map().node(NodeId("m-downtime"));
    REQUIRE(before.values.size() >= 12);
    REQUIRE(before.xmr.breaks.empty());
    CHECK_FALSE(dock.recalculateButton()->isEnabled()); // nothing chosen yet
    clickPoint(dock, 6);
    REQUIRE(dock.chart()->selected() == 6u);
    const sightline::core::Date at = dock.chart()->chart().points[6].date;
    REQUIRE(dock.recalculateButton()->isEnabled());
    const int steps = e.undo().count();
    QTest::mouseClick(dock.recalculateButton(), Qt::LeftButton);
    QApplication::processEvents();
    const sightline::core::Node after = *e.map().node(NodeId("m-downtime"));
    CHECK(after.xmr.breaks == std::vector<sightline::core::Date>{at});
    CHECK(e.undo().count() == steps + 1);
    REQUIRE(dock.chart()->chart().segments.size() == 2);
    CHECK(dock.chart()->chart().segments[1].start == at);
    // The first value cannot start new limits.
    clickPoint(dock, 0);
    CHECK_FALSE(dock.recalculateButton()->isEnabled());

    e.undo().undo();
    CHECK(*e.map().node(NodeId("m-downtime")) == before);
    QApplication::processEvents();
    CHECK(dock.chart()->chart().segments.size() == 1);
    e.undo().redo();
    CHECK(*e.map().node(NodeId("m-downtime")) == after);

    // On a value that starts a segment the button joins the limits again.
    QApplication::processEvents();
    clickPoint(dock, 6);
    CHECK(dock.recalculateButton()->text() == QStringLiteral("Join the limits before"));
    QTest::mouseClick(dock.recalculateButton(), Qt::LeftButton);
    CHECK(e.map().node(NodeId("m-downtime"))->xmr.breaks.empty());
    e.undo().undo();
    CHECK(*e.map().node(NodeId("m-downtime")) == after);
}

TEST_CASE("Approve names the person with the user's login, and withdrawing is one undo step too",
          "[editor][measures]") {
    sightline::core::MapData data = exampleMap();
    const auto tanaka = std::find_if(data.people.begin(), data.people.end(),
                                     [](const auto& p) { return p.id.str() == "p-tanaka"; });
    REQUIRE(tanaka != data.people.end());
    tanaka->login = sightline::storage::localUserName().toStdString();
    Editor e(std::move(data));
    MeasureDock& dock = measureDock(e);
    select(e, "m-downtime");
    const sightline::core::Node before = *e.map().node(NodeId("m-downtime"));
    CHECK_FALSE(dock.approveButton()->isEnabled()); // nothing chosen yet
    clickPoint(dock, 3);
    const sightline::core::Date at = dock.chart()->chart().points[3].date;
    REQUIRE(before.valueOn(at));
    REQUIRE_FALSE(before.valueOn(at)->approvedBy);
    REQUIRE(dock.approveButton()->isEnabled());
    CHECK(dock.approveButton()->text() == QStringLiteral("Approve"));

    const int steps = e.undo().count();
    QTest::mouseClick(dock.approveButton(), Qt::LeftButton);
    const sightline::core::Node approved = *e.map().node(NodeId("m-downtime"));
    REQUIRE(approved.valueOn(at)->approvedBy);
    CHECK(approved.valueOn(at)->approvedBy->str() == "p-tanaka");
    const QDate today = QDate::currentDate();
    CHECK(approved.valueOn(at)->approvedOn ==
          sightline::core::Date::fromYmd(today.year(), today.month(), today.day()));
    CHECK(approved.valueOn(at)->value == before.valueOn(at)->value);
    CHECK(approved.values.size() == before.values.size());
    CHECK(e.undo().count() == steps + 1);
    CHECK(e.undo().undoText().startsWith(QStringLiteral("Approve value")));
    QApplication::processEvents();
    CHECK(dock.approveButton()->text() == QStringLiteral("Withdraw approval"));
    CHECK(dock.approveButton()->toolTip().contains(QString::fromStdString(tanaka->name)));

    QTest::mouseClick(dock.approveButton(), Qt::LeftButton);
    CHECK_FALSE(e.map().node(NodeId("m-downtime"))->valueOn(at)->approvedBy);
    CHECK_FALSE(e.map().node(NodeId("m-downtime"))->valueOn(at)->approvedOn);
    CHECK(e.undo().count() == steps + 2);
    e.undo().undo();
    CHECK(*e.map().node(NodeId("m-downtime")) == approved);
    e.undo().undo();
    CHECK(*e.map().node(NodeId("m-downtime")) == before);
}

TEST_CASE("Approve asks whom to approve as when nobody in the map has the user's login, once",
          "[editor][measures]") {
    Editor e(exampleMap());
    REQUIRE_FALSE(e.map().personWithLogin(sightline::storage::localUserName().toStdString()));
    MeasureDock& dock = measureDock(e);
    select(e, "m-downtime");
    clickPoint(dock, 2);
    const sightline::core::Date at = dock.chart()->chart().points[2].date;
    const sightline::core::Person& second = e.map().people()[1];
    int asked = 0;
    const auto answer = [&](bool accept) {
        QTimer::singleShot(0, [&, accept] {
            auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
            REQUIRE(dialog);
            ++asked;
            CHECK(dialog->comboBoxItems().contains(QString::fromStdString(second.name)));
            dialog->setTextValue(QString::fromStdString(second.name));
            accept ? dialog->accept() : dialog->reject();
        });
    };
    // Cancelled: nothing changes.
    const int steps = e.undo().count();
    answer(false);
    CHECK_FALSE(dock.approveChosen());
    CHECK(asked == 1);
    CHECK(e.undo().count() == steps);
    CHECK_FALSE(e.map().node(NodeId("m-downtime"))->valueOn(at)->approvedBy);

    answer(true);
    REQUIRE(dock.approveChosen());
    CHECK(asked == 2);
    CHECK(e.map().node(NodeId("m-downtime"))->valueOn(at)->approvedBy == second.id);
    // The next approval in this session is made as the same person, without asking.
    clickPoint(dock, 4);
    const sightline::core::Date next = dock.chart()->chart().points[4].date;
    REQUIRE(dock.approveChosen());
    CHECK(asked == 2);
    CHECK(e.map().node(NodeId("m-downtime"))->valueOn(next)->approvedBy == second.id);
}

TEST_CASE("Lock limits on the first N values is one undo step", "[editor][measures]") {
    Editor e(exampleMap());
    MeasureDock& dock = measureDock(e);
    select(e, "m-oee");
    const sightline::core::Node before = *e.map().node(NodeId("m-oee"));
    REQUIRE_FALSE(before.xmr.baselinePoints);
    CHECK_FALSE(dock.lockBox()->isChecked());
    dock.lockCount()->setValue(8); // not locked yet: no edit
    CHECK(*e.map().node(NodeId("m-oee")) == before);
    const int steps = e.undo().count();
    dock.lockBox()->click();
    QApplication::processEvents();
    const sightline::core::Node after = *e.map().node(NodeId("m-oee"));
    CHECK(after.xmr.baselinePoints == 8);
    CHECK(e.undo().count() == steps + 1);
    REQUIRE(dock.chart()->chart().hasLimits());
    CHECK(dock.chart()->chart().segments[0].baseline == 8u);
    CHECK(dock.lockBox()->isChecked());

    e.undo().undo();
    CHECK(*e.map().node(NodeId("m-oee")) == before);
    QApplication::processEvents();
    CHECK_FALSE(dock.lockBox()->isChecked());
    CHECK(dock.chart()->chart().segments[0].baseline == before.values.size());
    e.undo().redo();
    CHECK(*e.map().node(NodeId("m-oee")) == after);

    // A read-only map offers neither edit.
    e.document().setReadOnly(true);
    dock.rebuild();
    CHECK_FALSE(dock.lockBox()->isEnabled());
    CHECK_FALSE(dock.recalculateButton()->isEnabled());
}

TEST_CASE("Import values previews the rows and the changes and applies them as one undo step",
          "[editor][measures]") {
    Editor e(exampleMap());
    QTemporaryDir dir;
    const sightline::core::Node downtime = *e.map().node(NodeId("m-downtime"));
    const sightline::core::MeasureValue last = downtime.values.back();
    const std::string lastDate = last.date.toString();
    // A spreadsheet with its own column names, ';' and decimal commas: one value replaced, two added.
    const QByteArray csv =
        QByteArray("Month;KPI;Result;Comment\n") + lastDate.c_str() +
        ";m-downtime;99,5;re-counted\n2030-01-31;m-downtime;97;\n2030-01-31;m-oee;81,25;\n";
    ImportValuesDialog dialog(e.document(), e.window.get());
    REQUIRE(dialog.loadFile(writeFile(dir, "values.csv", csv)));
    auto& ui = dialog.ui();
    REQUIRE(ui.rowsTable->rowCount() == 3);
    CHECK(ui.rowsTable->item(0, 0)->text() == QStringLiteral("2")); // the line each row starts on
    // Unknown column names: nothing can be planned until the columns are mapped.
    CHECK_FALSE(dialog.errors().isEmpty());
    CHECK_FALSE(ui.buttons->button(QDialogButtonBox::Ok)->isEnabled());
    ui.measureColumn->setCurrentIndex(ui.measureColumn->findText(QStringLiteral("KPI")));
    ui.dateColumn->setCurrentIndex(ui.dateColumn->findText(QStringLiteral("Month")));
    ui.valueColumn->setCurrentIndex(ui.valueColumn->findText(QStringLiteral("Result")));
    ui.noteColumn->setCurrentIndex(ui.noteColumn->findText(QStringLiteral("Comment")));
    INFO(ui.problemsLabel->text().toStdString());
    REQUIRE(dialog.errors().isEmpty());
    REQUIRE(ui.changesTable->rowCount() == 3);
    CHECK(dialog.plan().measureCount() == 2);
    CHECK(ui.buttons->button(QDialogButtonBox::Ok)->isEnabled());
    // The replaced value shows what it was.
    bool replaced = false;
    for (const auto& v : dialog.plan().values)
        if (v.measure == NodeId("m-downtime") && v.date == last.date) {
            replaced = true;
            REQUIRE(v.replaced);
            CHECK(v.replaced->value == last.value);
            CHECK(v.value == 99.5);
        }
    CHECK(replaced);
    CHECK(ui.changesLabel->text() ==
          QStringLiteral("Changes to the map: 2 values added, 1 replaced, in 2 measures"));

    const auto nodesBefore = e.map().nodes();
    const int steps = e.undo().count();
    REQUIRE(dialog.apply());
    CHECK(e.undo().count() == steps + 1);
    const sightline::core::Node& now = *e.map().node(NodeId("m-downtime"));
    CHECK(now.values.size() == downtime.values.size() + 1);
    CHECK(now.valueOn(last.date)->value == 99.5);
    CHECK(now.valueOn(last.date)->note == "re-counted");
    CHECK(e.map().node(NodeId("m-oee"))->valueOn(*sightline::core::Date::parse("2030-01-31"))->value ==
          81.25);
    e.undo().undo();
    CHECK(e.map().nodes() == nodesBefore);
}

TEST_CASE("Import values names every bad row and changes nothing", "[editor][measures]") {
    Editor e(exampleMap());
    QTemporaryDir dir;
    const QByteArray csv = "measure,date,value\nm-downtime,2030-01-31,ninety\nno-such-measure,2030-01-31,4\n"
                           "m-downtime,31/01/2030,5\n";
    ImportValuesDialog dialog(e.document(), e.window.get());
    REQUIRE(dialog.loadFile(writeFile(dir, "bad.csv", csv)));
    const QStringList errors = dialog.errors();
    REQUIRE(errors.size() == 3);
    CHECK(errors[0].startsWith(QStringLiteral("bad.csv:2:")));
    CHECK(errors[1].startsWith(QStringLiteral("bad.csv:3:")));
    CHECK(errors[2].startsWith(QStringLiteral("bad.csv:4:")));
    CHECK(dialog.ui().problemsLabel->text().contains(QStringLiteral("bad.csv:3:")));
    CHECK_FALSE(dialog.ui().buttons->button(QDialogButtonBox::Ok)->isEnabled());
    const auto nodesBefore = e.map().nodes();
    CHECK_FALSE(dialog.apply());
    CHECK(e.map().nodes() == nodesBefore);
    CHECK(e.undo().count() == 0);
}
