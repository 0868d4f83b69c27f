#include "qualification/questionnaire.h"

#include "jsonreader.h"
#include "qualification/typedinput.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace bantam {

QString LocalizedText::text() const
{
    const bool german = QLocale().language() == QLocale::German;
    if (german && !de.isEmpty())
        return de;
    return en.isEmpty() ? de : en;
}

QJsonObject LocalizedText::toJson() const
{
    return {{QStringLiteral("en"), en}, {QStringLiteral("de"), de}};
}

LocalizedText LocalizedText::fromJson(const QJsonValue &value)
{
    if (value.isString())
        return {value.toString(), value.toString()};
    const QJsonObject o = value.toObject();
    return {o.value(QStringLiteral("en")).toString().trimmed(),
        o.value(QStringLiteral("de")).toString().trimmed()};
}

QString groupKey(QuestionGroup group)
{
    switch (group) {
    case QuestionGroup::Organisation:
        return QStringLiteral("organisation");
    case QuestionGroup::Opportunity:
        return QStringLiteral("opportunity");
    case QuestionGroup::Stakeholder:
        return QStringLiteral("stakeholder");
    }
    return {};
}

std::optional<QuestionGroup> groupFromKey(const QString &key)
{
    for (auto g :
        {QuestionGroup::Organisation, QuestionGroup::Opportunity, QuestionGroup::Stakeholder}) {
        if (groupKey(g) == key)
            return g;
    }
    return std::nullopt;
}

QString groupName(QuestionGroup group)
{
    switch (group) {
    case QuestionGroup::Organisation:
        return QCoreApplication::translate("Qualification", "Organisation");
    case QuestionGroup::Opportunity:
        return QCoreApplication::translate("Qualification", "Opportunity");
    case QuestionGroup::Stakeholder:
        return QCoreApplication::translate("Qualification", "Stakeholder");
    }
    return {};
}

QString answerTypeKey(AnswerType type)
{
    switch (type) {
    case AnswerType::YesPartlyNoUnknown:
        return QStringLiteral("yes_partly_no_unknown");
    case AnswerType::Choice:
        return QStringLiteral("choice");
    case AnswerType::Number:
        return QStringLiteral("number");
    case AnswerType::Date:
        return QStringLiteral("date");
    case AnswerType::Text:
        return QStringLiteral("text");
    }
    return {};
}

std::optional<AnswerType> answerTypeFromKey(const QString &key)
{
    for (auto t : {AnswerType::YesPartlyNoUnknown, AnswerType::Choice, AnswerType::Number,
             AnswerType::Date, AnswerType::Text}) {
        if (answerTypeKey(t) == key)
            return t;
    }
    return std::nullopt;
}

QString answerTypeName(AnswerType type)
{
    switch (type) {
    case AnswerType::YesPartlyNoUnknown:
        return QCoreApplication::translate("Qualification", "Yes / partly / no / unknown");
    case AnswerType::Choice:
        return QCoreApplication::translate("Qualification", "Choice");
    case AnswerType::Number:
        return QCoreApplication::translate("Qualification", "Number");
    case AnswerType::Date:
        return QCoreApplication::translate("Qualification", "Date");
    case AnswerType::Text:
        return QCoreApplication::translate("Qualification", "Text");
    }
    return {};
}

QString baseCriterionName(const QString &key)
{
    if (key == QLatin1String("budget"))
        return QCoreApplication::translate("Qualification", "Budget");
    if (key == QLatin1String("authority"))
        return QCoreApplication::translate("Qualification", "Authority");
    if (key == QLatin1String("need"))
        return QCoreApplication::translate("Qualification", "Need");
    if (key == QLatin1String("timing"))
        return QCoreApplication::translate("Qualification", "Timing");
    return key;
}

std::vector<AnswerOption> Question::pickOptions() const
{
    if (type == AnswerType::Choice)
        return options;
    if (type != AnswerType::YesPartlyNoUnknown)
        return {};
    auto t = [](const char *en, const char *de) {
        return LocalizedText {QString::fromUtf8(en), QString::fromUtf8(de)};
    };
    return {{QStringLiteral("yes"), t("Yes", "Ja"), CriterionStatus::Met, std::nullopt},
        {QStringLiteral("partly"), t("Partly", "Teilweise"), CriterionStatus::Partly, std::nullopt},
        {QStringLiteral("no"), t("No", "Nein"), CriterionStatus::NotMet, std::nullopt},
        {QStringLiteral("unknown"), t("Unknown", "Unbekannt"), CriterionStatus::Unknown,
            std::nullopt}};
}

