#include "lead/leadform.h"

#include "common/screenfit.h"
#include "io/countrynames.h"

#include <QComboBox>
#include <QCompleter>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>

namespace bantam {

namespace {

// The country as the form shows it: "Deutschland (DE)" in German, "Germany (DE)" in English.
QString countryText(const QString &code)
{
    if (code.isEmpty())
        return code;
    const QString name = countryName(code);
    return name == code ? code : QStringLiteral("%1 (%2)").arg(name, code.toUpper());
}

// What was typed or picked back to a code: "Deutschland (DE)", "Germany", "deu", "de" -> "DE";
// anything else is kept for the validation to name.
QString countryFromText(const QString &text)
{
    static const QRegularExpression picked(QStringLiteral("\\(([A-Za-z]{2})\\)\\s*$"));
    if (const auto m = picked.match(text); m.hasMatch())
        return m.captured(1).toUpper();
    if (const auto code = countryCode(text))
        return *code;
    return text.trimmed();
}

} // namespace

LeadForm::LeadForm(QWidget *parent)
    : QWidget(parent)
    , m_size(new QComboBox(this))
    , m_error(new QLabel(this))
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(5);
    // Mnemonics (Alt+letter) never repeat a menu's (File, View, Scoring, Settings, Help) nor
    // another label of the main window: a clash made Alt+F focus this field instead of opening
    // the File menu. tst_mainwindow documentedShortcutsWorkFromEveryPlace presses them.
    addField(QStringLiteral("firstName"), tr("Fi&rst name"), 0);
    addField(QStringLiteral("lastName"), tr("&Last name"), 1);
    addField(QStringLiteral("jobTitle"), tr("&Job title"), 2);
    addField(QStringLiteral("company"), tr("Compan&y"), 3);
    addField(QStringLiteral("email"), tr("E-&mail"), 4);
    addField(QStringLiteral("phone"), tr("Pho&ne"), 5);
    addField(QStringLiteral("industry"), tr("&Industry"), 6);
    auto *sizeLabel = new QLabel(tr("Company si&ze"), this);
    sizeLabel->setBuddy(m_size);
    m_size->setObjectName(QStringLiteral("companySize"));
    m_size->addItem(tr("unknown"), QString());
    for (const char *s : {"1-9", "10-49", "50-249", "250-999", "1000+"})
        m_size->addItem(tr("%1 employees").arg(QLatin1String(s)), QLatin1String(s));
    grid->addWidget(sizeLabel, 7, 0);
    grid->addWidget(m_size, 7, 1);
    connect(m_size, &QComboBox::activated, this, &LeadForm::edited);
    // A country picker: names in the user's language, found by any part of the name or code.
    QLineEdit *country = addField(QStringLiteral("country"), tr("C&ountry"), 8);
    country->setPlaceholderText(tr("name or code, e.g. Deutschland or DE"));
    showWholePlaceholder(country);
    QStringList names;
    for (const Country &c : countries())
        names << countryText(c.code);
    auto *completer = new QCompleter(names, country);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setMaxVisibleItems(12);
    country->setCompleter(completer);
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this, &LeadForm::edited);
    addField(QStringLiteral("source"), tr("Sourc&e"), 9);
    addField(QStringLiteral("campaign"), tr("Cam&paign"), 10);
    m_error->setObjectName(QStringLiteral("formError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();
    grid->addWidget(m_error, 11, 0, 1, 2);
    grid->setColumnStretch(1, 1);
}

QLineEdit *LeadForm::addField(const QString &key, const QString &label, int row)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(key);
    edit->setMaxLength(200);
    auto *l = new QLabel(label, this);
    l->setBuddy(edit);
    auto *grid = static_cast<QGridLayout *>(layout());
    grid->addWidget(l, row, 0);
    grid->addWidget(edit, row, 1);
    m_fields[key] = edit;
    connect(edit, &QLineEdit::textEdited, this, &LeadForm::edited);
    return edit;
}

QLineEdit *LeadForm::field(const QString &key) const
{
    auto it = m_fields.find(key);
    return it == m_fields.end() ? nullptr : it->second;
}

LeadProfile LeadForm::profile() const
{
    LeadProfile p;
    auto text = [this](const char *key) { return field(QLatin1String(key))->text(); };
    p.firstName = text("firstName");
    p.lastName = text("lastName");
    p.jobTitle = text("jobTitle");
    p.company = text("company");
    p.email = text("email");
    p.phone = text("phone");
    p.industry = text("industry");
    p.companySize = m_size->currentData().toString();
    p.country = countryFromText(text("country"));
    p.source = text("source");
    p.campaign = text("campaign");
    return p;
}

void LeadForm::setProfile(const LeadProfile &p, bool phoneInvalid)
{
    m_loaded = p;
    auto set = [this](const char *key, const QString &value) {
        QLineEdit *e = field(QLatin1String(key));
        e->setText(value);
        e->setCursorPosition(0);
    };
    set("firstName", p.firstName);
    set("lastName", p.lastName);
    set("jobTitle", p.jobTitle);
    set("company", p.company);
    set("email", p.email);
    set("phone", p.phone);
    set("industry", p.industry);
    int sizeIndex = m_size->findData(p.companySize);
    if (sizeIndex < 0 && !p.companySize.isEmpty()) {
        m_size->addItem(p.companySize, p.companySize);
        sizeIndex = m_size->count() - 1;
    }
    m_size->setCurrentIndex(std::max(0, sizeIndex));
    set("country", countryText(p.country));
    set("source", p.source);
    set("campaign", p.campaign);
    QLineEdit *phone = field(QStringLiteral("phone"));
    phone->setToolTip(
        phoneInvalid ? tr("Not a valid phone number: kept as it was imported.") : QString());
    phone->setStyleSheet(phoneInvalid ? QStringLiteral("color: #b3261e;") : QString());
    clearError();
}

void LeadForm::setReadOnly(bool readOnly)
{
    for (auto &[key, edit] : m_fields)
        edit->setReadOnly(readOnly);
    m_size->setEnabled(!readOnly);
}

bool LeadForm::isModified() const
{
    return !(profile() == m_loaded);
}

void LeadForm::showError(const Error &error)
{
    clearError();
    m_error->setText(error.message);
    m_error->show();
    if (QLineEdit *e = field(error.field)) {
        e->setStyleSheet(
            QStringLiteral("QLineEdit { border: 2px solid #b3261e; border-radius: 3px; }"));
        e->setFocus(Qt::OtherFocusReason);
    }
}

void LeadForm::clearError()
{
    m_error->hide();
    for (auto &[key, edit] : m_fields)
        edit->setStyleSheet(QString());
}

} // namespace bantam
