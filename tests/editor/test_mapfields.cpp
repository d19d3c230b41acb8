// The map's own fields in the docks: perspectives and analysis thresholds in the Properties
// dock (nothing selected), a person's name, team, email and role in Teams and people. Every
// edit is typed or clicked into the real widgets; each is one undo step; bad input is refused
// with a message and the map stays as it was.
#include "docks/personform.h"
#include "docks/propertiesdock.h"
#include "docks/teamsdock.h"
#include "helpers.h"
#include "sightline/storage/rmapdocument.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <catch2/catch.hpp>

using namespace testing;
using sightline::core::PerspectiveId;
using sightline::editor::PropertiesDock;

namespace {

struct MapForm {
    explicit MapForm(Editor& e) : editor(e), dock(e.window->findChild<PropertiesDock*>()) {
        QObject::connect(&e.document(), &editor::Document::errorOccurred, &e.document(),
                         [this](const QString& m) { messages << m; });
        e.scene().clearSelection();
        settle();
    }
    void settle() { QApplication::processEvents(); } // the dock rebuilds its form on a zero timer
    QListWidget* list() { return qobject_cast<QListWidget*>(dock->field(QStringLiteral("perspectives"))); }
    QPushButton* button(const char* name) { return dock->findChild<QPushButton*>(QLatin1String(name)); }
    QLineEdit* text(const char* key) { return qobject_cast<QLineEdit*>(dock->field(QLatin1String(key))); }
    QStringList names() {
        QStringList out;
        for (const core::Perspective& p : editor.map().perspectives())
            out << QString::fromStdString(p.name);
        return out;
    }
    // The row's in-place editor that is open now (an editor closed earlier may wait for its
    // deferred deletion, hidden, among the viewport's children).
    QLineEdit* openEditor() {
        for (QLineEdit* edit : list()->viewport()->findChildren<QLineEdit*>())
            if (!edit->isHidden())
                return edit;
        return nullptr;
    }
    // Opens the in-place editor on a row with F2, types `name` and presses Enter.
    void rename(int row, const QString& name) {
        QListWidget* l = list();
        l->setCurrentRow(row);
        QTest::keyClick(l, Qt::Key_F2);
        QLineEdit* edit = openEditor();
        REQUIRE(edit);
        edit->selectAll();
        QTest::keyClicks(edit, name);
        QTest::keyClick(edit, Qt::Key_Return);
        settle();
    }
    // Keyboard, as the form may still be settling its geometry.
    void select(int row) {
        QListWidget* l = list();
        QTest::keyClick(l, Qt::Key_Home);
        for (int i = 0; i < row; ++i)
            QTest::keyClick(l, Qt::Key_Down);
        REQUIRE(l->currentRow() == row);
    }
    void press(const char* name) {
        QPushButton* b = button(name);
        REQUIRE(b);
        QTest::keyClick(b, Qt::Key_Space);
        settle();
    }
    void type(const char* key, const QString& value) {
        QLineEdit* edit = text(key);
        REQUIRE(edit);
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, value);
        QTest::keyClick(edit, Qt::Key_Return);
        settle();
    }

    Editor& editor;
    PropertiesDock* dock;
    QStringList messages;
};

const QStringList kDefaultNames{"Financial", "Customer", "Internal Process", "Learning & Growth"};

} // namespace

