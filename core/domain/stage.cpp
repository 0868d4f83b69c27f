#include "domain/stage.h"

#include <QCoreApplication>

namespace bantam {

QString stageKey(Stage stage)
{
    switch (stage) {
    case Stage::Lead:
        return QStringLiteral("lead");
    case Stage::Mql:
        return QStringLiteral("mql");
    case Stage::Sql:
        return QStringLiteral("sql");
    case Stage::Disqualified:
        return QStringLiteral("disqualified");
    case Stage::Won:
        return QStringLiteral("won");
    case Stage::Lost:
        return QStringLiteral("lost");
    }
    return {};
}

std::optional<Stage> stageFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    for (Stage s : allStages) {
        if (k == stageKey(s) || k == stageName(s).toLower())
            return s;
    }
    return std::nullopt;
}

QString stageName(Stage stage)
{
    switch (stage) {
    case Stage::Lead:
        return QCoreApplication::translate("Stage", "Lead");
    case Stage::Mql:
        return QCoreApplication::translate("Stage", "MQL");
    case Stage::Sql:
        return QCoreApplication::translate("Stage", "SQL");
    case Stage::Disqualified:
        return QCoreApplication::translate("Stage", "Disqualified");
    case Stage::Won:
        return QCoreApplication::translate("Stage", "Won");
    case Stage::Lost:
        return QCoreApplication::translate("Stage", "Lost");
    }
    return {};
}

bool isOpenStage(Stage stage)
{
    return stage == Stage::Lead || stage == Stage::Mql || stage == Stage::Sql;
}

int stageRank(Stage stage)
{
    switch (stage) {
    case Stage::Lead:
        return 0;
    case Stage::Mql:
        return 1;
    case Stage::Sql:
        return 2;
    case Stage::Won:
        return 3;
    case Stage::Lost:
        return 4;
    case Stage::Disqualified:
        return 5;
    }
    return 6;
}

} // namespace bantam
