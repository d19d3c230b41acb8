#pragma once

#include <QStyledItemDelegate>

namespace sightline::editor {

// Draws the Focus toolbar's team list as the organisation's tree: each team indented under its
// parent by its level (the item's kLevelRole). The names themselves carry no indent, so typing
// a name's first letters in the closed box finds it, and the box shows the plain name.
class TeamBoxDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    static constexpr int kLevelRole = Qt::UserRole + 1;
    static constexpr int kIndent = 14; // pixels per level

    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace sightline::editor
