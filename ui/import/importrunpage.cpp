#include "import/importrunpage.h"

#include "import/importwizard.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace bantam {

ImportRunPage::ImportRunPage(ImportWizard *w)
    : m_w(w)
{
    setTitle(ImportWizard::tr("Import"));
    auto *layout = new QVBoxLayout(this);
    w->m_status = new QLabel;
    w->m_status->setObjectName(QStringLiteral("importStatus"));
    w->m_status->setWordWrap(true);
    layout->addWidget(w->m_status);
    w->m_progress = new QProgressBar;
    w->m_progress->setObjectName(QStringLiteral("importProgress"));
    w->m_progress->setRange(0, 1000);
    layout->addWidget(w->m_progress);
    auto *buttons = new QHBoxLayout;
    w->m_cancel = new QPushButton(ImportWizard::tr("&Stop import"));
    w->m_cancel->setObjectName(QStringLiteral("importCancel"));
    w->m_resumeAfterCancel = new QPushButton(ImportWizard::tr("&Resume"));
    w->m_resumeAfterCancel->setObjectName(QStringLiteral("importResumeAfterCancel"));
    buttons->addWidget(w->m_cancel);
    buttons->addWidget(w->m_resumeAfterCancel);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    w->m_result = new QLabel;
    w->m_result->setObjectName(QStringLiteral("importResult"));
    w->m_result->setWordWrap(true);
    w->m_result->setTextFormat(Qt::RichText);
    w->m_result->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(w->m_result, &QLabel::linkActivated, this,
        [](const QString &link) { QDesktopServices::openUrl(QUrl(link)); });
    layout->addWidget(w->m_result);
    layout->addStretch(1);
    connect(w->m_cancel, &QPushButton::clicked, w, &ImportWizard::cancelImport);
    connect(w->m_resumeAfterCancel, &QPushButton::clicked, w, [w] {
        if (w->m_outcome && w->m_outcome->ok())
            w->resumeRun(w->m_outcome->value().runId);
    });
}

void ImportRunPage::initializePage()
{
    m_w->startImport();
}

bool ImportRunPage::isComplete() const
{
    return !m_w->isRunning() && m_w->m_outcome.has_value();
}

} // namespace bantam
