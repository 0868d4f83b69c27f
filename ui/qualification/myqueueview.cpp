#include "qualification/myqueueview.h"

#include "common/session.h"
#include "qualification/callmodewidget.h"
#include "qualification/myqueuemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace bantam {

MyQueueView::MyQueueView(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new MyQueueModel(session.database(), session.bridge(), this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("myQueue"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_summary->setObjectName(QStringLiteral("queueSummary"));
    top->addWidget(m_summary, 1);
    auto *call = new QPushButton(tr("&Call selected lead (Enter)"), this);
    call->setObjectName(QStringLiteral("callButton"));
    connect(call, &QPushButton::clicked, this, &MyQueueView::callSelected);
    top->addWidget(call);
    layout->addLayout(top);

    m_table->setObjectName(QStringLiteral("queueTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(MyQueueModel::Name, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(MyQueueModel::Company, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(
        MyQueueModel::Urgency, QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 1);
    connect(m_table, &QTableView::activated, this, &MyQueueView::callSelected);

    connect(m_model, &MyQueueModel::totalCountChanged, this, &MyQueueView::updateSummary);
    connect(&session, &Session::currentUserChanged, this,
        [this] { m_model->setOwner(m_session.hasUser() ? m_session.currentUser().id : 0); });
    m_model->setOwner(session.hasUser() ? session.currentUser().id : 0);
    updateSummary();
}

void MyQueueView::updateSummary()
{
    if (!m_session.hasUser()) {
        m_summary->setText(tr("Sign in to see your queue."));
        return;
    }
    m_summary->setText(
        tr("<b>My queue</b> — %1 open leads of %2, most urgent first: fast-track, then MQLs "
           "waiting to be accepted (oldest first), then by score.")
            .arg(QLocale().toString(m_model->totalCount()),
                m_session.currentUser().name.toHtmlEscaped()));
}

void MyQueueView::callSelected()
{
    const QModelIndex current = m_table->currentIndex();
    const qint64 id = m_model->leadIdAt(current.isValid() ? current.row() : 0);
    if (id > 0)
        openCallMode(m_session, id, this);
}

} // namespace bantam
