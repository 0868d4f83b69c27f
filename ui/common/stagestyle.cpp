#include "common/stagestyle.h"

namespace bantam {

QColor stageColor(Stage stage)
{
    switch (stage) {
    case Stage::Lead:
        return QColor(0x4a, 0x6f, 0x8a);
    case Stage::Mql:
        return QColor(0xc2, 0x7c, 0x0e);
    case Stage::Sql:
        return QColor(0x1f, 0x6f, 0xd1);
    case Stage::Disqualified:
        return QColor(0x6b, 0x6b, 0x6b);
    case Stage::Won:
        return QColor(0x2e, 0x8b, 0x3a);
    case Stage::Lost:
        return QColor(0xb3, 0x39, 0x39);
    }
    return Qt::black;
}

QColor stageTint(Stage stage)
{
    QColor c = stageColor(stage);
    return QColor::fromHsl(c.hslHue(), std::min(255, c.hslSaturation()), 238);
}

QString stageBadgeStyle(Stage stage)
{
    return QStringLiteral(
        "QLabel { background: %1; color: white; border-radius: 4px; padding: 2px 8px; "
        "font-weight: bold; }")
        .arg(stageColor(stage).name());
}

} // namespace bantam
