#include "team/teamdialogs.h"

#include "audit/auditlog.h"
#include "common/session.h"
#include "domain/typedlist.h"
#include "routing/routingrules.h"
#include "storage/userrepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bantam {

namespace {

QTableWidgetItem *cell(const QVariant &v)
{
    auto *i = new QTableWidgetItem;
    i->setData(Qt::DisplayRole, v);
    i->setFlags(i->flags() & ~Qt::ItemIsEditable);
    return i;
}

QString listText(const QStringList &l)
{
    return l.join(QLatin1String(", "));
}

} // namespace

// ---- Routing rules ---------------------------------------------------------------------------

RoutingRulesDialog::RoutingRulesDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_list(new QListWidget(this))
{
    setWindowTitle(tr("Routing rules"));
    m_list->setObjectName(QStringLiteral("rulesList"));
    auto *add = new QPushButton(tr("&Add…"), this);
    auto *editButton = new QPushButton(tr("&Edit…"), this);
    auto *remove = new QPushButton(tr("&Delete"), this);
    auto *up = new QPushButton(tr("Move &up"), this);
    auto *down = new QPushButton(tr("Move do&wn"), this);
    auto *importButton = new QPushButton(tr("&Import…"), this);
    auto *exportButton = new QPushButton(tr("E&xport…"), this);
    up->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    down->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    auto *side = new QVBoxLayout;
    for (QPushButton *b : {add, editButton, remove, up, down, importButton, exportButton})
        side->addWidget(b);
    side->addStretch();
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(side);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Rules are tried from the top; the first that matches a lead "
                                    "and has a rep who can take it assigns the lead."),
        this));
    layout->addLayout(row, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, [this] { edit(true); });
    connect(editButton, &QPushButton::clicked, this, [this] { edit(false); });
    connect(m_list, &QListWidget::itemDoubleClicked, this, [this] { edit(false); });
    const RoutingRules &rules = m_session.services().routingRules();
    connect(remove, &QPushButton::clicked, this, [this, &rules] {
        if (const qint64 id = currentId())
            check(rules.remove(m_session.currentUser(), id));
    });
    for (auto [button, delta] : {std::pair {up, -1}, std::pair {down, 1}}) {
        connect(button, &QPushButton::clicked, this, [this, &rules, delta = delta] {
            const qint64 id = currentId();
            if (id && check(rules.move(m_session.currentUser(), id, delta)))
                load(id);
        });
    }
    connect(exportButton, &QPushButton::clicked, this, [this, &rules] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export routing rules"),
            QStringLiteral("routing-rules.json"), tr("JSON files (*.json)"));
        auto json = rules.exportJson();
        QFile f(path);
        if (path.isEmpty() || !json)
            return;
        if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(json.value()).toJson()) < 0)
            QMessageBox::warning(
                this, windowTitle(), tr("Cannot write %1: %2").arg(path, f.errorString()));
    });
    connect(importButton, &QPushButton::clicked, this, [this, &rules] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Import routing rules"), QString(), tr("JSON files (*.json)"));
        QFile f(path);
        if (path.isEmpty() || !f.open(QIODevice::ReadOnly))
            return;
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
        if (!doc.isArray()) {
            QMessageBox::warning(this, windowTitle(), tr("%1 is not a list of rules.").arg(path));
            return;
        }
        auto imported = rules.importJson(m_session.currentUser(), doc.array());
        if (!imported)
            QMessageBox::warning(this, windowTitle(), imported.error().message);
        load();
    });
    resize(760, 420);
    load();
}

bool RoutingRulesDialog::check(const Result<void> &r)
{
    if (!r)
        QMessageBox::warning(this, windowTitle(), r.error().message);
    load(currentId());
    return r.ok();
}

qint64 RoutingRulesDialog::currentId() const
{
    const QListWidgetItem *i = m_list->currentItem();
    return i ? i->data(Qt::UserRole).toLongLong() : 0;
}

