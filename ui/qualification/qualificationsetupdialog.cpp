#include "qualification/qualificationsetupdialog.h"

#include "common/session.h"
#include "common/wrappingdelegate.h"
#include "people/permissions.h"
#include "qualification/qualificationservice.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace bantam {

namespace {

// One answer option or framework criterion per line, fields separated by '|'.
QStringList fieldsOf(const QString &line)
{
    QStringList out;
    for (const QString &f : line.split(QLatin1Char('|')))
        out << f.trimmed();
    return out;
}

} // namespace

QualificationSetupDialog::QualificationSetupDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("qualificationSetup"));
    setWindowTitle(tr("Qualification questionnaire and frameworks"));
    const QualificationService &service = session.services().qualification();
    auto setup = service.setup();
    auto *layout = new QVBoxLayout(this);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("setupMessage"));
    m_message->setWordWrap(true);
    if (!setup) {
        m_message->setText(setup.error().message);
        layout->addWidget(m_message);
        return;
    }
    m_questionnaire = m_savedQuestionnaire = setup->questionnaire;
    m_frameworks = m_savedFrameworks = setup->frameworks;
    const auto allowed = permissions::mayEditQualificationSetup(session.currentUser());
    m_editable = bool(allowed);

    auto *intro
        = new QLabel(tr("Version %1 of the questionnaire and version %2 of the frameworks. Saving "
                        "stores new versions; answers already given stay.")
                         .arg(setup->questionnaireVersion)
                         .arg(setup->frameworksVersion),
            this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *tabs = new QTabWidget(this);
    tabs->addTab(buildQuestionnaireTab(), tr("&Questionnaire"));
    tabs->addTab(buildFrameworksTab(), tr("&Frameworks"));
    layout->addWidget(tabs, 1);
    if (!m_editable) {
        m_message->setText(tr("Read only: %1").arg(allowed.error().message));
        tabs->setEnabled(true);
        for (QWidget *w : tabs->findChildren<QWidget *>()) {
            if (qobject_cast<QLineEdit *>(w) || qobject_cast<QPlainTextEdit *>(w)
                || qobject_cast<QSpinBox *>(w) || qobject_cast<QDoubleSpinBox *>(w)
                || qobject_cast<QComboBox *>(w) || qobject_cast<QPushButton *>(w))
                w->setEnabled(false);
        }
    }
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setEnabled(m_editable);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    refreshLists();
    m_questions->setCurrentRow(0);
    m_frameworkList->setCurrentRow(0);
    resize(1100, 720);
}

QWidget *QualificationSetupDialog::buildQuestionnaireTab()
{
    auto *tab = new QWidget(this);
    auto *row = new QHBoxLayout(tab);
    auto *left = new QVBoxLayout;
    m_questions = new QListWidget(tab);
    m_questions->setObjectName(QStringLiteral("questionList"));
    // Each question whole, wrapped, not cut at the list's right edge.
    m_questions->setItemDelegate(new WrappingDelegate(m_questions));
    m_questions->setSpacing(2);
    left->addWidget(m_questions, 1);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add"), tab);
    auto *remove = new QPushButton(tr("&Remove"), tab);
    auto *up = new QPushButton(tr("&Up"), tab);
    auto *down = new QPushButton(tr("&Down"), tab);
    for (QPushButton *b : {add, remove, up, down})
        buttons->addWidget(b);
    left->addLayout(buttons);
    row->addLayout(left, 2);

    QFormLayout *form = buildQuestionForm(tab);
    buildAnswerTypeDetails(tab);
    form->addRow(m_typeDetails);
    row->addLayout(form, 3);
    connectQuestionnaire(add, remove, up, down);
    return tab;
}

