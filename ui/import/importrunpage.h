// ImportRunPage: the import wizard's last page — the import running on a worker thread with its
// progress, Stop and Resume, then the outcome.
#pragma once

#include <QWizardPage>

namespace bantam {

class ImportWizard;

class ImportRunPage : public QWizardPage
{
public:
    explicit ImportRunPage(ImportWizard *w);

    void initializePage() override;
    bool isComplete() const override;

private:
    ImportWizard *m_w;
};

} // namespace bantam
