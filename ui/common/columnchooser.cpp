#include "common/columnchooser.h"

#include "settings/preferences.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QHeaderView>
#include <QMenu>

namespace bantam {

ColumnChooser::ColumnChooser(
    QHeaderView *header, const QString &name, const QList<int> &hiddenByDefault)
    : QObject(header)
    , m_header(header)
    , m_name(name)
{
    const QByteArray saved = preferences::headerState(name);
    if (saved.isEmpty() || !header->restoreState(saved)) {
        for (int column : hiddenByDefault)
            header->setSectionHidden(column, true);
    }
    header->setSectionsMovable(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setToolTip(tr("Right-click to choose the columns."));
    connect(header, &QHeaderView::customContextMenuRequested, this, &ColumnChooser::showMenu);
    connect(header, &QHeaderView::sectionResized, this, &ColumnChooser::remember);
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
            m_header->setSectionHidden(column, !shown);
            if (shown && m_header->sectionSize(column) < m_header->minimumSectionSize() * 2)
                m_header->resizeSection(column, m_header->defaultSectionSize());
            remember();
        });
    }
    menu.addSeparator();
    connect(menu.addAction(tr("Show all columns")), &QAction::triggered, this, [this] {
        for (int column = 0; column < m_header->count(); ++column)
            m_header->setSectionHidden(column, false);
        remember();
    });
    menu.exec(m_header->viewport()->mapToGlobal(where));
}

void ColumnChooser::remember()
{
    preferences::setHeaderState(m_name, m_header->saveState());
}

} // namespace bantam
