// ImportOptionsPage: the import wizard's choices — what happens to duplicates, and the region of
// phone numbers written without a country code.
#pragma once

#include <QWizardPage>

namespace bantam {

class ImportWizard;

class ImportOptionsPage : public QWizardPage
{
public:
    explicit ImportOptionsPage(ImportWizard *w);
};

} // namespace bantam
