#include "jsonreader.h"

#include <QJsonDocument>

#include <cmath>

namespace bantam {

void JsonReader::fail(const QString &path, const QString &what)
{
    if (!error)
        error = Error::invalid(QStringLiteral("%1: %2").arg(path, what), path);
}

QString JsonReader::at(const QString &parent, const QString &key)
{
    return parent.isEmpty() ? key : parent + QLatin1Char('.') + key;
}

QString JsonReader::at(const QString &parent, qsizetype index)
{
    return QStringLiteral("%1[%2]").arg(parent).arg(index);
}

namespace {
QString kindOf(const QJsonDocument &doc)
{
    if (doc.isArray())
        return JsonReader::tr("a list");
    if (doc.isObject())
        return JsonReader::tr("an object");
    return JsonReader::tr("a single value");
}
} // namespace

std::optional<QJsonDocument> JsonReader::parse(
    const QByteArray &bytes, bool list, const QString &field)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (!error) {
            error = Error::invalid(tr("not valid JSON at character %1: %2")
                                       .arg(parseError.offset)
                                       .arg(parseError.errorString()),
                field);
        }
        return std::nullopt;
    }
    if (list ? !doc.isArray() : !doc.isObject()) {
        if (!error) {
            error = Error::invalid((list ? tr("expected a JSON list, found %1")
                                         : tr("expected a JSON object, found %1"))
                                       .arg(kindOf(doc)),
                field);
        }
        return std::nullopt;
    }
    return doc;
}

std::optional<QJsonObject> JsonReader::parseObject(const QByteArray &bytes, const QString &field)
{
    const auto doc = parse(bytes, false, field);
    return doc ? std::optional<QJsonObject>(doc->object()) : std::nullopt;
}

std::optional<QJsonArray> JsonReader::parseArray(const QByteArray &bytes, const QString &field)
{
    const auto doc = parse(bytes, true, field);
    return doc ? std::optional<QJsonArray>(doc->array()) : std::nullopt;
}

void JsonReader::onlyKeys(
    const QJsonObject &o, const QString &path, std::initializer_list<const char *> known)
{
    for (auto it = o.begin(); it != o.end() && !failed(); ++it) {
        bool ok = false;
        for (const char *k : known)
            ok = ok || it.key() == QLatin1String(k);
        if (!ok) {
            QStringList names;
            for (const char *k : known)
                names << QString::fromLatin1(k);
            fail(at(path, it.key()),
                tr("unknown key (known keys: %1)").arg(names.join(QStringLiteral(", "))));
        }
    }
}

QJsonObject JsonReader::objectAt(const QJsonArray &list, qsizetype index, const QString &path)
{
    const QJsonValue v = list.at(index);
    if (!v.isObject()) {
        fail(at(path, index), tr("must be an object"));
        return {};
    }
    return v.toObject();
}

QJsonObject JsonReader::object(const QJsonObject &parent, const QString &name, const QString &path)
{
    const QJsonValue v = parent.value(name);
    if (v.isUndefined()) {
        fail(path, tr("missing"));
        return {};
    }
    if (!v.isObject())
        fail(path, tr("must be an object"));
    return v.toObject();
}

QJsonArray JsonReader::array(const QJsonObject &parent, const QString &name, const QString &path)
{
    const QJsonValue v = parent.value(name);
    if (v.isUndefined()) {
        fail(path, tr("missing"));
        return {};
    }
    if (!v.isArray())
        fail(path, tr("must be a list"));
    return v.toArray();
}

double JsonReader::number(const QJsonObject &parent, const QString &name, const QString &path,
    std::optional<double> fallback)
{
    const QJsonValue v = parent.value(name);
    if (v.isUndefined()) {
        if (fallback)
            return *fallback;
        fail(path, tr("missing"));
        return 0;
    }
    if (!v.isDouble() || !std::isfinite(v.toDouble())) {
        fail(path, tr("not a number"));
        return 0;
    }
    return v.toDouble();
}

std::optional<qint64> JsonReader::integer(
    const QJsonObject &parent, const QString &name, const QString &path)
{
    const QJsonValue v = parent.value(name);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    const double d = v.toDouble();
    if (!v.isDouble() || d != std::floor(d) || std::abs(d) > 9e15) {
        fail(path, tr("must be a whole number"));
        return std::nullopt;
    }
    return qint64(d);
}

QString JsonReader::text(
    const QJsonObject &parent, const QString &name, const QString &path, bool required)
{
    const QJsonValue v = parent.value(name);
    if (v.isUndefined()) {
        if (required)
            fail(path, tr("missing"));
        return {};
    }
    if (!v.isString()) {
        fail(path, tr("must be text"));
        return {};
    }
    QString s = v.toString().trimmed();
    if (required && s.isEmpty())
        fail(path, tr("must not be empty"));
    return s;
}

bool JsonReader::flag(
    const QJsonObject &parent, const QString &name, const QString &path, bool fallback)
{
    const QJsonValue v = parent.value(name);
    if (v.isUndefined())
        return fallback;
    if (!v.isBool()) {
        fail(path, tr("must be true or false"));
        return fallback;
    }
    return v.toBool();
}

QStringList JsonReader::texts(
    const QJsonObject &parent, const QString &name, const QString &path, const QString &what)
{
    const QJsonValue v = parent.value(name);
    if (v.isUndefined())
        return {};
    QStringList out;
    bool ok = v.isArray();
    for (const QJsonValue &item : v.toArray()) {
        ok = ok && item.isString() && !item.toString().trimmed().isEmpty();
        out << item.toString().trimmed();
    }
    if (!ok) {
        fail(path, tr("expected a list of %1").arg(what));
        return {};
    }
    return out;
}

} // namespace bantam
