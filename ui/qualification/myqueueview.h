// MyQueueView: the "My queue" tab — the signed-in rep's own open leads, most urgent first.
// Enter (or a double click) starts a call with the selected lead in call mode.
#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace bantam {

class MyQueueModel;
class Session;

class MyQueueView : public QWidget
{
    Q_OBJECT

public:
    explicit MyQueueView(Session &session, QWidget *parent = nullptr);

    MyQueueModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

public Q_SLOTS:
    void callSelected();

private:
    void updateSummary();

    Session &m_session;
    MyQueueModel *m_model;
    QTableView *m_table;
    QLabel *m_summary;
};

} // namespace bantam