// The selected question's fields, up to its answer type.
QFormLayout *QualificationSetupDialog::buildQuestionForm(QWidget *tab)
{
    auto *form = new QFormLayout;
    m_key = new QLineEdit(tab);
    form->addRow(tr("&Key:"), m_key);
    m_group = new QComboBox(tab);
    for (auto g :
        {QuestionGroup::Organisation, QuestionGroup::Opportunity, QuestionGroup::Stakeholder})
        m_group->addItem(groupName(g), groupKey(g));
    form->addRow(tr("&Group:"), m_group);
    m_textEn = new QLineEdit(tab);
    m_textEn->setObjectName(QStringLiteral("textEn"));
    form->addRow(tr("Question (English):"), m_textEn);
    m_textDe = new QLineEdit(tab);
    form->addRow(tr("Question (German):"), m_textDe);
    m_hintEn = new QLineEdit(tab);
    form->addRow(tr("Hint (English):"), m_hintEn);
    m_hintDe = new QLineEdit(tab);
    form->addRow(tr("Hint (German):"), m_hintDe);
    auto *points = new QHBoxLayout;
    m_pointsMet = new QSpinBox(tab);
    m_pointsMet->setRange(0, 100);
    m_pointsPartly = new QSpinBox(tab);
    m_pointsPartly->setRange(0, 100);
    points->addWidget(new QLabel(tr("met"), tab));
    points->addWidget(m_pointsMet);
    points->addWidget(new QLabel(tr("partly"), tab));
    points->addWidget(m_pointsPartly);
    points->addStretch();
    // A row of two spin boxes: the label needs a buddy, or its "&" shows.
    auto *pointsLabel = new QLabel(tr("&Points:"), tab);
    pointsLabel->setBuddy(m_pointsMet);
    form->addRow(pointsLabel, points);
    m_criterion = new QComboBox(tab);
    m_criterion->addItem(tr("none"), QString());
    for (const QString &c : baseCriteria)
        m_criterion->addItem(baseCriterionName(c), c);
    form->addRow(tr("Fills &criterion:"), m_criterion);
    m_level = new QSpinBox(tab);
    m_level->setRange(2, 5);
    m_level->setToolTip(
        tr("The qualification stage this question is needed for: 2 target person in a fitting "
           "company, 3 need identified, 4 requirements and buying process known, 5 fully "
           "qualified"));
    form->addRow(tr("Needed for &stage:"), m_level);
    m_type = new QComboBox(tab);
    for (auto t : {AnswerType::YesPartlyNoUnknown, AnswerType::Choice, AnswerType::Number,
             AnswerType::Date, AnswerType::Text})
        m_type->addItem(answerTypeName(t), answerTypeKey(t));
    form->addRow(tr("Answer &type:"), m_type);
    return form;
}

// What the answer type needs: one page per type (choices, number and date thresholds).
void QualificationSetupDialog::buildAnswerTypeDetails(QWidget *tab)
{
    m_typeDetails = new QStackedWidget(tab);
    m_typeDetails->addWidget(new QLabel(tr("Yes (met), partly, no (not met), unknown."), tab));
    auto *choice = new QWidget(tab);
    auto *choiceLayout = new QVBoxLayout(choice);
    choiceLayout->setContentsMargins(0, 0, 0, 0);
    choiceLayout->addWidget(
        new QLabel(tr("One answer per line: key | English | German | met, partly, not_met or "
                      "unknown | points (optional)"),
            choice));
    m_options = new QPlainTextEdit(choice);
    m_options->setObjectName(QStringLiteral("optionsEdit"));
    choiceLayout->addWidget(m_options);
    m_typeDetails->addWidget(choice);
    auto *number = new QWidget(tab);
    auto *numberForm = new QFormLayout(number);
    m_metFrom = new QDoubleSpinBox(number);
    m_metFrom->setRange(0, 1e12);
    m_metFrom->setDecimals(0);
    m_partlyFrom = new QDoubleSpinBox(number);
    m_partlyFrom->setRange(0, 1e12);
    m_partlyFrom->setDecimals(0);
    m_unit = new QLineEdit(number);
    numberForm->addRow(tr("Met from:"), m_metFrom);
    numberForm->addRow(tr("Partly from:"), m_partlyFrom);
    numberForm->addRow(tr("Unit:"), m_unit);
    m_typeDetails->addWidget(number);
    auto *date = new QWidget(tab);
    auto *dateForm = new QFormLayout(date);
    m_metWithin = new QSpinBox(date);
    m_metWithin->setRange(0, 3650);
    m_partlyWithin = new QSpinBox(date);
    m_partlyWithin->setRange(0, 3650);
    dateForm->addRow(tr("Met within days:"), m_metWithin);
    dateForm->addRow(tr("Partly within days:"), m_partlyWithin);
    m_typeDetails->addWidget(date);
    m_typeDetails->addWidget(new QLabel(tr("Any text counts as met."), tab));
}

