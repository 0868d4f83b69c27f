#include "domain/transitions.h"

#include <QCoreApplication>

namespace bantam {

const std::vector<Transition> &transitionTable()
{
    using A = PipelineAction;
    using S = Stage;
    using R = ReasonRule;
    static const std::vector<Transition> table = {
        {A::Promote, S::Lead, S::Mql, R::Optional, {}, false},
        // Accepting an MQL is sales' first touch: the stage stays, the handover is recorded.
        {A::Accept, S::Mql, S::Mql, R::Optional, {}, false},
        {A::Qualify, S::Mql, S::Sql, R::Optional, {}, false},
        // A lead qualified directly by phone skips MQL; it must say why.
        {A::Qualify, S::Lead, S::Sql, R::RequiredText, {}, false},
        {A::Reject, S::Mql, S::Lead, R::FromList, QStringLiteral("reject"), false},
        {A::Disqualify, S::Lead, S::Disqualified, R::FromList, QStringLiteral("disqualify"), false},
        {A::Disqualify, S::Mql, S::Disqualified, R::FromList, QStringLiteral("disqualify"), false},
        {A::Disqualify, S::Sql, S::Disqualified, R::FromList, QStringLiteral("disqualify"), false},
        {A::Recycle, S::Mql, S::Lead, R::FromList, QStringLiteral("recycle"), true},
        {A::Recycle, S::Sql, S::Lead, R::FromList, QStringLiteral("recycle"), true},
        {A::Win, S::Sql, S::Won, R::Optional, {}, false},
        {A::Lose, S::Sql, S::Lost, R::FromList, QStringLiteral("lost"), false},
        {A::Reopen, S::Disqualified, S::Lead, R::RequiredText, {}, false},
        {A::Reopen, S::Lost, S::Lead, R::RequiredText, {}, false},
    };
    return table;
}

std::optional<Transition> findTransition(PipelineAction action, Stage from)
{
    for (const Transition &t : transitionTable()) {
        if (t.action == action && t.from == from)
            return t;
    }
    return std::nullopt;
}

QString actionKey(PipelineAction action)
{
    switch (action) {
    case PipelineAction::Promote:
        return QStringLiteral("promote");
    case PipelineAction::Accept:
        return QStringLiteral("accept");
    case PipelineAction::Qualify:
        return QStringLiteral("qualify");
    case PipelineAction::Reject:
        return QStringLiteral("reject");
    case PipelineAction::Disqualify:
        return QStringLiteral("disqualify");
    case PipelineAction::Recycle:
        return QStringLiteral("recycle");
    case PipelineAction::Win:
        return QStringLiteral("win");
    case PipelineAction::Lose:
        return QStringLiteral("lose");
    case PipelineAction::Reopen:
        return QStringLiteral("reopen");
    }
    return {};
}

std::optional<PipelineAction> actionFromKey(const QString &key)
{
    for (const Transition &t : transitionTable()) {
        if (actionKey(t.action) == key)
            return t.action;
    }
    return std::nullopt;
}

QString actionName(PipelineAction action)
{
    switch (action) {
    case PipelineAction::Promote:
        return QCoreApplication::translate("Pipeline", "Promote to MQL");
    case PipelineAction::Accept:
        return QCoreApplication::translate("Pipeline", "Accept");
    case PipelineAction::Qualify:
        return QCoreApplication::translate("Pipeline", "Promote to SQL");
    case PipelineAction::Reject:
        return QCoreApplication::translate("Pipeline", "Reject to marketing");
    case PipelineAction::Disqualify:
        return QCoreApplication::translate("Pipeline", "Disqualify");
    case PipelineAction::Recycle:
        return QCoreApplication::translate("Pipeline", "Recycle");
    case PipelineAction::Win:
        return QCoreApplication::translate("Pipeline", "Won");
    case PipelineAction::Lose:
        return QCoreApplication::translate("Pipeline", "Lost");
    case PipelineAction::Reopen:
        return QCoreApplication::translate("Pipeline", "Reopen");
    }
    return {};
}

QString actionVerb(PipelineAction action)
{
    switch (action) {
    case PipelineAction::Promote:
        return QCoreApplication::translate("Pipeline", "promote leads to MQL");
    case PipelineAction::Accept:
        return QCoreApplication::translate("Pipeline", "accept MQLs");
    case PipelineAction::Qualify:
        return QCoreApplication::translate("Pipeline", "promote leads to SQL");
    case PipelineAction::Reject:
        return QCoreApplication::translate("Pipeline", "reject MQLs back to marketing");
    case PipelineAction::Disqualify:
        return QCoreApplication::translate("Pipeline", "disqualify this lead");
    case PipelineAction::Recycle:
        return QCoreApplication::translate("Pipeline", "recycle leads");
    case PipelineAction::Win:
        return QCoreApplication::translate("Pipeline", "mark leads as won");
    case PipelineAction::Lose:
        return QCoreApplication::translate("Pipeline", "mark leads as lost");
    case PipelineAction::Reopen:
        return QCoreApplication::translate("Pipeline", "reopen closed leads");
    }
    return {};
}

} // namespace bantam
