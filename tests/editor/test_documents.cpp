// Documents: write-through .rmap files, Save As, reopen, read-only, bad files, and recovery of
// an untitled map after the editor process was killed.
#include "helpers.h"
#include "recoverydialog.h"
#include "sightline/editor/documentcontroller.h"
#include "sightline/storage/rmapdocument.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <catch2/catch.hpp>
#include <cstdio>
#include <memory>

using namespace testing;
using sightline::editor::DocumentController;

namespace {

// Three results typed into a new untitled map, through the editor.
void typeThreeResults(editor::MainWindow& window) {
    auto& c = window.workspace()->controller();
    for (int i = 0; i < 3; ++i) {
        auto id = c.createLinked(core::NodeKind::Objective, QPointF(0, 200.0 * i));
        REQUIRE(id);
        REQUIRE(c.renameNode(*id, QStringLiteral("Result %1").arg(i + 1)));
    }
}

// Starts an editor process (childUntitled below) in `child` that makes an untitled map with
// three results and waits; returns the map's path once the child has printed it.
QString startEditorWithUntitledMap(QProcess& child) {
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child-untitled")});
    REQUIRE(child.waitForStarted(30000));
    QByteArray line;
    while (!line.contains('\n') && child.state() == QProcess::Running && child.waitForReadyRead(60000))
        line += child.readAllStandardOutput();
    const QString path = QString::fromLocal8Bit(line).trimmed();
    REQUIRE_FALSE(path.isEmpty());
    return path;
}

} // namespace

// The process that is killed: an editor with an untitled map and some edits, waiting.
int childUntitled() {
    editor::MainWindow window;
    window.show();
    if (!window.documents().newMap() || !window.workspace()->document().file())
        return 3;
    auto& c = window.workspace()->controller();
    for (int i = 0; i < 3; ++i) {
        auto id = c.createLinked(core::NodeKind::Objective, QPointF(0, 200.0 * i));
        if (!id || !c.renameNode(*id, QStringLiteral("Result %1").arg(i + 1)))
            return 4;
    }
    std::printf("%s\n", qPrintable(window.workspace()->document().path()));
    std::fflush(stdout);
    std::getchar(); // until killed
    return 0;
}

TEST_CASE("a new map lives in an untitled file; after Save As, close and reopen it holds every edit") {
    editor::MainWindow window;
    window.show();
    REQUIRE(window.documents().newMap());
    editor::Document& doc = window.workspace()->document();
    REQUIRE(doc.file());
    CHECK(doc.isUntitled());
    CHECK(QFile::exists(doc.path()));
    CHECK(window.windowTitle().contains(doc.path()));
    typeThreeResults(window);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plant.rmap"));
    REQUIRE(window.documents().saveAs(path));
    CHECK_FALSE(window.workspace()->document().isUntitled());
    CHECK(window.windowTitle().contains(path));
    // More edits after Save As go to the new file.
    auto& c = window.workspace()->controller();
    window.workspace()->scene().selectNodes({window.workspace()->document().map().nodes().front().id});
    c.deleteSelection();
    REQUIRE(c.createNode(core::NodeKind::Measure, {400, 0}, QStringLiteral("Unplanned downtime hours")));
    const core::MapData final = window.workspace()->document().map().snapshot();
    window.documents().closeDocument();
    CHECK(window.workspace() == nullptr);

    REQUIRE(window.documents().openFile(path));
    CHECK(window.workspace()->document().map().data() == final);
    CHECK(window.documents().recentFiles().value(0) == QFileInfo(path).absoluteFilePath());
    window.documents().closeDocument();

    // Read-only: the banner says so and edits are refused.
    REQUIRE(window.documents().openFile(path, true));
    CHECK(window.workspace()->document().isReadOnly());
    CHECK(window.findChild<QLabel*>(QStringLiteral("readOnlyBanner"))->isVisible());
    CHECK_FALSE(window.workspace()->controller().renameNode(final.nodes.front().id, QStringLiteral("x")));
    window.documents().closeDocument();
}

TEST_CASE("opening a JSON map imports it into a new untitled document") {
    editor::MainWindow window;
    REQUIRE(window.documents().openFile(SIGHTLINE_EXAMPLES "/manufacturer-results-map.json"));
    editor::Document& doc = window.workspace()->document();
    CHECK(doc.isUntitled());
    REQUIRE(doc.file());
    CHECK(doc.map().nodes().size() == exampleMap().nodes.size());
    window.documents().closeDocument(DocumentController::CloseUntitled::Discard);
}

