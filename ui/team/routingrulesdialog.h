// RoutingRulesDialog: the routing rules in priority order — add, edit, delete, move, import and
// export as JSON. Changes go through core's RoutingRules (permissions, validation, audit).
#pragma once

#include "domain/routingrule.h"
#include "result.h"

#include <QDialog>

#include <array>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QListWidget;

namespace bantam {

class Session;

class RoutingRulesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RoutingRulesDialog(Session &session, QWidget *parent = nullptr);

private:
    // The fields of the form for one rule.
    struct RuleForm
    {
        static constexpr std::array<ScoreBand, 3> AllBands {
            ScoreBand::Cold, ScoreBand::Warm, ScoreBand::Hot};
        QLineEdit *name, *countries, *languages, *sources, *sizes, *industries;
        QCheckBox *active, *senior;
        std::array<QCheckBox *, 3> bands;
        QComboBox *territory, *fast, *target, *method;
        QDialogButtonBox *buttons;
    };

    void load(qint64 selectId = 0);
    void edit(bool add);
    RuleForm buildRuleForm(QDialog *dialog, const RoutingRule &rule);
    QComboBox *buildTargetChoice(QDialog *dialog, const RoutingRule &rule);
    static void readRuleForm(const RuleForm &form, RoutingRule &rule);
    qint64 currentId() const;
    bool check(const Result<void> &r);

    Session &m_session;
    QListWidget *m_list;
    std::vector<RoutingRule> m_rules;
};

} // namespace bantam
