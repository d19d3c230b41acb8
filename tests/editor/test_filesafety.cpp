// Issue 12 in the editor: a map held by someone else opens read-only with a banner naming who
// has it; closing a map whose file lacks edits asks (Save As elsewhere / Discard / Cancel); a
// damaged file offers a recovered copy and is never written; Export JSON replaces a file whole
// and never one the user protected.
#include "documentsafety.h"
#include "filequestions.h"
#include "helpers.h"
#include "sightline/editor/documentcontroller.h"
#include "sightline/io/jsonmapwriter.h"
#include "sightline/storage/rmapdocument.h"
#include "sightline/storage/rmapfile.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QSysInfo>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <sqlite3.h>
#include <sys/stat.h>

using namespace testing;
using sightline::editor::DocumentController;
using sightline::editor::FileQuestions;

namespace {

// Answers the editor's questions as a test tells it to, and counts them.
class ScriptedAnswers : public FileQuestions {
public:
    Unwritten unwritten = Unwritten::Cancel;
    QString saveAsTo;
    bool recover = true;
    int asked = 0;
    QString lastMessage;

    Unwritten unwrittenEdits(QWidget*, const QString& message) override {
        ++asked;
        lastMessage = message;
        return unwritten;
    }
    QString saveAsPath(QWidget*, const QString&) override { return saveAsTo; }
    bool openRecoveredCopy(QWidget*, const QString& message) override {
        ++asked;
        lastMessage = message;
        return recover;
    }
};

ScriptedAnswers& script(editor::MainWindow& window) {
    auto answers = std::make_unique<ScriptedAnswers>();
    ScriptedAnswers& ref = *answers;
    window.documents().safety().setQuestions(std::move(answers));
    return ref;
}

QByteArray bytesOf(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

TEST_CASE("a map someone else has open opens read-only, and the banner names who has it") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("board.rmap"));
    REQUIRE(storage::writeRmap(path, smallMap()).isEmpty());
    auto holder = storage::RmapDocument::open(path); // the other editor
    REQUIRE(holder.document);
    REQUIRE_FALSE(holder.document->isReadOnly());

    editor::MainWindow window;
    window.show();
    REQUIRE(window.documents().openFile(path));
    CHECK(window.workspace()->document().isReadOnly());
    auto* banner = window.findChild<QLabel*>(QStringLiteral("readOnlyBanner"));
    REQUIRE(banner);
    CHECK(banner->isVisible());
    CHECK(banner->text().contains(QStringLiteral("is open on %1 by ").arg(QSysInfo::machineHostName())));
    CHECK(banner->text().contains(QStringLiteral(" since ")));
    window.documents().closeDocument();
}

TEST_CASE("closing after a failed write asks: Cancel keeps it open, Save As keeps the edits elsewhere") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plant.rmap"));
    REQUIRE(storage::writeRmap(path, smallMap()).isEmpty());
    editor::MainWindow window;
    window.show();
    ScriptedAnswers& answers = script(window);
    REQUIRE(window.documents().openFile(path));
    // The file is replaced behind the editor's back: the next edit cannot be written there.
    REQUIRE(QFile::rename(path, dir.filePath(QStringLiteral("moved.rmap"))));
    REQUIRE(storage::writeRmap(path, smallMap()).isEmpty());
    auto& c = window.workspace()->controller();
    REQUIRE(c.renameNode(window.workspace()->document().map().nodes().front().id, QStringLiteral("Renamed")));
    REQUIRE_FALSE(window.workspace()->document().file()->isInSync());

    answers.unwritten = FileQuestions::Unwritten::Cancel;
    CHECK_FALSE(window.documents().closeDocument());
    CHECK(window.workspace() != nullptr);
    CHECK(answers.asked == 1);
    CHECK(answers.lastMessage.contains(path));
    CHECK_FALSE(window.close()); // the window too stays open
    CHECK(window.workspace() != nullptr);

    answers.unwritten = FileQuestions::Unwritten::SaveAs;
    answers.saveAsTo = dir.filePath(QStringLiteral("kept.rmap"));
    CHECK(window.documents().closeDocument());
    CHECK(window.workspace() == nullptr);
    auto kept = storage::readRmap(answers.saveAsTo);
    REQUIRE(kept.map);
    CHECK(kept.map->nodes.front().title == "Renamed");
}

