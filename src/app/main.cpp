// sightline: the editor. Thin main: options, then the main window does the work.
#include "sightline/editor/canvasview.h"
#include "sightline/editor/document.h"
#include "sightline/editor/documentcontroller.h"
#include "sightline/editor/insightcontroller.h"
#include "sightline/editor/mainwindow.h"
#include "sightline/editor/preferences.h"
#include "sightline/editor/screenshot.h"
#include "sightline/editor/translations.h"
#include "sightline/editor/viewcontroller.h"
#include "sightline/editor/workspace.h"
#include "sightline/render/mapscene.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTimer>
#include <cstdio>
#include <optional>

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Sightline"));
    QApplication::setApplicationName(QStringLiteral("Sightline"));
    QApplication::setApplicationVersion(QStringLiteral("0.1"));
    QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 10));
    // The installed desktop entry and icon (packaging/): the desktop matches windows to the entry.
    QApplication::setDesktopFileName(QStringLiteral("org.sightline.Sightline"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("org.sightline.Sightline")));

    // The language chosen in Preferences, else the desktop's (German menus under LANG=de_DE.UTF-8
    // or LANGUAGE=de): before any window is made.
    const sightline::editor::Translations translations(sightline::editor::Preferences::load().locale());

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Sightline: results maps and strategy maps."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("maps"),
                                 QStringLiteral("Maps to open (.rmap, or .json to import)."),
                                 QStringLiteral("[map...]"));
    QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                  QStringLiteral("Save a picture of the window to FILE and quit."),
                                  QStringLiteral("FILE"));
    QCommandLineOption size(QStringLiteral("size"),
                            QStringLiteral("Window size for --screenshot, e.g. 1600x1000."),
                            QStringLiteral("WxH"), QStringLiteral("1600x1000"));
    QCommandLineOption readOnly(QStringLiteral("read-only"), QStringLiteral("Open the maps read-only."));
    QCommandLineOption focus(
        QStringLiteral("focus"),
        QStringLiteral("Focus: team:ID or node:ID (line of sight), ripple:ID, path:NODE:GOAL."),
        QStringLiteral("FOCUS"));
    QCommandLineOption colour(QStringLiteral("colour"),
                              QStringLiteral("Colour by team, perspective, level or status."),
                              QStringLiteral("MODE"));
    QCommandLineOption finding(QStringLiteral("finding"),
                               QStringLiteral("Select a finding, e.g. orphan-measure|m-meetings."),
                               QStringLiteral("RULE|NODE"));
    QCommandLineOption presentation(
        QStringLiteral("presentation"),
        QStringLiteral("Start in presentation mode (full screen, for the projector)."));
    QCommandLineOption view(QStringLiteral("view"),
                            QStringLiteral("Show this view: results, strategy or hierarchy."),
                            QStringLiteral("VIEW"));
    QCommandLineOption select(
        QStringLiteral("select"),
        QStringLiteral("Select a node, e.g. a measure to show its XmR chart in the Measure dock."),
        QStringLiteral("NODE"));
    parser.addOptions({screenshot, size, readOnly, focus, colour, finding, view, presentation, select});
    parser.process(app);

    sightline::editor::MainWindow window;
    const bool shot = parser.isSet(screenshot);
    window.setAsksUser(!shot); // a screenshot run never waits for an answer
    if (shot) {
        const QStringList wh = parser.value(size).split(QLatin1Char('x'));
        const int w = wh.value(0).toInt(), h = wh.value(1).toInt();
        if (wh.size() != 2 || w < 200 || h < 200) {
            std::fprintf(stderr, "sightline: --size expects WIDTHxHEIGHT, e.g. 1600x1000; got \"%s\"\n",
                         qPrintable(parser.value(size)));
            return 2;
        }
        window.resize(w, h);
        window.show();
    } else {
        window.showAsStarted();
    }
    int opened = 0;
    for (const QString& path : parser.positionalArguments())
        opened += window.documents().openFile(path, parser.isSet(readOnly)) ? 1 : 0;
    if (!parser.positionalArguments().isEmpty() && opened == 0 && shot)
        return 1;
    if (!shot && opened == 0 && window.documents().recoverUntitled(true) == 0)
        window.documents().newMap();
    if (parser.isSet(view)) {
        const QString v = parser.value(view);
        const auto kind =
            v == QLatin1String("results")     ? std::optional(sightline::core::ViewKind::Results)
            : v == QLatin1String("strategy")  ? std::optional(sightline::core::ViewKind::Strategy)
            : v == QLatin1String("hierarchy") ? std::optional(sightline::core::ViewKind::Hierarchy)
                                              : std::nullopt;
        if (!kind) {
            std::fprintf(stderr, "sightline: --view expects results, strategy or hierarchy; got \"%s\"\n",
                         qPrintable(v));
            return 2;
        }
        if (window.workspace()) {
            if (shot)
                window.views().waitUntilIdle();
            window.views().showView(*kind);
        }
    }
    if (window.workspace() && (parser.isSet(focus) || parser.isSet(colour) || parser.isSet(finding))) {
        const QString error =
            window.insight()->applyOptions(parser.value(focus), parser.value(colour), parser.value(finding));
        if (!error.isEmpty()) {
            std::fprintf(stderr, "sightline: %s\n", qPrintable(error));
            return 2;
        }
    }
    if (window.workspace() && parser.isSet(select)) {
        const sightline::core::NodeId id(parser.value(select).toStdString());
        if (!window.workspace()->document().map().node(id)) {
            std::fprintf(stderr, "sightline: --select: there is no node \"%s\"\n",
                         qPrintable(parser.value(select)));
            return 2;
        }
        window.workspace()->scene().selectNodes({id});
    }
    if (parser.isSet(presentation))
        window.setPresentation(true);
    if (shot) {
        if (window.canvas() && parser.isSet(select)) {
            // Close enough to read the selected node and its neighbours.
            window.canvas()->resetTransform();
            window.canvas()->zoomBy(1.2);
            window.canvas()->centreOn(sightline::core::NodeId(parser.value(select).toStdString()));
        } else if (window.canvas() && !parser.isSet(finding)) {
            window.canvas()->fitMap();
        }
        const QString error = sightline::editor::saveScreenshot(window, parser.value(screenshot));
        if (!error.isEmpty()) {
            std::fprintf(stderr, "sightline: %s\n", qPrintable(error));
            return 1;
        }
        return 0;
    }
    return app.exec();
}