const Question *Questionnaire::find(const QString &key) const
{
    for (const Question &q : questions) {
        if (q.key == key)
            return &q;
    }
    return nullptr;
}

int Questionnaire::maxPoints() const
{
    int sum = 0;
    for (const Question &q : questions)
        sum += q.maxPoints();
    return sum;
}

namespace {

int pointsFor(const Question &q, CriterionStatus status)
{
    switch (status) {
    case CriterionStatus::Met:
        return q.pointsMet;
    case CriterionStatus::Partly:
        return q.pointsPartly;
    default:
        return 0;
    }
}

} // namespace

QString Questionnaire::title(const Question &q) const
{
    const auto index = std::distance(questions.data(), &q) + 1;
    return tr("%1 (%2)").arg(index).arg(q.text.text());
}

Result<QString> Questionnaire::readTyped(
    const QString &questionKey, const QString &typed, const QLocale &locale) const
{
    const Question *q = find(questionKey);
    const QString text = typed.trimmed();
    if (!q || text.isEmpty())
        return text; // evaluate() says what is wrong
    if (q->type == AnswerType::Number) {
        const auto v = readTypedNumber(text, locale, q->unit);
        if (!v)
            return Error::invalid(tr("Question %1: '%2' is not a number, e.g. %3.")
                                      .arg(title(*q), text, typedNumberText(25000, locale)),
                q->key);
        return QLocale::c().toString(*v, 'f', QLocale::FloatingPointShortest);
    }
    if (q->type == AnswerType::Date) {
        const QDate d = readTypedDate(text, locale);
        if (!d.isValid())
            return Error::invalid(
                tr("Question %1: '%2' is not a date, e.g. %3.")
                    .arg(title(*q), text, typedDateText(QDate(2027, 6, 30), locale)),
                q->key);
        return d.toString(Qt::ISODate);
    }
    return text;
}

QString Questionnaire::typedValue(
    const QString &questionKey, const QString &value, const QLocale &locale) const
{
    const Question *q = find(questionKey);
    if (!q || value.isEmpty())
        return value;
    if (q->type == AnswerType::Number) {
        bool ok = false;
        const double v = QLocale::c().toDouble(value, &ok);
        return ok ? typedNumberText(v, locale) : value;
    }
    if (q->type == AnswerType::Date) {
        const QDate d = QDate::fromString(value, Qt::ISODate);
        return d.isValid() ? typedDateText(d, locale) : value;
    }
    return value;
}

