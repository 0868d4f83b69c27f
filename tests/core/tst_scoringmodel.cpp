// Tests the scoring model as data: the shipped default, JSON round trips, and validation
// messages that name the field.
#include "scoring/scoringmodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace bantam;

class TestScoringModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultModelCoversDemoActivities();
    void roundTrip();
    void invalid_data();
    void invalid();
    void notJson();
    void numbersAtTheirBoundsAreAccepted();
    void attributeRules();
    void invalidAttributeRules_data();
    void invalidAttributeRules();
    void numericAndFieldRules();
    void invalidNumericAndFieldRules_data();
    void invalidNumericAndFieldRules();
};

namespace {
ScoringModel withAttributeRules()
{
    ScoringModel m = ScoringModel::defaults();
    m.attributes = {{QStringLiteral("Messe-Stand"), QStringLiteral("A12"), 10},
        {QStringLiteral("Messe-Stand"), QString(), 2.5},
        {QStringLiteral("Newsletter"), QStringLiteral("nein"), -5}};
    return m;
}
} // namespace

void TestScoringModel::defaultModelCoversDemoActivities()
{
    const ScoringModel m = ScoringModel::defaults();
    // Every type the demo generator and the sales timeline write, and the issue's list.
    for (const char *type : {"page_visit", "pricing_page", "product_page", "download", "email_open",
             "email_click", "webinar", "social", "contact_form", "demo_request", "trial_signup",
             "unsubscribe", "bounce", "careers_page", "call", "email", "meeting", "note"})
        QVERIFY2(m.activity(QString::fromLatin1(type)), type);
    for (const char *type : {"contact_form", "demo_request", "trial_signup"})
        QVERIFY2(m.activity(QString::fromLatin1(type))->fastTrack, type);
    QVERIFY(m.activity(QStringLiteral("unsubscribe"))->points < 0);
    QCOMPARE(m.activity(QStringLiteral("email_open"))->capCount, 3);
    QCOMPARE(m.activity(QStringLiteral("email_open"))->capDays, 7);
    QVERIFY(m.halfLifeDays > 0);
    QVERIFY(m.warm <= m.mql && m.mql <= m.hot);
}

void TestScoringModel::roundTrip()
{
    const ScoringModel m = ScoringModel::defaults();
    auto again = ScoringModel::fromJsonBytes(m.toJsonBytes());
    QVERIFY2(again, qPrintable(again ? QString() : again.error().message));
    QVERIFY(again.value() == m);
    QCOMPARE(again->activity(QStringLiteral("email_open"))->labelDe,
        QString::fromUtf8("E-Mail geöffnet"));

    // Found by fuzz_scoringmodel: a key that sorts elsewhere once trimmed ("\f1000+" before
    // "1-9", "1000+" after "10-49") made the stored model differ from the one read.
    QJsonObject json = m.toJson();
    QJsonObject fit = json.value(QStringLiteral("fit")).toObject();
    fit.insert(QStringLiteral("company_size"),
        QJsonObject {{QStringLiteral("\f1000+"), 6}, {QStringLiteral("1-9"), 0},
            {QStringLiteral("10-49"), 3}});
    json.insert(QStringLiteral("fit"), fit);
    auto padded = ScoringModel::fromJson(json);
    QVERIFY(padded.ok());
    QCOMPARE(padded->companySizes.size(), size_t(3));
    auto stored = ScoringModel::fromJsonBytes(padded->toJsonBytes());
    QVERIFY(stored.ok());
    QVERIFY(stored.value() == padded.value());
}