TEST_CASE("a file that is not a map is refused with a message and changes nothing") {
    editor::MainWindow window;
    REQUIRE(window.documents().newMap());
    editor::Workspace* before = window.workspace();
    QString reported;
    QObject::connect(&window.documents(), &DocumentController::errorOccurred,
                     [&](const QString& m) { reported = m; });
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("broken.rmap"));
    QFile f(bad);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("SQLite format 3\0 but then nothing sensible", 44);
    f.close();
    CHECK_FALSE(window.documents().openFile(bad));
    CHECK(reported.contains(bad));
    const QString notJson = dir.filePath(QStringLiteral("notes.json"));
    QFile g(notJson);
    REQUIRE(g.open(QIODevice::WriteOnly));
    g.write("{\"format\": \"sightline-map\", \"version\": 1, \"title\": \"t\", \"nodes\": [], \"links\": "
            "[{\"kind\": 3}]}");
    g.close();
    reported.clear();
    CHECK_FALSE(window.documents().openFile(notJson));
    CHECK(reported.contains(QStringLiteral("/links/0")));
    CHECK_FALSE(window.documents().openFile(dir.filePath(QStringLiteral("missing.rmap"))));
    CHECK(window.workspace() == before);
    window.documents().closeDocument(DocumentController::CloseUntitled::Discard);
}

TEST_CASE("an untitled map survives the editor being killed and is recovered on the next start") {
    CHECK(sightline::storage::RmapDocument::recoverableUntitled().isEmpty());
    QProcess child;
    const QString path = startEditorWithUntitledMap(child);
    // While the editor runs, its map is not offered to anyone else.
    CHECK_FALSE(sightline::storage::RmapDocument::recoverableUntitled().contains(path));
    child.kill();
    REQUIRE(child.waitForFinished(30000));
    CHECK(child.exitStatus() == QProcess::CrashExit);

    CHECK(sightline::storage::RmapDocument::recoverableUntitled().contains(path));
    editor::MainWindow window;
    CHECK(window.documents().recoverUntitled(false) == 1);
    REQUIRE(window.workspace());
    const core::Map& map = window.workspace()->document().map();
    REQUIRE(map.nodes().size() == 3);
    CHECK(map.nodes()[2].title == "Result 3");
    CHECK(map.links().size() == 2);
    window.documents().closeDocument(DocumentController::CloseUntitled::Discard);
    CHECK_FALSE(QFile::exists(path));
}