TEST_CASE("closing after a failed write: Discard closes without the edits") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plant.rmap"));
    REQUIRE(storage::writeRmap(path, smallMap()).isEmpty());
    editor::MainWindow window;
    ScriptedAnswers& answers = script(window);
    REQUIRE(window.documents().openFile(path));
    REQUIRE(QFile::remove(path));
    auto& c = window.workspace()->controller();
    REQUIRE(c.renameNode(window.workspace()->document().map().nodes().front().id, QStringLiteral("Renamed")));
    answers.unwritten = FileQuestions::Unwritten::Discard;
    CHECK(window.documents().closeDocument());
    CHECK(answers.asked == 1);
    CHECK(window.workspace() == nullptr);
}

TEST_CASE("a damaged map is refused and a recovered copy opens instead; the file is never written") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.rmap"));
    const core::MapData map = exampleMap();
    REQUIRE(storage::writeRmap(path, map).isEmpty());
    // One key of an index changed: the pages are sound, the index no longer matches its table.
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK);
    sqlite3_stmt* s = nullptr;
    REQUIRE(sqlite3_prepare_v2(db,
                               "SELECT (SELECT rootpage FROM sqlite_schema WHERE name = 'links_to'), "
                               "(SELECT page_size FROM pragma_page_size), (SELECT min(to_node) FROM links)",
                               -1, &s, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(s) == SQLITE_ROW);
    const int root = sqlite3_column_int(s, 0), pageSize = sqlite3_column_int(s, 1);
    const QByteArray key(reinterpret_cast<const char*>(sqlite3_column_text(s, 2)));
    sqlite3_finalize(s);
    sqlite3_close(db);
    QByteArray bytes = bytesOf(path);
    const qsizetype at = bytes.indexOf(key, static_cast<qsizetype>(root - 1) * pageSize);
    REQUIRE(at > 0);
    bytes[at] = static_cast<char>(bytes[at] + 1);
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    }

    editor::MainWindow window;
    window.show();
    ScriptedAnswers& answers = script(window);
    QString reported;
    QObject::connect(&window.documents(), &DocumentController::errorOccurred,
                     [&](const QString& m) { reported = m; });

    answers.recover = false;
    CHECK_FALSE(window.documents().openFile(path));
    CHECK(answers.asked == 1);
    CHECK(answers.lastMessage.contains("is damaged"));
    CHECK(reported.contains("is damaged"));
    CHECK(window.workspace() == nullptr);

    answers.recover = true;
    REQUIRE(window.documents().openFile(path));
    REQUIRE(window.workspace());
    CHECK(window.workspace()->document().isUntitled());
    // Every node and link is back (the editor may place nodes the example left unplaced).
    const core::MapData& recovered = window.workspace()->document().map().data();
    CHECK(recovered.nodes == map.nodes);
    CHECK(recovered.links == map.links);
    CHECK(recovered.teams == map.teams);
    CHECK(reported.contains("Recovered from"));
    CHECK((bytesOf(path) == bytes));
    window.documents().closeDocument(DocumentController::CloseUntitled::Discard);
}

TEST_CASE("Export JSON replaces a file whole and never a read-only one") {
    QTemporaryDir dir;
    editor::MainWindow window;
    REQUIRE(window.documents().newMap());
    const QString target = dir.filePath(QStringLiteral("map.json"));
    {
        QFile f(target);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("old content");
    }
    REQUIRE(::chmod(QFile::encodeName(target).constData(), 0640) == 0);
    REQUIRE(window.documents().exportJson(target));
    CHECK(bytesOf(target).toStdString() == io::writeMapJson(window.workspace()->document().map().data()));
    struct stat st {};
    REQUIRE(::stat(QFile::encodeName(target).constData(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0640);
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size() == 1); // no temporary left

    REQUIRE(::chmod(QFile::encodeName(target).constData(), 0444) == 0);
    const QByteArray before = bytesOf(target);
    QString reported;
    QObject::connect(&window.documents(), &DocumentController::errorOccurred,
                     [&](const QString& m) { reported = m; });
    CHECK_FALSE(window.documents().exportJson(target));
    CHECK(reported.contains("read-only"));
    CHECK((bytesOf(target) == before));
    window.documents().closeDocument(DocumentController::CloseUntitled::Discard);
}
