// `bantam-cli cadence`: the call cadence policies — shown, and changed by team leads and admins
// (checked and audited in CadenceService, as in the window's settings).
#include "cli/commands/commands.h"

#include "cadence/cadenceservice.h"
#include "cli/context.h"
#include "cli/output.h"
#include "services.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace bantam::cli {

namespace {

QJsonObject policyJson(const CadencePolicy &p)
{
    return QJsonObject {{QStringLiteral("id"), p.id}, {QStringLiteral("code"), p.code},
        {QStringLiteral("name"), p.name}, {QStringLiteral("stage"), stageKey(p.stage)},
        {QStringLiteral("attempts"), p.attempts}, {QStringLiteral("withinDays"), p.withinDays},
        {QStringLiteral("gapHours"), p.gapHours},
        {QStringLiteral("varyTimeOfDay"), p.varyTimeOfDay}, {QStringLiteral("active"), p.active}};
}

// "6 attempts in 10 business days, at least 4 business hours apart, at different times of day"
// (the CLI speaks English without a translator, so the plurals are spelt out here).
QString englishSummary(const CadencePolicy &p)
{
    const auto counted = [](int n, const char *one, const char *many) {
        return QStringLiteral("%1 %2").arg(n).arg(QLatin1String(n == 1 ? one : many));
    };
    QString s = QStringLiteral("%1 in %2, at least %3 apart")
                    .arg(counted(p.attempts, "attempt", "attempts"),
                        counted(p.withinDays, "business day", "business days"),
                        counted(p.gapHours, "business hour", "business hours"));
    if (p.varyTimeOfDay)
        s += QStringLiteral(", at different times of day");
    return s;
}

void printPolicy(Context &c, const CadencePolicy &p)
{
    c.out << pad(p.code, 12) << ' ' << pad(stageKey(p.stage), 5) << ' '
          << (p.active ? "" : "(inactive) ") << p.name << ": " << englishSummary(p) << '\n';
}

int list(Context &c)
{
    if (!c.open())
        return Failed;
    auto all = c.services().cadence().policies();
    if (!all)
        return c.fail(all.error());
    QJsonArray rows;
    for (const CadencePolicy &p : all.value()) {
        if (c.json)
            rows.append(policyJson(p));
        else
            printPolicy(c, p);
    }
    if (c.json)
        c.out << QJsonDocument(rows).toJson(QJsonDocument::Indented);
    return Ok;
}

int number(Context &c, const QString &option, int *out)
{
    if (!c.has(option))
        return Ok;
    bool ok = false;
    const int v = c.value(option).toInt(&ok);
    if (!ok)
        return c.fail(Error::invalid(
            QStringLiteral("--%1: '%2' is not a whole number").arg(option, c.value(option)),
            QStringLiteral("--") + option));
    *out = v;
    return Ok;
}

int yesNo(Context &c, const QString &option, bool *out)
{
    if (!c.has(option))
        return Ok;
    const QString v = c.value(option).toLower();
    if (v != QLatin1String("yes") && v != QLatin1String("no"))
        return c.fail(Error::invalid(
            QStringLiteral("--%1: '%2' is neither yes nor no").arg(option, c.value(option)),
            QStringLiteral("--") + option));
    *out = v == QLatin1String("yes");
    return Ok;
}

// cadence set CODE [--name TEXT] [--attempts N] [--days N] [--gap HOURS] [--vary yes|no]
//   [--active yes|no]
int set(Context &c)
{
    if (c.positional.size() != 2)
        throw UsageError {QStringLiteral("usage: cadence set CODE [--attempts N] [--days N] "
                                         "[--gap HOURS] [--vary yes|no] [--active yes|no] "
                                         "[--name TEXT]")};
    const auto me = c.openAsActor();
    if (!me)
        return Failed;
    auto all = c.services().cadence().policies();
    if (!all)
        return c.fail(all.error());
    std::optional<CadencePolicy> found;
    QStringList codes;
    for (const CadencePolicy &p : all.value()) {
        codes << p.code;
        if (p.code == c.positional[1])
            found = p;
    }
    if (!found)
        return c.fail(Error::invalid(QStringLiteral("there is no cadence '%1' (there are: %2)")
                                         .arg(c.positional[1], codes.join(QLatin1String(", "))),
            QStringLiteral("code")));
    CadencePolicy p = *found;
    if (c.has(QStringLiteral("name")))
        p.name = c.value(QStringLiteral("name"));
    for (int r : {number(c, QStringLiteral("attempts"), &p.attempts),
             number(c, QStringLiteral("days"), &p.withinDays),
             number(c, QStringLiteral("gap"), &p.gapHours),
             yesNo(c, QStringLiteral("vary"), &p.varyTimeOfDay),
             yesNo(c, QStringLiteral("active"), &p.active)}) {
        if (r != Ok)
            return r;
    }
    auto saved = c.services().cadence().save(*me, p);
    if (!saved)
        return c.fail(saved.error());
    if (c.json)
        c.out << QJsonDocument(policyJson(saved.value())).toJson(QJsonDocument::Compact) << '\n';
    else
        printPolicy(c, saved.value());
    return Ok;
}

// cadence window [FROM TO]: the calling window in the leads' local time.
int window(Context &c)
{
    if (c.positional.size() != 1 && c.positional.size() != 3)
        throw UsageError {QStringLiteral("usage: cadence window [FROM TO], e.g. 08:00 20:00")};
    if (c.positional.size() == 1) {
        if (!c.open())
            return Failed;
        auto w = c.services().cadence().callingWindow();
        if (!w)
            return c.fail(w.error());
        const QString from = w->from.toString(QStringLiteral("HH:mm"));
        const QString to = w->to.toString(QStringLiteral("HH:mm"));
        if (c.json)
            c.out << QJsonDocument(
                QJsonObject {{QStringLiteral("from"), from}, {QStringLiteral("to"), to}})
                         .toJson(QJsonDocument::Compact)
                  << '\n';
        else
            c.out << "Calling window " << from << "-" << to << " in the lead's local time.\n";
        return Ok;
    }
    CallingWindow w;
    w.from = QTime::fromString(c.positional[1], QStringLiteral("H:mm"));
    w.to = QTime::fromString(c.positional[2], QStringLiteral("H:mm"));
    for (int i : {1, 2}) {
        if (!QTime::fromString(c.positional[i], QStringLiteral("H:mm")).isValid())
            return c.fail(
                Error::invalid(QStringLiteral("'%1' is not a time like 08:00").arg(c.positional[i]),
                    QStringLiteral("window")));
    }
    const auto me = c.openAsActor();
    if (!me)
        return Failed;
    if (auto r = c.services().cadence().saveCallingWindow(*me, w); !r)
        return c.fail(r.error());
    c.out << "Calling window " << w.from.toString(QStringLiteral("HH:mm")) << "-"
          << w.to.toString(QStringLiteral("HH:mm")) << " in the lead's local time.\n";
    return Ok;
}

class CadenceCommand : public Command
{
public:
    CadenceCommand()
        : Command(QStringLiteral("cadence"))
    { }

