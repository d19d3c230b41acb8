#pragma once

#ifndef Q_MOC_RUN
#include "sightline/core/map.h"
#endif

#include <QObject>
#include <QPointF>
#include <functional>
#include <optional>

namespace sightline::render {
class MapScene;
}

namespace sightline::editor {

class Document;

// The editing operations behind the actions, the canvas and the docks. Each one builds an
// undo command of core::Map operations and pushes it onto the document's stack; none touches
// the scene, which follows the model's change events.
class EditController : public QObject {
    Q_OBJECT
public:
    EditController(Document& document, render::MapScene& scene, QObject* parent = nullptr);

    Document& document() { return document_; }
    render::MapScene& scene() { return scene_; }

    // A new node of this kind centred at `pos` (scene coordinates); selected afterwards.
    std::optional<core::NodeId> createNode(core::NodeKind kind, QPointF pos, const QString& title = {});
    // Quick entry: a new node of `kind` linked to the single selected node (a result drives
    // it, a measure measures it, an initiative supports it; a selected initiative supports a
    // new result), placed below it on a free spot, selected, and its title opened for typing.
    // Without a single selected node, the node is created at `fallbackPos`.
    std::optional<core::NodeId> createLinked(core::NodeKind kind, QPointF fallbackPos);
    // Quick entry (Shift+Enter): a sibling of the single selected node, i.e. another node of
    // its kind linked the same way to what it drives (measures, supports); beside it when it
    // links to nothing. Selected afterwards, its title opened for typing (editcapture.cpp).
    std::optional<core::NodeId> createSibling(QPointF fallbackPos);
    // Commits a title typed in place: `@Team` sets the node's team, `#Name` its owner (see
    // titletags.h); a team or person the map does not have yet is created when `confirmNew`
    // agrees. One undo step. False when nothing was changed.
    bool commitTitle(const core::NodeId& id, const QString& typed,
                     const std::function<bool(const QString& question)>& confirmNew = {});
    // Sets node positions (a drag in progress): calls with the same gesture merge.
    void placeNodes(const std::vector<std::pair<core::NodeId, QPointF>>& positions, int gesture);
    // A link between two nodes, of the kind their node kinds call for (see defaultLinkKind).
    std::optional<core::LinkId> linkNodes(const core::NodeId& from, const core::NodeId& to);
    // drives between results and measures, measures from a measure to a result, supports from
    // an initiative; nullopt when the two cannot be linked.
    static std::optional<core::LinkKind> defaultLinkKind(core::NodeKind from, core::NodeKind to);
    bool setLinkKind(const core::LinkId& link, core::LinkKind kind);

    bool renameNode(const core::NodeId& id, const QString& title);
    void deleteSelection();
    // Moves the selected nodes by (dx, dy); calls with the same gesture merge into one step.
    void moveSelection(QPointF delta, int gesture);
    void moveNodes(const std::vector<core::NodeId>& ids, QPointF delta, int gesture);

    enum class Align { Left, HCentre, Right, Top, VCentre, Bottom };
    void alignSelection(Align how);
    void distributeSelection(Qt::Orientation orientation);

    void selectAll();
    void copy();
    void cut();
    // Pastes a map (JSON v1) from the clipboard centred at `centre`, or plain text as an
    // indented outline of results (outlinepaste.h), as one undo step; errors are reported.
    bool paste(QPointF centre);
    // The same from given JSON text (tests, drag and drop).
    bool pasteJson(const QByteArray& json, QPointF centre);
    // The same from an indented outline of titles.
    bool pasteOutline(const QString& text, QPointF centre);
    // The selection as a map in the JSON interchange format.
    QByteArray selectionJson() const;

    // Snapping of moves and new nodes to the grid.
    bool snapToGrid() const { return snap_; }
    void setSnapToGrid(bool on) { snap_ = on; }
    QPointF snapped(QPointF p) const;

    // A fresh gesture number for moveSelection().
    int newGesture() { return ++gesture_; }

Q_SIGNALS:
    // A new node wants its title typed: the canvas opens the in-place editor.
    void editTitleRequested(const core::NodeId& id);

private:
    bool pasteMap(const core::MapData& map, QPointF centre, const QString& undoText);
    // Adds `node` (and `link`) at a free spot next to what it links to; selects it and asks
    // for its title.
    std::optional<core::NodeId> addPlaced(core::Node node, std::optional<core::Link> link,
                                          const QString& text, std::optional<core::NodeId> besideOf = {});

    Document& document_;
    render::MapScene& scene_;
    bool snap_ = false;
    int gesture_ = 0;
};

} // namespace sightline::editor
