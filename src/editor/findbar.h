#pragma once

#ifndef Q_MOC_RUN
#include "sightline/core/id.h"
#endif

#include <QWidget>
#include <vector>

class QLabel;
class QLineEdit;

namespace sightline::editor {

class CanvasView;
class Workspace;

// Find (Ctrl+F): matches titles, owners' names and team names, case-insensitively; Enter or
// F3 goes to the next match, Shift+Enter / Shift+F3 to the previous one; each match is
// selected and centred on the canvas. Escape closes the bar.
class FindBar : public QWidget {
    Q_OBJECT
public:
    explicit FindBar(QWidget* parent = nullptr);

    void setWorkspace(Workspace* workspace, CanvasView* canvas);
    void activate();
    void setText(const QString& text);
    const std::vector<core::NodeId>& matches() const { return matches_; }
    int current() const { return current_; }

    void next();
    void previous();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void search();
    void jump();

    Workspace* workspace_ = nullptr;
    CanvasView* canvas_ = nullptr;
    QLineEdit* edit_ = nullptr;
    QLabel* count_ = nullptr;
    std::vector<core::NodeId> matches_;
    int current_ = -1;
};

} // namespace sightline::editor
