#include "sla/sladashboard.h"

#include "common/eventbridge.h"
#include "common/reporttablewidget.h"
#include "common/session.h"
#include "sla/slacharts.h"
#include "storage/database.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bantam {

namespace {
constexpr int ChartMinimumHeight = 260;
}

SlaDashboard::SlaDashboard(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_preset(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_status(new QLabel(this))
    , m_firstTouch(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_refresh(this, session.database(), [this] { refresh(); })
{
    setObjectName(QStringLiteral("slaDashboard"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->addLayout(buildFilters());
    layout->addWidget(buildFigures(), 1);
    m_status->setObjectName(QStringLiteral("slaStatus"));
    layout->addWidget(m_status);
    applyPreset(m_preset->currentIndex());
    connectControls();
}

// The period, the first-touch figures and Refresh.
QHBoxLayout *SlaDashboard::buildFilters()
{
    auto *filters = new QHBoxLayout;
    m_preset->addItems({tr("Custom range"), tr("Last 4 weeks"), tr("Last 12 weeks"),
        tr("This year"), tr("Last 12 months")});
    m_preset->setCurrentIndex(2);
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_from->setObjectName(QStringLiteral("slaFrom"));
    m_to->setObjectName(QStringLiteral("slaTo"));
    auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    filters->addWidget(label(tr("&Period:"), m_preset));
    filters->addWidget(m_preset);
    filters->addWidget(label(tr("&From:"), m_from));
    filters->addWidget(m_from);
    filters->addWidget(label(tr("&To:"), m_to));
    filters->addWidget(m_to);
    filters->addStretch();
    m_firstTouch->setObjectName(QStringLiteral("slaFirstTouch"));
    filters->addWidget(m_firstTouch);
    auto *refreshButton = new QPushButton(tr("Refres&h"), this);
    filters->addWidget(refreshButton);
    connect(refreshButton, &QPushButton::clicked, this, &SlaDashboard::refresh);
    return filters;
}

// The four charts above the tabs of tables.
QSplitter *SlaDashboard::buildFigures()
{
    auto *split = new QSplitter(Qt::Vertical, this);
    // Each chart keeps the height its labels need (a rep per row); where the screen is shorter
    // than the four charts, they scroll instead of dropping names.
    auto *chartScroll = new QScrollArea(split);
    chartScroll->setWidgetResizable(true);
    chartScroll->setFrameShape(QFrame::NoFrame);
    chartScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    chartScroll->setMinimumHeight(fontMetrics().height() * 10);
    auto *charts = new QWidget(chartScroll);
    auto *grid = new QGridLayout(charts);
    grid->setContentsMargins(0, 0, 0, 0);
    QChartView **views[] = {&m_states, &m_compliance, &m_weekly, &m_mql};
    for (int i = 0; i < 4; ++i) {
        *views[i] = new QChartView(charts);
        (*views[i])->setRenderHint(QPainter::Antialiasing);
        (*views[i])->setMinimumHeight(ChartMinimumHeight);
        grid->addWidget(*views[i], i / 2, i % 2);
    }
    chartScroll->setWidget(charts);
    split->addWidget(chartScroll);
    const QString titles[TableCount] = {tr("Now"), tr("Compliance"), tr("First touch"),
        tr("Weekly"), tr("MQL target"), tr("Breaches")};
    for (int t = 0; t < TableCount; ++t) {
        auto *table = new QTableWidget(m_tabs);
        table->setObjectName(QStringLiteral("slaTable%1").arg(t));
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->setAlternatingRowColors(true);
        table->verticalHeader()->hide();
        m_tables[t] = table;
        m_tabs->addTab(table, titles[t]);
    }
    m_tables[BreachTable]->setToolTip(tr("Double-click or press Enter to open the lead."));
    split->addWidget(m_tabs);
    // Charts and tables share the height 3:2; neither can be pushed out of sight by the divider
    // (the breach list used to get a row and a half until a hidden divider was dragged).
    split->setChildrenCollapsible(false);
    m_tabs->setMinimumHeight(fontMetrics().height() * 9);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({600, 400});
    return split;
}

void SlaDashboard::connectControls()
{
    connect(m_preset, &QComboBox::activated, this, [this](int i) {
        applyPreset(i);
        refresh();
    });
    for (QDateEdit *d : {m_from, m_to}) {
        connect(d, &QDateEdit::editingFinished, this, [this] {
            m_preset->setCurrentIndex(0);
            refresh();
        });
    }
    connect(m_tables[BreachTable], &QTableWidget::activated, this, [this](const QModelIndex &i) {
        if (m_current && i.row() >= 0 && size_t(i.row()) < m_current->breaches.size())
            Q_EMIT openLead(m_current->breaches[size_t(i.row())].leadId);
    });
    auto again = [this] {
        if (m_started && isVisible())
            refresh();
        else
            m_started = false; // refresh when shown next
    };
    connect(m_session.bridge(), &EventBridge::leadsReloaded, this, again);
    connect(m_session.bridge(), &EventBridge::slaBreached, this, again);
    connect(m_session.bridge(), &EventBridge::leadsChangedElsewhere, this, again);
}

void SlaDashboard::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_started) {
        m_started = true;
        refresh();
    }
}

void SlaDashboard::applyPreset(int index)
{
    const QDate today = m_session.clock().now().date();
    switch (index) {
    case 1:
        m_from->setDate(today.addDays(-27));
        break;
    case 2:
        m_from->setDate(today.addDays(-83));
        break;
    case 3:
        m_from->setDate(QDate(today.year(), 1, 1));
        break;
    case 4:
        m_from->setDate(today.addYears(-1).addDays(1));
        break;
    default:
        return;
    }
    m_to->setDate(today);
}

void SlaDashboard::setPeriod(const QDate &from, const QDate &to)
{
    m_preset->setCurrentIndex(0);
    m_from->setDate(from);
    m_to->setDate(to);
}

void SlaDashboard::refresh()
{
    if (m_refresh.deferIfRunning())
        return;
    if (m_from->date() > m_to->date()) {
        m_status->setText(tr("The start date is after the end date."));
        return;
    }
    m_status->setText(tr("Calculating…"));
    auto figures = std::make_shared<SlaFigures>();
    figures->from = m_from->date();
    figures->to = m_to->date();
    figures->at = m_session.clock().now();
    m_refresh.start(
        [figures, &reports = m_session.services().slaReports()](const Database &) {
            auto status = reports.status(figures->at);
            auto report = reports.report(figures->from, figures->to, figures->at);
            auto breaches = reports.breaches(
                figures->from, figures->to, figures->at, SlaReports::BreachListLimit);
            if (!status)
                figures->error = status.error();
            else if (!report)
                figures->error = report.error();
            else if (!breaches)
                figures->error = breaches.error();
            else {
                figures->status = std::move(status).value();
                figures->report = std::move(report).value();
                figures->breaches = std::move(breaches).value();
            }
        },
        [this, figures] { showFigures(*figures); });
}

void SlaDashboard::showFigures(const SlaFigures &f)
{
    if (f.error) {
        m_status->setText(f.error->message);
        return;
    }
    m_current = f;
    m_states->setChart(charts::slaStates(f.status));
    m_compliance->setChart(charts::slaCompliance(f.report));
    m_weekly->setChart(charts::slaWeekly(f.report));
    m_mql->setChart(charts::mqlTargets(f.report));
    const int rowHeight
        = std::max({ChartMinimumHeight, charts::heightForAllLabels(m_states->chart()),
            charts::heightForAllLabels(m_compliance->chart())});
    m_states->setMinimumHeight(rowHeight);
    m_compliance->setMinimumHeight(rowHeight);
    fillReportTable(m_tables[NowTable], slaStatusTable(f.status));
    fillReportTable(m_tables[ComplianceTable], slaComplianceTable(f.report));
    fillReportTable(m_tables[FirstTouchTable], slaFirstTouchTable(f.report));
    fillReportTable(m_tables[WeeklyTable], slaWeeklyTable(f.report));
    fillReportTable(m_tables[MqlTable], mqlTargetTable(f.report));
    fillReportTable(m_tables[BreachTable], slaBreachTable(f.breaches));
    const QLocale locale;
    const SlaStatusRow &now = f.status.total();
    const SlaComplianceRow &all = f.report.total();
    m_firstTouch->setText(f.report.medianFirstTouchHours
            ? tr("First touch: median %1 h, 90%: %2 h (business hours)")
                  .arg(locale.toString(*f.report.medianFirstTouchHours, 'f', 1),
                      locale.toString(*f.report.p90FirstTouchHours, 'f', 1))
            : tr("No first touches in the period."));
    m_status->setText(
        tr("Now: %1 on track, %2 due soon, %3 breached. Period %4 – %5: %6 compliance. "
           "Calculated %7.")
            .arg(locale.toString(now.onTrack), locale.toString(now.dueSoon),
                locale.toString(now.breached), locale.toString(f.from, QLocale::ShortFormat),
                locale.toString(f.to, QLocale::ShortFormat),
                formatCell(all.compliance(), CellKind::Rate),
                locale.toString(f.at.toLocalTime(), QLocale::ShortFormat)));
    Q_EMIT refreshed();
}

} // namespace bantam
