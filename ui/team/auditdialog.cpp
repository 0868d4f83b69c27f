#include "team/auditdialog.h"

#include "common/session.h"
#include "domain/stage.h"
#include "domain/storedtext.h"
#include "storage/auditlog.h"
#include "storage/userrepository.h"
#include "team/teamforms.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <limits>

namespace bantam {

namespace {

// What the log stores as keys ("lead", "owner", "first_name"), in the reader's language.
QString entityLabel(const QString &key)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("lead"), QT_TRANSLATE_NOOP("AuditDialog", "Lead")},
        {QStringLiteral("user"), QT_TRANSLATE_NOOP("AuditDialog", "User")},
        {QStringLiteral("team"), QT_TRANSLATE_NOOP("AuditDialog", "Team")},
        {QStringLiteral("territory"), QT_TRANSLATE_NOOP("AuditDialog", "Territory")},
        {QStringLiteral("routing_rule"), QT_TRANSLATE_NOOP("AuditDialog", "Routing rule")},
        {QStringLiteral("score_model"), QT_TRANSLATE_NOOP("AuditDialog", "Scoring model")},
    };
    const auto it = names.constFind(key);
    return it == names.cend() ? key : QCoreApplication::translate("AuditDialog", it.value());
}

QString fieldLabel(const QString &key)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("owner"), QT_TRANSLATE_NOOP("AuditDialog", "Owner")},
        {QStringLiteral("stage"), QT_TRANSLATE_NOOP("AuditDialog", "Stage")},
        {QStringLiteral("accepted"), QT_TRANSLATE_NOOP("AuditDialog", "Accepted")},
        {QStringLiteral("definition"), QT_TRANSLATE_NOOP("AuditDialog", "Definition")},
        {QStringLiteral("position"), QT_TRANSLATE_NOOP("AuditDialog", "Position")},
        {QStringLiteral("password"), QT_TRANSLATE_NOOP("AuditDialog", "Password")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("AuditDialog", "Name")},
        {QStringLiteral("login"), QT_TRANSLATE_NOOP("AuditDialog", "Login")},
        {QStringLiteral("role"), QT_TRANSLATE_NOOP("AuditDialog", "Role")},
        {QStringLiteral("active"), QT_TRANSLATE_NOOP("AuditDialog", "Active")},
        {QStringLiteral("team"), QT_TRANSLATE_NOOP("AuditDialog", "Team")},
        {QStringLiteral("countries"), QT_TRANSLATE_NOOP("AuditDialog", "Countries")},
        {QStringLiteral("postcode_prefixes"),
            QT_TRANSLATE_NOOP("AuditDialog", "Postcode prefixes")},
        {QStringLiteral("first_name"), QT_TRANSLATE_NOOP("AuditDialog", "First name")},
        {QStringLiteral("last_name"), QT_TRANSLATE_NOOP("AuditDialog", "Last name")},
        {QStringLiteral("job_title"), QT_TRANSLATE_NOOP("AuditDialog", "Job title")},
        {QStringLiteral("company"), QT_TRANSLATE_NOOP("AuditDialog", "Company")},
        {QStringLiteral("email"), QT_TRANSLATE_NOOP("AuditDialog", "E-mail")},
        {QStringLiteral("phone"), QT_TRANSLATE_NOOP("AuditDialog", "Phone")},
        {QStringLiteral("industry"), QT_TRANSLATE_NOOP("AuditDialog", "Industry")},
        {QStringLiteral("company_size"), QT_TRANSLATE_NOOP("AuditDialog", "Company size")},
        {QStringLiteral("country"), QT_TRANSLATE_NOOP("AuditDialog", "Country")},
        {QStringLiteral("source"), QT_TRANSLATE_NOOP("AuditDialog", "Source")},
        {QStringLiteral("campaign"), QT_TRANSLATE_NOOP("AuditDialog", "Campaign")},
    };
    const auto it = names.constFind(key);
    return it == names.cend() ? key : QCoreApplication::translate("AuditDialog", it.value());
}

} // namespace

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
        m_entity->addItem(entityLabel(QLatin1String(e)), QLatin1String(e));
    m_entityId->setRange(0, std::numeric_limits<int>::max());
    m_entityId->setSpecialValueText(tr("any"));
    m_user->addItem(tr("anyone"), 0);
    if (auto users = UserRepository(session.database()).all()) {
        for (const User &u : users.value()) {
            m_user->addItem(u.name, u.id);
            m_names.insert(u.login, u.name);
        }
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

// An owner as the person's name with the login, a stage by its name; other values as stored.
QString AuditDialog::shown(const AuditEntry &e, const QString &value) const
{
    if (value.isEmpty())
        return value;
    if (e.field == QLatin1String("owner")) {
        const auto name = m_names.constFind(value);
        return name == m_names.cend() ? value : QStringLiteral("%1 (%2)").arg(name.value(), value);
    }
    if (e.field == QLatin1String("stage")) {
        if (const auto stage = stageFromKey(value))
            return stageName(*stage);
    }
    return value;
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
            e.actorName, entityLabel(e.entity), e.entityId ? QVariant(*e.entityId) : QVariant(),
            fieldLabel(e.field), shown(e, e.oldValue), shown(e, e.newValue),
            storedtext::render(e.reason)};
        for (int c = 0; c < 8; ++c)
            m_table->setItem(row, c, readOnlyCell(values[c]));
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
