// The editor's Export dialog: the same options give the same pages as sightline-cli export, and
// exporting changes neither the document nor the canvas.

#include "exporthelpers.h"
#include "sightline/editor/document.h"
#include "sightline/editor/exportdialog.h"
#include "sightline/editor/insightcontroller.h"
#include "sightline/editor/mainwindow.h"
#include "sightline/editor/workspace.h"
#include "sightline/io/jsonmapwriter.h"
#include "sightline/layout/layout.h"
#include "sightline/render/mapscene.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QProgressDialog>
#include <QSpinBox>
#include <QTest>
#include <QTimer>
#include <catch2/catch.hpp>
#include <fstream>

using namespace sightline;
using namespace exporttest;

namespace {

QString s(const std::filesystem::path& p) {
    return QString::fromStdString(p.string());
}

// The example with every node placed in the results view, written as JSON: what the canvas
// shows and what the command line exports are then the same drawing.
core::MapData placedExample(const std::filesystem::path& json) {
    core::MapData map = example();
    map.positionsOf(core::ViewKind::Results) = layout::layoutView(map, core::ViewKind::Results).positions;
    std::ofstream(json) << io::writeMapJson(map);
    return map;
}

} // namespace

TEST_CASE("the Export dialog and sightline-cli export make the same pixels", "[export][gui]") {
    Scratch dir;
    const core::MapData map = placedExample(dir / "map.json");
    editor::ExportDialog dialog(map, core::ViewKind::Results, s(dir / "map.json"), false);
    dialog.setOutputPath(s(dir / "gui.png"));
    dialog.findChild<QComboBox*>(QStringLiteral("page"))->setCurrentIndex(3); // fit
    dialog.findChild<QSpinBox*>(QStringLiteral("dpi"))->setValue(100);
    QComboBox* focus = dialog.findChild<QComboBox*>(QStringLiteral("focus"));
    focus->setCurrentIndex(focus->findData(QStringLiteral("team:ops")));
    dialog.refreshPreview();
    CHECK(dialog.problem().isEmpty());
    CHECK(dialog.pageCount() == 1);
    CHECK_FALSE(dialog.previewImage().isNull());
    REQUIRE(dialog.exportNow().isEmpty());

    const Run r = cli({QStringLiteral("export"), s(dir / "map.json"), QStringLiteral("-o"),
                       s(dir / "cli.png"), QStringLiteral("--dpi"), QStringLiteral("100"),
                       QStringLiteral("--team"), QStringLiteral("ops")});
    INFO(r.err.toStdString());
    REQUIRE(r.exit == 0);
    const QImage gui(s(dir / "gui.png")), byCli(s(dir / "cli.png"));
    REQUIRE_FALSE(gui.isNull());
    CHECK(gui.size() == byCli.size());
    CHECK(gui == byCli);

    // And the same PDF pages: the board pack, page for page.
    dialog.setOutputPath(s(dir / "gui.pdf"));
    focus->setCurrentIndex(0);
    dialog.findChild<QComboBox*>(QStringLiteral("page"))->setCurrentIndex(1); // A3
    dialog.findChild<QCheckBox*>(QStringLiteral("landscape"))->setChecked(true);
    dialog.findChild<QCheckBox*>(QStringLiteral("pack"))->setChecked(true);
    REQUIRE(dialog.exportNow().isEmpty());
    const Run p = cli({QStringLiteral("export"), s(dir / "map.json"), QStringLiteral("-o"),
                       s(dir / "cli.pdf"), QStringLiteral("--pack"), QStringLiteral("--page"),
                       QStringLiteral("A3"), QStringLiteral("--landscape")});
    REQUIRE(p.exit == 0);
    CHECK(pdfInfo(dir / "gui.pdf", "Pages") == pdfInfo(dir / "cli.pdf", "Pages"));
    CHECK(pdfText(dir / "gui.pdf") == pdfText(dir / "cli.pdf"));
    CHECK(pdfOutline(dir / "gui.pdf") == pdfOutline(dir / "cli.pdf"));
}

TEST_CASE("the Export dialog explains what is wrong and writes nothing", "[export][gui]") {
    Scratch dir;
    editor::ExportDialog dialog(example(), core::ViewKind::Results, QString(), false);
    dialog.setOutputPath(s(dir / "map.jpg"));
    dialog.refreshPreview();
    CHECK(dialog.problem().contains(QStringLiteral(".pdf")));
    CHECK_FALSE(dialog.exportNow().isEmpty());
    dialog.setOutputPath(s(dir / "map.png"));
    dialog.findChild<QCheckBox*>(QStringLiteral("pack"))->setChecked(true);
    CHECK_FALSE(dialog.exportNow().isEmpty());
    // The dialog names its own field, never a command-line flag.
    dialog.findChild<QCheckBox*>(QStringLiteral("pack"))->setChecked(false);
    dialog.findChild<QComboBox*>(QStringLiteral("page"))->setCurrentIndex(1); // A3
    dialog.findChild<QSpinBox*>(QStringLiteral("dpi"))->setValue(2400);
    dialog.refreshPreview();
    INFO(dialog.problem().toStdString());
    CHECK(dialog.problem().startsWith(QStringLiteral("PNG resolution: the image would be too large")));
    CHECK_FALSE(dialog.problem().contains(QStringLiteral("--")));
    dialog.setOutputPath(s(dir / "missing" / "map.pdf"));
    CHECK(dialog.exportNow().contains(QStringLiteral("missing")));
    CHECK(dir.files().isEmpty());
}

