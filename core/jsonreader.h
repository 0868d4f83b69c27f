// JsonReader: reading JSON that people write by hand (scoring models, routing rules, import
// mappings, call answers) strictly. Every value is checked for its type, every key must be a
// known one, and the first problem becomes an Error that names where it is by its path
// ("rules[2].countries: expected a list of country codes", "rules[0].methd: unknown key").
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <initializer_list>
#include <optional>

namespace bantam {

class JsonReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonReader)

public:
    std::optional<Error> error; // the first problem found

    bool failed() const { return error.has_value(); }
    // Records the first problem: "path: what", the path as the error's field.
    void fail(const QString &path, const QString &what);

    // "parent.key", or just "key" at the top.
    static QString at(const QString &parent, const QString &key);
    static QString at(const QString &parent, qsizetype index); // "parent[index]"
    // The document's bytes as an object or a list: a parse error says at which character;
    // another kind of value says what it is instead. No path: the caller names the file; field
    // is the error's field.
    std::optional<QJsonObject> parseObject(const QByteArray &bytes, const QString &field);
    std::optional<QJsonArray> parseArray(const QByteArray &bytes, const QString &field);

    // Refuses any key of o not in known ("path.key: unknown key").
    void onlyKeys(
        const QJsonObject &o, const QString &path, std::initializer_list<const char *> known);
    // The value at index of a list as an object ("path[i]: must be an object").
    QJsonObject objectAt(const QJsonArray &list, qsizetype index, const QString &path);

    // The value of key name in parent; path names it in messages. Missing: an error, or the
    // fallback where there is one.
    QJsonObject object(const QJsonObject &parent, const QString &name, const QString &path);
    QJsonArray array(const QJsonObject &parent, const QString &name, const QString &path);
    double number(const QJsonObject &parent, const QString &name, const QString &path,
        std::optional<double> fallback = std::nullopt);
    // A whole number; missing gives nullopt.
    std::optional<qint64> integer(
        const QJsonObject &parent, const QString &name, const QString &path);
    QString text(
        const QJsonObject &parent, const QString &name, const QString &path, bool required);
    bool flag(const QJsonObject &parent, const QString &name, const QString &path, bool fallback);
    // A list of texts; missing gives an empty list. what names the items for the message
    // ("expected a list of country codes").
    QStringList texts(
        const QJsonObject &parent, const QString &name, const QString &path, const QString &what);

private:
    std::optional<QJsonDocument> parse(const QByteArray &bytes, bool list, const QString &field);
};

} // namespace bantam
