#include "scoring/predictivemodeldialog.h"

#include "common/backgroundtask.h"
#include "common/screenfit.h"
#include "common/session.h"
#include "scoring/predictiveservice.h"
#include "services.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLegend>
#include <QLineEdit>
#include <QLineSeries>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

namespace bantam {

namespace {

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString percent(double share)
{
    return QLocale().toString(100 * share, 'f', 0) + QStringLiteral(" %");
}

} // namespace

PredictiveModelDialog::PredictiveModelDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_target(new QComboBox)
    , m_exclusions(new QLineEdit)
    , m_holdout(new QSpinBox)
    , m_train(new QPushButton(tr("&Train")))
    , m_active(new QLabel)
    , m_message(new QLabel)
    , m_evaluation(new QTableWidget(2, 2))
    , m_deciles(new QTableWidget(10, 5))
    , m_chart(new QChartView)
    , m_activate(new QPushButton(tr("&Activate")))
    , m_discard(new QPushButton(tr("&Discard")))
{
    setWindowTitle(tr("Predictive model"));
    m_target->addItem(
        tr("Reaches SQL (closed without SQL is negative)"), predictTargetKey(PredictTarget::Sql));
    m_target->addItem(
        tr("Won (lost or disqualified is negative)"), predictTargetKey(PredictTarget::Won));
    m_exclusions->setPlaceholderText(tr("e.g. Lead Quality, Tags (filled in after contact)"));
    m_holdout->setRange(5, 50);
    m_holdout->setValue(30);
    m_holdout->setSuffix(QStringLiteral(" %"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Predict:"), m_target);
    form->addRow(tr("&Leave out (fields, attributes, activity types):"), m_exclusions);
    form->addRow(tr("&Held out for the evaluation:"), m_holdout);

    m_message->setWordWrap(true);
    m_active->setWordWrap(true);
    m_evaluation->setHorizontalHeaderLabels({tr("Learned score"), tr("Rule model")});
    m_evaluation->setVerticalHeaderLabels({tr("ROC AUC"), tr("Brier score")});
    m_evaluation->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_evaluation->setFixedHeight(m_evaluation->horizontalHeader()->sizeHint().height()
        + 2 * m_evaluation->verticalHeader()->defaultSectionSize() + 4);
    m_deciles->setHorizontalHeaderLabels({tr("Leads"), tr("Learned:\npredicted"),
        tr("Learned:\nactual"), tr("Rule model:\nscore / 100"), tr("Rule model:\nactual")});
    QStringList decileNames;
    for (int d = 1; d <= 10; ++d)
        decileNames << tr("Decile %1").arg(d);
    m_deciles->setVerticalHeaderLabels(decileNames);
    m_deciles->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumSize(360, 280);

    auto *tables = new QVBoxLayout;
    tables->addWidget(m_evaluation);
    tables->addWidget(m_deciles);
    auto *results = new QHBoxLayout;
    results->addLayout(tables, 3);
    results->addWidget(m_chart, 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_train, QDialogButtonBox::ActionRole);
    buttons->addButton(m_activate, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_discard, QDialogButtonBox::ActionRole);
    m_train->setDefault(true);
    m_activate->setEnabled(false);
    m_discard->setEnabled(false);
    connect(m_train, &QPushButton::clicked, this, &PredictiveModelDialog::train);
    connect(m_activate, &QPushButton::clicked, this, &PredictiveModelDialog::activate);
    connect(m_discard, &QPushButton::clicked, this, &PredictiveModelDialog::discard);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The learned score is advisory: it is shown beside the rule "
                                "score and changes no stage. It learns from the leads whose "
                                "outcome is known and is judged on leads it has never seen."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_active);
    layout->addWidget(m_message);
    layout->addLayout(results, 1);
    layout->addWidget(buttons);
    resizeWithinScreen(this, QSize(1100, 800)); // the ten deciles without a scroll bar
    showActive();
    discard();
}

void PredictiveModelDialog::showActive()
{
    auto active = m_session.services().predictive().active();
    if (!active || !active.value()) {
        m_active->setText(tr("No learned score is active yet."));
        return;
    }
    const PredictionVersion &v = *active.value();
    m_active->setText(tr("Active: version %1 (%2), ROC AUC %3 on held-out leads (rule model %4).")
                          .arg(v.stored.version)
                          .arg(predictTargetName(v.model.target),
                              QLocale().toString(v.evaluation.learned.auc, 'f', 3),
                              QLocale().toString(v.evaluation.rules.auc, 'f', 3)));
}

void PredictiveModelDialog::showError(const QString &message)
{
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->setText(message);
}

bool PredictiveModelDialog::train()
{
    discard();
    TrainOptions options;
    options.target
        = predictTargetFromKey(m_target->currentData().toString()).value_or(PredictTarget::Sql);
    for (const QString &name : m_exclusions->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        options.excluded << name.trimmed();
    options.holdoutPercent = m_holdout->value();
    std::optional<Result<TrainingResult>> outcome;
    runWithProgress(this, tr("Learning from the closed leads…"), 100, m_session.database(),
        [&](const ProgressReport &report) {
            outcome
                = m_session.services().predictive().train(options, [&](qint64 done, qint64 total) {
                      return report(total > 0 ? 100 * done / total : 0);
                  });
        });
    if (!outcome || !outcome->ok()) {
        showError(outcome ? outcome->error().message : tr("The training failed."));
        return false;
    }
    if (outcome->value().cancelled) {
        m_message->setStyleSheet(QString());
        m_message->setText(tr("Cancelled: no model was trained."));
        return false;
    }
    m_candidate = outcome->value();
    showEvaluation(m_candidate->evaluation);
    m_activate->setEnabled(true);
    m_discard->setEnabled(true);
    return true;
}

void PredictiveModelDialog::showEvaluation(const TrainingEvaluation &e)
{
    const QLocale l;
    m_evaluation->setItem(0, 0, cell(l.toString(e.learned.auc, 'f', 3)));
    m_evaluation->setItem(0, 1, cell(l.toString(e.rules.auc, 'f', 3)));
    m_evaluation->setItem(1, 0, cell(l.toString(e.learned.brier, 'f', 3)));
    m_evaluation->setItem(1, 1, cell(l.toString(e.rules.brier, 'f', 3)));
    auto *predicted = new QLineSeries;
    predicted->setName(tr("Predicted"));
    auto *actual = new QLineSeries;
    actual->setName(tr("Actual"));
    auto *rules = new QLineSeries;
    rules->setName(tr("Rule model"));
    for (int d = 0; d < 10; ++d) {
        const DecileRow &a = e.learned.deciles[size_t(d)];
        const DecileRow &r = e.rules.deciles[size_t(d)];
        m_deciles->setItem(d, 0, cell(l.toString(a.leads)));
        m_deciles->setItem(d, 1, cell(percent(a.predicted)));
        m_deciles->setItem(d, 2, cell(percent(a.actual)));
        m_deciles->setItem(d, 3, cell(percent(r.predicted)));
        m_deciles->setItem(d, 4, cell(percent(r.actual)));
        predicted->append(d + 1, 100 * a.predicted);
        actual->append(d + 1, 100 * a.actual);
        rules->append(d + 1, 100 * r.actual);
    }
    auto *chart = new QChart;
    chart->setTitle(tr("Calibration: conversion per score decile (1 = highest)"));
    chart->addSeries(predicted);
    chart->addSeries(actual);
    chart->addSeries(rules);
    auto *x = new QValueAxis;
    x->setRange(1, 10);
    x->setTickCount(10);
    x->setLabelFormat(QStringLiteral("%d"));
    x->setTitleText(tr("Decile"));
    auto *y = new QValueAxis;
    y->setRange(0, 100);
    y->setLabelFormat(QStringLiteral("%d %%"));
    y->setTitleText(tr("Conversion"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    QChart *old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;

    QString text = tr("Trained on %1 leads (%2 positive); evaluated on %3 held-out leads (%4 "
                      "positive) that training never saw.")
                       .arg(l.toString(e.trainingLeads), l.toString(e.trainingPositives),
                           l.toString(e.holdoutLeads), l.toString(e.holdoutPositives));
    m_message->setStyleSheet(QString());
    if (!e.leakingFeature.isEmpty()) {
        text += QLatin1Char(' ')
            + tr("Warning: one feature decides almost everything: \"%1\" (ROC AUC %2 on its "
                 "own). Check it is not filled in after the outcome, and leave it out.")
                  .arg(e.leakingFeature, l.toString(e.leakingAuc, 'f', 3));
        m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    }
    m_message->setText(text);
}

bool PredictiveModelDialog::activate()
{
    if (!m_candidate)
        return false;
    bool ok = false;
    const QString note = QInputDialog::getText(this, tr("Activate the learned score"),
        tr("Note (kept with the version):"), QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return false;
    std::optional<Result<PredictSummary>> outcome;
    const TrainingResult candidate = *m_candidate;
    runWithProgress(this, tr("Computing every open lead's chance…"), 100, m_session.database(),
        [&](const ProgressReport &report) {
            outcome = m_session.services().predictive().save(
                m_session.currentUser(), candidate, note, [&](qint64 done, qint64 total) {
                    return report(total > 0 ? 100 * done / total : 0);
                });
        });
    if (!outcome || !outcome->ok()) {
        showError(outcome ? outcome->error().message : tr("Saving failed."));
        return false;
    }
    m_message->setStyleSheet(QString());
    if (outcome->value().cancelled) {
        m_message->setText(tr("Cancelled: nothing was saved; the active version stays."));
        return false;
    }
    m_message->setText(tr("Version %1 saved and active: %2 open leads have a chance.")
                           .arg(outcome->value().version)
                           .arg(QLocale().toString(outcome->value().leads)));
    m_candidate.reset();
    m_activate->setEnabled(false);
    m_discard->setEnabled(false);
    showActive();
    return true;
}

void PredictiveModelDialog::discard()
{
    m_candidate.reset();
    m_activate->setEnabled(false);
    m_discard->setEnabled(false);
    m_evaluation->clearContents();
    m_deciles->clearContents();
    QChart *old = m_chart->chart();
    auto *empty = new QChart;
    empty->setTitle(tr("Calibration: conversion per score decile (1 = highest)"));
    m_chart->setChart(empty);
    delete old;
    m_message->clear();
}

} // namespace bantam
