#include "reports/reportsview.h"

#include "common/eventbridge.h"
#include "common/reporttablewidget.h"
#include "common/session.h"
#include "io/csvwriter.h"
#include "io/savetarget.h"
#include "reports/reportcharts.h"
#include "storage/database.h"
#include "storage/leadrepository.h"
#include "storage/userrepository.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPdfWriter>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bantam {

namespace {
enum Tab { FunnelTab, SourcesTab, VelocityTab, ReasonsTab, FairnessTab, CalibrationTab, TabCount };
}

ReportsView::ReportsView(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_preset(new QComboBox(this))
    , m_source(new QComboBox(this))
    , m_campaign(new QComboBox(this))
    , m_country(new QComboBox(this))
    , m_team(new QComboBox(this))
    , m_owner(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_tabs(new QTabWidget(this))
    , m_refresh(this, session.database(), [this] { refresh(); })
{
    setObjectName(QStringLiteral("reportsView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);

    layout->addLayout(buildFilters());

    buildTabs();
    layout->addWidget(m_tabs, 1);
    m_status->setObjectName(QStringLiteral("reportStatus"));
    // While the figures are computed the charts keep the previous ones, and a bar moves.
    m_busy->setObjectName(QStringLiteral("reportBusy"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(160);
    m_busy->setMaximumHeight(m_status->fontMetrics().height());
    m_busy->setTextVisible(false);
    m_busy->hide();
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_busy);
    statusRow->addWidget(m_status, 1);
    layout->addLayout(statusRow);
    connectFilters();
}

// The filters in two rows, with Export PDF and Refresh at the end.
QGridLayout *ReportsView::buildFilters()
{
    auto *filters = new QGridLayout;
    const QDate today = m_session.clock().now().date();
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_from->setObjectName(QStringLiteral("reportFrom"));
    m_to->setObjectName(QStringLiteral("reportTo"));
    m_from->setDate(today.addYears(-1).addDays(1));
    m_to->setDate(today);
    m_preset->addItems({tr("Custom range"), tr("Last 30 days"), tr("Last 90 days"), tr("This year"),
        tr("Last 12 months"), tr("All time")});
    m_preset->setCurrentIndex(4);
    auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    filters->addWidget(label(tr("&Period:"), m_preset), 0, 0);
    filters->addWidget(m_preset, 0, 1);
    filters->addWidget(label(tr("&From:"), m_from), 0, 2);
    filters->addWidget(m_from, 0, 3);
    filters->addWidget(label(tr("&To:"), m_to), 0, 4);
    filters->addWidget(m_to, 0, 5);
    filters->addWidget(label(tr("&Source:"), m_source), 0, 6);
    filters->addWidget(m_source, 0, 7);
    filters->addWidget(label(tr("&Campaign:"), m_campaign), 1, 0);
    filters->addWidget(m_campaign, 1, 1);
    filters->addWidget(label(tr("Cou&ntry:"), m_country), 1, 2);
    filters->addWidget(m_country, 1, 3);
    filters->addWidget(label(tr("Tea&m:"), m_team), 1, 4);
    filters->addWidget(m_team, 1, 5);
    filters->addWidget(label(tr("&Rep:"), m_owner), 1, 6);
    filters->addWidget(m_owner, 1, 7);
    for (int c : {1, 3, 5, 7})
        filters->setColumnStretch(c, 1);
    auto *pdf = new QPushButton(tr("Export &PDF…"), this);
    pdf->setObjectName(QStringLiteral("exportPdf"));
    filters->addWidget(pdf, 0, 8);
    auto *refreshButton = new QPushButton(tr("Refres&h"), this);
    filters->addWidget(refreshButton, 1, 8);
    connect(refreshButton, &QPushButton::clicked, this, &ReportsView::refresh);
    connect(pdf, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export reports as PDF"), tr("bantam-reports.pdf"), tr("PDF (*.pdf)"));
        if (path.isEmpty())
            return;
        if (auto r = exportPdf(path); !r)
            QMessageBox::warning(this, tr("Export"), r.error().message);
    });
    return filters;
}

// One tab per report: its chart above its tables of numbers, export buttons below.
void ReportsView::buildTabs()
{
    m_tabs->setObjectName(QStringLiteral("reportTabs"));
    for (int t = 0; t < TabCount; ++t) {
        auto *page = new QWidget(m_tabs);
        auto *pageLayout = new QVBoxLayout(page);
        auto *split = new QSplitter(Qt::Vertical, page);
        Page p;
        p.chart = new QChartView(split);
        p.chart->setRenderHint(QPainter::Antialiasing);
        p.chart->setMinimumHeight(260);
        auto *tables = new QWidget(split);
        auto *tablesLayout = new QHBoxLayout(tables);
        tablesLayout->setContentsMargins(0, 0, 0, 0);
        // Reasons: totals and by month; calibration: score bands and the learned score.
        for (int i = 0; i < (t == ReasonsTab || t == CalibrationTab ? 2 : 1); ++i) {
            auto *table = new QTableWidget(tables);
            table->setObjectName(QStringLiteral("reportTable%1_%2").arg(t).arg(i));
            table->setEditTriggers(QAbstractItemView::NoEditTriggers);
            table->setAlternatingRowColors(true);
            table->verticalHeader()->hide();
            table->horizontalHeader()->setStretchLastSection(false);
            tablesLayout->addWidget(table);
            p.tables.push_back(table);
        }
        split->addWidget(p.chart);
        split->addWidget(tables);
        // The chart gets three fifths of the height from the start (by size hints alone it got
        // a strip of ~190 px above a mostly empty table); neither part can be dragged away.
        split->setChildrenCollapsible(false);
        split->setStretchFactor(0, 3);
        split->setStretchFactor(1, 2);
        split->setSizes({600, 400});
        pageLayout->addWidget(split, 1);
        auto *buttons = new QHBoxLayout;
        buttons->addStretch();
        auto *png = new QPushButton(tr("Chart as PN&G…"), page);
        auto *csv = new QPushButton(tr("Numbers as CS&V…"), page);
        buttons->addWidget(png);
        buttons->addWidget(csv);
        pageLayout->addLayout(buttons);
        connect(png, &QPushButton::clicked, this, [this] { exportCurrent(QStringLiteral("png")); });
        connect(csv, &QPushButton::clicked, this, [this] { exportCurrent(QStringLiteral("csv")); });
        m_tabs->addTab(page, reportCatalog()[size_t(t)].translatedTitle());
        m_pages.push_back(p);
    }
}

// A changed filter (or new data) computes the figures again.
void ReportsView::connectFilters()
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
    for (QComboBox *c : {m_source, m_campaign, m_country, m_team, m_owner})
        connect(c, &QComboBox::activated, this, &ReportsView::refresh);
    connect(m_session.bridge(), &EventBridge::leadsReloaded, this, [this] {
        if (m_started) {
            reloadChoices();
            refresh();
        }
    });
}

void ReportsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_started) {
        m_started = true;
        reloadChoices();
        refresh();
    }
}

void ReportsView::reloadChoices()
{
    auto fill = [](QComboBox *combo, const QString &all,
                    const QList<std::pair<QString, QVariant>> &items) {
        const QVariant current = combo->currentData();
        combo->clear();
        combo->addItem(all, QVariant());
        for (const auto &[text, data] : items)
            combo->addItem(text, data);
        combo->setCurrentIndex(std::max(0, combo->findData(current)));
    };
    LeadRepository leads(m_session.database());
    auto listOf = [](const Result<QStringList> &values) {
        QList<std::pair<QString, QVariant>> out;
        if (values) {
            for (const QString &v : values.value())
                out.append({v, v});
        }
        return out;
    };
    fill(m_source, tr("All sources"),
        listOf(leads.distinctValues(LeadRepository::Distinct::Source)));
    fill(m_campaign, tr("All campaigns"),
        listOf(leads.distinctValues(LeadRepository::Distinct::Campaign)));
    fill(m_country, tr("All countries"),
        listOf(leads.distinctValues(LeadRepository::Distinct::Country)));
    UserRepository users(m_session.database());
    QList<std::pair<QString, QVariant>> teams, reps;
    if (auto t = users.teams()) {
        for (const Team &team : t.value())
            teams.append({team.name, team.id});
    }
    if (auto u = users.all()) {
        for (const User &user : u.value()) {
            if (user.isSales())
                reps.append({user.name, user.id});
        }
    }
    fill(m_team, tr("All teams"), teams);
    fill(m_owner, tr("All reps"), reps);
}

void ReportsView::applyPreset(int index)
{
    const QDate today = m_session.clock().now().date();
    switch (index) {
    case 1:
        m_from->setDate(today.addDays(-29));
        break;
    case 2:
        m_from->setDate(today.addDays(-89));
        break;
    case 3:
        m_from->setDate(QDate(today.year(), 1, 1));
        break;
    case 4:
        m_from->setDate(today.addYears(-1).addDays(1));
        break;
    case 5:
        m_from->setDate(QDate(2000, 1, 1));
        break;
    default:
        return;
    }
    m_to->setDate(today);
}

ReportFilter ReportsView::filter() const
{
    ReportFilter f;
    f.from = m_from->date();
    f.to = m_to->date();
    f.source = m_source->currentData().toString();
    f.campaign = m_campaign->currentData().toString();
    f.country = m_country->currentData().toString();
    if (m_team->currentData().isValid())
        f.teamId = m_team->currentData().toLongLong();
    if (m_owner->currentData().isValid())
        f.ownerId = m_owner->currentData().toLongLong();
    return f;
}

void ReportsView::setFilter(const ReportFilter &f)
{
    m_preset->setCurrentIndex(0);
    if (f.from.isValid())
        m_from->setDate(f.from);
    if (f.to.isValid())
        m_to->setDate(f.to);
    auto select
        = [](QComboBox *c, const QVariant &v) { c->setCurrentIndex(std::max(0, c->findData(v))); };
    select(m_source, f.source.isEmpty() ? QVariant() : QVariant(f.source));
    select(m_campaign, f.campaign.isEmpty() ? QVariant() : QVariant(f.campaign));
    select(m_country, f.country.isEmpty() ? QVariant() : QVariant(f.country));
    select(m_team, f.teamId ? QVariant(*f.teamId) : QVariant());
    select(m_owner, f.ownerId ? QVariant(*f.ownerId) : QVariant());
}

void ReportsView::refresh()
{
    if (m_refresh.deferIfRunning())
        return; // the filter changed while computing: run again when done
    if (m_from->date() > m_to->date()) {
        m_status->setText(tr("The start date %1 is after the end date %2.")
                              .arg(QLocale().toString(m_from->date(), QLocale::ShortFormat),
                                  QLocale().toString(m_to->date(), QLocale::ShortFormat)));
        return;
    }
    m_status->setText(m_current
            ? tr("Calculating… the charts show the previous figures until the new ones are ready.")
            : tr("Calculating…"));
    m_busy->show();
    auto set = std::make_shared<ReportSet>();
    set->filter = filter();
    m_refresh.start(
        [set, &reports = m_session.services().reports()](const Database &) {
            for (const ReportEntry &report : reportCatalog()) {
                if (auto r = report.compute(reports, set->filter, *set); !r) {
                    set->error = r.error();
                    break;
                }
            }
        },
        [this, set] { showFigures(*set); });
}

void ReportsView::showFigures(const ReportSet &set)
{
    m_busy->hide();
    if (set.error) {
        m_status->setText(set.error->message);
        return;
    }
    m_current = set;
    m_pages[FunnelTab].chart->setChart(charts::funnel(set.funnel));
    m_pages[SourcesTab].chart->setChart(charts::sources(set.sources));
    m_pages[VelocityTab].chart->setChart(charts::velocity(set.velocity));
    m_pages[ReasonsTab].chart->setChart(charts::reasons(set.reasons));
    m_pages[FairnessTab].chart->setChart(charts::fairness(set.fairness));
    m_pages[CalibrationTab].chart->setChart(charts::calibration(set.calibration));
    for (int t = 0; t < TabCount; ++t) {
        const auto data = tablesOf(t);
        for (size_t i = 0; i < data.size() && i < m_pages[size_t(t)].tables.size(); ++i)
            fillReportTable(m_pages[size_t(t)].tables[i], data[i]);
    }
    m_status->setText(
        tr("%1 — %2 leads in the cohort. Calculated %3.")
            .arg(filterDescription(), QLocale().toString(set.funnel.leads),
                QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat)));
    Q_EMIT refreshed();
}