void QualificationSetupDialog::connectQuestionnaire(
    QPushButton *add, QPushButton *remove, QPushButton *up, QPushButton *down)
{
    connect(
        m_type, &QComboBox::currentIndexChanged, m_typeDetails, &QStackedWidget::setCurrentIndex);
    connect(m_questions, &QListWidget::currentRowChanged, this, [this](int next) {
        if (next == m_questionRow)
            return;
        if (m_questionRow >= 0 && !storeQuestion()) {
            const QSignalBlocker block(m_questions);
            m_questions->setCurrentRow(m_questionRow);
            return;
        }
        loadQuestion(next);
    });
    connect(add, &QPushButton::clicked, this, [this] {
        if (m_questionRow >= 0 && !storeQuestion())
            return;
        Question q;
        q.key = QStringLiteral("question_%1").arg(m_questionnaire.questions.size() + 1);
        q.text = {tr("New question"), tr("New question")};
        m_questionnaire.questions.push_back(q);
        m_questionRow = -1;
        refreshLists();
        m_questions->setCurrentRow(int(m_questionnaire.questions.size()) - 1);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_questionRow < 0)
            return;
        m_questionnaire.questions.erase(m_questionnaire.questions.begin() + m_questionRow);
        const int next = std::min(m_questionRow, int(m_questionnaire.questions.size()) - 1);
        m_questionRow = -1;
        refreshLists();
        m_questions->setCurrentRow(next);
    });
    connect(up, &QPushButton::clicked, this, [this] { moveQuestion(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveQuestion(1); });
}

QWidget *QualificationSetupDialog::buildFrameworksTab()
{
    auto *tab = new QWidget(this);
    auto *outer = new QVBoxLayout(tab);
    auto *activeRow = new QHBoxLayout;
    m_active = new QComboBox(tab);
    m_active->setObjectName(QStringLiteral("activeFramework"));
    activeRow->addWidget(new QLabel(tr("Qualify with:"), tab));
    activeRow->addWidget(m_active);
    activeRow->addStretch();
    outer->addLayout(activeRow);
    auto *row = new QHBoxLayout;
    m_frameworkList = new QListWidget(tab);
    row->addWidget(m_frameworkList, 1);
    auto *form = new QFormLayout;
    m_fwKey = new QLineEdit(tab);
    form->addRow(tr("Key:"), m_fwKey);
    m_fwName = new QLineEdit(tab);
    form->addRow(tr("Name:"), m_fwName);
    m_atLeast = new QSpinBox(tab);
    m_atLeast->setRange(0, 9);
    form->addRow(tr("Sales-ready when at least … met:"), m_atLeast);
    m_required = new QLineEdit(tab);
    m_required->setPlaceholderText(tr("criterion keys, comma-separated"));
    form->addRow(tr("… and all of these met:"), m_required);
    form->addRow(new QLabel(
        tr("Criteria, one per line: key | English | German | base criteria it takes its status "
           "from (budget, authority, need, timing; comma-separated, may be empty)"),
        tab));
    m_fwCriteria = new QPlainTextEdit(tab);
    form->addRow(m_fwCriteria);
    row->addLayout(form, 3);
    outer->addLayout(row, 1);
    connect(m_frameworkList, &QListWidget::currentRowChanged, this, [this](int next) {
        if (next == m_frameworkRow)
            return;
        if (m_frameworkRow >= 0 && !storeFramework()) {
            const QSignalBlocker block(m_frameworkList);
            m_frameworkList->setCurrentRow(m_frameworkRow);
            return;
        }
        loadFramework(next);
    });
    return tab;
}

void QualificationSetupDialog::refreshLists()
{
    {
        const QSignalBlocker block(m_questions);
        m_questions->clear();
        int n = 0;
        for (const Question &q : m_questionnaire.questions)
            m_questions->addItem(QStringLiteral("%1. %2 — %3").arg(++n).arg(q.key, q.text.text()));
    }
    {
        const QSignalBlocker block(m_frameworkList);
        m_frameworkList->clear();
        const QString active = m_active->currentData().toString().isEmpty()
            ? m_frameworks.activeKey
            : m_active->currentData().toString();
        m_active->clear();
        for (const Framework &f : m_frameworks.frameworks) {
            m_frameworkList->addItem(f.name);
            m_active->addItem(f.name, f.key);
        }
        m_active->setCurrentIndex(std::max(0, m_active->findData(active)));
    }
}

