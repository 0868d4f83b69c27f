#include "import/importoptionspage.h"

#include "common/dialer.h"
#include "import/importwizard.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QRadioButton>
#include <QVBoxLayout>

namespace bantam {

ImportOptionsPage::ImportOptionsPage(ImportWizard *w)
{
    setTitle(ImportWizard::tr("Duplicates and phone numbers"));
    setSubTitle(ImportWizard::tr("A row is a duplicate when a lead in Bantam or an earlier row "
                                 "has the same external ID, e-mail, phone number, or name and "
                                 "company."));
    auto *layout = new QVBoxLayout(this);
    w->m_duplicates = new QButtonGroup(this);
    const struct
    {
        DuplicatePolicy policy;
        QString text;
        const char *name;
    } choices[] = {
        {DuplicatePolicy::Skip,
            ImportWizard::tr("&Skip duplicates — the lead in Bantam stays as it is"), "skip"},
        {DuplicatePolicy::Update,
            ImportWizard::tr("&Update duplicates — the file's values replace Bantam's"), "update"},
        {DuplicatePolicy::Merge,
            ImportWizard::tr("&Merge duplicates — the file fills only empty fields"), "merge"},
    };
    for (const auto &c : choices) {
        auto *button = new QRadioButton(c.text);
        button->setObjectName(QStringLiteral("importDuplicates_%1").arg(QLatin1String(c.name)));
        w->m_duplicates->addButton(button, int(c.policy));
        layout->addWidget(button);
    }
    w->m_duplicates->button(int(DuplicatePolicy::Skip))->setChecked(true);
    layout->addSpacing(16);
    auto *form = new QFormLayout;
    w->m_region = makeRegionCombo(defaultPhoneRegion(w->m_session));
    w->m_region->setObjectName(QStringLiteral("importRegion"));
    form->addRow(ImportWizard::tr("Phone numbers without a country code are from:"), w->m_region);
    // Last year's leads are history: they count in the reports but are not worked again.
    w->m_historical = new QCheckBox(ImportWizard::tr("Leads created &before"));
    w->m_historical->setObjectName(QStringLiteral("importHistorical"));
    w->m_historicalBefore = new QDateEdit(QDate::currentDate().addMonths(-3));
    w->m_historicalBefore->setObjectName(QStringLiteral("importHistoricalBefore"));
    w->m_historicalBefore->setCalendarPopup(true);
    QString dateFormat = QLocale().dateFormat(QLocale::ShortFormat); // with the century
    if (!dateFormat.contains(QLatin1String("yyyy")))
        dateFormat.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    w->m_historicalBefore->setDisplayFormat(dateFormat);
    w->m_historicalBefore->setEnabled(false);
    auto *historicalRow = new QHBoxLayout;
    historicalRow->addWidget(w->m_historicalBefore);
    historicalRow->addWidget(new QLabel(ImportWizard::tr("are history: counted in the reports, "
                                                         "never promoted to MQL or routed")),
        1);
    form->addRow(w->m_historical, historicalRow);
    connect(w->m_historical, &QCheckBox::toggled, w->m_historicalBefore, &QWidget::setEnabled);
    layout->addLayout(form);
    auto *note
        = new QLabel(ImportWizard::tr("Phone numbers are stored as typed and in international "
                                      "form (E.164) for finding duplicates. A value that does "
                                      "not fit its field keeps the lead: an invalid phone "
                                      "number stays as typed, marked not valid, anything else "
                                      "is kept as a custom attribute; such rows are listed in "
                                      "<i>file</i>.warnings.csv. Only rows with nothing that "
                                      "identifies a lead are rejected, to "
                                      "<i>file</i>.rejected.csv with the reason. Leads "
                                      "imported in a closed stage are always history."));
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addStretch(1);
}

} // namespace bantam