std::vector<ReportTable> ReportsView::tablesOf(int tab) const
{
    if (!m_current)
        return {};
    if (tab < 0 || size_t(tab) >= reportCatalog().size())
        return {};
    return reportCatalog()[size_t(tab)].tables(*m_current);
}

QTableWidget *ReportsView::table(int tab, int which) const
{
    if (tab < 0 || tab >= TabCount || which < 0
        || size_t(which) >= m_pages[size_t(tab)].tables.size())
        return nullptr;
    return m_pages[size_t(tab)].tables[size_t(which)];
}

QString ReportsView::filterDescription() const
{
    const QLocale locale;
    QStringList parts;
    parts << tr("Leads created %1 – %2")
                 .arg(locale.toString(m_from->date(), QLocale::ShortFormat),
                     locale.toString(m_to->date(), QLocale::ShortFormat));
    for (QComboBox *c : {m_source, m_campaign, m_country, m_team, m_owner}) {
        if (c->currentData().isValid())
            parts << c->currentText();
    }
    return parts.join(QStringLiteral(" · "));
}

void ReportsView::exportCurrent(const QString &kind)
{
    const int tab = m_tabs->currentIndex();
    const QString base = m_tabs->tabText(tab).toLower().remove(QLatin1Char('&'));
    const bool png = kind == QLatin1String("png");
    const QString path = QFileDialog::getSaveFileName(this,
        png ? tr("Save chart as PNG") : tr("Save numbers as CSV"),
        QStringLiteral("bantam-%1.%2").arg(base, kind),
        png ? tr("PNG image (*.png)") : tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    auto r = png ? exportPng(tab, path) : exportCsv(tab, path);
    if (!r)
        QMessageBox::warning(this, tr("Export"), r.error().message);
}

Result<void> ReportsView::exportPng(int tab, const QString &path) const
{
    if (!m_current)
        return Error::invalid(tr("There are no figures to export yet."));
    if (auto target = SaveTarget::check(path); !target)
        return target.error();
    // A fixed, print-worthy size whatever the window's size (the on-screen chart may be a strip
    // of a few hundred pixels), drawn at twice the resolution for sharp text.
    const QSize logical(1600, 900);
    QImage image(logical * 2, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2);
    image.fill(Qt::white);
    QChartView *view = m_pages[size_t(tab)].chart;
    const QSize old = view->size();
    view->resize(logical);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    view->QWidget::render(&painter);
    painter.end();
    view->resize(old);
    if (!image.save(path, "PNG"))
        return Error::storage(tr("Cannot write the image '%1'.").arg(path));
    return {};
}

Result<void> ReportsView::exportCsv(int tab, const QString &path) const
{
    if (!m_current)
        return Error::invalid(tr("There are no figures to export yet."));
    if (auto target = SaveTarget::check(path); !target)
        return target.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::storage(tr("Cannot write '%1': %2").arg(path, file.errorString()));
    const QLocale locale;
    CsvWriter csv(file, CsvWriter::delimiterFor(locale));
    QLocale numbers = locale;
    numbers.setNumberOptions(QLocale::OmitGroupSeparator);
    bool first = true;
    for (const ReportTable &t : tablesOf(tab)) {
        if (!first)
            csv.writeRow({});
        first = false;
        csv.writeRow({t.title});
        csv.writeRow(t.headers);
        for (const QVariantList &row : t.rows) {
            QStringList cells;
            for (const QVariant &v : row) {
                if (v.isNull())
                    cells << QString();
                else if (v.typeId() == QMetaType::Double)
                    cells << numbers.toString(v.toDouble(), 'f', 4);
                else
                    cells << v.toString();
            }
            csv.writeRow(cells);
        }
    }
    if (auto r = csv.finish(); !r)
        return r;
    if (!file.commit())
        return Error::storage(tr("Cannot write '%1': %2").arg(path, file.errorString()));
    return {};
}

namespace {

// One report table on PDF pages from y on: columns as wide as their longest text (the font
// shrinks until the table fits the page's width, and only then do texts get "…"), headers wrapped
// onto two lines, and the header repeated on each page the table continues on. Returns the y
// below the table.
int drawPdfTable(QPdfWriter &pdf, QPainter &painter, const ReportTable &table, const QRect &area,
    int y, const QFont &baseFont)
{
    const int columns = int(table.headers.size());
    if (columns == 0)
        return y;
    constexpr int gap = 10;
    QFont font = baseFont;
    std::vector<int> widths(size_t(columns), 0);
    for (double size = baseFont.pointSizeF(); size >= 6.0; size -= 0.5) {
        font.setPointSizeF(size);
        const QFontMetrics fm(font);
        int total = 0;
        for (int c = 0; c < columns; ++c) {
            // A header may take two lines: its longest word or half its width, whichever is more.
            int header = 0;
            for (const QString &word : table.headers[c].split(QLatin1Char(' ')))
                header = std::max(header, fm.horizontalAdvance(word));
            header = std::max(
                header, fm.horizontalAdvance(table.headers[c]) / 2 + fm.averageCharWidth());
            int widest = header;
            for (qsizetype r = 0; r < table.rows.size(); ++r)
                widest = std::max(widest, fm.horizontalAdvance(table.text(r, c)));
            widths[size_t(c)] = widest + gap;
            total += widths[size_t(c)];
        }
        if (total <= area.width())
            break;
    }
    int total = 0;
    for (int w : widths)
        total += w;
    if (total > area.width()) { // still too wide at the smallest font: share the width out
        for (int &w : widths)
            w = int(qint64(w) * area.width() / total);
    }
    const QFontMetrics fm(font);
    const int rowHeight = fm.height() + 4;
    const int headerHeight = 2 * fm.height() + 6;
    QFont bold = font;
    bold.setBold(true);
    auto drawHeader = [&] {
        painter.setFont(bold);
        int x = area.left();
        for (int c = 0; c < columns; ++c) {
            painter.drawText(QRect(x, y, widths[size_t(c)] - gap, headerHeight),
                Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap, table.headers[c]);
            x += widths[size_t(c)];
        }
        y += headerHeight;
        painter.drawLine(area.left(), y, area.left() + std::min(total, area.width()), y);
        y += 2;
        painter.setFont(font);
    };
    // Never a header alone at the foot of a page.
    if (y + headerHeight + 2 * rowHeight > area.bottom()) {
        pdf.newPage();
        y = area.top();
    }
    drawHeader();
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        if (y + rowHeight > area.bottom()) {
            pdf.newPage();
            y = area.top();
            drawHeader();
        }
        int x = area.left();
        for (int c = 0; c < columns && c < int(table.rows[r].size()); ++c) {
            const int w = widths[size_t(c)] - gap;
            const QVariant &cell = table.rows[r][c];
            const bool number = cell.typeId() == QMetaType::Double
                || cell.typeId() == QMetaType::LongLong || cell.typeId() == QMetaType::Int;
            painter.drawText(QRect(x, y, w, rowHeight),
                (number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter,
                fm.elidedText(table.text(r, c), Qt::ElideRight, w));
            x += widths[size_t(c)];
        }
        y += rowHeight;
    }
    return y + rowHeight;
}

} // namespace

Result<void> ReportsView::exportPdf(const QString &path) const
{
    if (!m_current)
        return Error::invalid(tr("There are no figures to export yet."));
    QPdfWriter pdf(path);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageOrientation(QPageLayout::Landscape);
    pdf.setResolution(120);
    pdf.setTitle(tr("Bantam reports"));
    pdf.setCreator(QStringLiteral("Bantam"));
    QPainter painter;
    if (!painter.begin(&pdf))
        return Error::storage(tr("Cannot write the PDF '%1'.").arg(path));
    const QRect page = pdf.pageLayout().paintRectPixels(pdf.resolution());
    const QRect area(0, 0, page.width(), page.height());
    QFont titleFont = painter.font();
    titleFont.setPointSizeF(16);
    titleFont.setBold(true);
    QFont textFont = painter.font();
    textFont.setPointSizeF(9);
    for (int t = 0; t < TabCount; ++t) {
        if (t > 0)
            pdf.newPage();
        painter.setFont(titleFont);
        painter.drawText(area.adjusted(0, 0, 0, -area.height() + 40),
            Qt::AlignLeft | Qt::AlignVCenter,
            tr("Bantam reports — %1").arg(m_tabs->tabText(t).remove(QLatin1Char('&'))));
        painter.setFont(textFont);
        painter.drawText(QRect(0, 40, area.width(), 24), Qt::AlignLeft | Qt::AlignVCenter,
            tr("%1 · created %2")
                .arg(filterDescription(),
                    QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat)));
        // The chart, rendered at a fixed size so hidden tabs export the same as visible ones.
        QChartView *view = m_pages[size_t(t)].chart;
        const QRect chartRect(0, 72, area.width(), int(area.height() * 0.55));
        const QSize old = view->size();
        view->resize(chartRect.size());
        view->QWidget::render(&painter, chartRect.topLeft());
        view->resize(old);
        // The numbers under it.
        int y = chartRect.bottom() + 16;
        for (const ReportTable &table : tablesOf(t))
            y = drawPdfTable(pdf, painter, table, area, y, textFont);
    }
    if (!painter.end())
        return Error::storage(tr("Cannot write the PDF '%1'.").arg(path));
    return {};
}

} // namespace bantam
