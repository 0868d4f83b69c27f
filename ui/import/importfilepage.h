// ImportFilePage: the import wizard's first page — the file, its encoding and delimiter
// (detected, can be overridden), the first rows as a preview, and the stopped imports that can
// be resumed instead.
#pragma once

#include <QWizardPage>

class QPushButton;
class QVBoxLayout;

namespace bantam {

class ImportWizard;

class ImportFilePage : public QWizardPage
{
public:
    explicit ImportFilePage(ImportWizard *w);

    bool isComplete() const override;
    int nextId() const override;

private:
    QPushButton *addFileChoice(QVBoxLayout *layout);
    void addPreview(QVBoxLayout *layout);
    void addUnfinishedRuns(QVBoxLayout *layout);
    void connectControls(QPushButton *browse);

    ImportWizard *m_w;
};

} // namespace bantam
