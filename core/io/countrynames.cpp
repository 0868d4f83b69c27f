#include "io/countrynames.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QtEndian>

namespace bantam {

namespace {

const char kIsoCodesJson[] = "/usr/share/iso-codes/json/iso_3166-1.json";
const char kGermanCatalogue[] = "/usr/share/locale/de/LC_MESSAGES/iso_3166-1.mo";

// Lower case, letters only: "Korea, Republic of" and "korea republic of" compare equal.
QString fold(const QString &text)
{
    QString out;
    for (QChar c : text.toLower()) {
        if (c.isLetter())
            out += c;
    }
    return out;
}

// The messages of a GNU gettext catalogue (.mo): original -> translation.
QHash<QString, QString> readCatalogue(const QString &path)
{
    QHash<QString, QString> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    const QByteArray data = file.readAll();
    auto word = [&data](qsizetype at) -> quint32 {
        return at + 4 <= data.size() ? qFromLittleEndian<quint32>(data.constData() + at) : 0;
    };
    if (word(0) != 0x950412deU)
        return messages; // not a little-endian catalogue
    const quint32 count = word(8), originals = word(12), translations = word(16);
    auto string = [&](quint32 table, quint32 i) {
        const quint32 length = word(table + 8 * i), offset = word(table + 8 * i + 4);
        if (qsizetype(offset) + qsizetype(length) > data.size())
            return QString();
        return QString::fromUtf8(data.constData() + offset, length);
    };
    for (quint32 i = 0; i < count; ++i)
        messages.insert(string(originals, i), string(translations, i));
    return messages;
}

QHash<QString, QString> buildNames()
{
    QHash<QString, QString> codes; // folded name or code -> alpha-2
    QFile file(QString::fromLatin1(kIsoCodesJson));
    if (file.open(QIODevice::ReadOnly)) {
        const QHash<QString, QString> german = readCatalogue(QString::fromLatin1(kGermanCatalogue));
        const QJsonArray countries = QJsonDocument::fromJson(file.readAll())
                                         .object()
                                         .value(QStringLiteral("3166-1"))
                                         .toArray();
        for (const QJsonValue &v : countries) {
            const QJsonObject o = v.toObject();
            const QString alpha2 = o.value(QStringLiteral("alpha_2")).toString();
            if (alpha2.size() != 2)
                continue;
            codes.insert(fold(o.value(QStringLiteral("alpha_3")).toString()), alpha2);
            for (const char *key : {"name", "official_name", "common_name"}) {
                const QString name = o.value(QLatin1String(key)).toString();
                if (name.isEmpty())
                    continue;
                codes.insert(fold(name), alpha2);
                if (const QString de = german.value(name); !de.isEmpty())
                    codes.insert(fold(de), alpha2);
            }
        }
    }
    // Without iso-codes, Qt's English names; with it, they fill what it spells otherwise.
    for (int t = 1; t <= int(QLocale::LastTerritory); ++t) {
        const auto territory = QLocale::Territory(t);
        const QList<QLocale> locales
            = QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, territory);
        if (locales.isEmpty())
            continue;
        const QString alpha2 = QLocale::territoryToCode(territory);
        const QString name = fold(QLocale::territoryToString(territory));
        if (alpha2.size() == 2 && !codes.contains(name))
            codes.insert(name, alpha2);
    }
    // Short forms people write that neither list has.
    for (const auto &[name, alpha2] : {std::pair {"USA", "US"}, std::pair {"UK", "GB"},
             std::pair {"England", "GB"}, std::pair {"Great Britain", "GB"},
             std::pair {"Grossbritannien", "GB"}, std::pair {"Holland", "NL"}})
        codes.insert(fold(QString::fromLatin1(name)), QString::fromLatin1(alpha2));
    return codes;
}

} // namespace

std::optional<QString> countryCode(const QString &text)
{
    static const QHash<QString, QString> codes = buildNames();
    const QString trimmed = text.trimmed();
    if (trimmed.size() == 2 && trimmed.at(0).isLetter() && trimmed.at(1).isLetter())
        return trimmed.toUpper();
    const auto it = codes.constFind(fold(trimmed));
    if (it == codes.cend() || fold(trimmed).isEmpty())
        return std::nullopt;
    return it.value();
}

} // namespace bantam
