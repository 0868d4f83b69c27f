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
        const QChar folded = c.toCaseFolded();
        if (const char *plain = plainLetters(folded))
            out += QLatin1String(plain);
        else
            out += folded;
    }
    return out;
}

const char *plainLetters(QChar folded)
{
    // Letters that are not a base letter with an accent (Unicode does not decompose them) but
    // that people type as their plain form: "Yılmaz" is found by "yilmaz", "Łukasz" by
    // "lukasz". Migration 11 applies the same to keys stored before (keep the two alike).
    switch (folded.unicode()) {
    case 0x0131: // ı (Turkish dotless i)
        return "i";
    case 0x0142: // ł
        return "l";
    case 0x00F8: // ø
        return "o";
    case 0x0111: // đ
    case 0x00F0: // ð
        return "d";
    case 0x0127: // ħ
        return "h";
    case 0x00E6: // æ
        return "ae";
    case 0x0153: // œ
        return "oe";
    case 0x00FE: // þ
        return "th";
    default:
        return nullptr;
    }
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
