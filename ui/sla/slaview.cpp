#include "sla/slaview.h"

#include "common/session.h"
#include "sla/myqueueview.h"
#include "sla/sladashboard.h"
#include "sla/slaservice.h"
#include "sla/slasettingsdialog.h"

#include <QPushButton>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace bantam {

SlaView::SlaView(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_tabs(new QTabWidget(this))
    , m_queue(new MyQueueView(session, this))
    , m_dashboard(new SlaDashboard(session, this))
    , m_escalation(new QTimer(this))
{
    setObjectName(QStringLiteral("slaView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs->setObjectName(QStringLiteral("slaTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_queue, tr("My queue"));
    m_tabs->addTab(m_dashboard, tr("SLA dashboard"));
    auto *settings = new QPushButton(tr("Service level &settings…"), this);
    settings->setObjectName(QStringLiteral("slaSettingsButton"));
    m_tabs->setCornerWidget(settings);
    layout->addWidget(m_tabs);
    connect(settings, &QPushButton::clicked, this, &SlaView::editSettings);
    connect(m_queue, &MyQueueView::openLead, this, &SlaView::openLead);
    connect(m_queue, &MyQueueView::message, this, &SlaView::message);
    connect(m_dashboard, &SlaDashboard::openLead, this, &SlaView::openLead);
    m_escalation->setInterval(EscalateMs);
    connect(m_escalation, &QTimer::timeout, this, &SlaView::escalate);
    m_escalation->start();
}

void SlaView::editSettings()
{
    SlaSettingsDialog dialog(m_session, this);
    dialog.exec();
    m_dashboard->refresh();
}

void SlaView::escalate()
{
    auto recorded = m_session.services().sla().escalate();
    if (recorded && recorded.value() > 0)
        Q_EMIT message(tr("%n new SLA breach(es) were escalated.", nullptr, int(recorded.value())));
}

} // namespace bantam
