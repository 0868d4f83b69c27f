// WrappingDelegate: rows as tall as their text wrapped at the width it is shown in (a column of a
// tree or table, or a list's whole width). Qt's views measure a row without that width, so a
// wrapped sentence would otherwise be cut to one line.
#pragma once

#include <QStyledItemDelegate>

class QAbstractItemView;

namespace bantam {

class WrappingDelegate : public QStyledItemDelegate
{
public:
    // Also sets the view to wrap its text, never elide it and never scroll sideways.
    explicit WrappingDelegate(QAbstractItemView *view);
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QAbstractItemView *m_view;
};

} // namespace bantam
