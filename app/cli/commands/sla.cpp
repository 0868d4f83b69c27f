// `bantam-cli sla ...`: the SLA clocks now, the policies, the business calendar, MQL targets, and
// rebuilding and escalating the clocks.
#include "cli/commands/commands.h"

#include "cli/context.h"
#include "cli/output.h"
#include "reports/reporttable.h"
#include "services.h"
#include "sla/slareport.h"
#include "sla/slaservice.h"
#include "storage/slarepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace bantam::cli {

namespace {

int slaStatus(Context &c)
{
    if (c.positional.size() != 1)
        throw UsageError {QStringLiteral("'sla status' takes no arguments")};
    if (!c.open())
        return Failed;
    auto status = c.services().slaReports().status(c.clock.now());
    if (!status)
        return c.fail(status.error());
    printTables(c, {{QStringLiteral("status"), slaStatusTable(status.value())}}, false);
    return Ok;
}

int slaPolicies(Context &c)
{
    if (!c.open())
        return Failed;
    auto policies = SlaRepository(c.db()).policies();
    if (!policies)
        return c.fail(policies.error());
    QJsonArray rows;
    for (const SlaPolicy &p : policies.value()) {
        QStringList stages;
        for (Stage st : p.stages)
            stages << stageKey(st);
        const QString fast = !p.fastTrack ? QStringLiteral("any")
            : *p.fastTrack                ? QStringLiteral("yes")
                                          : QStringLiteral("no");
        if (c.json) {
            rows.append(QJsonObject {{QStringLiteral("id"), p.id}, {QStringLiteral("code"), p.code},
                {QStringLiteral("name"), p.name}, {QStringLiteral("kind"), p.kind},
                {QStringLiteral("stages"), QJsonArray::fromStringList(stages)},
                {QStringLiteral("fastTrack"), fast}, {QStringLiteral("minScore"), p.minScore},
                {QStringLiteral("allowed"), p.allowed},
                {QStringLiteral("unit"), slaUnitKey(p.unit)},
                {QStringLiteral("dueSoonPercent"), p.dueSoonPercent},
                {QStringLiteral("stopActivities"), QJsonArray::fromStringList(p.stopActivities)},
                {QStringLiteral("stopActions"), QJsonArray::fromStringList(p.stopActions)},
                {QStringLiteral("restartOnReassign"), p.restartOnReassign},
                {QStringLiteral("escalate"), p.escalate},
                {QStringLiteral("autoReassign"), p.autoReassign},
                {QStringLiteral("active"), p.active}});
        } else {
            c.out << pad(p.code, 22) << ' ' << pad(p.allowedText(), 20) << ' '
                  << pad(stages.join(QLatin1Char(',')), 9) << " fast-track " << pad(fast, 4) << ' '
                  << (p.active ? "" : "(inactive) ") << p.name << "\n    stopped by "
                  << (p.stopActivities + p.stopActions).join(QLatin1String(", "))
                  << (p.restartOnReassign ? "; restarts on reassignment" : "") << '\n';
        }
    }
    if (c.json)
        c.out << QJsonDocument(rows).toJson(QJsonDocument::Indented);
    return Ok;
}

// sla holidays add YYYY-MM-DD NAME | sla holidays remove YYYY-MM-DD
int changeHoliday(Context &c, bool add)
{
    if (c.positional.size() != (add ? 4 : 3))
        throw UsageError {QStringLiteral(
            "usage: sla holidays add YYYY-MM-DD NAME, or sla holidays remove YYYY-MM-DD")};
    const QDate day = QDate::fromString(c.positional[2], Qt::ISODate);
    if (!day.isValid())
        throw UsageError {QStringLiteral("'%1' is not a date (YYYY-MM-DD)").arg(c.positional[2])};
    const auto user = c.openAsActor();
    if (!user)
        return Failed;
    const SlaService &service = c.services().sla();
    auto r
        = add ? service.addHoliday(*user, day, c.positional[3]) : service.removeHoliday(*user, day);
    if (!r)
        return c.fail(r.error());
    c.out << (add ? "Added " : "Removed ") << day.toString(Qt::ISODate) << ".\n";
    return Ok;
}

int slaHolidays(Context &c)
{
    const QString action = c.positional.value(1);
    if (action == QLatin1String("add") || action == QLatin1String("remove"))
        return changeHoliday(c, action == QLatin1String("add"));
    if (c.positional.size() != 1)
        throw UsageError {QStringLiteral("usage: sla holidays [--year YYYY] | add | remove")};
    const int year = int(c.number(QStringLiteral("year"), 0, 1900, 2999));
    if (!c.open())
        return Failed;
    auto calendar = SlaRepository(c.db()).calendar();
    if (!calendar)
        return c.fail(calendar.error());
    const BusinessCalendar &cal = calendar.value();
    QJsonArray hours, days;
    const QLocale english(QLocale::English);
    auto hhmm = [](int minute) {
        return QStringLiteral("%1:%2")
            .arg(minute / 60, 2, 10, QLatin1Char('0'))
            .arg(minute % 60, 2, 10, QLatin1Char('0'));
    };
    if (!c.json)
        c.out << "Time zone " << cal.timeZone().id() << "\nWorking hours\n";
    for (int d = 1; d <= 7; ++d) {
        const WorkingHours h = cal.hours(d);
        const QString dayName = english.dayName(d);
        if (c.json)
            hours.append(QJsonObject {{QStringLiteral("weekday"), d},
                {QStringLiteral("start"), h.isWorkingDay() ? hhmm(h.startMinute) : QString()},
                {QStringLiteral("end"), h.isWorkingDay() ? hhmm(h.endMinute) : QString()}});
        else
            c.out << "  " << pad(dayName, 10) << ' '
                  << (h.isWorkingDay()
                             ? hhmm(h.startMinute) + QStringLiteral("-") + hhmm(h.endMinute)
                             : QStringLiteral("closed"))
                  << '\n';
    }
    if (!c.json)
        c.out << "Holidays\n";
    for (const auto &[day, name] : cal.holidays()) {
        if (year != 0 && day.year() != year)
            continue;
        if (c.json)
            days.append(QJsonObject {{QStringLiteral("day"), day.toString(Qt::ISODate)},
                {QStringLiteral("name"), name}});
        else
            c.out << "  " << day.toString(Qt::ISODate) << "  " << name << '\n';
    }
    if (c.json)
        c.out << QJsonDocument(
            QJsonObject {{QStringLiteral("timeZone"), QString::fromUtf8(cal.timeZone().id())},
                {QStringLiteral("workingHours"), hours}, {QStringLiteral("holidays"), days}})
                     .toJson(QJsonDocument::Indented);
    return Ok;
}

int slaTarget(Context &c)
{
    if (c.positional.size() != 3)
        throw UsageError {QStringLiteral("usage: sla target YYYY-MM N|none")};
    std::optional<qint64> target;
    if (c.positional[2] != QLatin1String("none")) {
        bool ok = false;
        target = c.positional[2].toLongLong(&ok);
        if (!ok)
            throw UsageError {
                QStringLiteral("'%1' is not a number of MQLs (or 'none')").arg(c.positional[2])};
    }
    const auto user = c.openAsActor();
    if (!user)
        return Failed;
    if (auto r = c.services().sla().setMqlTarget(*user, c.positional[1], target); !r)
        return c.fail(r.error());
    c.out << "MQL target for " << c.positional[1] << ": "
          << (target ? QString::number(*target) : QStringLiteral("none")) << ".\n";
    return Ok;
}

int slaRebuild(Context &c)
{
    const auto user = c.openAsActor();
    if (!user)
        return Failed;
    auto r = c.services().sla().rebuild(*user);
    if (!r)
        return c.fail(r.error());
    if (c.json)
        c.out << QJsonDocument(
            QJsonObject {{QStringLiteral("leads"), r->leads}, {QStringLiteral("clocks"), r->clocks},
                {QStringLiteral("open"), r->open}})
                     .toJson(QJsonDocument::Compact)
              << '\n';
    else
        c.out << "Rebuilt " << r->clocks << " SLA clocks (" << r->open << " open) for " << r->leads
              << " leads.\n";
    return Ok;
}

int slaEscalate(Context &c)
{
    if (!c.open())
        return Failed;
    auto r = c.services().sla().escalate();
    if (!r && r.error().kind == Error::Kind::Conflict) {
        // A window escalates for the team already: nothing to do, and not a failure (a
        // scheduler runs this every few minutes).
        c.out << r.error().message << '\n';
        return Ok;
    }
    if (!r)
        return c.fail(r.error());
    if (c.json)
        c.out << QJsonDocument(QJsonObject {{QStringLiteral("breaches"), r.value()}})
                     .toJson(QJsonDocument::Compact)
              << '\n';
    else
        c.out << "Recorded " << r.value() << " new SLA breaches.\n";
    return Ok;
}

class SlaCommand : public Command
{
public:
    SlaCommand()
        : Command(QStringLiteral("sla"))
    { }