TEST_CASE("perspectives: add and rename in place, each one undo step") {
    Editor e(smallMap());
    MapForm f(e);
    REQUIRE(f.list());
    CHECK(f.list()->count() == 4);
    f.press("perspective:add");
    REQUIRE(e.map().perspectives().size() == 5);
    CHECK(f.names().back() == QStringLiteral("New perspective"));
    // The new perspective's name is open for typing.
    f.settle();
    QLineEdit* edit = f.openEditor();
    REQUIRE(edit);
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("Sustainability"));
    QTest::keyClick(edit, Qt::Key_Return);
    f.settle();
    CHECK(f.names() == kDefaultNames + QStringList{"Sustainability"});
    CHECK(f.list()->item(4)->text() == QStringLiteral("Sustainability"));
    CHECK(e.undo().count() == 2);

    f.rename(1, QStringLiteral("Customers and markets"));
    CHECK(e.map().perspectives()[1].name == "Customers and markets");
    CHECK(e.map().perspectives()[1].id == PerspectiveId("customer"));
    e.undo().undo();
    CHECK(e.map().perspectives()[1].name == "Customer");
    e.undo().undo();
    e.undo().undo();
    CHECK(f.names() == kDefaultNames);
    e.undo().redo();
    e.undo().redo();
    e.undo().redo();
    f.settle();
    CHECK(f.names() == QStringList{"Financial", "Customers and markets", "Internal Process",
                                   "Learning & Growth", "Sustainability"});
    CHECK(f.list()->item(1)->text() == QStringLiteral("Customers and markets"));
}

TEST_CASE("perspectives: a duplicate or empty name is refused with a message, the map unchanged") {
    Editor e(smallMap());
    MapForm f(e);
    const core::MapData before = e.map().snapshot();
    f.rename(3, QStringLiteral("  financial "));
    CHECK(e.map().data() == before);
    REQUIRE_FALSE(f.messages.isEmpty());
    CHECK(f.messages.back().contains(QStringLiteral("already a perspective named “Financial”")));
    CHECK(e.undo().count() == 0);
    CHECK(f.list()->item(3)->text() == QStringLiteral("Learning & Growth")); // the form shows the model
    f.rename(0, QStringLiteral("   "));
    CHECK(e.map().data() == before);
    CHECK(f.messages.back().contains(QStringLiteral("needs a name")));

    // A refused edit keeps what can be redone.
    f.rename(2, QStringLiteral("Operations"));
    e.undo().undo();
    f.settle();
    f.rename(0, QStringLiteral("Customer"));
    CHECK(e.map().data() == before);
    REQUIRE(e.undo().canRedo());
    e.undo().redo();
    CHECK(e.map().perspectives()[2].name == "Operations");
}

TEST_CASE("perspectives: move up and down, remove only while unused, undo and redo") {
    core::MapData data = smallMap();
    data.nodes[0].perspective = PerspectiveId("process"); // "a" sits in Internal Process
    Editor e(std::move(data));
    MapForm f(e);
    f.select(3);
    f.press("perspective:up");
    CHECK(f.names() == QStringList{"Financial", "Customer", "Learning & Growth", "Internal Process"});
    CHECK(f.list()->currentRow() == 2); // the moved perspective stays selected
    f.press("perspective:up");
    CHECK(f.names() == QStringList{"Financial", "Learning & Growth", "Customer", "Internal Process"});
    // Moving a perspective that holds a result keeps the result in it.
    f.select(3);
    f.press("perspective:up");
    CHECK(f.names() == QStringList{"Financial", "Learning & Growth", "Internal Process", "Customer"});
    CHECK(e.map().node(core::NodeId("a"))->perspective == PerspectiveId("process"));
    f.select(3); // the last band cannot go further down
    CHECK_FALSE(f.button("perspective:down")->isEnabled());
    CHECK(f.button("perspective:up")->isEnabled());
    e.undo().undo();
    e.undo().undo();
    e.undo().undo();
    CHECK(f.names() == kDefaultNames);
    e.undo().redo();
    CHECK(f.names() == QStringList{"Financial", "Customer", "Learning & Growth", "Internal Process"});
    e.undo().undo();
    f.settle();

    // Internal Process holds a result: refused, with what it holds in the map's words.
    const core::MapData before = e.map().snapshot();
    f.select(2);
    f.press("perspective:remove");
    CHECK(e.map().data() == before);
    REQUIRE_FALSE(f.messages.isEmpty());
    CHECK(f.messages.back().contains(QStringLiteral("“Internal Process” still holds 1 result")));
    // Customer holds nothing: removed, and undo puts it back in its place.
    f.select(1);
    f.press("perspective:remove");
    CHECK(f.names() == QStringList{"Financial", "Internal Process", "Learning & Growth"});
    e.undo().undo();
    CHECK(e.map().data() == before);
    e.undo().redo();
    CHECK_FALSE(e.map().perspective(PerspectiveId("customer")));
}

