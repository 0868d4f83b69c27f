// ImportMappingPage: the import wizard's column mapping — suggested from the file's headers,
// editable per column (date order, stage values), saved under a name for everybody.
#pragma once

#include "io/leadimport.h"

#include <QWizardPage>

#include <vector>

namespace bantam {

class ImportWizard;

class ImportMappingPage : public QWizardPage
{
public:
    enum Column { Header, Examples, Field, Details };

    explicit ImportMappingPage(ImportWizard *w);

    void initializePage() override;
    bool isComplete() const override;
    void setColumns(const std::vector<ImportColumn> &columns);

private:
    void updateDetails(int row);
    void editStageValues(int row);
    void editReasonValues(int row);
    void reloadSaved();
    void useSaved();
    void saveAs();
    void removeSaved();

    ImportWizard *m_w;
};

} // namespace bantam
