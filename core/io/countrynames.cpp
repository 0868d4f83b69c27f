#include "io/countrynames.h"

#include <QCollator>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QtEndian>

#include <algorithm>

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

// iso-codes' countries and their German catalogue; both empty where it is not installed.
struct IsoCodes
{
    QJsonArray countries;
    QHash<QString, QString> german;
};

IsoCodes readIsoCodes()
{
    IsoCodes iso;
    QFile file(QString::fromLatin1(kIsoCodesJson));
    if (!file.open(QIODevice::ReadOnly))
        return iso;
    iso.german = readCatalogue(QString::fromLatin1(kGermanCatalogue));
    iso.countries = QJsonDocument::fromJson(file.readAll())
                        .object()
                        .value(QStringLiteral("3166-1"))
                        .toArray();
    return iso;
}

QHash<QString, QString> buildNames()
{
    QHash<QString, QString> codes; // folded name or code -> alpha-2
    {
        const auto [countries, german] = readIsoCodes();
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

// alpha-2 -> English and German names, from iso-codes (Qt's English names without it).
struct Names
{
    QHash<QString, QString> english, german;
};

Names buildDisplayNames()
{
    Names out;
    {
        const auto [list, german] = readIsoCodes();
        for (const QJsonValue &v : list) {
            const QJsonObject o = v.toObject();
            const QString alpha2 = o.value(QStringLiteral("alpha_2")).toString();
            // The short common name where there is one ("Bolivia", not "Bolivia,
            // Plurinational State of").
            QString name = o.value(QStringLiteral("common_name")).toString();
            if (name.isEmpty())
                name = o.value(QStringLiteral("name")).toString();
            if (alpha2.size() != 2 || name.isEmpty())
                continue;
            out.english.insert(alpha2, name);
            QString de = german.value(name);
            if (de.isEmpty())
                de = german.value(o.value(QStringLiteral("name")).toString());
            if (!de.isEmpty())
                out.german.insert(alpha2, de);
        }
    }
    if (out.english.isEmpty()) {
        for (int t = 1; t <= int(QLocale::LastTerritory); ++t) {
            const auto territory = QLocale::Territory(t);
            const QString alpha2 = QLocale::territoryToCode(territory);
            if (alpha2.size() == 2
                && !QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, territory)
                        .isEmpty())
                out.english.insert(alpha2, QLocale::territoryToString(territory));
        }
    }
    return out;
}

const Names &displayNames()
{
    static const Names names = buildDisplayNames();
    return names;
}

} // namespace

QString countryName(const QString &code, const QLocale &reader)
{
    const Names &names = displayNames();
    const QString upper = code.trimmed().toUpper();
    if (reader.language() == QLocale::German) {
        if (const QString de = names.german.value(upper); !de.isEmpty())
            return de;
    }
    const QString en = names.english.value(upper);
    return en.isEmpty() ? code : en;
}

std::vector<Country> countries(const QLocale &reader)
{
    std::vector<Country> out;
    const Names &names = displayNames();
    out.reserve(size_t(names.english.size()));
    for (auto it = names.english.cbegin(); it != names.english.cend(); ++it)
        out.push_back({it.key(), countryName(it.key(), reader)});
    QCollator collator(reader);
    std::sort(out.begin(), out.end(), [&collator](const Country &a, const Country &b) {
        return collator.compare(a.name, b.name) < 0;
    });
    return out;
}

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
