#include "team/routingrulesdialog.h"

#include "common/session.h"
#include "domain/typedlist.h"
#include "routing/routingrules.h"
#include "storage/userrepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace bantam {

namespace {

QString listText(const QStringList &l)
{
    return l.join(QLatin1String(", "));
}

} // namespace

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
    const RuleForm form = buildRuleForm(&d, rule);
    connect(form.buttons, &QDialogButtonBox::rejected, &d, &QDialog::reject);
    connect(form.buttons, &QDialogButtonBox::accepted, &d, [&] {
        readRuleForm(form, rule);
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

// The rule's fields in dialog d, filled from rule.
RoutingRulesDialog::RuleForm RoutingRulesDialog::buildRuleForm(
    QDialog *dialog, const RoutingRule &rule)
{
    QDialog &d = *dialog;
    RuleForm f;
    f.name = new QLineEdit(rule.name, &d);
    f.active = new QCheckBox(tr("Active"), &d);
    f.active->setChecked(rule.active);
    f.countries = new QLineEdit(listText(rule.countries), &d);
    f.countries->setPlaceholderText(tr("e.g. DE, AT, CH — empty: any"));
    f.languages = new QLineEdit(listText(rule.languages), &d);
    f.sources = new QLineEdit(listText(rule.sources), &d);
    f.sizes = new QLineEdit(listText(rule.companySizes), &d);
    f.industries = new QLineEdit(listText(rule.industries), &d);
    f.territory = new QComboBox(&d);
    f.territory->addItem(tr("any"), 0);
    UserRepository people(m_session.database());
    if (auto ts = people.territories()) {
        for (const Territory &t : ts.value())
            f.territory->addItem(t.name, t.id);
    }
    f.territory->setCurrentIndex(std::max(0, f.territory->findData(rule.territoryId.value_or(0))));
    // The boxes in a widget of their own, so the row's label has a buddy (a label of a bare
    // layout would show its '&').
    auto *bands = new QWidget(&d);
    auto *bandRow = new QHBoxLayout(bands);
    bandRow->setContentsMargins(0, 0, 0, 0);
    for (size_t i = 0; i < f.bands.size(); ++i) {
        f.bands[i] = new QCheckBox(scoreBandName(RuleForm::AllBands[i]), bands);
        f.bands[i]->setChecked(
            std::find(rule.scoreBands.begin(), rule.scoreBands.end(), RuleForm::AllBands[i])
            != rule.scoreBands.end());
        bandRow->addWidget(f.bands[i]);
    }
    f.fast = new QComboBox(&d);
    f.fast->addItems({tr("any"), tr("only fast-track"), tr("only normal")});
    f.fast->setCurrentIndex(!rule.fastTrack ? 0 : (*rule.fastTrack ? 1 : 2));
    f.target = buildTargetChoice(&d, rule);
    f.method = new QComboBox(&d);
    for (RoutingMethod m :
        {RoutingMethod::RoundRobin, RoutingMethod::WeightedRoundRobin, RoutingMethod::LeastLoaded})
        f.method->addItem(routingMethodName(m), int(m));
    f.method->setCurrentIndex(f.method->findData(int(rule.method)));
    f.senior = new QCheckBox(tr("Hot leads only to senior reps"), &d);
    f.senior->setChecked(rule.hotToSenior);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), f.name);
    form->addRow(QString(), f.active);
    form->addRow(tr("&Countries:"), f.countries);
    form->addRow(tr("&Territory:"), f.territory);
    form->addRow(tr("&Languages:"), f.languages);
    form->addRow(tr("&Sources:"), f.sources);
    // The bands follow the score driver: with the learned chance they are chance bands.
    const auto routingBands = m_session.routing().bands();
    const bool byChance = routingBands.ok() && routingBands->byChance;
    bands->setToolTip(routingBands.ok() ? routingBandsText(routingBands.value()) : QString());
    form->addRow(byChance ? tr("Chance &bands:") : tr("Score &bands:"), bands);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(bands)))
        label->setBuddy(f.bands.front());
    form->addRow(tr("Company si&zes:"), f.sizes);
    form->addRow(tr("&Industries:"), f.industries);
    form->addRow(tr("&Fast-track:"), f.fast);
    form->addRow(tr("Send &to:"), f.target);
    form->addRow(tr("&Method:"), f.method);
    form->addRow(QString(), f.senior);
    f.buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &d);
    auto *layout = new QVBoxLayout(&d);
    layout->addLayout(form);
    layout->addWidget(f.buttons);
    return f;
}

// Where the rule sends leads: a team ("t<id>") or an active sales user ("u<id>").
QComboBox *RoutingRulesDialog::buildTargetChoice(QDialog *d, const RoutingRule &rule)
{
    UserRepository people(m_session.database());
    auto *target = new QComboBox(d);
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
    return target;
}

void RoutingRulesDialog::readRuleForm(const RuleForm &f, RoutingRule &rule)
{
    rule.name = f.name->text();
    rule.active = f.active->isChecked();
    rule.countries = splitTypedList(f.countries->text().toUpper(), ListItems::Codes);
    rule.languages = splitTypedList(f.languages->text().toLower(), ListItems::Codes);
    rule.sources = splitTypedList(f.sources->text(), ListItems::Names);
    rule.companySizes = splitTypedList(f.sizes->text(), ListItems::Names);
    rule.industries = splitTypedList(f.industries->text(), ListItems::Names);
    rule.territoryId = f.territory->currentData().toLongLong()
        ? std::optional<qint64>(f.territory->currentData().toLongLong())
        : std::nullopt;
    rule.scoreBands.clear();
    for (size_t i = 0; i < f.bands.size(); ++i) {
        if (f.bands[i]->isChecked())
            rule.scoreBands.push_back(RuleForm::AllBands[i]);
    }
    rule.fastTrack = f.fast->currentIndex() == 0 ? std::nullopt
                                                 : std::optional<bool>(f.fast->currentIndex() == 1);
    const QString t = f.target->currentData().toString();
    rule.targetUserId.reset();
    rule.targetTeamId.reset();
    (t.startsWith(QLatin1Char('u')) ? rule.targetUserId : rule.targetTeamId)
        = t.mid(1).toLongLong();
    rule.method = RoutingMethod(f.method->currentData().toInt());
    rule.hotToSenior = f.senior->isChecked();
}

} // namespace bantam