void TestScoringModel::invalid_data()
{
    QTest::addColumn<QString>("path"); // where to change the default model's JSON
    QTest::addColumn<QJsonValue>("value"); // undefined: remove the field
    QTest::addColumn<QString>("message");

    // Typos are refused, not silently ignored (issue 19, defect 5).
    QTest::newRow("unknown top-level key")
        << QStringLiteral("thresold") << QJsonValue(40)
        << QStringLiteral("thresold: unknown key (known keys: activities, decay, fit, thresholds)");
    QTest::newRow("unknown threshold")
        << QStringLiteral("thresholds.mqll") << QJsonValue(40)
        << QStringLiteral("thresholds.mqll: unknown key (known keys: warm, mql, hot)");
    QTest::newRow("unknown activity key")
        << QStringLiteral("activities[2].pionts") << QJsonValue(4)
        << QStringLiteral("activities[2].pionts: unknown key (known keys: key, label_en, "
                          "label_de, points, cap, fast_track)");
    QTest::newRow("unknown pattern key")
        << QStringLiteral("fit.job_title.patterns[0].levl") << QJsonValue(QStringLiteral("vp"))
        << QStringLiteral("fit.job_title.patterns[0].levl: unknown key (known keys: match, level)");
    QTest::newRow("points not a number")
        << QStringLiteral("activities[3].points") << QJsonValue(QStringLiteral("ten"))
        << QStringLiteral("activities[3].points: not a number");
    QTest::newRow("points missing")
        << QStringLiteral("activities[0].points") << QJsonValue(QJsonValue::Undefined)
        << QStringLiteral("activities[0].points: missing");
    QTest::newRow("key empty") << QStringLiteral("activities[1].key")
                               << QJsonValue(QStringLiteral(" "))
                               << QStringLiteral("activities[1].key: must not be empty");
    QTest::newRow("key twice") << QStringLiteral("activities[1].key")
                               << QJsonValue(QStringLiteral("page_visit"))
                               << QStringLiteral("activities[1].key: 'page_visit' is listed twice");
    // Found by fuzz_scoringmodel: two keys that are one value once trimmed.
    QTest::newRow("industry twice once trimmed")
        << QStringLiteral("fit.industry.Retail ") << QJsonValue(3)
        << QStringLiteral("fit.industry.Retail : 'Retail' is listed twice");
    QTest::newRow("cap count zero")
        << QStringLiteral("activities[0].cap.count") << QJsonValue(0)
        << QString::fromUtf8("activities[0].cap.count: must be a whole number ≥ 1");
    // Found by fuzz_scoringmodel: a refused cap beyond int was still converted to an int
    // (undefined behaviour, reported by the sanitizer build).
    QTest::newRow("cap count beyond int")
        << QStringLiteral("activities[0].cap.count") << QJsonValue(1e300)
        << QString::fromUtf8("activities[0].cap.count: must be a whole number ≥ 1");
    QTest::newRow("cap period beyond int")
        << QStringLiteral("activities[0].cap.period_days") << QJsonValue(3e76)
        << QStringLiteral("activities[0].cap.period_days: must be a whole number of days from 1 "
                          "to 3650");
    QTest::newRow("half-life zero") << QStringLiteral("decay.half_life_days") << QJsonValue(0)
                                    << QStringLiteral("decay.half_life_days: must be > 0");
    QTest::newRow("half-life text")
        << QStringLiteral("decay.half_life_days") << QJsonValue(QStringLiteral("30"))
        << QStringLiteral("decay.half_life_days: not a number");
    QTest::newRow("decay missing") << QStringLiteral("decay") << QJsonValue(QJsonValue::Undefined)
                                   << QStringLiteral("decay: missing");
    QTest::newRow("mql negative") << QStringLiteral("thresholds.mql") << QJsonValue(-1)
                                  << QStringLiteral("thresholds.mql: must be between 0 and 1000");
    // Numbers beyond any sensible model: the engine's sums turned them into ints (undefined
    // behaviour); each is refused naming its key and the range.
    QTest::newRow("points huge") << QStringLiteral("activities[3].points") << QJsonValue(1e300)
                                 << QStringLiteral(
                                        "activities[3].points: must be between -1000 and 1000");
    QTest::newRow("points just beyond")
        << QStringLiteral("activities[12].points") << QJsonValue(-1000.5)
        << QStringLiteral("activities[12].points: must be between -1000 and 1000");
    QTest::newRow("level points huge")
        << QStringLiteral("fit.job_title.levels.vp") << QJsonValue(-1e300)
        << QStringLiteral("fit.job_title.levels.vp: must be between -1000 and 1000");
    QTest::newRow("industry points huge")
        << QStringLiteral("fit.industry.Energy") << QJsonValue(1e300)
        << QStringLiteral("fit.industry.Energy: must be between -1000 and 1000");
    QTest::newRow("half-life huge")
        << QStringLiteral("decay.half_life_days") << QJsonValue(1e300)
        << QStringLiteral("decay.half_life_days: must be between 0 and 36500");
    QTest::newRow("hot huge") << QStringLiteral("thresholds.hot") << QJsonValue(1e300)
                              << QStringLiteral("thresholds.hot: must be between 0 and 1000");
    QTest::newRow("hot missing") << QStringLiteral("thresholds.hot")
                                 << QJsonValue(QJsonValue::Undefined)
                                 << QStringLiteral("thresholds.hot: missing");
    QTest::newRow("hot below warm")
        << QStringLiteral("thresholds.hot") << QJsonValue(10)
        << QString::fromUtf8("thresholds.hot: must be ≥ thresholds.warm (30)");
    QTest::newRow("level unknown")
        << QStringLiteral("fit.job_title.patterns[2].level") << QJsonValue(QStringLiteral("boss"))
        << QStringLiteral("fit.job_title.patterns[2].level: 'boss' is not a level "
                          "(c_level, vp, director, manager, individual, student_other)");
    QTest::newRow("level points") << QStringLiteral("fit.job_title.levels.vp") << QJsonValue(true)
                                  << QStringLiteral("fit.job_title.levels.vp: not a number");
    QTest::newRow("industry points")
        << QStringLiteral("fit.industry.Energy") << QJsonValue(QStringLiteral("x"))
        << QStringLiteral("fit.industry.Energy: not a number");
    QTest::newRow("fast track") << QStringLiteral("activities[2].fast_track") << QJsonValue(1)
                                << QStringLiteral(
                                       "activities[2].fast_track: must be true or false");
}

