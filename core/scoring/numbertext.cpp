#include "scoring/numbertext.h"

#include <QRegularExpression>

#include <cmath>
#include <limits>

namespace bantam {

namespace {

// Digits in groups of three after a first group of one to three that does not start with 0:
// "1.000", "12,345,678" (but "0.500" is a decimal).
bool groupedByThousands(QStringView whole, QChar sep)
{
    if (whole.startsWith(QLatin1Char('0')))
        return false;
    qsizetype digits = 0, groups = 0;
    for (qsizetype i = 0; i < whole.size(); ++i) {
        if (whole[i] == sep) {
            if ((groups == 0 && (digits < 1 || digits > 3)) || (groups > 0 && digits != 3))
                return false;
            ++groups;
            digits = 0;
        } else {
            ++digits;
        }
    }
    return groups > 0 && digits == 3;
}

} // namespace

std::optional<double> readNumber(std::string_view utf8)
{
    // The fast path of readNumber(const QString &) on the bytes: an optional sign and up to 15
    // ASCII digits. Anything else is read as a string, with the same result.
    const size_t signs = !utf8.empty() && (utf8[0] == '-' || utf8[0] == '+') ? 1 : 0;
    const size_t digits = utf8.size() - signs;
    if (digits > 0 && digits <= 15) {
        qint64 n = 0;
        size_t i = signs;
        for (; i < utf8.size(); ++i) {
            const char c = utf8[i];
            if (c < '0' || c > '9')
                break;
            n = n * 10 + (c - '0');
        }
        if (i == utf8.size())
            return utf8[0] == '-' ? -double(n) : double(n);
    }
    return readNumber(QString::fromUtf8(utf8.data(), qsizetype(utf8.size())));
}

std::optional<double> readNumber(const QString &text)
{
    // Plain characters only, checked by hand: this runs for every attribute value of every lead
    // when the learned score is trained or computed.
    // The common case first: an optional sign and up to 15 digits, a whole number that a double
    // holds exactly — the value toDouble() below would give, without building a string.
    {
        const qsizetype signs
            = text.startsWith(QLatin1Char('-')) || text.startsWith(QLatin1Char('+')) ? 1 : 0;
        const qsizetype digits = text.size() - signs;
        if (digits > 0 && digits <= 15) {
            qint64 n = 0;
            qsizetype i = signs;
            for (; i < text.size(); ++i) {
                const char16_t c = text[i].unicode();
                if (c < u'0' || c > u'9')
                    break;
                n = n * 10 + (c - u'0');
            }
            if (i == text.size())
                return text.startsWith(QLatin1Char('-')) ? -double(n) : double(n);
        }
    }
    QString s;
    s.reserve(text.size());
    bool digit = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isDigit() && c.unicode() < 128) {
            digit = true;
            s.append(c);
        } else if (c == QLatin1Char('.') || c == QLatin1Char(',')) {
            s.append(c);
        } else if ((c == QLatin1Char('-') || c == QLatin1Char('+')) && s.isEmpty()) {
            s.append(c);
        } else if (c == QLatin1Char(' ') || c == QChar(0x00A0) || c == QChar(0x202F)
            || c == QLatin1Char('\'')) {
            continue; // grouping spaces (also no-break and narrow no-break) and Swiss '
        } else {
            return std::nullopt;
        }
    }
    if (!digit)
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
        const QStringView unsigned_ = QStringView(s).mid(
            s.startsWith(QLatin1Char('-')) || s.startsWith(QLatin1Char('+')) ? 1 : 0);
        if (s.count(sep) > 1 || groupedByThousands(unsigned_, sep))
            group = sep;
        else
            decimal = sep;
    }
    if (!group.isNull()) {
        const qsizetype end = decimal.isNull() ? s.size() : s.lastIndexOf(decimal);
        const qsizetype start
            = s.startsWith(QLatin1Char('-')) || s.startsWith(QLatin1Char('+')) ? 1 : 0;
        if (!groupedByThousands(QStringView(s).mid(start, end - start), group))
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

double SizeRange::representative() const
{
    return std::isinf(high) ? low : (low + high) / 2;
}

bool SizeRange::holds(double n) const
{
    return n >= low && (std::isinf(high) || n < high + 1);
}

namespace {

// One end of a size: a number, "10k" (thousands).
std::optional<double> sizeNumber(QString text)
{
    text = text.trimmed();
    double factor = 1;
    if (text.endsWith(QLatin1Char('k'), Qt::CaseInsensitive)) {
        factor = 1000;
        text.chop(1);
    }
    const auto n = readNumber(text);
    if (!n || *n < 0)
        return std::nullopt;
    return *n * factor;
}

} // namespace

std::optional<SizeRange> readCompanySize(const QString &text)
{
    static const QRegularExpression unit(
        QStringLiteral(
            "\\s*(employees|employee|mitarbeiter(innen)?|mitarbeitende|beschäftigte|ma)$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression dash(
        QStringLiteral("\\s*(-|\u2013|\u2014|\\bto\\b|\\bbis\\b)\\s*"),
        QRegularExpression::CaseInsensitiveOption);
    QString s = text.trimmed();
    s.remove(unit);
    if (s.isEmpty())
        return std::nullopt;
    if (s.endsWith(QLatin1Char('+'))) {
        const auto low = sizeNumber(s.chopped(1));
        if (!low)
            return std::nullopt;
        return SizeRange {*low, std::numeric_limits<double>::infinity()};
    }
    const QStringList parts = s.split(dash);
    if (parts.size() == 2) {
        const auto low = sizeNumber(parts[0]);
        const auto high = sizeNumber(parts[1]);
        if (!low || !high || *high < *low)
            return std::nullopt;
        return SizeRange {*low, *high};
    }
    if (parts.size() != 1)
        return std::nullopt;
    const auto n = sizeNumber(s);
    if (!n)
        return std::nullopt;
    return SizeRange {*n, *n};
}

} // namespace bantam
