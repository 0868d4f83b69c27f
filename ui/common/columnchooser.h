// Column chooser for a table's header: right-click the header to show or hide columns; the
// columns shown, their order and widths are remembered per table in the user's preferences.
// Until the user has widths of their own, the columns that hold long text (names, companies)
// take the room a wide window has, instead of the last column taking all of it.
#pragma once

#include <QEvent>
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
    // growing: the columns that share a wide window's spare width, each up to twice its own.
    ColumnChooser(QHeaderView *header, const QString &name, const QList<int> &hiddenByDefault,
        const QList<int> &growing = {});

    void showMenu(const QPoint &where);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void remember();
    void fit();
    int lastVisible() const;

    QHeaderView *m_header;
    QString m_name;
    QList<int> m_growing;
    QList<int> m_base; // each column's width before fitting
    bool m_fitting = false; // until the user resizes a column or has saved widths
    bool m_adjusting = false;
};

} // namespace bantam