void RoutingRulesDialog::load(qint64 selectId)
{
    auto rules = m_session.services().routingRules().list();
    if (!rules)
        return;
    m_rules = rules.value();
    UserRepository people(m_session.database());
    const auto users = people.all();
    const auto teams = people.teams();
    m_list->clear();
    int n = 0;
    for (const RoutingRule &r : m_rules) {
        QString target;
        if (r.targetUserId && users) {
            for (const User &u : users.value())
                target = u.id == *r.targetUserId ? u.name : target;
        } else if (r.targetTeamId && teams) {
            for (const Team &t : teams.value()) {
                if (t.id == *r.targetTeamId)
                    target = tr("team %1, %2").arg(t.name, routingMethodName(r.method));
            }
        }
        QStringList when;
        if (!r.countries.isEmpty())
            when << listText(r.countries);
        if (!r.sources.isEmpty())
            when << listText(r.sources);
        QStringList bands;
        for (ScoreBand b : r.scoreBands)
            bands << scoreBandKey(b);
        if (!bands.isEmpty())
            when << bands.join(QLatin1Char('/'));
        if (!r.languages.isEmpty() || !r.industries.isEmpty() || !r.companySizes.isEmpty()
            || r.territoryId || r.fastTrack)
            when << tr("more conditions");
        auto *item = new QListWidgetItem(
            QStringLiteral("%1. %2 → %3%4  [%5]")
                .arg(++n)
                .arg(r.name, target, r.hotToSenior ? tr(", hot leads to senior reps") : QString(),
                    when.isEmpty() ? tr("any lead") : when.join(QLatin1String("; "))),
            m_list);
        item->setData(Qt::UserRole, r.id);
        if (!r.active)
            item->setForeground(Qt::gray);
        if (r.id == selectId)
            m_list->setCurrentItem(item);
    }
}

void RoutingRulesDialog::edit(bool add)
{
    RoutingRule rule;
    if (!add) {
        const qint64 id = currentId();
        const auto it = std::find_if(
            m_rules.begin(), m_rules.end(), [id](const RoutingRule &r) { return r.id == id; });
        if (it == m_rules.end())
            return;
        rule = *it;
    }
    QDialog d(this);
    d.setWindowTitle(add ? tr("New routing rule") : tr("Routing rule"));
    auto *name = new QLineEdit(rule.name, &d);
    auto *active = new QCheckBox(tr("Active"), &d);
    active->setChecked(rule.active);
    auto *countries = new QLineEdit(listText(rule.countries), &d);
    countries->setPlaceholderText(tr("e.g. DE, AT, CH — empty: any"));
    auto *languages = new QLineEdit(listText(rule.languages), &d);
    auto *sources = new QLineEdit(listText(rule.sources), &d);
    auto *sizes = new QLineEdit(listText(rule.companySizes), &d);
    auto *industries = new QLineEdit(listText(rule.industries), &d);
    auto *territory = new QComboBox(&d);
    territory->addItem(tr("any"), 0);
    UserRepository people(m_session.database());
    if (auto ts = people.territories()) {
        for (const Territory &t : ts.value())
            territory->addItem(t.name, t.id);
    }
    territory->setCurrentIndex(std::max(0, territory->findData(rule.territoryId.value_or(0))));
    QCheckBox *bands[3];
    auto *bandRow = new QHBoxLayout;
    const ScoreBand all[] = {ScoreBand::Cold, ScoreBand::Warm, ScoreBand::Hot};
    for (int i = 0; i < 3; ++i) {
        bands[i] = new QCheckBox(scoreBandKey(all[i]), &d);
        bands[i]->setChecked(std::find(rule.scoreBands.begin(), rule.scoreBands.end(), all[i])
            != rule.scoreBands.end());
        bandRow->addWidget(bands[i]);
    }
    auto *fast = new QComboBox(&d);
    fast->addItems({tr("any"), tr("only fast-track"), tr("only normal")});
    fast->setCurrentIndex(!rule.fastTrack ? 0 : (*rule.fastTrack ? 1 : 2));
    auto *target = new QComboBox(&d);
    if (auto teams = people.teams()) {
        for (const Team &t : teams.value())
            target->addItem(tr("Team %1").arg(t.name), QStringLiteral("t%1").arg(t.id));
    }
    if (auto users = people.all()) {
        for (const User &u : users.value()) {
            if (u.active && u.isSales())
                target->addItem(u.name, QStringLiteral("u%1").arg(u.id));
        }
    }
    target->setCurrentIndex(std::max(0,
        target->findData(rule.targetUserId
                ? QStringLiteral("u%1").arg(*rule.targetUserId)
                : QStringLiteral("t%1").arg(rule.targetTeamId.value_or(0)))));
    auto *method = new QComboBox(&d);
    for (RoutingMethod m :
        {RoutingMethod::RoundRobin, RoutingMethod::WeightedRoundRobin, RoutingMethod::LeastLoaded})
        method->addItem(routingMethodName(m), int(m));
    method->setCurrentIndex(method->findData(int(rule.method)));
    auto *senior = new QCheckBox(tr("Hot leads only to senior reps"), &d);
    senior->setChecked(rule.hotToSenior);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), name);
    form->addRow(QString(), active);
    form->addRow(tr("&Countries:"), countries);
    form->addRow(tr("&Territory:"), territory);
    form->addRow(tr("&Languages:"), languages);
    form->addRow(tr("&Sources:"), sources);
    form->addRow(tr("Score &bands:"), bandRow);
    form->addRow(tr("Company si&zes:"), sizes);
    form->addRow(tr("&Industries:"), industries);
    form->addRow(tr("&Fast-track:"), fast);
    form->addRow(tr("Send &to:"), target);
    form->addRow(tr("&Method:"), method);
    form->addRow(QString(), senior);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &d);
    auto *layout = new QVBoxLayout(&d);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &d, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &d, [&] {
        rule.name = name->text();
        rule.active = active->isChecked();
        rule.countries = splitTypedList(countries->text().toUpper(), ListItems::Codes);
        rule.languages = splitTypedList(languages->text().toLower(), ListItems::Codes);
        rule.sources = splitTypedList(sources->text(), ListItems::Names);
        rule.companySizes = splitTypedList(sizes->text(), ListItems::Names);
        rule.industries = splitTypedList(industries->text(), ListItems::Names);
        rule.territoryId = territory->currentData().toLongLong()
            ? std::optional<qint64>(territory->currentData().toLongLong())
            : std::nullopt;
        rule.scoreBands.clear();
        for (int i = 0; i < 3; ++i) {
            if (bands[i]->isChecked())
                rule.scoreBands.push_back(all[i]);
        }
        rule.fastTrack = fast->currentIndex() == 0 ? std::nullopt
                                                   : std::optional<bool>(fast->currentIndex() == 1);
        const QString t = target->currentData().toString();
        rule.targetUserId.reset();
        rule.targetTeamId.reset();
        (t.startsWith(QLatin1Char('u')) ? rule.targetUserId : rule.targetTeamId)
            = t.mid(1).toLongLong();
        rule.method = RoutingMethod(method->currentData().toInt());
        rule.hotToSenior = senior->isChecked();
        const RoutingRules &rules = m_session.services().routingRules();
        auto saved = add ? rules.add(m_session.currentUser(), rule)
                         : rules.update(m_session.currentUser(), rule);
        if (!saved) {
            QMessageBox::warning(&d, d.windowTitle(), saved.error().message);
            return;
        }
        rule = saved.value();
        d.accept();
    });
    if (d.exec() == QDialog::Accepted)
        load(rule.id);
}

