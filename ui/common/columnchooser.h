// Column chooser for a table's header: right-click the header to show or hide columns; the
// columns shown, their order and widths are remembered per table in the user's preferences.
#pragma once

#include <QList>
#include <QObject>
#include <QString>

QT_BEGIN_NAMESPACE
class QHeaderView;
QT_END_NAMESPACE

namespace bantam {

class ColumnChooser : public QObject
{
    Q_OBJECT

public:
    // Call after the header's model and default widths are set. hiddenByDefault applies until
    // the user has chosen; the first column can never be hidden so the table is never empty.
    ColumnChooser(QHeaderView *header, const QString &name, const QList<int> &hiddenByDefault);

    void showMenu(const QPoint &where);

private:
    void remember();

    QHeaderView *m_header;
    QString m_name;
};

} // namespace bantam
