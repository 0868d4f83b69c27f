#include "common/wrappingdelegate.h"

#include <QHeaderView>
#include <QListView>
#include <QTableView>
#include <QTreeView>

namespace bantam {

WrappingDelegate::WrappingDelegate(QAbstractItemView *view)
    : QStyledItemDelegate(view)
    , m_view(view)
{
    view->setTextElideMode(Qt::ElideNone);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    if (auto *tree = qobject_cast<QTreeView *>(view)) {
        tree->setWordWrap(true);
        // A tree measures its rows once; lay them out again at the column's new width.
        connect(tree->header(), &QHeaderView::sectionResized, tree, [tree] {
            QMetaObject::invokeMethod(
                tree, [tree] { tree->doItemsLayout(); }, Qt::QueuedConnection);
        });
    } else if (auto *table = qobject_cast<QTableView *>(view)) {
        table->setWordWrap(true);
    } else if (auto *list = qobject_cast<QListView *>(view)) {
        list->setWordWrap(true);
        list->setResizeMode(QListView::Adjust); // laid out again when the width changes
    }
}

QSize WrappingDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    int width = m_view->viewport()->width();
    if (const auto *tree = qobject_cast<const QTreeView *>(m_view))
        width = tree->columnWidth(index.column());
    else if (const auto *table = qobject_cast<const QTableView *>(m_view))
        width = table->columnWidth(index.column());
    QStyleOptionViewItem wrapped = option;
    // The style wraps only within a valid rectangle: the width it is shown in, any height.
    wrapped.rect = QRect(0, 0, width, QWIDGETSIZE_MAX);
    wrapped.features |= QStyleOptionViewItem::WrapText;
    return QStyledItemDelegate::sizeHint(wrapped, index);
}

} // namespace bantam
