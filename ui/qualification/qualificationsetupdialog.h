// QualificationSetupDialog: where a marketing manager or an admin edits the questionnaire
// (questions, hints, answer types, points, criterion and stage level) and the framework templates
// (criteria, rule, which one is active). Saving stores a new version in the database; what the
// core's validation refuses is shown naming the question or framework and field.
#pragma once

#include "qualification/framework.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace bantam {

class Session;

class QualificationSetupDialog : public QDialog
{
    Q_OBJECT

public:
    explicit QualificationSetupDialog(Session &session, QWidget *parent = nullptr);

    QListWidget *questionList() const { return m_questions; }
    QLineEdit *questionTextEn() const { return m_textEn; }
    QLabel *messageLabel() const { return m_message; }
    // Stores both definitions if they changed; false (and a message) if refused.
    bool save();

private:
    QWidget *buildQuestionnaireTab();
    QFormLayout *buildQuestionForm(QWidget *tab);
    void buildAnswerTypeDetails(QWidget *tab);
    void connectQuestionnaire(
        QPushButton *add, QPushButton *remove, QPushButton *up, QPushButton *down);
    QWidget *buildFrameworksTab();
    void loadQuestion(int row);
    bool storeQuestion(); // the form into m_questionnaire; false with a message on a format error
    void loadFramework(int row);
    bool storeFramework();
    void refreshLists();
    void moveQuestion(int delta);
    void showError(const QString &message);

    Session &m_session;
    Questionnaire m_questionnaire;
    Questionnaire m_savedQuestionnaire;
    FrameworkSet m_frameworks;
    FrameworkSet m_savedFrameworks;
    int m_questionRow = -1;
    int m_frameworkRow = -1;
    bool m_editable = false;

    QListWidget *m_questions = nullptr;
    QLineEdit *m_key = nullptr;
    QComboBox *m_group = nullptr;
    QComboBox *m_type = nullptr;
    QLineEdit *m_textEn = nullptr;
    QLineEdit *m_textDe = nullptr;
    QLineEdit *m_hintEn = nullptr;
    QLineEdit *m_hintDe = nullptr;
    QSpinBox *m_pointsMet = nullptr;
    QSpinBox *m_pointsPartly = nullptr;
    QComboBox *m_criterion = nullptr;
    QSpinBox *m_level = nullptr;
    QStackedWidget *m_typeDetails = nullptr;
    QPlainTextEdit *m_options = nullptr;
    QDoubleSpinBox *m_metFrom = nullptr;
    QDoubleSpinBox *m_partlyFrom = nullptr;
    QLineEdit *m_unit = nullptr;
    QSpinBox *m_metWithin = nullptr;
    QSpinBox *m_partlyWithin = nullptr;

    QComboBox *m_active = nullptr;
    QListWidget *m_frameworkList = nullptr;
    QLineEdit *m_fwKey = nullptr;
    QLineEdit *m_fwName = nullptr;
    QSpinBox *m_atLeast = nullptr;
    QLineEdit *m_required = nullptr;
    QPlainTextEdit *m_fwCriteria = nullptr;

    QLabel *m_message = nullptr;
};

} // namespace bantam