namespace {

// Starts an editor process that makes an untitled map with three results, then kills it.
// Returns the untitled map's path.
QString killedEditorMap() {
    QProcess child;
    const QString path = startEditorWithUntitledMap(child);
    child.kill();
    REQUIRE(child.waitForFinished(30000));
    return path;
}

std::vector<editor::MainWindow*> otherWindows(const editor::MainWindow& window) {
    std::vector<editor::MainWindow*> out;
    for (QWidget* w : QApplication::topLevelWidgets())
        if (auto* m = qobject_cast<editor::MainWindow*>(w); m && m != &window)
            out.push_back(m);
    return out;
}

void closeWindow(editor::MainWindow* w) {
    w->documents().closeDocument(DocumentController::CloseUntitled::Discard);
    w->close(); // deletes itself
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

} // namespace

TEST_CASE("after a crash every untitled map is offered: recover, keep for later or discard each") {
    REQUIRE(sightline::storage::RmapDocument::recoverableUntitled().isEmpty());
    const QString first = killedEditorMap();
    const QString second = killedEditorMap();
    const QString third = killedEditorMap();
    const QStringList left = sightline::storage::RmapDocument::recoverableUntitled();
    REQUIRE(left.size() == 3);

    editor::MainWindow window;
    window.show();
    std::vector<QString> offered;
    // The dialog lists them newest first; recover the newest, keep the next, discard the oldest.
    const int recovered = window.documents().recoverUntitledWith([&](editor::RecoveryDialog& dialog) {
        for (const auto& entry : dialog.entries()) {
            offered.push_back(entry.path);
            CHECK(entry.contents.startsWith(QStringLiteral("3 results")));
        }
        REQUIRE(dialog.table()->rowCount() == 3);
        QComboBox* keep = dialog.choiceBox(1);
        QComboBox* discard = dialog.choiceBox(2);
        keep->setFocus();
        QTest::keyClick(keep, Qt::Key_Down); // Recover -> Keep for later
        QTest::keyClick(discard, Qt::Key_Down);
        QTest::keyClick(discard, Qt::Key_Down); // -> Discard
        CHECK(dialog.choices() == std::vector{editor::RecoveryDialog::Choice::Recover,
                                              editor::RecoveryDialog::Choice::Keep,
                                              editor::RecoveryDialog::Choice::Discard});
        return true;
    });
    CHECK(offered == std::vector<QString>{third, second, first});
    CHECK(recovered == 1);
    REQUIRE(window.workspace());
    CHECK(window.workspace()->document().path() == third);
    CHECK(window.workspace()->document().map().nodes().size() == 3);
    CHECK(otherWindows(window).empty());
    CHECK_FALSE(QFile::exists(first));                                                     // discarded
    CHECK(sightline::storage::RmapDocument::recoverableUntitled() == QStringList{second}); // kept

    // Keep all for later (the dialog cancelled): nothing opens, nothing is lost.
    editor::MainWindow later;
    CHECK(later.documents().recoverUntitledWith([](editor::RecoveryDialog& d) {
        d.reject();
        return false;
    }) == 0);
    CHECK(later.workspace() == nullptr);
    CHECK(sightline::storage::RmapDocument::recoverableUntitled() == QStringList{second});
    window.documents().closeDocument(DocumentController::CloseUntitled::Discard);
    CHECK_FALSE(QFile::exists(third));
    // Next start: the map kept for later is recovered.
    CHECK(later.documents().recoverUntitled(false) == 1);
    REQUIRE(later.workspace());
    CHECK(later.workspace()->document().path() == second);
    later.documents().closeDocument(DocumentController::CloseUntitled::Discard);
}

TEST_CASE("recovering several untitled maps without asking opens each in a window of its own") {
    REQUIRE(sightline::storage::RmapDocument::recoverableUntitled().isEmpty());
    const QString older = killedEditorMap();
    const QString newer = killedEditorMap();
    editor::MainWindow window;
    window.show();
    CHECK(window.documents().recoverUntitled(false) == 2);
    REQUIRE(window.workspace());
    CHECK(window.workspace()->document().path() == newer);
    const auto others = otherWindows(window);
    REQUIRE(others.size() == 1);
    REQUIRE(others.front()->workspace());
    CHECK(others.front()->isVisible());
    CHECK(others.front()->workspace()->document().path() == older);
    const core::Map& map = others.front()->workspace()->document().map();
    REQUIRE(map.nodes().size() == 3);
    CHECK(map.nodes()[2].title == "Result 3");
    CHECK(sightline::storage::RmapDocument::recoverableUntitled().isEmpty()); // both held open
    closeWindow(others.front());
    window.documents().closeDocument(DocumentController::CloseUntitled::Discard);
    CHECK_FALSE(QFile::exists(older));
    CHECK_FALSE(QFile::exists(newer));
}

TEST_CASE("Save As and Export JSON propose the map's title as the file name", "[editor][documents]") {
    using editor::DocumentController;
    CHECK(DocumentController::suggestedFileName(QStringLiteral("Brackwater Gearworks results map 2026"),
                                                QStringLiteral("rmap")) ==
          QStringLiteral("Brackwater Gearworks results map 2026.rmap"));
    // Characters that file systems refuse become spaces; no hidden file; long titles are cut.
    CHECK(DocumentController::suggestedFileName(QStringLiteral("Q3: Ops / Sales \"draft\"?"),
                                                QStringLiteral("json")) ==
          QStringLiteral("Q3 Ops Sales draft.json"));
    CHECK(DocumentController::suggestedFileName(QStringLiteral("..secret"), QStringLiteral("rmap")) ==
          QStringLiteral("secret.rmap"));
    CHECK(DocumentController::suggestedFileName(QString(80, QLatin1Char('a')) + QStringLiteral("tail"),
                                                QStringLiteral("rmap"))
              .size() == 80 + 5);
    CHECK(DocumentController::suggestedFileName(QStringLiteral("  \t "), QStringLiteral("rmap")) ==
          QStringLiteral("Untitled map.rmap"));
    testing::Editor e(testing::exampleMap());
    const QString proposed = e.window->documents().proposedPath(QStringLiteral("rmap"));
    CHECK(proposed.endsWith(QStringLiteral("/") + QString::fromStdString(e.map().properties().title) +
                            QStringLiteral(".rmap")));
}

namespace {

// Clicks `button` of the next question box once it shows (the box runs its own event loop).
void answerNextQuestion(QMessageBox::StandardButton button) {
    auto* timer = new QTimer;
    auto tries = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, [timer, tries, button] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            box->button(button)->click();
            timer->deleteLater();
        } else if (++*tries > 200) {
            timer->deleteLater();
        }
    });
    timer->start(10);
}

} // namespace

TEST_CASE(
    "New and Open with an untitled map that holds work ask first: Cancel keeps it, Discard deletes it") {
    editor::MainWindow window;
    window.show();
    REQUIRE(window.documents().newMap());
    typeThreeResults(window);
    const QString untitled = window.workspace()->document().path();
    window.setAsksUser(true);

    answerNextQuestion(QMessageBox::Cancel);
    CHECK_FALSE(window.documents().newMap());
    REQUIRE(window.workspace());
    CHECK(window.workspace()->document().path() == untitled);
    CHECK(window.workspace()->document().map().nodes().size() == 3);

    QTemporaryDir dir;
    const QString other = dir.filePath(QStringLiteral("other.rmap"));
    {
        auto created = storage::RmapDocument::create(other, exampleMap());
        REQUIRE(created.document);
    }
    answerNextQuestion(QMessageBox::Cancel);
    CHECK_FALSE(window.documents().openFile(other));
    CHECK(window.workspace()->document().path() == untitled);

    answerNextQuestion(QMessageBox::Discard);
    REQUIRE(window.documents().openFile(other));
    CHECK(window.workspace()->document().path() == other);
    CHECK_FALSE(QFile::exists(untitled));
    window.setAsksUser(false);
}