    QList<Form> forms() const override
    {
        return {{{QStringLiteral("status")}, {},
                    QStringLiteral(
                        "SLA clocks now: on track, due soon, breached per rep,\nteam and in total"),
                    {}},
            {{QStringLiteral("policies")}, {}, QStringLiteral("the SLA policies"), {}},
            {{QStringLiteral("holidays")}, QStringLiteral("[--year YYYY]"),
                QStringLiteral("the business calendar: time zone, working hours, holidays"),
                {QStringLiteral("year")}},
            {{QStringLiteral("holidays"), QStringLiteral("add")}, QStringLiteral("YYYY-MM-DD NAME"),
                QStringLiteral("add a holiday"), {}},
            {{QStringLiteral("holidays"), QStringLiteral("remove")}, QStringLiteral("YYYY-MM-DD"),
                QStringLiteral("remove a holiday"), {}},
            {{QStringLiteral("target")}, QStringLiteral("YYYY-MM N|none"),
                QStringLiteral("marketing's MQL volume target for a month"), {}},
            {{QStringLiteral("rebuild")}, {},
                QStringLiteral("rebuild every SLA clock from the history (admin)"), {}},
            {{QStringLiteral("escalate")}, {},
                QStringLiteral("record breaches since the last run (for a scheduler)"), {}}};
    }

    QList<Option> options() const override
    {
        return {{QStringLiteral("year"), QStringLiteral("YYYY"),
            QStringLiteral("the holidays of this year only")}};
    }

    int run(Context &c) const override
    {
        const QString sub = c.positional.value(0);
        if (sub == QLatin1String("status"))
            return slaStatus(c);
        if (sub == QLatin1String("policies"))
            return slaPolicies(c);
        if (sub == QLatin1String("holidays"))
            return slaHolidays(c);
        if (sub == QLatin1String("target"))
            return slaTarget(c);
        if (sub == QLatin1String("rebuild"))
            return slaRebuild(c);
        if (sub == QLatin1String("escalate"))
            return slaEscalate(c);
        throw UsageError {
            QStringLiteral("'sla' needs status, policies, holidays, target, rebuild or escalate")};
    }
};

} // namespace

std::unique_ptr<Command> makeSlaCommand()
{
    return std::make_unique<SlaCommand>();
}

} // namespace bantam::cli