namespace {
// Sets or removes the value at a path like "a[3].b.c" in a JSON object.
QJsonValue edit(const QJsonValue &node, QStringList parts, const QJsonValue &value)
{
    QString head = parts.takeFirst();
    int index = -1;
    if (head.endsWith(QLatin1Char(']'))) {
        const qsizetype open = head.indexOf(QLatin1Char('['));
        index = head.mid(open + 1, head.size() - open - 2).toInt();
        head = head.left(open);
    }
    QJsonObject o = node.toObject();
    if (index >= 0) {
        QJsonArray a = o.value(head).toArray();
        a[index] = parts.isEmpty() ? value : edit(a[index], parts, value);
        o.insert(head, a);
    } else if (parts.isEmpty()) {
        if (value.isUndefined())
            o.remove(head);
        else
            o.insert(head, value);
    } else {
        o.insert(head, edit(o.value(head), parts, value));
    }
    return o;
}
} // namespace

void TestScoringModel::invalid()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, message);
    const QJsonObject json
        = edit(ScoringModel::defaults().toJson(), path.split(QLatin1Char('.')), value).toObject();
    auto m = ScoringModel::fromJson(json);
    QVERIFY(!m);
    QCOMPARE(m.error().message, message);
    QCOMPARE(m.error().kind, Error::Kind::Invalid);
    QVERIFY(!m.error().field.isEmpty());
    QVERIFY(message.startsWith(m.error().field));
}

void TestScoringModel::notJson()
{
    auto m = ScoringModel::fromJsonBytes("{ \"activities\": [ ");
    QVERIFY(!m);
    QVERIFY(m.error().message.startsWith(QStringLiteral("not valid JSON")));
    auto list = ScoringModel::fromJsonBytes("[1, 2]");
    QVERIFY(!list);
    QCOMPARE(list.error().field, QStringLiteral("json"));
}

void TestScoringModel::numbersAtTheirBoundsAreAccepted()
{
    ScoringModel m = ScoringModel::defaults();
    m.activities[0].points = ScoringModel::MaxPoints;
    m.activities[1].points = -ScoringModel::MaxPoints;
    m.halfLifeDays = ScoringModel::MaxHalfLifeDays;
    m.warm = 0;
    m.mql = ScoringModel::MaxThreshold;
    m.hot = ScoringModel::MaxThreshold;
    auto again = ScoringModel::fromJsonBytes(m.toJsonBytes());
    QVERIFY2(again, qPrintable(again ? QString() : again.error().message));
    QVERIFY(again.value() == m);
    QCOMPARE(again->activities[1].points, -1000.0);
}