TEST_CASE("exporting from the editor changes neither the document nor the canvas", "[export][gui]") {
    Scratch dir;
    editor::MainWindow window;
    window.resize(1200, 800);
    window.setWorkspace(std::make_unique<editor::Workspace>(std::make_unique<editor::Document>(example())));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    editor::Document& document = window.workspace()->document();
    render::MapScene& canvas = window.workspace()->scene();
    const core::MapData before = document.map().snapshot();
    const int items = static_cast<int>(canvas.items().size());
    const QRectF bounds = canvas.mapBounds();
    const int undo = document.undoStack()->count();

    editor::ExportDialog dialog(document.map().snapshot(), document.view(), QString(), true);
    dialog.setOutputPath(s(dir / "pack.pdf"));
    REQUIRE(dialog.exportNow().isEmpty());
    dialog.setOutputPath(s(dir / "ops.svg"));
    dialog.findChild<QCheckBox*>(QStringLiteral("pack"))->setChecked(false);
    REQUIRE(dialog.exportNow().isEmpty());

    CHECK(document.map().data() == before);
    CHECK(static_cast<int>(canvas.items().size()) == items);
    CHECK(canvas.mapBounds() == bounds);
    CHECK(document.undoStack()->count() == undo);
    CHECK(canvas.handlesVisible());
}

TEST_CASE("the Export dialog exports the canvas's focus and colour mode, as the CLI does", "[export][gui]") {
    Scratch dir;
    const core::MapData map = placedExample(dir / "map.json");
    editor::MainWindow window;
    window.resize(1200, 800);
    window.setWorkspace(std::make_unique<editor::Workspace>(std::make_unique<editor::Document>(map)));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.insight()->rippleFrom(core::NodeId("o-maint-cost"));
    window.insight()->setColourMode(render::ColourMode::Level);
    render::MapScene& canvas = window.workspace()->scene();
    const render::Highlight shown = canvas.highlight();
    REQUIRE(shown == render::Highlight::rippleOf(core::NodeId("o-maint-cost"), render::ColourMode::Level));

    // What File > Export opens: the canvas's focus and colour mode are the defaults.
    editor::Document& document = window.workspace()->document();
    editor::ExportDialog dialog(document.map().snapshot(), document.view(), s(dir / "map.json"), false,
                                shown);
    QComboBox* focus = dialog.findChild<QComboBox*>(QStringLiteral("focus"));
    QComboBox* colour = dialog.findChild<QComboBox*>(QStringLiteral("colour"));
    CHECK(focus->currentData().toString() == QStringLiteral("ripple:o-maint-cost"));
    CHECK(focus->currentText().contains(QStringLiteral("Maintenance cost per machine hour falls")));
    CHECK(colour->currentData().toInt() == static_cast<int>(render::ColourMode::Level));
    CHECK(dialog.options().highlight == shown);

    dialog.setOutputPath(s(dir / "gui.png"));
    dialog.findChild<QComboBox*>(QStringLiteral("page"))->setCurrentIndex(3); // fit
    dialog.findChild<QSpinBox*>(QStringLiteral("dpi"))->setValue(100);
    dialog.refreshPreview();
    CHECK(dialog.problem().isEmpty());
    const QImage focusedPreview = dialog.previewImage();
    CHECK_FALSE(focusedPreview.isNull());
    REQUIRE(dialog.exportNow().isEmpty());

    const Run r =
        cli({QStringLiteral("export"), s(dir / "map.json"), QStringLiteral("-o"), s(dir / "cli.png"),
             QStringLiteral("--dpi"), QStringLiteral("100"), QStringLiteral("--focus"),
             QStringLiteral("ripple:o-maint-cost"), QStringLiteral("--colour"), QStringLiteral("level")});
    INFO(r.err.toStdString());
    REQUIRE(r.exit == 0);
    const QImage gui(s(dir / "gui.png")), byCli(s(dir / "cli.png"));
    REQUIRE_FALSE(gui.isNull());
    CHECK(gui.size() == byCli.size());
    CHECK(gui == byCli);

    // The whole map, unfocused, is one choice away; the preview follows.
    focus->setCurrentIndex(focus->findData(QStringLiteral("none")));
    dialog.refreshPreview();
    CHECK(dialog.options().highlight == render::Highlight::none(render::ColourMode::Level));
    CHECK_FALSE(dialog.previewImage() == focusedPreview);

    // The canvas still shows what it showed.
    CHECK(canvas.highlight() == shown);
    CHECK(document.map().data() == map);
}

TEST_CASE("cancelling an export in the dialog writes nothing", "[export][gui][cancel]") {
    Scratch dir;
    editor::ExportDialog dialog(example(), core::ViewKind::Results, QString(), true);
    dialog.setOutputPath(s(dir / "pack.pdf"));
    dialog.refreshPreview();
    REQUIRE(dialog.pageCount() > 5);
    bool sawProgress = false;
    QTimer::singleShot(0, &dialog, [&] {
        if (auto* progress = dialog.findChild<QProgressDialog*>(QStringLiteral("exportProgress"))) {
            sawProgress = true;
            progress->cancel();
        }
    });
    const QString message = dialog.exportNow();
    CHECK(sawProgress);
    CHECK(dialog.wasCancelled());
    CHECK(message.contains(QStringLiteral("cancelled")));
    CHECK(dir.files().isEmpty());

    // Not cancelled, the same dialog writes it.
    CHECK(dialog.exportNow().isEmpty());
    CHECK_FALSE(dialog.wasCancelled());
    CHECK(dir.files() == QStringList{QStringLiteral("pack.pdf")});
}
