#include "sightline/editor/screenshot.h"

#include "sightline/editor/canvasview.h"
#include "sightline/editor/mainwindow.h"
#include "sightline/editor/viewcontroller.h"

#include <QApplication>
#include <QEventLoop>
#include <QPixmap>
#include <QTimer>

namespace sightline::editor {

QString saveScreenshot(MainWindow& window, const QString& path) {
    // A view being laid out is shown once it is in place.
    if (window.views().busy()) {
        window.views().waitUntilIdle();
        if (window.canvas())
            window.canvas()->fitMap();
    }
    // Let the docks catch up (they refresh shortly after a change) before taking the picture.
    QEventLoop loop;
    QTimer::singleShot(700, &loop, &QEventLoop::quit);
    loop.exec();
    const QPixmap picture = window.grab();
    if (picture.isNull())
        return QStringLiteral("the window could not be drawn");
    if (!picture.save(path, "PNG", 0)) // smallest file
        return QStringLiteral("%1 could not be written").arg(path);
    return {};
}

} // namespace sightline::editor