// ---- Routing preview -------------------------------------------------------------------------

RoutingPreviewDialog::RoutingPreviewDialog(const RoutingRun &run, bool applied, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(applied ? tr("Routing result") : tr("Routing preview"));
    auto *perRep = new QTableWidget(0, 2, this);
    perRep->setObjectName(QStringLiteral("previewPerRep"));
    perRep->setHorizontalHeaderLabels({tr("Rep"), tr("New leads")});
    for (const auto &[id, n] : run.outcome.perRep) {
        const int row = perRep->rowCount();
        perRep->insertRow(row);
        const User *u = run.user(id);
        perRep->setItem(row, 0, cell(u ? u->name : QString::number(id)));
        perRep->setItem(row, 1, cell(n));
    }
    perRep->verticalHeader()->hide();
    perRep->resizeColumnsToContents();
    auto *perLead = new QTableWidget(0, 3, this);
    perLead->setObjectName(QStringLiteral("previewPerLead"));
    perLead->setHorizontalHeaderLabels({tr("Lead"), tr("Goes to"), tr("Rule or why not")});
    // At most the first 2,000 leads are listed; the counts above cover all.
    const size_t shown = std::min<size_t>(run.outcome.decisions.size(), 2000);
    perLead->setRowCount(int(shown));
    for (size_t i = 0; i < shown; ++i) {
        const RoutingDecision &d = run.outcome.decisions[i];
        const User *u = d.userId ? run.user(*d.userId) : nullptr;
        perLead->setItem(int(i), 0, cell(d.leadId));
        perLead->setItem(int(i), 1, cell(u ? u->name : tr("stays unassigned")));
        perLead->setItem(int(i), 2, cell(d.userId ? run.ruleName(d.ruleId) : run.reasonText(d)));
    }
    perLead->verticalHeader()->hide();
    perLead->horizontalHeader()->setStretchLastSection(true);
    auto *summary = new QLabel(tr("%1 of %2 leads would be assigned; %3 stay unassigned.")
                                   .arg(run.outcome.assigned)
                                   .arg(run.outcome.decisions.size())
                                   .arg(run.outcome.unassigned),
        this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    if (!applied && run.outcome.assigned > 0) {
        QPushButton *apply = buttons->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole);
        apply->setObjectName(QStringLiteral("applyRouting"));
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *tables = new QHBoxLayout;
    tables->addWidget(perRep, 1);
    tables->addWidget(perLead, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addLayout(tables, 1);
    layout->addWidget(buttons);
    resize(900, 520);
}

// ---- Audit log -------------------------------------------------------------------------------

AuditDialog::AuditDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_entity(new QComboBox(this))
    , m_entityId(new QSpinBox(this))
    , m_user(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_table(new QTableWidget(0, 8, this))
    , m_page(new QLabel(this))
{
    setWindowTitle(tr("Audit log"));
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_entity->addItem(tr("all"), QString());
    for (const char *e : {"lead", "user", "team", "territory", "routing_rule", "score_model"})
        m_entity->addItem(QLatin1String(e), QLatin1String(e));
    m_entityId->setRange(0, std::numeric_limits<int>::max());
    m_entityId->setSpecialValueText(tr("any"));
    m_user->addItem(tr("anyone"), 0);
    if (auto users = UserRepository(session.database()).all()) {
        for (const User &u : users.value())
            m_user->addItem(u.name, u.id);
    }
    const QDate today = session.clock().now().date();
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setMinimumDate(QDate(2000, 1, 1));
        d->setSpecialValueText(tr("open"));
    }
    m_from->setDate(m_from->minimumDate());
    m_to->setDate(today);
    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Entity:"), this));
    filters->addWidget(m_entity);
    filters->addWidget(new QLabel(tr("ID:"), this));
    filters->addWidget(m_entityId);
    filters->addWidget(new QLabel(tr("Changed by:"), this));
    filters->addWidget(m_user);
    filters->addWidget(new QLabel(tr("From:"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("To:"), this));
    filters->addWidget(m_to);
    filters->addStretch();
    m_table->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("Entity"), tr("ID"), tr("Field"),
        tr("Old value"), tr("New value"), tr("Reason")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *previous = new QPushButton(tr("&Previous"), this);
    auto *next = new QPushButton(tr("&Next"), this);
    auto *paging = new QHBoxLayout;
    paging->addWidget(m_page, 1);
    paging->addWidget(previous);
    paging->addWidget(next);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(paging);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto restart = [this] {
        m_offset = 0;
        load();
    };
    connect(m_entity, &QComboBox::activated, this, restart);
    connect(m_user, &QComboBox::activated, this, restart);
    connect(m_entityId, &QSpinBox::editingFinished, this, restart);
    connect(m_from, &QDateEdit::dateChanged, this, restart);
    connect(m_to, &QDateEdit::dateChanged, this, restart);
    connect(previous, &QPushButton::clicked, this, [this] {
        m_offset = std::max<qint64>(0, m_offset - 100);
        load();
    });
    connect(next, &QPushButton::clicked, this, [this] {
        if (m_offset + 100 < m_total) {
            m_offset += 100;
            load();
        }
    });
    resize(1100, 560);
    load();
}

void AuditDialog::load()
{
    AuditFilter f;
    f.entity = m_entity->currentData().toString();
    if (m_entityId->value() > 0)
        f.entityId = m_entityId->value();
    if (const qint64 user = m_user->currentData().toLongLong())
        f.actorId = user;
    if (m_from->date() > m_from->minimumDate())
        f.from = QDateTime(m_from->date(), QTime(0, 0), Qt::UTC);
    if (m_to->date() > m_to->minimumDate())
        f.to = QDateTime(m_to->date().addDays(1), QTime(0, 0), Qt::UTC);
    const AuditLog log = m_session.services().audit();
    auto count = log.count(f);
    auto page = log.page(f, m_offset, 100);
    if (!count || !page)
        return;
    m_total = count.value();
    m_table->setRowCount(int(page->size()));
    int row = 0;
    for (const AuditEntry &e : page.value()) {
        const QVariant values[] = {QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat),
            e.actorName, e.entity, e.entityId ? QVariant(*e.entityId) : QVariant(), e.field,
            e.oldValue, e.newValue, e.reason};
        for (int c = 0; c < 8; ++c)
            m_table->setItem(row, c, cell(values[c]));
        ++row;
    }
    m_table->resizeColumnsToContents();
    m_page->setText(m_total == 0 ? tr("No entries.")
                                 : tr("Entries %1–%2 of %3")
                                       .arg(m_offset + 1)
                                       .arg(m_offset + qint64(page->size()))
                                       .arg(m_total));
}

} // namespace bantam
