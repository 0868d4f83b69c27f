#include "common/actionbar.h"

#include <QBoxLayout>
#include <QResizeEvent>

#include <algorithm>

namespace bantam {

namespace {

void clearLayout(QHBoxLayout *layout)
{
    while (QLayoutItem *item = layout->takeAt(0)) {
        if (QWidget *w = item->widget()) {
            // Later: this may run inside one of the buttons' clicked() signals.
            w->hide();
            w->setObjectName(QString());
            w->deleteLater();
        }
        delete item;
    }
}

// The width a group's row needs. A button just added is not shown yet (the layout shows it
// after the event loop runs), so the layout's own size hint leaves it out: count every widget
// nobody hid on purpose, or a lead with more buttons than the last one gets one row, cut off.
int rowWidth(const QHBoxLayout *layout)
{
    int width = 0, count = 0;
    for (int i = 0; i < layout->count(); ++i) {
        const QWidget *w = layout->itemAt(i)->widget();
        if (!w || (w->isHidden() && w->testAttribute(Qt::WA_WState_ExplicitShowHide)))
            continue;
        width += w->sizeHint().width();
        ++count;
    }
    const QMargins m = layout->contentsMargins();
    if (count == 0)
        return 0;
    return width + (count - 1) * std::max(0, layout->spacing()) + m.left() + m.right();
}

} // namespace

ActionBar::ActionBar(QWidget *parent)
    : QWidget(parent)
    , m_outer(new QBoxLayout(QBoxLayout::LeftToRight, this))
    , m_leftBox(new QWidget(this))
    , m_rightBox(new QWidget(this))
    , m_left(new QHBoxLayout(m_leftBox))
    , m_right(new QHBoxLayout(m_rightBox))
{
    m_outer->setContentsMargins(0, 4, 0, 4);
    for (QHBoxLayout *l : {m_left, m_right})
        l->setContentsMargins(0, 0, 0, 0);
    m_outer->addWidget(m_leftBox, 0, Qt::AlignLeft);
    m_outer->addStretch(1);
    m_outer->addWidget(m_rightBox, 0, Qt::AlignRight);
}

void ActionBar::clear()
{
    clearLayout(m_left);
    clearLayout(m_right);
    arrange(width());
}

void ActionBar::addLeft(QWidget *w)
{
    m_left->addWidget(w);
    arrange(width());
}

void ActionBar::addRight(QWidget *w)
{
    m_right->addWidget(w);
    arrange(width());
}

bool ActionBar::isWrapped() const
{
    return m_outer->direction() == QBoxLayout::TopToBottom;
}

// As narrow as the wider group: the groups can go on two rows.
QSize ActionBar::minimumSizeHint() const
{
    const QMargins m = m_outer->contentsMargins();
    const QSize l = m_leftBox->minimumSizeHint(), r = m_rightBox->minimumSizeHint();
    return {std::max(l.width(), r.width()) + m.left() + m.right(),
        std::max(l.height(), r.height()) + m.top() + m.bottom()};
}

void ActionBar::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrange(event->size().width());
}

void ActionBar::arrange(int width)
{
    const QMargins m = m_outer->contentsMargins();
    const int left = rowWidth(m_left), right = rowWidth(m_right);
    const int needed
        = left + std::max(0, m_outer->spacing()) * 2 + 24 + right + m.left() + m.right();
    const auto direction = left == 0 || right == 0 || needed <= width ? QBoxLayout::LeftToRight
                                                                      : QBoxLayout::TopToBottom;
    if (m_outer->direction() != direction) {
        m_outer->setDirection(direction);
        updateGeometry(); // the height follows the rows
    }
}

} // namespace bantam
