#include "domain/scoredriver.h"

#include <QCoreApplication>

namespace bantam {

QString scoreDriverKey(ScoreDriver driver)
{
    return driver == ScoreDriver::Learned ? QStringLiteral("learned") : QStringLiteral("rules");
}

std::optional<ScoreDriver> scoreDriverFromKey(const QString &key)
{
    if (key == QLatin1String("rules"))
        return ScoreDriver::Rules;
    if (key == QLatin1String("learned"))
        return ScoreDriver::Learned;
    return std::nullopt;
}

QString scoreDriverName(ScoreDriver driver)
{
    return driver == ScoreDriver::Learned
        ? QCoreApplication::translate("ScoreDriver", "the learned chance")
        : QCoreApplication::translate("ScoreDriver", "the rule score");
}

} // namespace bantam