TEST_CASE("a perspective moved in an .rmap document is in its new place after reopening") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bands.rmap"));
    core::MapData data = smallMap();
    data.nodes[1].perspective = PerspectiveId("financial");
    {
        auto created = sightline::storage::RmapDocument::create(path, data);
        REQUIRE(created.document);
        REQUIRE(created.document->map().movePerspective(PerspectiveId("financial"), 3).ok());
        REQUIRE(created.document->map().movePerspective(PerspectiveId("learning"), 0).ok());
        created.document->close();
    }
    auto reopened = sightline::storage::RmapDocument::open(path);
    REQUIRE(reopened.document);
    std::vector<std::string> ids;
    for (const core::Perspective& p : reopened.document->map().perspectives())
        ids.push_back(p.id.str());
    CHECK(ids == std::vector<std::string>{"learning", "customer", "process", "financial"});
    CHECK(reopened.document->map().node(core::NodeId("b"))->perspective == PerspectiveId("financial"));
}

TEST_CASE("analysis thresholds: typed, undone, redone; bad numbers refused with a message") {
    Editor e(smallMap());
    MapForm f(e);
    f.type("maxMeasuresPerObjective", QStringLiteral("5"));
    CHECK(e.map().settings().maxMeasuresPerObjective == 5);
    f.type("maxObjectivesPerTeam", QStringLiteral("12"));
    CHECK(e.map().settings().maxObjectivesPerTeam == 12);
    f.type("miniMeScorecardShare", QStringLiteral("0,75"));
    CHECK(e.map().settings().miniMeScorecardShare == 0.75);
    CHECK(e.undo().count() == 3);
    e.undo().undo();
    CHECK(e.map().settings().miniMeScorecardShare == 0.5);
    e.undo().undo();
    CHECK(e.map().settings().maxObjectivesPerTeam == 8);
    e.undo().redo();
    CHECK(e.map().settings().maxObjectivesPerTeam == 12);
    f.settle();
    CHECK(f.text("maxObjectivesPerTeam")->text() == QStringLiteral("12"));

    const core::MapData before = e.map().snapshot();
    const int steps = e.undo().count();
    for (const char* bad : {"-1", "three", "2.5"}) {
        f.type("maxMeasuresPerObjective", QString::fromLatin1(bad));
        CHECK(e.map().data() == before);
        CHECK(f.messages.back().contains(QStringLiteral("whole number of 0 or more")));
        CHECK(f.text("maxMeasuresPerObjective")->text() == QStringLiteral("5"));
    }
    f.type("miniMeScorecardShare", QStringLiteral("1.5"));
    CHECK(e.map().data() == before);
    CHECK(f.messages.back().contains(QStringLiteral("from 0 to 1")));
    CHECK(e.undo().count() == steps);
    // The labels speak the map's vocabulary.
    auto label = [&] {
        auto* l = qobject_cast<QLabel*>(
            f.dock->findChild<QFormLayout*>()->labelForField(f.text("maxMeasuresPerObjective")));
        return l ? l->text() : QString();
    };
    CHECK(label() == QStringLiteral("Most measures per result"));
    REQUIRE(e.map().setProperties({"Small", "", core::Vocabulary::Bsc}).ok());
    f.settle();
    CHECK(label() == QStringLiteral("Most KPIs per objective"));
}

