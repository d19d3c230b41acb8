#include "teamboxdelegate.h"

#include <algorithm>

namespace sightline::editor {

namespace {

int indentOf(const QModelIndex& index) {
    return TeamBoxDelegate::kIndent * std::clamp(index.data(TeamBoxDelegate::kLevelRole).toInt(), 0, 12);
}

} // namespace

void TeamBoxDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                            const QModelIndex& index) const {
    QStyleOptionViewItem indented(option);
    indented.rect.adjust(indentOf(index), 0, 0, 0);
    QStyledItemDelegate::paint(painter, indented, index);
}

QSize TeamBoxDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const {
    const QSize size = QStyledItemDelegate::sizeHint(option, index);
    return {size.width() + indentOf(index), size.height()};
}

} // namespace sightline::editor