void TestScoringModel::attributeRules()
{
    const ScoringModel m = withAttributeRules();
    auto again = ScoringModel::fromJsonBytes(m.toJsonBytes());
    QVERIFY2(again, qPrintable(again ? QString() : again.error().message));
    QVERIFY(again.value() == m);
    QCOMPARE(again->attributes.size(), size_t(3));
    QCOMPARE(again->attributes[1].value, QString());
    QCOMPARE(again->attributes[1].points, 2.5);
    // Names and values are trimmed; a model without fit.attributes (saved before they existed)
    // is valid and has none.
    QJsonObject json = m.toJson();
    QJsonObject fit = json.value(QStringLiteral("fit")).toObject();
    QJsonArray rules = fit.value(QStringLiteral("attributes")).toArray();
    rules[0] = QJsonObject {{QStringLiteral("name"), QStringLiteral(" Messe-Stand ")},
        {QStringLiteral("value"), QStringLiteral(" A12 ")}, {QStringLiteral("points"), 10}};
    fit.insert(QStringLiteral("attributes"), rules);
    json.insert(QStringLiteral("fit"), fit);
    QVERIFY(ScoringModel::fromJson(json).value() == m);
    fit.remove(QStringLiteral("attributes"));
    json.insert(QStringLiteral("fit"), fit);
    auto old = ScoringModel::fromJson(json);
    QVERIFY(old);
    QVERIFY(old->attributes.empty());
}

void TestScoringModel::invalidAttributeRules_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("message");
    QTest::newRow("not a list") << QStringLiteral("fit.attributes") << QJsonValue(3)
                                << QStringLiteral("fit.attributes: must be a list");
    QTest::newRow("name missing") << QStringLiteral("fit.attributes[1].name")
                                  << QJsonValue(QJsonValue::Undefined)
                                  << QStringLiteral("fit.attributes[1].name: missing");
    QTest::newRow("name empty") << QStringLiteral("fit.attributes[0].name")
                                << QJsonValue(QStringLiteral("  "))
                                << QStringLiteral("fit.attributes[0].name: must not be empty");
    QTest::newRow("value not text") << QStringLiteral("fit.attributes[0].value") << QJsonValue(12)
                                    << QStringLiteral("fit.attributes[0].value: must be text");
    QTest::newRow("points not a number")
        << QStringLiteral("fit.attributes[2].points") << QJsonValue(QStringLiteral("-5"))
        << QStringLiteral("fit.attributes[2].points: not a number");
    QTest::newRow("points missing")
        << QStringLiteral("fit.attributes[2].points") << QJsonValue(QJsonValue::Undefined)
        << QStringLiteral("fit.attributes[2].points: missing");
    QTest::newRow("same rule twice, other case")
        << QStringLiteral("fit.attributes[1].value") << QJsonValue(QStringLiteral(" a12 "))
        << QStringLiteral("fit.attributes[1].value: attribute 'Messe-Stand' = 'a12' is listed "
                          "twice");
    QTest::newRow("any value twice")
        << QStringLiteral("fit.attributes[0].value") << QJsonValue(QString())
        << QStringLiteral("fit.attributes[1].value: attribute 'Messe-Stand' (any value) is "
                          "listed twice");
}

void TestScoringModel::invalidAttributeRules()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, message);
    const QJsonObject json
        = edit(withAttributeRules().toJson(), path.split(QLatin1Char('.')), value).toObject();
    auto m = ScoringModel::fromJson(json);
    QVERIFY(!m);
    QCOMPARE(m.error().message, message);
    QVERIFY(message.startsWith(m.error().field + QLatin1Char(':')));
}

void TestScoringModel::numericAndFieldRules()
{
    // As marketing writes them: "attribute" names a custom attribute, "field" a profile field.
    const QByteArray rules = R"([
        {"attribute": "Total Time Spent on Website", "min": 600, "points": 20},
        {"name": "Page Views Per Visit", "min": 2, "max": 5.5, "points": 5},
        {"field": "source", "value": "Webinar", "points": 6},
        {"field": "campaign", "points": 2},
        {"field": "company_size", "max": 50, "points": -3}
    ])";
    QJsonObject json = ScoringModel::defaults().toJson();
    QJsonObject fit = json.value(QStringLiteral("fit")).toObject();
    fit.insert(QStringLiteral("attributes"), QJsonDocument::fromJson(rules).array());
    json.insert(QStringLiteral("fit"), fit);
    auto m = ScoringModel::fromJson(json);
    QVERIFY2(m, qPrintable(m ? QString() : m.error().message));
    QCOMPARE(m->attributes.size(), size_t(5));
    const AttributeRule &time = m->attributes[0];
    QCOMPARE(time.field, RuleField::Attribute);
    QCOMPARE(time.name, QStringLiteral("Total Time Spent on Website"));
    QCOMPARE(time.min, std::optional<double>(600));
    QCOMPARE(time.max, std::optional<double>());
    QVERIFY(time.numeric());
    QCOMPARE(m->attributes[1].max, std::optional<double>(5.5));
    QCOMPARE(m->attributes[2].field, RuleField::Source);
    QCOMPARE(m->attributes[2].name, QString());
    QCOMPARE(m->attributes[2].value, QStringLiteral("Webinar"));
    QCOMPARE(m->attributes[3].field, RuleField::Campaign);
    QCOMPARE(m->attributes[4].field, RuleField::CompanySize);
    QCOMPARE(m->attributes[4].max, std::optional<double>(50));
    // Saved and read back unchanged.
    auto again = ScoringModel::fromJsonBytes(m->toJsonBytes());
    QVERIFY2(again, qPrintable(again ? QString() : again.error().message));
    QVERIFY(again.value() == m.value());
}

