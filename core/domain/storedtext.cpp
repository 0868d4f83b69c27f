#include "domain/storedtext.h"

#include "domain/recontact.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>

namespace bantam::storedtext {

namespace {

struct Message
{
    const char *code;
    const char *context; // the tr() context the text had when it was written as text
    const char *source;
};

// Codes are stored in databases: never rename or reuse one; add new ones at the end.
constexpr std::array messages = {
    Message {"score_reached_mql", "ScoringService",
        QT_TRANSLATE_NOOP(
            "ScoringService", "Score %1 reached the MQL threshold %2 (scoring model version %3)")},
    Message {"routing_auto", "RoutingService",
        QT_TRANSLATE_NOOP("RoutingService", "automatic routing, rule '%1'")},
    Message {"routing_manual", "RoutingService",
        QT_TRANSLATE_NOOP("RoutingService", "routing, rule '%1'")},
    Message {"routing_no_rule", "Routing",
        QT_TRANSLATE_NOOP("Routing", "No routing rule matches the lead.")},
    Message {"routing_no_rep", "Routing",
        QT_TRANSLATE_NOOP("Routing", "Rule '%1' matches, but no rep can take the lead.")},
    Message {"rules_import", "RoutingRules", QT_TRANSLATE_NOOP("RoutingRules", "import")},
    Message {"routing_owed", "Routing",
        QT_TRANSLATE_NOOP("Routing",
            "Not routed yet: Bantam stopped before it routed the lead (the next import or "
            "bantam-cli check --repair routes it).")},
    // Parameters: the re-contact return's code (domain/recontact.h) and the date (ISO); the
    // sentence is recontactReturnText's, the date in the reader's locale.
    Message {"recontact_returned", "Recontact", "%1 %2"},
    Message {"chance_reached_mql", "ScoringService",
        QT_TRANSLATE_NOOP("ScoringService",
            "Learned chance %1 % reached the MQL threshold %2 % (learned score version %3; the "
            "learned chance drives handover)")},
    Message {"scoring_default_model", "ScoringService",
        QT_TRANSLATE_NOOP("ScoringService", "Default model shipped with Bantam")},
};

const Message *find(const QString &code)
{
    for (const Message &m : messages) {
        if (code == QLatin1String(m.code))
            return &m;
    }
    return nullptr;
}

QString translated(const char *context, const char *source)
{
    return QCoreApplication::translate(context, source);
}

// "Rule 'X' matches, but no rep can take the lead. Reps passed over: 2 absent, 1 inactive."
// Parameters: the rule's name, then the counts in the order of the reasons below.
QString noRep(const Message &m, const QStringList &args)
{
    QString text = translated(m.context, m.source).arg(args.value(0));
    static const char *const why[] = {
        QT_TRANSLATE_NOOP("Routing", "%1 absent"),
        QT_TRANSLATE_NOOP("Routing", "%1 at open-lead capacity"),
        QT_TRANSLATE_NOOP("Routing", "%1 at the daily cap"),
        QT_TRANSLATE_NOOP("Routing", "%1 other language or territory"),
        QT_TRANSLATE_NOOP("Routing", "%1 not senior (hot lead)"),
        QT_TRANSLATE_NOOP("Routing", "%1 inactive"),
    };
    QStringList passed;
    for (int i = 0; i < int(std::size(why)); ++i) {
        const int n = args.value(i + 1).toInt();
        if (n > 0)
            passed << translated("Routing", why[i]).arg(n);
    }
    if (!passed.isEmpty())
        text += QLatin1Char(' ')
            + translated("Routing", QT_TRANSLATE_NOOP("Routing", "Reps passed over: %1."))
                  .arg(passed.join(QLatin1String(", ")));
    return text;
}

} // namespace

QString encode(const char *code, const QStringList &args)
{
    Q_ASSERT(find(QLatin1String(code)));
    QJsonObject o {{QStringLiteral("m"), QLatin1String(code)}};
    if (!args.isEmpty())
        o.insert(QStringLiteral("a"), QJsonArray::fromStringList(args));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

bool isEncoded(const QString &stored)
{
    // {"a":[...],"m":"code"}: QJsonObject writes its keys in order.
    return stored.startsWith(QLatin1Char('{')) && stored.endsWith(QLatin1String("\"}"))
        && stored.contains(QLatin1String("\"m\":\""));
}

QString render(const QString &stored)
{
    // Versions before the code wrote the default model's note as text in the writer's
    // language: the same message, so it reads in the reader's language too.
    if (stored == QLatin1String("Default model shipped with Bantam")
        || stored == QLatin1String("Mit Bantam ausgeliefertes Standardmodell"))
        return render(encode("scoring_default_model"));
    if (!isEncoded(stored))
        return stored;
    const QJsonObject o = QJsonDocument::fromJson(stored.toUtf8()).object();
    const QString code = o.value(QStringLiteral("m")).toString();
    if (code.isEmpty()) // a note that only looks like one
        return stored;
    QStringList args;
    for (const QJsonValue &v : o.value(QStringLiteral("a")).toArray())
        args << v.toString();
    const Message *m = find(code);
    if (!m)
        return args.isEmpty() ? code : code + QLatin1Char(' ') + args.join(QLatin1String(", "));
    if (code == QLatin1String("routing_no_rep"))
        return noRep(*m, args);
    if (code == QLatin1String("recontact_returned")) {
        if (const auto why = recontactReturnFromCode(args.value(0)))
            return recontactReturnText(*why, QDate::fromString(args.value(1), Qt::ISODate));
        return args.join(QLatin1Char(' '));
    }
    // One pass, so a parameter that itself contains "%1" is not substituted again.
    const QString text = translated(m->context, m->source);
    switch (args.size()) {
    case 0:
        return text;
    case 1:
        return text.arg(args[0]);
    case 2:
        return text.arg(args[0], args[1]);
    case 3:
        return text.arg(args[0], args[1], args[2]);
    default:
        return text.arg(args[0], args[1], args[2], args[3]);
    }
}

} // namespace bantam::storedtext
