#include "storage/searchkey.h"

namespace bantam {

QString searchKey(const QString &text)
{
    const QString decomposed = text.trimmed().normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c == QChar(0x00DF)) { // ß
            out += QLatin1String("ss");
            continue;
        }
        out += c.toCaseFolded();
    }
    return out;
}

QString phoneKey(const QString &phone)
{
    QString digits;
    for (QChar c : phone) {
        if (c.isDigit())
            digits += c;
    }
    return digits;
}

QString prefixUpperBound(const QString &prefix)
{
    QString upper = prefix;
    while (!upper.isEmpty()) {
        const ushort last = upper.back().unicode();
        if (last < 0xFFFF) {
            upper.back() = QChar(ushort(last + 1));
            return upper;
        }
        upper.chop(1);
    }
    return QString(QChar(0xFFFF));
}

} // namespace bantam