Result<EvaluatedAnswer> Questionnaire::evaluate(
    const QString &questionKey, const QString &raw, const QDate &answeredOn) const
{
    const Question *q = find(questionKey);
    if (!q)
        return Error::invalid(
            tr("'%1' is not a question of the questionnaire.").arg(questionKey), questionKey);
    const QString value = raw.trimmed();
    EvaluatedAnswer a;
    switch (q->type) {
    case AnswerType::YesPartlyNoUnknown:
    case AnswerType::Choice: {
        QStringList keys;
        for (const AnswerOption &o : q->pickOptions()) {
            if (o.key.compare(value, Qt::CaseInsensitive) == 0) {
                a.value = o.key;
                a.status = o.status;
                a.points = o.points.value_or(pointsFor(*q, o.status));
                return a;
            }
            keys << o.key;
        }
        return Error::invalid(tr("Question %1: '%2' is not one of the answers %3.")
                                  .arg(title(*q), value, keys.join(QLatin1String(", "))),
            q->key);
    }
    case AnswerType::Number: {
        static const QRegularExpression number(QStringLiteral("^-?[0-9]+(\\.[0-9]+)?$"));
        bool ok = false;
        const double v = QLocale::c().toDouble(value, &ok);
        if (!ok || !number.match(value).hasMatch())
            return Error::invalid(
                tr("Question %1: '%2' is not a number.").arg(title(*q), value), q->key);
        if (v < 0)
            return Error::invalid(
                tr("Question %1: the number must not be negative.").arg(title(*q)), q->key);
        a.value = value;
        a.status = v >= q->metFrom ? CriterionStatus::Met
            : v >= q->partlyFrom   ? CriterionStatus::Partly
                                   : CriterionStatus::NotMet;
        break;
    }
    case AnswerType::Date: {
        static const QRegularExpression iso(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
        const QDate d = QDate::fromString(value, Qt::ISODate);
        if (!iso.match(value).hasMatch() || !d.isValid())
            return Error::invalid(
                tr("Question %1: '%2' is not a date.").arg(title(*q), value), q->key);
        a.value = d.toString(Qt::ISODate);
        const qint64 days = answeredOn.daysTo(d);
        a.status = days < 0               ? CriterionStatus::NotMet
            : days <= q->metWithinDays    ? CriterionStatus::Met
            : days <= q->partlyWithinDays ? CriterionStatus::Partly
                                          : CriterionStatus::NotMet;
        break;
    }
    case AnswerType::Text:
        if (value.isEmpty())
            return Error::invalid(tr("Question %1 needs a text answer.").arg(title(*q)), q->key);
        constexpr int maxLength = 2000;
        if (value.size() > maxLength)
            return Error::invalid(
                tr("Question %1: the answer is too long (%2 characters, at most %3).")
                    .arg(title(*q))
                    .arg(value.size())
                    .arg(maxLength),
                q->key);
        a.value = value;
        a.status = CriterionStatus::Met;
        break;
    }
    a.points = pointsFor(*q, a.status);
    return a;
}

QString Questionnaire::displayValue(const QString &questionKey, const QString &value) const
{
    const Question *q = find(questionKey);
    if (!q)
        return value;
    const QLocale locale;
    switch (q->type) {
    case AnswerType::YesPartlyNoUnknown:
    case AnswerType::Choice:
        for (const AnswerOption &o : q->pickOptions()) {
            if (o.key == value)
                return o.text.text();
        }
        return value;
    case AnswerType::Number: {
        const QString n = locale.toString(
            QLocale::c().toDouble(value), 'f', value.contains(QLatin1Char('.')) ? 2 : 0);
        return q->unit.isEmpty() ? n : n + QLatin1Char(' ') + q->unit;
    }
    case AnswerType::Date:
        return locale.toString(QDate::fromString(value, Qt::ISODate), QLocale::ShortFormat);
    case AnswerType::Text:
        return value;
    }
    return value;
}

Result<QList<QPair<QString, QString>>> Questionnaire::answersFromJson(const QByteArray &bytes)
{
    JsonReader reader;
    const auto parsed = reader.parseObject(bytes, QString());
    if (!parsed) // no field: the caller names the file
        return Error::invalid(
            tr("not a JSON object of answers keyed by question: %1").arg(reader.error->message));
    QList<QPair<QString, QString>> answers;
    for (auto it = parsed->begin(); it != parsed->end(); ++it) {
        const QJsonValue v = it.value();
        if (v.isString())
            answers.append({it.key(), v.toString()});
        else if (v.isDouble())
            answers.append({it.key(), QString::number(v.toDouble(), 'g', 15)});
        else
            return Error::invalid(
                tr("the answer to '%1' must be a text or a number").arg(it.key()), it.key());
    }
    return answers;
}

Result<Questionnaire> Questionnaire::fromJson(const QJsonObject &json)
{
    Questionnaire out;
    const QJsonArray list = json.value(QStringLiteral("questions")).toArray();
    int index = 0;
    for (const QJsonValue v : list) {
        ++index;
        const QJsonObject o = v.toObject();
        Question q;
        q.key = o.value(QStringLiteral("key")).toString().trimmed();
        const QString where = q.key.isEmpty() ? tr("question %1").arg(index) : q.key;
        const QString group = o.value(QStringLiteral("group")).toString();
        const auto g = groupFromKey(group);
        if (!g)
            return Error::invalid(
                tr("Question '%1': '%2' is not a group (organisation, opportunity, "
                   "stakeholder).")
                    .arg(where, group),
                where + QStringLiteral(".group"));
        q.group = *g;
        const QString type = o.value(QStringLiteral("type")).toString();
        const auto t = answerTypeFromKey(type);
        if (!t)
            return Error::invalid(tr("Question '%1': '%2' is not an answer type "
                                     "(yes_partly_no_unknown, choice, number, date, text).")
                                      .arg(where, type),
                where + QStringLiteral(".type"));
        q.type = *t;
        q.text = LocalizedText::fromJson(o.value(QStringLiteral("text")));
        q.hint = LocalizedText::fromJson(o.value(QStringLiteral("hint")));
        const QJsonObject points = o.value(QStringLiteral("points")).toObject();
        q.pointsMet = points.value(QStringLiteral("met")).toInt(10);
        q.pointsPartly = points.value(QStringLiteral("partly")).toInt(q.pointsMet / 2);
        q.criterion = o.value(QStringLiteral("criterion")).toString().trimmed();
        q.level = o.value(QStringLiteral("level")).toInt(0);
        for (const QJsonValue ov : o.value(QStringLiteral("options")).toArray()) {
            const QJsonObject oo = ov.toObject();
            AnswerOption opt;
            opt.key = oo.value(QStringLiteral("key")).toString().trimmed();
            opt.text = LocalizedText::fromJson(oo.value(QStringLiteral("text")));
            const QString st = oo.value(QStringLiteral("status")).toString();
            const auto s = statusFromKey(st);
            if (!s)
                return Error::invalid(tr("Question '%1', answer '%2': '%3' is not a status (met, "
                                         "partly, not_met, unknown).")
                                          .arg(where, opt.key, st),
                    where + QStringLiteral(".options"));
            opt.status = *s;
            if (oo.contains(QStringLiteral("points")))
                opt.points = oo.value(QStringLiteral("points")).toInt();
            q.options.push_back(opt);
        }
        q.metFrom = o.value(QStringLiteral("metFrom")).toDouble(1);
        q.partlyFrom = o.value(QStringLiteral("partlyFrom")).toDouble(q.metFrom);
        q.unit = o.value(QStringLiteral("unit")).toString().trimmed();
        q.metWithinDays = o.value(QStringLiteral("metWithinDays")).toInt(180);
        q.partlyWithinDays = o.value(QStringLiteral("partlyWithinDays")).toInt(q.metWithinDays);
        out.questions.push_back(std::move(q));
    }
    if (auto ok = out.validate(); !ok)
        return ok.error();
    return out;
}

QJsonObject Questionnaire::toJson() const
{
    QJsonArray list;
    for (const Question &q : questions) {
        QJsonObject o {{QStringLiteral("key"), q.key}, {QStringLiteral("group"), groupKey(q.group)},
            {QStringLiteral("type"), answerTypeKey(q.type)},
            {QStringLiteral("text"), q.text.toJson()}, {QStringLiteral("hint"), q.hint.toJson()},
            {QStringLiteral("points"),
                QJsonObject {{QStringLiteral("met"), q.pointsMet},
                    {QStringLiteral("partly"), q.pointsPartly}}},
            {QStringLiteral("criterion"), q.criterion}, {QStringLiteral("level"), q.level}};
        if (q.type == AnswerType::Choice) {
            QJsonArray options;
            for (const AnswerOption &opt : q.options) {
                QJsonObject oo {{QStringLiteral("key"), opt.key},
                    {QStringLiteral("text"), opt.text.toJson()},
                    {QStringLiteral("status"), statusKey(opt.status)}};
                if (opt.points)
                    oo.insert(QStringLiteral("points"), *opt.points);
                options.append(oo);
            }
            o.insert(QStringLiteral("options"), options);
        } else if (q.type == AnswerType::Number) {
            o.insert(QStringLiteral("metFrom"), q.metFrom);
            o.insert(QStringLiteral("partlyFrom"), q.partlyFrom);
            o.insert(QStringLiteral("unit"), q.unit);
        } else if (q.type == AnswerType::Date) {
            o.insert(QStringLiteral("metWithinDays"), q.metWithinDays);
            o.insert(QStringLiteral("partlyWithinDays"), q.partlyWithinDays);
        }
        list.append(o);
    }
    return {{QStringLiteral("questions"), list}};
}

namespace {

bool validKey(const QString &key)
{
    static const QRegularExpression keyPattern(QStringLiteral("^[a-z][a-z0-9_]{0,39}$"));
    return keyPattern.match(key).hasMatch();
}

QString fieldOf(const Question &q, const char *name)
{
    return q.key + QLatin1Char('.') + QLatin1String(name);
}

// A choice question's answers: 2 to 9, each with a valid unique key, both texts and at most the
// question's points.
Result<void> validateOptions(const Question &q)
{
    const QString &where = q.key;
    auto field = [&q](const char *name) { return fieldOf(q, name); };
    if (q.options.size() < 2 || q.options.size() > 9)
        return Error::invalid(
            Questionnaire::tr("Question '%1' needs 2 to 9 answers to choose from (number "
                              "keys 1 to 9).")
                .arg(where),
            field("options"));
    QStringList optionKeys;
    for (const AnswerOption &o : q.options) {
        if (!validKey(o.key) || optionKeys.contains(o.key))
            return Error::invalid(
                Questionnaire::tr("Question '%1': the answer key '%2' is empty, invalid or "
                                  "used twice.")
                    .arg(where, o.key),
                field("options"));
        if (o.text.en.isEmpty() || o.text.de.isEmpty())
            return Error::invalid(
                Questionnaire::tr("Question '%1': answer '%2' needs its text in English and "
                                  "German.")
                    .arg(where, o.key),
                field("options"));
        if (o.points && (*o.points < 0 || *o.points > q.pointsMet))
            return Error::invalid(
                Questionnaire::tr("Question '%1': answer '%2' gives more points than the "
                                  "question's maximum.")
                    .arg(where, o.key),
                field("options"));
        optionKeys << o.key;
    }
    return {};
}

// One question: its key (valid, unique: seen holds the keys before it), texts, points,
// criterion, stage level and its answer type's settings.
Result<void> validateQuestion(const Question &q, QStringList &seen)
{
    const QString &where = q.key;
    auto field = [&q](const char *name) { return fieldOf(q, name); };
    if (!validKey(q.key))
        return Error::invalid(
            Questionnaire::tr("'%1' is not a valid question key (lower-case letters, digits "
                              "and '_', starting with a letter).")
                .arg(q.key),
            q.key.isEmpty() ? QStringLiteral("key") : field("key"));
    if (seen.contains(q.key))
        return Error::invalid(
            Questionnaire::tr("The question key '%1' is used twice.").arg(q.key), field("key"));
    seen << q.key;
    if (q.text.en.isEmpty() || q.text.de.isEmpty())
        return Error::invalid(
            Questionnaire::tr("Question '%1' needs its text in English and German.").arg(where),
            field("text"));
    if (q.pointsMet < 0 || q.pointsMet > 100 || q.pointsPartly < 0 || q.pointsPartly > q.pointsMet)
        return Error::invalid(
            Questionnaire::tr("Question '%1': points must be 0 to 100, and 'partly' at most "
                              "'met'.")
                .arg(where),
            field("points"));
    if (!q.criterion.isEmpty() && !baseCriteria.contains(q.criterion))
        return Error::invalid(
            Questionnaire::tr("Question '%1': '%2' is not a criterion (budget, authority, need, "
                              "timing, or none).")
                .arg(where, q.criterion),
            field("criterion"));
    if (q.level < 2 || q.level > 5)
        return Error::invalid(
            Questionnaire::tr("Question '%1': the stage level must be 2 to 5, not %2.")
                .arg(where)
                .arg(q.level),
            field("level"));
    if (q.type == AnswerType::Choice) {
        if (auto v = validateOptions(q); !v)
            return v;
    }
    if (q.type == AnswerType::Number && (q.partlyFrom > q.metFrom || q.partlyFrom < 0))
        return Error::invalid(
            Questionnaire::tr("Question '%1': 'partly from' must be between 0 and 'met from'.")
                .arg(where),
            field("partlyFrom"));
    if (q.type == AnswerType::Date && (q.metWithinDays < 0 || q.partlyWithinDays < q.metWithinDays))
        return Error::invalid(
            Questionnaire::tr("Question '%1': 'partly within days' must be at least 'met "
                              "within days'.")
                .arg(where),
            field("partlyWithinDays"));
    return {};
}

} // namespace

Result<void> Questionnaire::validate() const
{
    if (questions.empty())
        return Error::invalid(
            tr("The questionnaire has no questions."), QStringLiteral("questions"));
    if (questions.size() > 40)
        return Error::invalid(
            tr("The questionnaire has %1 questions; at most 40 fit a call.").arg(questions.size()),
            QStringLiteral("questions"));
    QStringList seen;
    bool levels[6] = {};
    for (const Question &q : questions) {
        if (auto v = validateQuestion(q, seen); !v)
            return v;
        levels[q.level] = true;
    }
    for (int level = 2; level <= 4; ++level) {
        if (!levels[level])
            return Error::invalid(
                tr("No question leads to qualification stage %1; every stage from 2 "
                   "to 4 needs at least one.")
                    .arg(level),
                QStringLiteral("level"));
    }
    if (maxPoints() <= 0)
        return Error::invalid(
            tr("The questionnaire gives no points at all."), QStringLiteral("points"));
    return {};
}

QJsonObject readDefaultDefinition(const char *resource)
{
    QFile f(QString::fromLatin1(resource));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("%s is missing from the resources", resource);
    return QJsonDocument::fromJson(f.readAll()).object();
}

Questionnaire Questionnaire::defaults()
{
    return loadDefaultDefinition<Questionnaire>(":/qualification/questionnaire.json");
}

} // namespace bantam