void QualificationSetupDialog::loadQuestion(int row)
{
    m_questionRow = row;
    if (row < 0 || row >= int(m_questionnaire.questions.size()))
        return;
    const Question &q = m_questionnaire.questions[size_t(row)];
    m_key->setText(q.key);
    m_group->setCurrentIndex(m_group->findData(groupKey(q.group)));
    m_type->setCurrentIndex(m_type->findData(answerTypeKey(q.type)));
    m_typeDetails->setCurrentIndex(m_type->currentIndex());
    m_textEn->setText(q.text.en);
    m_textDe->setText(q.text.de);
    m_hintEn->setText(q.hint.en);
    m_hintDe->setText(q.hint.de);
    m_pointsMet->setValue(q.pointsMet);
    m_pointsPartly->setValue(q.pointsPartly);
    m_criterion->setCurrentIndex(std::max(0, m_criterion->findData(q.criterion)));
    m_level->setValue(q.level);
    QStringList lines;
    for (const AnswerOption &o : q.options) {
        QStringList f = {o.key, o.text.en, o.text.de, statusKey(o.status)};
        if (o.points)
            f << QString::number(*o.points);
        lines << f.join(QStringLiteral(" | "));
    }
    m_options->setPlainText(lines.join(QLatin1Char('\n')));
    m_metFrom->setValue(q.metFrom);
    m_partlyFrom->setValue(q.partlyFrom);
    m_unit->setText(q.unit);
    m_metWithin->setValue(q.metWithinDays);
    m_partlyWithin->setValue(q.partlyWithinDays);
}

bool QualificationSetupDialog::storeQuestion()
{
    if (m_questionRow < 0 || m_questionRow >= int(m_questionnaire.questions.size()))
        return true;
    Question &q = m_questionnaire.questions[size_t(m_questionRow)];
    q.key = m_key->text().trimmed();
    q.group = groupFromKey(m_group->currentData().toString()).value_or(QuestionGroup::Organisation);
    q.type = answerTypeFromKey(m_type->currentData().toString())
                 .value_or(AnswerType::YesPartlyNoUnknown);
    q.text = {m_textEn->text().trimmed(), m_textDe->text().trimmed()};
    q.hint = {m_hintEn->text().trimmed(), m_hintDe->text().trimmed()};
    q.pointsMet = m_pointsMet->value();
    q.pointsPartly = m_pointsPartly->value();
    q.criterion = m_criterion->currentData().toString();
    q.level = m_level->value();
    q.options.clear();
    if (q.type == AnswerType::Choice) {
        int lineNo = 0;
        for (const QString &line : m_options->toPlainText().split(QLatin1Char('\n'))) {
            ++lineNo;
            if (line.trimmed().isEmpty())
                continue;
            const QStringList f = fieldsOf(line);
            const auto status = statusFromKey(f.value(3));
            bool pointsOk = true;
            const int points = f.value(4).toInt(&pointsOk);
            if (f.size() < 4 || f.size() > 5 || !status || (f.size() == 5 && !pointsOk)) {
                showError(tr(
                    "Question '%1', answer line %2: write key | English | German | status | points "
                    "(status met, partly, not_met or unknown; points optional).")
                              .arg(q.key)
                              .arg(lineNo));
                return false;
            }
            q.options.push_back({f[0], {f[1], f[2]}, *status,
                f.size() == 5 ? std::optional(points) : std::nullopt});
        }
    }
    q.metFrom = m_metFrom->value();
    q.partlyFrom = m_partlyFrom->value();
    q.unit = m_unit->text().trimmed();
    q.metWithinDays = m_metWithin->value();
    q.partlyWithinDays = m_partlyWithin->value();
    if (QListWidgetItem *item = m_questions->item(m_questionRow))
        item->setText(
            QStringLiteral("%1. %2 — %3").arg(m_questionRow + 1).arg(q.key, q.text.text()));
    return true;
}

