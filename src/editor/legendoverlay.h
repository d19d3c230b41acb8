#pragma once

#include <QWidget>

namespace sightline::render {
class MapScene;
}

namespace sightline::editor {

// The scene's legend (render::paintLegend, the same drawing exports use) floating in the
// bottom-left corner of the canvas. Shown while a focus or a colour mode other than team is on;
// lets mouse events through to the canvas. A child of the scroll area beside its viewport, not of
// the viewport: panning scrolls the viewport's children with the picture, and the legend would
// drift out of the view.
class LegendOverlay : public QWidget {
    Q_OBJECT
public:
    LegendOverlay(render::MapScene& scene, QWidget* viewport);

    void refresh();

protected:
    void paintEvent(QPaintEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void place();
    render::MapScene& scene_;
    QWidget* viewport_;
};

} // namespace sightline::editor
