// Opening a big map shows its progress and can be cancelled; a cancelled open leaves the map
// that was open as it was, and no untitled copy behind.
#include "bigmap.h"
#include "helpers.h"
#include "sightline/editor/documentcontroller.h"
#include "sightline/io/jsonmapwriter.h"
#include "sightline/storage/rmapdocument.h"

#include <QDir>
#include <QFile>
#include <QProgressDialog>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <catch2/catch.hpp>

using namespace testing;

namespace {

// Writes `map` as a JSON file in `dir`.
QString writeJson(const QTemporaryDir& dir, const core::MapData& map) {
    const QString path = dir.filePath(QStringLiteral("big.json"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    const std::string json = io::writeMapJson(map);
    REQUIRE(file.write(json.data(), static_cast<qint64>(json.size())) == static_cast<qint64>(json.size()));
    return path;
}

int untitledFiles() {
    return static_cast<int>(QDir(storage::RmapDocument::untitledDirectory())
                                .entryList({QStringLiteral("*.rmap")}, QDir::Files)
                                .size());
}

// Watches the open for its progress dialog; clicks Cancel when asked to.
struct ProgressWatcher {
    explicit ProgressWatcher(editor::MainWindow& w) : window(w) {}
    editor::MainWindow& window;
    bool cancel = false;
    QString label;
    int maximum = 0;

    void arm() {
        QTimer::singleShot(0, &window, [this] { look(); });
    }
    void look() {
        auto* dialog = window.findChild<QProgressDialog*>(QStringLiteral("openProgress"));
        if (!dialog || !dialog->isVisible() || dialog->maximum() == 0) {
            arm(); // still reading: look again at the next progress report
            return;
        }
        label = dialog->labelText();
        maximum = dialog->maximum();
        if (cancel) {
            auto* button = dialog->findChild<QPushButton*>();
            REQUIRE(button);
            QTest::mouseClick(button, Qt::LeftButton);
        }
    }
};

} // namespace

TEST_CASE("opening a big map shows how far drawing it is; Cancel keeps the map that was open") {
    const core::MapData big = bigMap(6000);
    const std::size_t items = big.nodes.size() + big.links.size();
    QTemporaryDir dir;
    const QString bigPath = writeJson(dir, big);

    editor::MainWindow window;
    window.show();
    REQUIRE(window.documents().openFile(SIGHTLINE_EXAMPLES "/manufacturer-results-map.json"));
    const core::MapData before = window.workspace()->document().map().snapshot();
    const int untitledBefore = untitledFiles();

    ProgressWatcher watcher(window);
    watcher.cancel = true;
    watcher.arm();
    CHECK_FALSE(window.documents().openFile(bigPath));
    CHECK(watcher.label.startsWith(
        QStringLiteral("Drawing %1 results").arg(QLocale().toString(static_cast<qulonglong>(items)))));
    CHECK(watcher.maximum == static_cast<int>(items));
    // The example is still open, unchanged, and the import's untitled copy is gone.
    REQUIRE(window.workspace());
    CHECK(window.workspace()->document().map().data() == before);
    CHECK(window.canvas()->scene() == &window.workspace()->scene());
    CHECK(untitledFiles() == untitledBefore);
    CHECK(window.findChild<QProgressDialog*>(QStringLiteral("openProgress")) == nullptr);

    SECTION("without Cancel the big map opens and the progress goes away") {
        ProgressWatcher plain(window);
        plain.arm();
        REQUIRE(window.documents().openFile(bigPath));
        CHECK(plain.maximum == static_cast<int>(items));
        CHECK(window.workspace()->document().map().nodes().size() == big.nodes.size());
        CHECK(window.workspace()->scene().nodeItem(big.nodes.back().id) != nullptr);
        CHECK(window.findChild<QProgressDialog*>(QStringLiteral("openProgress")) == nullptr);
        window.documents().closeDocument();
    }
}
