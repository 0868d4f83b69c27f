#include "scoring/numbertext.h"

#include <QRegularExpression>

namespace bantam {

std::optional<double> readNumber(const QString &text)
{
    QString s = text.trimmed();
    s.remove(QLatin1Char(' '));
    s.remove(QChar(0x00A0)); // no-break space
    s.remove(QChar(0x202F)); // narrow no-break space (French and Swiss grouping)
    s.remove(QLatin1Char('\''));
    if (s.isEmpty())
        return std::nullopt;
    static const QRegularExpression shape(QStringLiteral("^[+-]?[0-9.,]*[0-9][0-9.,]*$"));
    if (!shape.match(s).hasMatch())
        return std::nullopt;
    const qsizetype dot = s.lastIndexOf(QLatin1Char('.'));
    const qsizetype comma = s.lastIndexOf(QLatin1Char(','));
    QChar decimal;
    QChar group;
    if (dot >= 0 && comma >= 0) {
        decimal = dot > comma ? QLatin1Char('.') : QLatin1Char(',');
        group = dot > comma ? QLatin1Char(',') : QLatin1Char('.');
    } else if (dot >= 0 || comma >= 0) {
        const QChar sep = dot >= 0 ? QLatin1Char('.') : QLatin1Char(',');
        static const QRegularExpression grouped(QStringLiteral("^[+-]?[0-9]{1,3}([.,][0-9]{3})+$"));
        if (s.count(sep) > 1 || grouped.match(s).hasMatch())
            group = sep;
        else
            decimal = sep;
    }
    if (!group.isNull()) {
        // Groups of three after the first one, else it is not a grouped number.
        const QString whole = decimal.isNull() ? s : s.left(s.lastIndexOf(decimal));
        const QStringList parts = whole.split(group);
        for (qsizetype i = 1; i < parts.size(); ++i)
            if (parts[i].size() != 3)
                return std::nullopt;
        s.remove(group);
    }
    if (!decimal.isNull()) {
        if (s.count(decimal) > 1)
            return std::nullopt;
        s.replace(decimal, QLatin1Char('.'));
    }
    bool ok = false;
    const double v = s.toDouble(&ok);
    if (!ok)
        return std::nullopt;
    return v;
}

} // namespace bantam
