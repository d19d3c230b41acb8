#pragma once

#ifndef Q_MOC_RUN
#include "sightline/core/map.h"
#endif

#include "perspectiveseditor.h"

#include <QDockWidget>
#include <QTimer>
#include <functional>

class QFormLayout;
class QComboBox;
class QLineEdit;
class QTableWidget;

namespace sightline::editor {

class CanvasView;
class Workspace;

// Properties of the selection: every field of the format for one node or link, the shared
// fields (team, owner, perspective) for several nodes, the map's own fields when nothing is
// selected. A measure's values are a table that takes a paste from a spreadsheet (date, value,
// note per line). Each change is one undo step through the document.
class PropertiesDock : public QDockWidget {
    Q_OBJECT
public:
    explicit PropertiesDock(QWidget* parent = nullptr);

    void setWorkspace(Workspace* workspace, CanvasView* canvas);
    // The form's field for a spec key ("title", "team", "values", ...), for tests.
    QWidget* field(const QString& key) const;
    // Parses spreadsheet text (tab, semicolon or comma separated: date, value, optional note)
    // into measure values; false with a message naming the line when a line is not valid.
    static bool parseValues(const QString& text, std::vector<core::MeasureValue>& out, QString* error);
    // Replaces the selected measure's values by those in `text` (one undo step).
    bool pasteValues(const QString& text);

private:
    void scheduleRebuild();
    void rebuild();
    void clearForm();
    void buildMap();
    void buildNode(const core::Node& node);
    void buildMeasure(const core::Node& node);
    void buildInitiative(const core::Node& node);
    void buildLink(const core::Link& link);
    void buildNodes(const std::vector<core::NodeId>& ids);

    // Widgets bound to one field.
    QLineEdit* addText(const QString& key, const QString& label, const QString& value,
                       std::function<bool(const QString&)> commit);
    QComboBox* addChoice(const QString& key, const QString& label, const QStringList& items, int current,
                         std::function<void(int)> commit);
    // Applies a change to every node in `ids` as one undo step.
    bool changeNodes(const std::vector<core::NodeId>& ids, const std::function<void(core::Node&)>& change,
                     const QString& text);
    bool changeLink(const core::LinkId& id, const std::function<void(core::Link&)>& change,
                    const QString& text);
    void commitValues(const core::NodeId& id);

    Workspace* workspace_ = nullptr;
    CanvasView* canvas_ = nullptr;
    QWidget* body_ = nullptr;
    QFormLayout* form_ = nullptr;
    QTableWidget* values_ = nullptr;
    PerspectivesState perspectives_; // the map form's perspectives list across rebuilds
    QTimer timer_;
    bool building_ = false;
};

} // namespace sightline::editor