    QList<Form> forms() const override
    {
        return {{{}, QString(),
                    QStringLiteral("the call cadences: how often and how far apart a lead "
                                   "nobody reached is called, per stage"),
                    {}},
            {{QStringLiteral("set")}, QStringLiteral("CODE [options]"),
                QStringLiteral("change a cadence (team leads and administrators; audited)"),
                {QStringLiteral("name"), QStringLiteral("attempts"), QStringLiteral("days"),
                    QStringLiteral("gap"), QStringLiteral("vary"), QStringLiteral("active")}},
            {{QStringLiteral("window")}, QStringLiteral("[FROM TO]"),
                QStringLiteral("the calling window in the lead's local time (default 08:00 "
                               "20:00); My queue puts leads outside it last. Setting it: team "
                               "leads and administrators"),
                {}}};
    }

    QList<Option> options() const override
    {
        return {{QStringLiteral("name"), QStringLiteral("TEXT"), QStringLiteral("its name")},
            {QStringLiteral("attempts"), QStringLiteral("N"),
                QStringLiteral("unreached attempts before disqualifying is offered (1-20)")},
            {QStringLiteral("days"), QStringLiteral("N"),
                QStringLiteral("business days the attempts spread over (1-60)")},
            {QStringLiteral("gap"), QStringLiteral("HOURS"),
                QStringLiteral("business hours between two attempts, at least (0-80)")},
            {QStringLiteral("vary"), QStringLiteral("yes|no"),
                QStringLiteral("the next attempt at another time of day (morning/afternoon)")},
            {QStringLiteral("active"), QStringLiteral("yes|no"),
                QStringLiteral("whether it paces the stage's leads")}};
    }

    int run(Context &c) const override
    {
        if (!c.positional.isEmpty() && c.positional[0] == QLatin1String("set"))
            return set(c);
        if (!c.positional.isEmpty() && c.positional[0] == QLatin1String("window"))
            return window(c);
        if (!c.positional.isEmpty())
            throw UsageError {QStringLiteral("unknown cadence command '%1'").arg(c.positional[0])};
        return list(c);
    }
};

} // namespace

std::unique_ptr<Command> makeCadenceCommand()
{
    return std::make_unique<CadenceCommand>();
}

} // namespace bantam::cli
