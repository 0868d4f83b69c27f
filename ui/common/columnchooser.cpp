#include "common/columnchooser.h"

#include "settings/preferences.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QGuiApplication>
#include <QHeaderView>
#include <QMenu>

#include <algorithm>

namespace bantam {

ColumnChooser::ColumnChooser(QHeaderView *header, const QString &name,
    const QList<int> &hiddenByDefault, const QList<int> &growing)
    : QObject(header)
    , m_header(header)
    , m_name(name)
    , m_growing(growing)
{
    for (int column = 0; column < header->count(); ++column)
        m_base.append(header->sectionSize(column));
    const QByteArray saved = preferences::headerState(name);
    if (saved.isEmpty() || !header->restoreState(saved)) {
        for (int column : hiddenByDefault)
            header->setSectionHidden(column, true);
    }
    // Widths fitted to one window are not kept for the next (a 1920 px window's would push
    // Score off a 1366 px screen): until the user sizes a column, every start fits again.
    m_fitting = !growing.isEmpty() && !preferences::headerSizedByUser(name);
    if (m_fitting) {
        m_adjusting = true;
        for (int column : m_growing) {
            if (column < m_base.size())
                header->resizeSection(column, m_base[column]);
        }
        m_adjusting = false;
        header->installEventFilter(this);
    }
    header->setSectionsMovable(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setToolTip(tr("Right-click to choose the columns."));
    connect(header, &QHeaderView::customContextMenuRequested, this, &ColumnChooser::showMenu);
    connect(header, &QHeaderView::sectionResized, this, [this](int column) {
        // The user's own width: a divider dragged (or double-clicked) with the mouse. The last
        // column stretches with the window, and the view resizes sections when its model does.
        if (!m_adjusting && m_fitting && column != lastVisible()
            && QGuiApplication::mouseButtons() != Qt::NoButton) {
            m_fitting = false;
            preferences::setHeaderSizedByUser(m_name, true);
        }
        remember();
    });
    connect(header, &QHeaderView::sectionMoved, this, &ColumnChooser::remember);
}

void ColumnChooser::showMenu(const QPoint &where)
{
    QAbstractItemModel *model = m_header->model();
    if (!model)
        return;
    QMenu menu(m_header);
    for (int visual = 0; visual < m_header->count(); ++visual) {
        const int column = m_header->logicalIndex(visual);
        QAction *action
            = menu.addAction(model->headerData(column, m_header->orientation()).toString());
        action->setCheckable(true);
        action->setChecked(!m_header->isSectionHidden(column));
        action->setEnabled(column != 0);
        connect(action, &QAction::toggled, this, [this, column](bool shown) {
            m_adjusting = true; // a chosen column, not a width the user set
            m_header->setSectionHidden(column, !shown);
            if (shown && m_header->sectionSize(column) < m_header->minimumSectionSize() * 2)
                m_header->resizeSection(
                    column, m_base.value(column, m_header->defaultSectionSize()));
            m_adjusting = false;
            fit();
            remember();
        });
    }
    menu.addSeparator();
    connect(menu.addAction(tr("Show all columns")), &QAction::triggered, this, [this] {
        m_adjusting = true;
        for (int column = 0; column < m_header->count(); ++column)
            m_header->setSectionHidden(column, false);
        m_adjusting = false;
        fit();
        remember();
    });
    menu.exec(m_header->viewport()->mapToGlobal(where));
}

bool ColumnChooser::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_header && event->type() == QEvent::Resize)
        fit();
    return QObject::eventFilter(watched, event);
}

int ColumnChooser::lastVisible() const
{
    for (int visual = m_header->count() - 1; visual >= 0; --visual) {
        const int column = m_header->logicalIndex(visual);
        if (!m_header->isSectionHidden(column))
            return column;
    }
    return -1;
}

// The spare width of a wide window to the growing columns, in proportion to their widths and
// each up to twice its own; the last column keeps its width plus what is still left.
void ColumnChooser::fit()
{
    if (!m_fitting)
        return;
    const int last = lastVisible();
    int used = 0;
    int growing = 0;
    for (int column = 0; column < m_header->count() && column < m_base.size(); ++column) {
        if (m_header->isSectionHidden(column))
            continue;
        used += m_base[column];
        if (column != last && m_growing.contains(column))
            growing += m_base[column];
    }
    const int spare = std::max(0, m_header->width() - used);
    if (growing == 0)
        return;
    m_adjusting = true;
    for (int column : m_growing) {
        if (column == last || column >= m_base.size() || m_header->isSectionHidden(column))
            continue;
        const int base = m_base[column];
        m_header->resizeSection(column, base + std::min(base, spare * base / growing));
    }
    m_adjusting = false;
}

void ColumnChooser::remember()
{
    if (m_adjusting)
        return;
    if (!m_fitting) {
        preferences::setHeaderState(m_name, m_header->saveState());
        return;
    }
    // The columns chosen and their order are kept; the fitted widths as they were before fitting.
    m_adjusting = true;
    QList<int> fitted;
    for (int column : m_growing) {
        fitted.append(m_header->sectionSize(column));
        if (column < m_base.size())
            m_header->resizeSection(column, m_base[column]);
    }
    preferences::setHeaderState(m_name, m_header->saveState());
    for (qsizetype i = 0; i < m_growing.size(); ++i)
        m_header->resizeSection(m_growing[i], fitted[i]);
    m_adjusting = false;
}

} // namespace bantam