void TestScoringModel::invalidNumericAndFieldRules_data()
{
    QTest::addColumn<QByteArray>("rule");
    QTest::addColumn<QString>("message");
    auto row = [](const char *name, const char *rule, const QString &message) {
        QTest::newRow(name) << QByteArray(rule) << message;
    };
    // The issue's case: a misspelt key used to pass and give every lead the points.
    row("unknown key", R"({"attribute": "Total Time Spent on Website", "minn": 600, "points": 20})",
        QStringLiteral("fit.attributes[2].minn: unknown key (known keys: name, attribute, field, "
                       "value, min, max, points)"));
    row("min as text",
        R"({"attribute": "Total Time Spent on Website", "min": "600", "points": 20})",
        QStringLiteral("fit.attributes[2].min: not a number"));
    row("max a list", R"({"attribute": "Page Views", "max": [5], "points": 1})",
        QStringLiteral("fit.attributes[2].max: not a number"));
    row("max not above min", R"({"attribute": "Page Views", "min": 5, "max": 5, "points": 1})",
        QStringLiteral("fit.attributes[2].max: must be greater than min (5)"));
    row("value and range", R"({"attribute": "Page Views", "value": "3", "min": 2, "points": 1})",
        QStringLiteral("fit.attributes[2].value: a rule has either a value or min/max, not both"));
    row("unknown field", R"({"field": "revenue", "min": 2, "points": 1})",
        QStringLiteral("fit.attributes[2].field: 'revenue' is not a profile field (source, "
                       "campaign, job_title, industry, company_size, country)"));
    row("field not text", R"({"field": 3, "points": 1})",
        QStringLiteral("fit.attributes[2].field: must be text"));
    row("name and field", R"({"name": "Quelle", "field": "source", "points": 1})",
        QStringLiteral("fit.attributes[2]: give one of name, attribute (a custom attribute) or "
                       "field (a profile field), not several"));
    row("points as text", R"({"field": "source", "value": "Messe", "points": "5"})",
        QStringLiteral("fit.attributes[2].points: not a number"));
    row("points huge", R"({"field": "source", "value": "Messe", "points": 1e300})",
        QStringLiteral("fit.attributes[2].points: must be between -1000 and 1000"));
    row("same range twice", R"({"attribute": "Messe-Stand", "min": 1, "points": 1})", QString());
}

void TestScoringModel::invalidNumericAndFieldRules()
{
    QFETCH(QByteArray, rule);
    QFETCH(QString, message);
    QJsonObject json = ScoringModel::defaults().toJson();
    QJsonObject fit = json.value(QStringLiteral("fit")).toObject();
    QJsonArray rules = withAttributeRules()
                           .toJson()[QStringLiteral("fit")]
                           .toObject()[QStringLiteral("attributes")]
                           .toArray();
    rules[2] = QJsonDocument::fromJson(rule).object();
    if (message.isEmpty()) { // the same numeric rule twice
        rules.append(rules[2]);
        message = QStringLiteral("fit.attributes[3].value: attribute 'Messe-Stand' with this range "
                                 "is listed twice");
    }
    fit.insert(QStringLiteral("attributes"), rules);
    json.insert(QStringLiteral("fit"), fit);
    auto m = ScoringModel::fromJson(json);
    QVERIFY(!m);
    QCOMPARE(m.error().message, message);
    QVERIFY(message.startsWith(m.error().field + QLatin1Char(':')));
}

QTEST_GUILESS_MAIN(TestScoringModel)
#include "tst_scoringmodel.moc"