TEST_CASE("a person's email, role, team and name are edited in Teams and people") {
    core::MapData data = smallMap();
    data.teams.push_back({core::TeamId("ops"), "Operations", core::TeamId("org"), ""});
    Editor e(std::move(data));
    auto* dock = e.window->findChild<sightline::editor::TeamsDock*>();
    REQUIRE(dock);
    QStringList messages;
    QObject::connect(&e.document(), &editor::Document::errorOccurred, &e.document(),
                     [&](const QString& m) { messages << m; });
    QApplication::processEvents();
    QTreeWidget* people = dock->peopleList();
    REQUIRE(people->topLevelItemCount() == 1);
    QTest::mouseClick(people->viewport(), Qt::LeftButton, {},
                      people->visualItemRect(people->topLevelItem(0)).center());
    sightline::editor::PersonForm* form = dock->personForm();
    REQUIRE(form->personId() == QStringLiteral("dl"));
    CHECK(form->emailEdit()->isEnabled());
    auto type = [&](QLineEdit* edit, const QString& text) {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
        QApplication::processEvents();
    };
    const core::PersonId dl("dl");
    type(form->emailEdit(), QStringLiteral(" dana.lee@brackwater.example "));
    CHECK(e.map().person(dl)->email == "dana.lee@brackwater.example");
    type(form->roleEdit(), QStringLiteral("Plant manager"));
    CHECK(e.map().person(dl)->role == "Plant manager");
    form->teamBox()->setFocus();
    QTest::keyClick(form->teamBox(), Qt::Key_Down); // Org -> Operations
    QApplication::processEvents();
    CHECK(e.map().person(dl)->team == core::TeamId("ops"));
    type(form->nameEdit(), QStringLiteral("Dana Lee-Park"));
    CHECK(e.map().person(dl)->name == "Dana Lee-Park");
    CHECK(e.undo().count() == 4);
    CHECK(form->personId() == QStringLiteral("dl")); // still shown after the list was rebuilt
    CHECK(form->roleEdit()->text() == QStringLiteral("Plant manager"));

    e.undo().undo();
    e.undo().undo();
    QApplication::processEvents();
    CHECK(e.map().person(dl)->team == core::TeamId("org"));
    CHECK(form->teamBox()->currentText() == QStringLiteral("Org"));
    e.undo().undo();
    e.undo().undo();
    CHECK(*e.map().person(dl) == smallMap().people.front());
    for (int i = 0; i < 4; ++i)
        e.undo().redo();
    QApplication::processEvents();
    CHECK(e.map().person(dl)->email == "dana.lee@brackwater.example");
    CHECK(form->emailEdit()->text() == QStringLiteral("dana.lee@brackwater.example"));

    // Malformed emails and an empty name: refused, message, map unchanged, field restored.
    const core::MapData before = e.map().snapshot();
    for (const char* bad : {"dana.lee", "dana lee@example.org", "@example.org", "a@b@c"}) {
        type(form->emailEdit(), QString::fromLatin1(bad));
        CHECK(e.map().data() == before);
        REQUIRE_FALSE(messages.isEmpty());
        CHECK(messages.back().contains(QStringLiteral("is not an email address")));
        CHECK(form->emailEdit()->text() == QStringLiteral("dana.lee@brackwater.example"));
    }
    type(form->nameEdit(), QStringLiteral("  "));
    CHECK(e.map().data() == before);
    CHECK(messages.back().contains(QStringLiteral("needs a name")));
    CHECK(form->nameEdit()->text() == QStringLiteral("Dana Lee-Park"));
    // An empty email clears it.
    type(form->emailEdit(), QString());
    CHECK(e.map().person(dl)->email.empty());
    // The repository login (approvals in a team repository name the person by it), trimmed.
    const int steps = e.undo().count();
    type(form->loginEdit(), QStringLiteral(" dlee "));
    CHECK(e.map().person(dl)->login == "dlee");
    CHECK(e.undo().count() == steps + 1);
    e.undo().undo();
    QApplication::processEvents();
    CHECK(e.map().person(dl)->login.empty());
    CHECK(form->loginEdit()->text().isEmpty());
}
