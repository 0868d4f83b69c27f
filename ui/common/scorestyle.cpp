#include "common/scorestyle.h"

namespace bantam {

QString scoreTrendText(int trend)
{
    if (trend > 0)
        return QStringLiteral("\u25B2%1").arg(trend);
    if (trend < 0)
        return QStringLiteral("\u25BC%1").arg(-trend);
    return QStringLiteral("\u00B10");
}

QColor scoreBandColor(ScoreBand band)
{
    switch (band) {
    case ScoreBand::Hot:
        return QColor(0xc0, 0x39, 0x2b);
    case ScoreBand::Warm:
        return QColor(0xb8, 0x6e, 0x00);
    case ScoreBand::Cold:
        return QColor(0x2e, 0x5d, 0x8a);
    }
    return {};
}

} // namespace bantam