void QualificationSetupDialog::loadFramework(int row)
{
    m_frameworkRow = row;
    if (row < 0 || row >= int(m_frameworks.frameworks.size()))
        return;
    const Framework &f = m_frameworks.frameworks[size_t(row)];
    m_fwKey->setText(f.key);
    m_fwName->setText(f.name);
    m_atLeast->setValue(f.rule.atLeast);
    m_required->setText(f.rule.required.join(QStringLiteral(", ")));
    QStringList lines;
    for (const FrameworkCriterion &c : f.criteria)
        lines << QStringList {c.key, c.name.en, c.name.de, c.from.join(QStringLiteral(", "))}.join(
            QStringLiteral(" | "));
    m_fwCriteria->setPlainText(lines.join(QLatin1Char('\n')));
}

bool QualificationSetupDialog::storeFramework()
{
    if (m_frameworkRow < 0 || m_frameworkRow >= int(m_frameworks.frameworks.size()))
        return true;
    Framework &f = m_frameworks.frameworks[size_t(m_frameworkRow)];
    const QString oldKey = f.key;
    f.key = m_fwKey->text().trimmed();
    f.name = m_fwName->text().trimmed();
    f.rule.atLeast = m_atLeast->value();
    f.rule.required.clear();
    for (const QString &r : m_required->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        f.rule.required << r.trimmed();
    std::vector<FrameworkCriterion> criteria;
    int lineNo = 0;
    for (const QString &line : m_fwCriteria->toPlainText().split(QLatin1Char('\n'))) {
        ++lineNo;
        if (line.trimmed().isEmpty())
            continue;
        const QStringList parts = fieldsOf(line);
        if (parts.size() < 3 || parts.size() > 4) {
            showError(tr(
                "Framework '%1', criterion line %2: write key | English | German | base criteria.")
                          .arg(f.name)
                          .arg(lineNo));
            return false;
        }
        FrameworkCriterion c;
        c.key = parts[0];
        c.name = {parts[1], parts[2]};
        const FrameworkCriterion *before = f.find(c.key);
        if (before)
            c.description = before->description;
        for (const QString &b : parts.value(3).split(QLatin1Char(','), Qt::SkipEmptyParts))
            c.from << b.trimmed();
        criteria.push_back(c);
    }
    f.criteria = criteria;
    if (m_frameworks.activeKey == oldKey)
        m_frameworks.activeKey = f.key;
    return true;
}

void QualificationSetupDialog::moveQuestion(int delta)
{
    const int from = m_questionRow, to = m_questionRow + delta;
    if (from < 0 || to < 0 || to >= int(m_questionnaire.questions.size()) || !storeQuestion())
        return;
    std::swap(m_questionnaire.questions[size_t(from)], m_questionnaire.questions[size_t(to)]);
    m_questionRow = -1;
    refreshLists();
    m_questions->setCurrentRow(to);
}

void QualificationSetupDialog::showError(const QString &message)
{
    m_message->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
    m_message->setText(message);
}

bool QualificationSetupDialog::save()
{
    if (!m_editable || !storeQuestion() || !storeFramework())
        return false;
    m_frameworks.activeKey = m_active->currentData().toString();
    const QualificationService &service = m_session.services().qualification();
    const User &user = m_session.currentUser();
    auto questionnaireValid = m_questionnaire.validate();
    auto frameworksValid = m_frameworks.validate();
    for (const auto *v : {&questionnaireValid, &frameworksValid}) {
        if (!v->ok()) {
            showError(
                v->error().message + QStringLiteral(" [") + v->error().field + QLatin1Char(']'));
            const QString key = v->error().field.section(QLatin1Char('.'), 0, 0);
            for (size_t i = 0; i < m_questionnaire.questions.size(); ++i) {
                if (m_questionnaire.questions[i].key == key)
                    m_questions->setCurrentRow(int(i));
            }
            return false;
        }
    }
    if (!(m_questionnaire.questions == m_savedQuestionnaire.questions)) {
        if (auto r = service.saveQuestionnaire(user, m_questionnaire); !r) {
            showError(r.error().message);
            return false;
        }
        m_savedQuestionnaire = m_questionnaire;
    }
    if (!(m_frameworks.frameworks == m_savedFrameworks.frameworks)
        || m_frameworks.activeKey != m_savedFrameworks.activeKey) {
        if (auto r = service.saveFrameworks(user, m_frameworks); !r) {
            showError(r.error().message);
            return false;
        }
        m_savedFrameworks = m_frameworks;
    }
    return true;
}

} // namespace bantam
