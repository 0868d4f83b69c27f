#include "domain/scoreband.h"

#include <QCoreApplication>

namespace bantam {

QString scoreBandKey(ScoreBand band)
{
    switch (band) {
    case ScoreBand::Cold:
        return QStringLiteral("cold");
    case ScoreBand::Warm:
        return QStringLiteral("warm");
    case ScoreBand::Hot:
        return QStringLiteral("hot");
    }
    return {};
}

std::optional<ScoreBand> scoreBandFromKey(const QString &key)
{
    for (ScoreBand b : {ScoreBand::Cold, ScoreBand::Warm, ScoreBand::Hot}) {
        if (key == scoreBandKey(b))
            return b;
    }
    return std::nullopt;
}

QString scoreBandName(ScoreBand band)
{
    switch (band) {
    case ScoreBand::Cold:
        return QCoreApplication::translate("Scoring", "cold");
    case ScoreBand::Warm:
        return QCoreApplication::translate("Scoring", "warm");
    case ScoreBand::Hot:
        return QCoreApplication::translate("Scoring", "hot");
    }
    return {};
}

} // namespace bantam
