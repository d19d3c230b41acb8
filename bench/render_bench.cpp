// Benchmarks of the render layer and the editor (bench/editor.sh runs them):
//   render-bench paint MAP.json             fit-to-view paint into 1920x1080 (best of 7, ms)
//   render-bench edit MAP.json COUNT        one edit: model + write-through + scene (median, p90, ms)
//   render-bench open MAP.json              open its .rmap in the editor window until shown (ms)
//   render-bench focus MAP.json             UI-thread time of a team's line-of-sight focus and of
//                                           a ripple focus on the scene (worst of the teams /
//                                           nodes tried, ms)
// (edit and open first write the JSON map as an .rmap in a temporary directory, untimed)
#include "sightline/editor/canvasview.h"
#include "sightline/editor/document.h"
#include "sightline/editor/documentcontroller.h"
#include "sightline/editor/editcontroller.h"
#include "sightline/editor/mainwindow.h"
#include "sightline/editor/workspace.h"
#include "sightline/io/jsonmapreader.h"
#include "sightline/render/highlight.h"
#include "sightline/render/mapnodeitem.h"
#include "sightline/render/mapscene.h"
#include "sightline/storage/rmapfile.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

using namespace sightline;

namespace {

double ms(const QElapsedTimer& t) {
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

int paint(const char* path) {
    io::ReadResult read = io::readMapJsonFile(path);
    if (!read.ok()) {
        std::fprintf(stderr, "render-bench: %s is not a valid map\n", path);
        return 1;
    }
    core::Map map(std::move(*read.map));
    QElapsedTimer t;
    t.start();
    render::MapScene scene(map, core::ViewKind::Results);
    scene.setHandlesVisible(false);
    const double build = ms(t);
    QImage image(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    double best = 1e18;
    for (int i = 0; i < 7; ++i) {
        t.restart();
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        p.fillRect(image.rect(), scene.style().background);
        scene.render(&p, QRectF(image.rect()), scene.mapBounds(), Qt::KeepAspectRatio);
        p.end();
        best = std::min(best, ms(t));
    }
    std::printf("%.1f %.1f\n", best, build);
    return 0;
}

// The JSON map written as an .rmap file in dir; empty on failure.
QString asRmap(const char* json, const QTemporaryDir& dir) {
    io::ReadResult read = io::readMapJsonFile(json);
    if (!read.ok())
        return {};
    const QString path = dir.filePath(QStringLiteral("bench.rmap"));
    return storage::writeRmap(path, *read.map).isEmpty() ? path : QString();
}

int edit(const char* json, int count) {
    QTemporaryDir dir;
    const QString path = asRmap(json, dir);
    if (path.isEmpty())
        return 1;
    editor::MainWindow window;
    window.resize(1600, 1000);
    window.show();
    if (!window.documents().openFile(path))
        return 1;
    QApplication::processEvents();
    editor::Workspace* ws = window.workspace();
    const core::Map& map = ws->document().map();
    render::MapScene& scene = ws->scene();
    const auto& nodes = map.nodes();
    int applied = 0;
    QObject::connect(&scene, &render::MapScene::changesApplied, [&applied] { ++applied; });
    std::vector<double> times;
    QElapsedTimer t;
    for (int i = 0; i < count; ++i) {
        // Alternate a move and a rename: each is one command, one transaction, one scene update.
        // Moves pick a node that is not a card hanging from its bubble (those move with it).
        const bool move = i % 2 == 0;
        std::size_t k = static_cast<std::size_t>(i) * 7919;
        while (move && !scene.attachedTo(nodes[k % nodes.size()].id).empty())
            ++k;
        const core::NodeId id = nodes[k % nodes.size()].id;
        render::MapNodeItem* item = scene.nodeItem(id);
        const QPointF before = item ? item->scenePos() : QPointF();
        const QString title = QStringLiteral("Edited result %1").arg(i);
        scene.selectNodes({id});
        const int appliedBefore = applied;
        t.restart();
        if (move)
            ws->controller().moveSelection({20, 0}, ws->controller().newGesture());
        else
            ws->controller().renameNode(id, title);
        times.push_back(ms(t));
        // The edit must have reached the model and the scene, or the time means nothing.
        const core::Node* n = map.node(id);
        item = scene.nodeItem(id);
        const bool inModel =
            n && (move ? map.position(ws->document().view(), id).has_value() &&
                             std::abs(map.position(ws->document().view(), id)->x - (before.x() + 20)) < 1e-6
                       : n->title == title.toStdString());
        const bool inScene = item && applied > appliedBefore &&
                             (!move || std::abs(item->scenePos().x() - (before.x() + 20)) < 1e-6);
        if (!inModel || !inScene) {
            std::fprintf(stderr,
                         "render-bench: edit %d (%s of %s) was not applied (model %s, scene %s): %s\n", i,
                         move ? "move" : "rename", id.str().c_str(), inModel ? "yes" : "no",
                         inScene ? "yes" : "no", qPrintable(ws->document().lastError()));
            return 1;
        }
    }
    std::sort(times.begin(), times.end());
    std::printf("%.2f %.2f\n", times[times.size() / 2], times[times.size() * 9 / 10]);
    window.documents().closeDocument(editor::DocumentController::CloseUntitled::Keep);
    return 0;
}

int open(const char* json) {
    QTemporaryDir dir;
    const QString path = asRmap(json, dir);
    if (path.isEmpty())
        return 1;
    QElapsedTimer t;
    t.start();
    editor::MainWindow window;
    window.resize(1600, 1000);
    window.show();
    if (!window.documents().openFile(path, true))
        return 1;
    QApplication::processEvents();
    window.canvas()->viewport()->repaint();
    std::printf("%.1f\n", ms(t));
    return 0;
}

int focus(const char* path) {
    io::ReadResult read = io::readMapJsonFile(path);
    if (!read.ok())
        return 1;
    core::Map map(std::move(*read.map));
    render::MapScene scene(map, core::ViewKind::Results);
    QElapsedTimer t;
    // Teams at every level (the root's line of sight covers the most), and ripples from
    // results at the bottom (they reach the most).
    double team = 0, ripple = 0;
    const auto& teams = map.data().teams;
    for (std::size_t i = 0; i < teams.size(); i += std::max<std::size_t>(1, teams.size() / 8)) {
        t.restart();
        scene.setHighlight(render::Highlight::teamSight(teams[i].id));
        team = std::max(team, ms(t));
    }
    const auto& nodes = map.data().nodes;
    for (std::size_t k = 0; k < 8 && k < nodes.size(); ++k) {
        t.restart();
        scene.setHighlight(render::Highlight::rippleOf(nodes[nodes.size() - 1 - k * nodes.size() / 8].id));
        ripple = std::max(ripple, ms(t));
    }
    t.restart();
    scene.setHighlight(render::Highlight::none());
    const double clear = ms(t);
    std::printf("%.1f %.1f %.1f\n", team, ripple, clear);
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SightlineBench"));
    QApplication::setApplicationName(QStringLiteral("SightlineBench"));
    const QString what = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (what == QLatin1String("paint") && argc == 3)
        return paint(argv[2]);
    if (what == QLatin1String("edit") && argc == 4)
        return edit(argv[2], std::max(2, std::atoi(argv[3])));
    if (what == QLatin1String("open") && argc == 3)
        return open(argv[2]);
    if (what == QLatin1String("focus") && argc == 3)
        return focus(argv[2]);
    std::fprintf(
        stderr,
        "usage: render-bench paint MAP.json | edit MAP.json COUNT | open MAP.json | focus MAP.json\n");
    return 2;
}
