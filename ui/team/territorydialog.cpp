#include "team/territorydialog.h"

#include "common/session.h"
#include "domain/typedlist.h"
#include "people/directory.h"
#include "people/permissions.h"
#include "team/teamforms.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace bantam {

TerritoryDialog::TerritoryDialog(Session &session, const Territory &territory, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_territory(territory)
    , m_name(new QLineEdit(territory.name, this))
    , m_countries(new QLineEdit(territory.countries.join(QStringLiteral(", ")), this))
    , m_prefixes(new QLineEdit(territory.postcodePrefixes.join(QStringLiteral(", ")), this))
    , m_error(errorLabel(this))
{
    setObjectName(QStringLiteral("territoryDialog"));
    setWindowTitle(territory.id ? tr("Territory %1").arg(territory.name) : tr("New territory"));
    m_name->setObjectName(QStringLiteral("territoryName"));
    m_countries->setObjectName(QStringLiteral("territoryCountries"));
    m_prefixes->setObjectName(QStringLiteral("territoryPrefixes"));
    m_countries->setPlaceholderText(tr("two-letter codes, e.g. DE, AT, CH"));
    m_prefixes->setPlaceholderText(tr("optional, e.g. 80, 81, 9 — empty: the whole countries"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Countries:"), m_countries);
    form->addRow(tr("&Postcode prefixes:"), m_prefixes);
    QDialogButtonBox *buttons
        = finishForm(this, form, m_error, territory.id ? tr("&Save") : tr("&Add"));
    allow(
        buttons->button(QDialogButtonBox::Ok), permissions::mayManagePeople(session.currentUser()));
    setMinimumWidth(480);
}

void TerritoryDialog::accept()
{
    Territory t = m_territory;
    t.name = m_name->text();
    t.countries = splitTypedList(m_countries->text(), ListItems::Codes);
    t.postcodePrefixes = splitTypedList(m_prefixes->text(), ListItems::Codes);
    auto r = m_session.services().directory().saveTerritory(m_session.currentUser(), t);
    if (!r) {
        m_error->setText(r.error().message);
        m_error->show();
        QLineEdit *field = r.error().field == QLatin1String("countries") ? m_countries : m_name;
        field->setFocus();
        field->selectAll();
        return;
    }
    QDialog::accept();
}

} // namespace bantam
