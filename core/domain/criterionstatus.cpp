#include "domain/criterionstatus.h"

#include <QCoreApplication>

namespace bantam {

QString statusKey(CriterionStatus status)
{
    switch (status) {
    case CriterionStatus::NotMet:
        return QStringLiteral("not_met");
    case CriterionStatus::Partly:
        return QStringLiteral("partly");
    case CriterionStatus::Met:
        return QStringLiteral("met");
    case CriterionStatus::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

std::optional<CriterionStatus> statusFromKey(const QString &key)
{
    for (auto s : {CriterionStatus::NotMet, CriterionStatus::Partly, CriterionStatus::Met,
             CriterionStatus::Unknown}) {
        if (statusKey(s) == key)
            return s;
    }
    return std::nullopt;
}

QString statusName(CriterionStatus status)
{
    switch (status) {
    case CriterionStatus::NotMet:
        return QCoreApplication::translate("Qualification", "not met");
    case CriterionStatus::Partly:
        return QCoreApplication::translate("Qualification", "partly");
    case CriterionStatus::Met:
        return QCoreApplication::translate("Qualification", "met");
    case CriterionStatus::Unknown:
        return QCoreApplication::translate("Qualification", "unknown");
    }
    return {};
}

} // namespace bantam
