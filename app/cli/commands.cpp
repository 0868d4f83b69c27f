#include "cli/commands.h"

#include "clock.h"
#include "demo/demogenerator.h"
#include "events/eventbus.h"
#include "io/csvwriter.h"
#include "io/leadexport.h"
#include "io/leadimport.h"
#include "leads/leadservice.h"
#include "people/accounts.h"
#include "pipeline/pipelineservice.h"
#include "reports/reporttable.h"
#include "sla/slareport.h"
#include "sla/slarepository.h"
#include "sla/slaservice.h"
#include "storage/database.h"
#include "storage/leadrepository.h"
#include "storage/timelinerepository.h"
#include "storage/userrepository.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>

#include <functional>
#include <limits>
#include <memory>

namespace bantam::cli {

namespace {

const char *const kUsage = R"(Usage: bantam-cli [--db FILE] [--as USER] [--json] COMMAND [ARGS]

Commands:
  init                              create or migrate the database
  demo --leads N [--seed S]         fill an empty database with demo data
  leads list [--stage S] [--owner U|me|none] [--source S] [--search TEXT]
             [--sort COLUMN] [--desc] [--limit N] [--offset N]
  leads show ID                     a lead with its timeline
  export leads FILE.csv [--stage S] [--owner U|me|none] [--source S] [--search TEXT]
             [--sort COLUMN] [--desc] [--delimiter ,|;|tab]
                                    the filtered list as CSV for Excel (UTF-8 with BOM;
                                    ';' where the system locale writes decimal commas)
  import leads FILE.csv [--map FILE.json] [--on-duplicate skip|update|merge] [--region CC]
             [--resume RUNID]
                                    import leads from CSV (encoding and delimiter detected,
                                    columns mapped from the headers or --map; rejected rows
                                    go to FILE.rejected.csv); --resume continues a stopped run
  stage ID TO [--reason R] [--note N] [--recontact YYYY-MM-DD]
                                    move a lead (TO: lead, mql, sql, disqualified, won, lost,
                                    or accept)
  users                             list users and roles
  log ID call|email|meeting|note [--note TEXT]
                                    log a touch on a lead (stops the SLA clocks it answers)
  sla status                        SLA clocks now: on track, due soon, breached per rep,
                                    team and in total
  sla policies                      the SLA policies
  sla holidays [--year YYYY]        the business calendar: time zone, working hours, holidays
  sla holidays add YYYY-MM-DD NAME | sla holidays remove YYYY-MM-DD
  sla target YYYY-MM N|none         marketing's MQL volume target for a month
  sla rebuild                       rebuild every SLA clock from the history (admin)
  sla escalate                      record breaches since the last run (for a scheduler)
  report funnel|sources|velocity|reasons|fairness|calibration
         [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--source S] [--campaign C]
         [--country CC] [--team NAME] [--owner LOGIN] [--csv]
                                    a report for the leads created from --from to --to
                                    (whole days, UTC; reasons: the events in that range);
                                    --csv prints the numbers as CSV (reasons: the totals;
                                    --json has the totals and the months)
  report sla --from YYYY-MM-DD --to YYYY-MM-DD
                                    SLA compliance per rep and team, time to first touch,
                                    weekly trend, MQL target vs actual and the breaches of
                                    the clocks started in the period

Options:
  --db FILE    the SQLite database (default: the GUI's database in your data folder)
  --as USER    the login of the user who acts (required for changes)
  --json       machine-readable output
)";

struct Args
{
    QString command;
    QStringList positional;
    QMap<QString, QString> options; // name -> value ("" for flags)
};

const QStringList kValueOptions
    = {QStringLiteral("db"), QStringLiteral("as"), QStringLiteral("leads"), QStringLiteral("seed"),
        QStringLiteral("stage"), QStringLiteral("owner"), QStringLiteral("source"),
        QStringLiteral("search"), QStringLiteral("sort"), QStringLiteral("limit"),
        QStringLiteral("offset"), QStringLiteral("reason"), QStringLiteral("note"),
        QStringLiteral("recontact"), QStringLiteral("from"), QStringLiteral("to"),
        QStringLiteral("campaign"), QStringLiteral("country"), QStringLiteral("team"),
        QStringLiteral("delimiter"), QStringLiteral("map"), QStringLiteral("on-duplicate"),
        QStringLiteral("region"), QStringLiteral("resume"), QStringLiteral("year")};
const QStringList kFlagOptions = {
    QStringLiteral("json"), QStringLiteral("desc"), QStringLiteral("help"), QStringLiteral("csv")};

class UsageError
{
public:
    QString message;
};

Args parse(const QStringList &arguments)
{
    Args a;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments[i];
        if (arg.startsWith(QLatin1String("--"))) {
            QString name = arg.mid(2), value;
            const qsizetype eq = name.indexOf(QLatin1Char('='));
            const bool inlineValue = eq >= 0;
            if (inlineValue) {
                value = name.mid(eq + 1);
                name = name.left(eq);
            }
            if (kFlagOptions.contains(name)) {
                if (inlineValue)
                    throw UsageError{QStringLiteral("--%1 takes no value").arg(name)};
                a.options.insert(name, QString());
            } else if (kValueOptions.contains(name)) {
                if (!inlineValue) {
                    if (i + 1 >= arguments.size())
                        throw UsageError{QStringLiteral("--%1 needs a value").arg(name)};
                    value = arguments[++i];
                }
                a.options.insert(name, value);
            } else {
                throw UsageError{QStringLiteral("unknown option '%1'").arg(arg)};
            }
        } else if (a.command.isEmpty()) {
            a.command = arg;
        } else {
            a.positional << arg;
        }
    }
    return a;
}

void allowOnly(const Args &a, const QStringList &allowed)
{
    static const QStringList global = {QStringLiteral("db"), QStringLiteral("as"),
                                       QStringLiteral("json"), QStringLiteral("help")};
    for (auto it = a.options.cbegin(); it != a.options.cend(); ++it) {
        if (!global.contains(it.key()) && !allowed.contains(it.key()))
            throw UsageError{QStringLiteral("option --%1 does not apply to '%2'").arg(it.key(), a.command)};
    }
}

qint64 number(const Args &a, const QString &name, qint64 fallback, qint64 min, qint64 max)
{
    if (!a.options.contains(name))
        return fallback;
    bool ok = false;
    const qint64 v = a.options.value(name).toLongLong(&ok);
    if (!ok || v < min || v > max)
        throw UsageError{QStringLiteral("--%1 must be a whole number from %2 to %3, not '%4'")
                             .arg(name)
                             .arg(min)
                             .arg(max)
                             .arg(a.options.value(name))};
    return v;
}

qint64 leadId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        throw UsageError{QStringLiteral("'%1' is not a lead id (a positive number)").arg(text)};
    return id;
}

QString iso(const QDateTime &dt)
{
    return dt.isValid() ? dt.toString(Qt::ISODate) : QString();
}

QJsonObject leadJson(const Lead &l)
{
    const LeadProfile &p = l.profile;
    QJsonObject o{{QStringLiteral("id"), l.id},
                  {QStringLiteral("firstName"), p.firstName},
                  {QStringLiteral("lastName"), p.lastName},
                  {QStringLiteral("email"), p.email},
                  {QStringLiteral("phone"), p.phone},
                  {QStringLiteral("company"), p.company},
                  {QStringLiteral("jobTitle"), p.jobTitle},
                  {QStringLiteral("industry"), p.industry},
                  {QStringLiteral("companySize"), p.companySize},
                  {QStringLiteral("country"), p.country},
                  {QStringLiteral("source"), p.source},
                  {QStringLiteral("campaign"), p.campaign},
                  {QStringLiteral("stage"), stageKey(l.stage)},
                  {QStringLiteral("owner"), l.ownerName},
                  {QStringLiteral("ownerId"), l.ownerId ? QJsonValue(*l.ownerId) : QJsonValue()},
                  {QStringLiteral("score"), l.score},
                  {QStringLiteral("fastTrack"), l.fastTrack},
                  {QStringLiteral("createdAt"), iso(l.createdAt)},
                  {QStringLiteral("updatedAt"), iso(l.updatedAt)},
                  {QStringLiteral("stageChangedAt"), iso(l.stageChangedAt)},
                  {QStringLiteral("acceptedAt"), iso(l.acceptedAt)},
                  {QStringLiteral("recontactOn"), l.recontactOn.toString(Qt::ISODate)},
                  {QStringLiteral("version"), l.version}};
    return o;
}

QString pad(const QString &s, int width)
{
    const QString cut = s.size() > width ? s.left(width - 1) + QChar(0x2026) : s;
    return cut.leftJustified(width);
}

bool isNumber(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Double:
        return true;
    default:
        return false;
    }
}

// A report table for people: translated headers, numbers as the locale writes them, right-aligned.
void printTable(QTextStream &out, const ReportTable &t)
{
    QList<QStringList> cells;
    QList<qsizetype> widths;
    for (const QString &h : t.headers)
        widths << h.size();
    for (const QVariantList &row : t.rows) {
        QStringList line;
        for (qsizetype i = 0; i < row.size() && i < t.keys.size(); ++i) {
            const QString text
                = row[i].isNull() ? QStringLiteral("-") : ReportTable::display(row[i], t.keys[i]);
            widths[i] = std::max(widths[i], text.size());
            line << text;
        }
        cells << line;
    }
    out << t.title << '\n';
    auto print = [&](const QStringList &line, const QVariantList *row) {
        QStringList padded;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const bool right = row ? isNumber(row->at(i)) || row->at(i).isNull() : false;
            padded << (right ? line[i].rightJustified(widths[i])
                             : line[i].leftJustified(widths[i]));
        }
        QString text = padded.join(QLatin1String("  "));
        while (text.endsWith(QLatin1Char(' ')))
            text.chop(1);
        out << text << '\n';
    };
    print(t.headers, nullptr);
    for (qsizetype r = 0; r < cells.size(); ++r)
        print(cells[r], &t.rows[r]);
}

// CSV for scripts: the stable keys as header, plain numbers (rates from 0 to 1, a point as
// decimal separator), no BOM.
QString csvTable(const ReportTable &t)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter csv(buffer, QLatin1Char(','), false);
    csv.writeRow(t.keys);
    for (const QVariantList &row : t.rows) {
        QStringList line;
        for (const QVariant &v : row) {
            if (v.isNull())
                line << QString();
            else if (v.typeId() == QMetaType::Double)
                line << QString::number(v.toDouble(), 'g', 15);
            else
                line << v.toString();
        }
        csv.writeRow(line);
    }
    (void)csv.finish(); // a QBuffer does not fail
    return QString::fromUtf8(buffer.data());
}

class Cli
{
public:
    Cli(Args args, QTextStream &out, QTextStream &err)
        : a(std::move(args))
        , out(out)
        , err(err)
        , json(a.options.contains(QStringLiteral("json")))
    {
    }

    int run()
    {
        if (a.command.isEmpty() || a.command == QLatin1String("help") || a.options.contains(QStringLiteral("help"))) {
            out << kUsage;
            return a.command.isEmpty() && !a.options.contains(QStringLiteral("help")) ? Usage : Ok;
        }
        const QMap<QString, std::function<int()>> commands = {
            {QStringLiteral("init"), [this] { return init(); }},
            {QStringLiteral("demo"), [this] { return demo(); }},
            {QStringLiteral("leads"), [this] { return leads(); }},
            {QStringLiteral("stage"), [this] { return stage(); }},
            {QStringLiteral("users"), [this] { return users(); }},
            {QStringLiteral("report"), [this] { return report(); }},
            {QStringLiteral("export"), [this] { return exportLeads(); }},
            {QStringLiteral("import"), [this] { return importLeads(); }},
            {QStringLiteral("sla"), [this] { return sla(); }},
            {QStringLiteral("log"), [this] { return logActivity(); }},
        };
        const auto command = commands.value(a.command);
        if (!command)
            throw UsageError{QStringLiteral("unknown command '%1'").arg(a.command)};
        return command();
    }

private:
    int fail(const Error &e)
    {
        err << "bantam-cli: " << e.message;
        if (!e.field.isEmpty())
            err << " [field: " << e.field << ']';
        err << Qt::endl;
        return Failed;
    }

    bool open()
    {
        const QString path = a.options.value(QStringLiteral("db"), Database::defaultPath());
        auto db = Database::openSqlite(path);
        if (!db) {
            fail(db.error());
            return false;
        }
        m_db = std::move(db).value();
        return true;
    }

    std::optional<User> actor()
    {
        const QString login = a.options.value(QStringLiteral("as"));
        if (login.isEmpty()) {
            fail(Error::invalid(QStringLiteral("this command changes data; say who you are with --as LOGIN"),
                                QStringLiteral("--as")));
            return std::nullopt;
        }
        auto u = UserRepository(*m_db).byLogin(login);
        if (!u) {
            fail(Error::invalid(u.error().message, QStringLiteral("--as")));
            return std::nullopt;
        }
        return u.value();
    }

    int init()
    {
        allowOnly(a, {});
        if (!a.positional.isEmpty())
            throw UsageError{QStringLiteral("'init' takes no arguments")};
        if (!open())
            return Failed;
        auto admin = ensureAdministrator(*m_db, m_clock);
        if (!admin)
            return fail(admin.error());
        if (json) {
            out << QJsonDocument(QJsonObject{{QStringLiteral("database"), m_db->path()},
                                             {QStringLiteral("schemaVersion"), m_db->schemaVersion()},
                                             {QStringLiteral("backup"), m_db->backupPath()}})
                       .toJson(QJsonDocument::Compact)
                << '\n';
        } else {
            out << "Database " << m_db->path() << " is at schema version " << m_db->schemaVersion() << ".\n";
            if (!m_db->backupPath().isEmpty())
                out << "A copy from before the migration is at " << m_db->backupPath() << ".\n";
        }
        return Ok;
    }

    int demo()
    {
        allowOnly(a, {QStringLiteral("leads"), QStringLiteral("seed")});
        if (!a.options.contains(QStringLiteral("leads")))
            throw UsageError{QStringLiteral("'demo' needs --leads N")};
        DemoOptions options;
        options.leads = int(number(a, QStringLiteral("leads"), 0, 0, 10'000'000));
        options.seed = quint64(number(a, QStringLiteral("seed"), 1, 0, std::numeric_limits<qint64>::max()));
        if (!open())
            return Failed;
        if (auto admin = ensureAdministrator(*m_db, m_clock); !admin)
            return fail(admin.error());
        DemoGenerator generator(*m_db, m_events, m_clock);
        qint64 lastShown = 0;
        auto summary = generator.generate(options, [&](qint64 done, qint64 total) {
            if (total >= 100000 && done - lastShown >= total / 10) {
                lastShown = done;
                err << "  " << done << " / " << total << " leads\n";
                err.flush();
            }
            return true;
        });
        if (!summary)
            return fail(summary.error());
        if (json) {
            out << QJsonDocument(QJsonObject{{QStringLiteral("users"), summary->users},
                                             {QStringLiteral("leads"), summary->leads},
                                             {QStringLiteral("history"), summary->historyRows},
                                             {QStringLiteral("activities"), summary->activities}})
                       .toJson(QJsonDocument::Compact)
                << '\n';
        } else {
            out << "Created " << summary->users << " users, " << summary->leads << " leads, "
                << summary->historyRows << " history entries and " << summary->activities
                << " activities.\n";
        }
        return Ok;
    }

    int leads()
    {
        const QString sub = a.positional.value(0);
        if (sub == QLatin1String("list"))
            return leadsList();
        if (sub == QLatin1String("show"))
            return leadsShow();
        throw UsageError{QStringLiteral("'leads' needs 'list' or 'show'")};
    }

    // The lead list options shared by `leads list` and `export leads`: --stage, --owner,
    // --source, --search, --sort, --desc. Opens the database (the owner is a login).
    bool leadQuery(LeadFilter &filter, LeadSort &sort)
    {
        if (a.options.contains(QStringLiteral("stage"))) {
            filter.stage = stageFromKey(a.options.value(QStringLiteral("stage")));
            if (!filter.stage)
                throw UsageError{QStringLiteral("--stage: '%1' is not a stage (lead, mql, sql, "
                                                "disqualified, won, lost)")
                                     .arg(a.options.value(QStringLiteral("stage")))};
        }
        sort = LeadSort{LeadColumn::Id, a.options.contains(QStringLiteral("desc"))};
        if (a.options.contains(QStringLiteral("sort"))) {
            static const QMap<QString, LeadColumn> columns = {
                {QStringLiteral("id"), LeadColumn::Id},         {QStringLiteral("name"), LeadColumn::Name},
                {QStringLiteral("company"), LeadColumn::Company}, {QStringLiteral("email"), LeadColumn::Email},
                {QStringLiteral("phone"), LeadColumn::Phone},   {QStringLiteral("stage"), LeadColumn::Stage},
                {QStringLiteral("owner"), LeadColumn::Owner},   {QStringLiteral("source"), LeadColumn::Source},
                {QStringLiteral("score"), LeadColumn::Score},   {QStringLiteral("created"), LeadColumn::Created},
                {QStringLiteral("updated"), LeadColumn::Updated}};
            const QString name = a.options.value(QStringLiteral("sort")).toLower();
            if (!columns.contains(name))
                throw UsageError{QStringLiteral("--sort: '%1' is not a column (%2)")
                                     .arg(name, columns.keys().join(QLatin1String(", ")))};
            sort.column = columns.value(name);
        }
        filter.source = a.options.value(QStringLiteral("source"));
        filter.search = a.options.value(QStringLiteral("search"));
        if (!open())
            return false;
        if (a.options.contains(QStringLiteral("owner"))) {
            const QString owner = a.options.value(QStringLiteral("owner"));
            if (owner == QLatin1String("none")) {
                filter.unassignedOnly = true;
            } else {
                const QString login = owner == QLatin1String("me") ? a.options.value(QStringLiteral("as")) : owner;
                auto u = UserRepository(*m_db).byLogin(login);
                if (!u) {
                    fail(Error::invalid(u.error().message, QStringLiteral("--owner")));
                    return false;
                }
                filter.ownerId = u->id;
            }
        }
        return true;
    }

    int exportLeads()
    {
        allowOnly(a, {QStringLiteral("stage"), QStringLiteral("owner"), QStringLiteral("source"),
                      QStringLiteral("search"), QStringLiteral("sort"), QStringLiteral("desc"),
                      QStringLiteral("delimiter")});
        if (a.positional.value(0) != QLatin1String("leads") || a.positional.size() != 2)
            throw UsageError{QStringLiteral("usage: export leads FILE.csv [filters]")};
        LeadExportOptions options;
        const QString delimiter = a.options.value(QStringLiteral("delimiter"));
        if (delimiter.isEmpty())
            options.delimiter = CsvWriter::delimiterFor(QLocale::system());
        else if (delimiter == QLatin1String("tab"))
            options.delimiter = QLatin1Char('\t');
        else if (delimiter.size() == 1 && QStringLiteral(",;|").contains(delimiter))
            options.delimiter = delimiter.front();
        else
            throw UsageError{QStringLiteral("--delimiter: use , ; | or tab, not '%1'").arg(delimiter)};
        if (!leadQuery(options.filter, options.sort))
            return Failed;
        const QString path = a.positional[1];
        auto written = LeadExporter(*m_db).exportTo(path, options);
        if (!written)
            return fail(written.error());
        if (json)
            out << QJsonDocument(QJsonObject{{QStringLiteral("file"), path}, {QStringLiteral("leads"), written.value()}})
                       .toJson(QJsonDocument::Compact)
                << '\n';
        else
            out << "Exported " << written.value() << " leads to " << path << ".\n";
        return Ok;
    }

    int leadsList()
    {
        allowOnly(a, {QStringLiteral("stage"), QStringLiteral("owner"), QStringLiteral("source"),
                      QStringLiteral("search"), QStringLiteral("sort"), QStringLiteral("desc"),
                      QStringLiteral("limit"), QStringLiteral("offset")});
        if (a.positional.size() > 1)
            throw UsageError{QStringLiteral("unexpected argument '%1'").arg(a.positional.value(1))};
        LeadFilter filter;
        LeadSort sort;
        if (!leadQuery(filter, sort))
            return Failed;
        const qint64 limit = number(a, QStringLiteral("limit"), 100, 0, std::numeric_limits<qint64>::max());
        const qint64 offset = number(a, QStringLiteral("offset"), 0, 0, std::numeric_limits<qint64>::max());
        LeadRepository repo(*m_db);
        auto total = repo.count(filter);
        if (!total)
            return fail(total.error());
        QJsonArray rows;
        if (!json) {
            out << pad(QStringLiteral("ID"), 8) << ' ' << pad(QStringLiteral("Name"), 24) << ' '
                << pad(QStringLiteral("Company"), 30) << ' ' << pad(QStringLiteral("E-mail"), 34) << ' '
                << pad(QStringLiteral("Stage"), 12) << ' ' << pad(QStringLiteral("Owner"), 16) << ' '
                << "Score\n";
        }
        const qint64 wanted = limit == 0 ? total.value() : std::min(limit, std::max<qint64>(0, total.value() - offset));
        qint64 shown = 0;
        while (shown < wanted) {
            const int chunk = int(std::min<qint64>(1000, wanted - shown));
            auto page = repo.page(filter, sort, offset + shown, chunk, total.value());
            if (!page)
                return fail(page.error());
            if (page->empty())
                break;
            for (const Lead &l : page.value()) {
                if (json) {
                    rows.append(leadJson(l));
                } else {
                    out << pad(QString::number(l.id), 8) << ' '
                        << pad(l.profile.lastName + QStringLiteral(", ") + l.profile.firstName, 24) << ' '
                        << pad(l.profile.company, 30) << ' ' << pad(l.profile.email, 34) << ' '
                        << pad(stageKey(l.stage), 12) << ' ' << pad(l.ownerName, 16) << ' ' << l.score
                        << '\n';
                }
            }
            shown += qint64(page->size());
        }
        if (json) {
            out << QJsonDocument(QJsonObject{{QStringLiteral("total"), total.value()},
                                             {QStringLiteral("offset"), offset},
                                             {QStringLiteral("leads"), rows}})
                       .toJson(QJsonDocument::Indented);
        } else if (shown < total.value()) {
            out << "(" << shown << " of " << total.value() << " leads shown; use --limit and --offset for more)\n";
        } else {
            out << "(" << total.value() << " leads)\n";
        }
        return Ok;
    }

    int leadsShow()
    {
        allowOnly(a, {});
        if (a.positional.size() != 2)
            throw UsageError{QStringLiteral("'leads show' needs exactly one lead id")};
        const qint64 id = leadId(a.positional[1]);
        if (!open())
            return Failed;
        auto lead = LeadRepository(*m_db).byId(id);
        if (!lead)
            return fail(lead.error());
        auto timeline = TimelineRepository(*m_db).forLead(id, 200);
        if (!timeline)
            return fail(timeline.error());
        if (json) {
            QJsonObject o = leadJson(lead.value());
            QJsonArray items;
            for (const TimelineItem &t : timeline.value()) {
                items.append(QJsonObject{
                    {QStringLiteral("kind"), t.kind == TimelineItem::Kind::StageChange
                                                 ? QStringLiteral("stage") : QStringLiteral("activity")},
                    {QStringLiteral("at"), iso(t.at)},
                    {QStringLiteral("type"), t.type},
                    {QStringLiteral("from"), t.fromStage},
                    {QStringLiteral("to"), t.toStage},
                    {QStringLiteral("reason"), t.reasonCode},
                    {QStringLiteral("text"), t.text},
                    {QStringLiteral("user"), t.userName}});
            }
            o.insert(QStringLiteral("timeline"), items);
            out << QJsonDocument(o).toJson(QJsonDocument::Indented);
            return Ok;
        }
        const Lead &l = lead.value();
        const LeadProfile &p = l.profile;
        auto line = [&](const char *label, const QString &value) {
            out << pad(QString::fromLatin1(label), 14) << value << '\n';
        };
        line("Lead", QStringLiteral("%1 (version %2)").arg(l.id).arg(l.version));
        line("Name", (p.firstName + QLatin1Char(' ') + p.lastName).trimmed());
        line("Job title", p.jobTitle);
        line("Company", p.company);
        line("E-mail", p.email);
        line("Phone", p.phone);
        line("Industry", p.industry);
        line("Company size", p.companySize);
        line("Country", p.country);
        line("Source", p.campaign.isEmpty() ? p.source : p.source + QStringLiteral(" / ") + p.campaign);
        line("Stage", stageKey(l.stage) + (l.acceptedAt.isValid() ? QStringLiteral(" (accepted)") : QString()));
        line("Owner", l.ownerName.isEmpty() ? QStringLiteral("(unassigned)") : l.ownerName);
        line("Score", QString::number(l.score) + (l.fastTrack ? QStringLiteral(" (fast-track)") : QString()));
        line("Created", iso(l.createdAt));
        if (l.recontactOn.isValid())
            line("Re-contact", l.recontactOn.toString(Qt::ISODate));
        out << "\nTimeline (newest first):\n";
        for (const TimelineItem &t : timeline.value()) {
            out << "  " << iso(t.at) << "  ";
            if (t.kind == TimelineItem::Kind::StageChange) {
                out << t.type << ": " << (t.fromStage.isEmpty() ? QStringLiteral("-") : t.fromStage)
                    << " -> " << t.toStage;
                if (!t.reasonCode.isEmpty())
                    out << " (" << t.reasonCode << ')';
            } else {
                out << t.type;
            }
            if (!t.text.isEmpty())
                out << " — " << t.text;
            if (!t.userName.isEmpty())
                out << " [" << t.userName << ']';
            out << '\n';
        }
        return Ok;
    }

    int stage()
    {
        allowOnly(a, {QStringLiteral("reason"), QStringLiteral("note"), QStringLiteral("recontact")});
        if (a.positional.size() != 2)
            throw UsageError{QStringLiteral("'stage' needs a lead id and a target: stage ID TO")};
        const qint64 id = leadId(a.positional[0]);
        const QString to = a.positional[1].toLower();
        const bool accept = to == QLatin1String("accept") || to == QLatin1String("accepted");
        const auto target = stageFromKey(to);
        if (!accept && !target)
            throw UsageError{QStringLiteral("'%1' is not a stage (lead, mql, sql, disqualified, won, "
                                            "lost) or 'accept'")
                                 .arg(a.positional[1])};
        QDate recontact;
        if (a.options.contains(QStringLiteral("recontact"))) {
            recontact = QDate::fromString(a.options.value(QStringLiteral("recontact")), Qt::ISODate);
            if (!recontact.isValid())
                throw UsageError{QStringLiteral("--recontact: '%1' is not a date (YYYY-MM-DD)")
                                     .arg(a.options.value(QStringLiteral("recontact")))};
        }
        if (!open())
            return Failed;
        const auto user = actor();
        if (!user)
            return Failed;
        auto lead = LeadRepository(*m_db).byId(id);
        if (!lead)
            return fail(lead.error());
        StageChange change;
        change.leadId = id;
        if (accept) {
            change.action = PipelineAction::Accept;
        } else {
            auto action = PipelineService::actionForTarget(lead.value(), *target, recontact.isValid());
            if (!action)
                return fail(action.error());
            change.action = action.value();
        }
        change.reason = a.options.value(QStringLiteral("reason"));
        change.note = a.options.value(QStringLiteral("note"));
        change.recontactOn = recontact;
        change.expectedVersion = lead->version;
        PipelineService pipeline(*m_db, m_events, m_clock);
        auto moved = pipeline.change(*user, change);
        if (!moved)
            return fail(moved.error());
        if (json)
            out << QJsonDocument(leadJson(moved.value())).toJson(QJsonDocument::Compact) << '\n';
        else
            out << "Lead " << id << ": " << stageKey(lead->stage) << " -> " << stageKey(moved->stage)
                << " (" << actionKey(change.action) << ")\n";
        return Ok;
    }

    int importLeads()
    {
        allowOnly(a, {QStringLiteral("map"), QStringLiteral("on-duplicate"), QStringLiteral("region"),
                      QStringLiteral("resume")});
        const bool resume = a.options.contains(QStringLiteral("resume"));
        if (a.positional.value(0) != QLatin1String("leads") || a.positional.size() != (resume ? 1 : 2))
            throw UsageError{QStringLiteral("usage: import leads FILE.csv [--map FILE.json] "
                                            "[--on-duplicate skip|update|merge] [--region CC], "
                                            "or import leads --resume RUNID")};
        ImportOptions options;
        if (a.options.contains(QStringLiteral("on-duplicate"))) {
            const auto policy = duplicatePolicyFromKey(a.options.value(QStringLiteral("on-duplicate")));
            if (!policy)
                throw UsageError{QStringLiteral("--on-duplicate: use skip, update or merge, not '%1'")
                                     .arg(a.options.value(QStringLiteral("on-duplicate")))};
            options.duplicates = *policy;
        }
        if (a.options.contains(QStringLiteral("region"))) {
            options.region = a.options.value(QStringLiteral("region")).toUpper();
            if (options.region.size() != 2)
                throw UsageError{QStringLiteral("--region: a two-letter country code such as DE, not '%1'")
                                     .arg(a.options.value(QStringLiteral("region")))};
        }
        if (a.options.contains(QStringLiteral("map"))) {
            const QString mapPath = a.options.value(QStringLiteral("map"));
            QFile mapFile(mapPath);
            if (!mapFile.open(QIODevice::ReadOnly))
                return fail(Error::invalid(QStringLiteral("cannot read %1: %2").arg(mapPath, mapFile.errorString()),
                                           QStringLiteral("--map")));
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(mapFile.readAll(), &parseError);
            if (!doc.isObject())
                return fail(Error::invalid(QStringLiteral("%1 is not a JSON mapping: %2")
                                               .arg(mapPath, parseError.errorString()),
                                           QStringLiteral("--map")));
            auto mapping = ImportMapping::fromJson(doc.object());
            if (!mapping)
                return fail(Error::invalid(QStringLiteral("%1: %2").arg(mapPath, mapping.error().message),
                                           QStringLiteral("--map")));
            options.mapping = mapping.value();
        }
        if (resume)
            options.resumeRunId = number(a, QStringLiteral("resume"), 0, 1, std::numeric_limits<qint64>::max());
        if (!open())
            return Failed;
        const auto user = actor();
        if (!user)
            return Failed;
        const LeadImporter importer(*m_db, m_clock);
        auto r = resume ? importer.resume(*user, options.resumeRunId)
                        : importer.run(*user, a.positional[1], options);
        if (!r)
            return fail(r.error());
        const ImportSummary &s = r.value();
        if (json) {
            out << QJsonDocument(QJsonObject{{QStringLiteral("run"), s.runId},
                                             {QStringLiteral("new"), s.newLeads},
                                             {QStringLiteral("updated"), s.updated},
                                             {QStringLiteral("merged"), s.merged},
                                             {QStringLiteral("skipped"), s.skipped},
                                             {QStringLiteral("rejected"), s.rejected},
                                             {QStringLiteral("lastLine"), s.lastLine},
                                             {QStringLiteral("rejectedFile"), s.rejectedFile}})
                       .toJson(QJsonDocument::Compact)
                << '\n';
        } else {
            out << "Import run " << s.runId << ": " << s.newLeads << " new, " << s.updated << " updated, "
                << s.merged << " merged, " << s.skipped << " skipped, " << s.rejected << " rejected (up to line "
                << s.lastLine << ").\n";
            if (!s.rejectedFile.isEmpty())
                out << "Rejected rows with line numbers and reasons: " << s.rejectedFile << '\n';
        }
        return Ok;
    }

    int users()
    {
        allowOnly(a, {});
        if (!open())
            return Failed;
        auto all = UserRepository(*m_db).all();
        if (!all)
            return fail(all.error());
        QJsonArray rows;
        for (const User &u : all.value()) {
            if (json) {
                rows.append(QJsonObject{{QStringLiteral("id"), u.id},
                                        {QStringLiteral("login"), u.login},
                                        {QStringLiteral("name"), u.name},
                                        {QStringLiteral("role"), roleKey(u.role)},
                                        {QStringLiteral("team"), u.teamName},
                                        {QStringLiteral("active"), u.active}});
            } else {
                out << pad(u.login, 12) << ' ' << pad(u.name, 22) << ' ' << pad(roleKey(u.role), 18)
                    << ' ' << u.teamName << '\n';
            }
        }
        if (json)
            out << QJsonDocument(rows).toJson(QJsonDocument::Indented);
        return Ok;
    }

    QDate dateOption(const QString &name) const
    {
        if (!a.options.contains(name))
            return {};
        const QString text = a.options.value(name);
        static const QRegularExpression iso(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (!iso.match(text).hasMatch() || !d.isValid())
            throw UsageError {
                QStringLiteral("--%1: '%2' is not a date (YYYY-MM-DD)").arg(name, text)};
        return d;
    }

    int report()
    {
        if (a.positional.value(0) == QLatin1String("sla"))
            return reportSla();
        allowOnly(a,
            {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("source"),
                QStringLiteral("campaign"), QStringLiteral("country"), QStringLiteral("team"),
                QStringLiteral("owner"), QStringLiteral("csv")});
        static const QMap<QString, ReportKind> kinds
            = {{QStringLiteral("funnel"), ReportKind::Funnel},
                {QStringLiteral("sources"), ReportKind::Sources},
                {QStringLiteral("velocity"), ReportKind::Velocity},
                {QStringLiteral("reasons"), ReportKind::Reasons},
                {QStringLiteral("fairness"), ReportKind::Fairness},
                {QStringLiteral("calibration"), ReportKind::Calibration}};
        const QString names
            = QStringLiteral("funnel, sources, velocity, reasons, fairness, calibration, sla");
        if (a.positional.isEmpty())
            throw UsageError {QStringLiteral("'report' needs the report: %1").arg(names)};
        if (a.positional.size() > 1)
            throw UsageError {
                QStringLiteral("unexpected argument '%1'").arg(a.positional.value(1))};
        if (!kinds.contains(a.positional[0]))
            throw UsageError {
                QStringLiteral("'%1' is not a report (%2)").arg(a.positional[0], names)};
        const ReportKind kind = kinds.value(a.positional[0]);
        const bool csv = a.options.contains(QStringLiteral("csv"));
        if (csv && json)
            throw UsageError {QStringLiteral("--json and --csv cannot be combined")};
        ReportFilter filter;
        filter.from = dateOption(QStringLiteral("from"));
        filter.to = dateOption(QStringLiteral("to"));
        if (filter.from.isValid() && filter.to.isValid() && filter.from > filter.to)
            throw UsageError {
                QStringLiteral("--from %1 is after --to %2")
                    .arg(filter.from.toString(Qt::ISODate), filter.to.toString(Qt::ISODate))};
        filter.source = a.options.value(QStringLiteral("source"));
        filter.campaign = a.options.value(QStringLiteral("campaign"));
        filter.country = a.options.value(QStringLiteral("country"));
        if (!open())
            return Failed;
        if (a.options.contains(QStringLiteral("team"))) {
            const QString name = a.options.value(QStringLiteral("team"));
            auto teams = UserRepository(*m_db).teams();
            if (!teams)
                return fail(teams.error());
            QStringList known;
            for (const Team &t : teams.value()) {
                if (t.name.compare(name, Qt::CaseInsensitive) == 0)
                    filter.teamId = t.id;
                known << t.name;
            }
            if (!filter.teamId)
                return fail(Error::invalid(QStringLiteral("there is no team '%1' (teams: %2)")
                                               .arg(name, known.join(QLatin1String(", "))),
                    QStringLiteral("--team")));
        }
        if (a.options.contains(QStringLiteral("owner"))) {
            auto u = UserRepository(*m_db).byLogin(a.options.value(QStringLiteral("owner")));
            if (!u)
                return fail(Error::invalid(u.error().message, QStringLiteral("--owner")));
            filter.ownerId = u->id;
        }

        const ReportService service(*m_db);
        std::vector<ReportTable> tables;
        switch (kind) {
        case ReportKind::Funnel: {
            auto r = service.funnel(filter);
            if (!r)
                return fail(r.error());
            tables.push_back(funnelTable(r.value()));
            break;
        }
        case ReportKind::Sources: {
            auto r = service.sources(filter);
            if (!r)
                return fail(r.error());
            tables.push_back(sourcesTable(r.value()));
            break;
        }
        case ReportKind::Velocity: {
            auto r = service.velocity(filter);
            if (!r)
                return fail(r.error());
            tables.push_back(velocityTable(r.value()));
            break;
        }
        case ReportKind::Reasons: {
            auto r = service.reasons(filter);
            if (!r)
                return fail(r.error());
            tables.push_back(reasonsTable(r.value()));
            tables.push_back(reasonsByMonthTable(r.value()));
            break;
        }
        case ReportKind::Fairness: {
            auto r = service.fairness(filter);
            if (!r)
                return fail(r.error());
            tables.push_back(fairnessTable(r.value()));
            break;
        }
        case ReportKind::Calibration: {
            auto r = service.calibration(filter);
            if (!r)
                return fail(r.error());
            tables.push_back(calibrationTable(r.value()));
            break;
        }
        }

        if (json) {
            if (kind == ReportKind::Reasons) {
                out << QJsonDocument(QJsonObject {{QStringLiteral("totals"), tables[0].toJson()},
                                         {QStringLiteral("byMonth"), tables[1].toJson()}})
                           .toJson(QJsonDocument::Indented);
            } else {
                out << QJsonDocument(tables[0].toJson()).toJson(QJsonDocument::Indented);
            }
        } else if (csv) {
            out << csvTable(tables[0]);
        } else {
            for (size_t i = 0; i < tables.size(); ++i) {
                if (i > 0)
                    out << '\n';
                printTable(out, tables[i]);
            }
        }
        return Ok;
    }

    // ---- Service levels (issue 6) ----

    // Prints tables as text, or as one JSON value: the array of the first table's rows, or an
    // object of named tables.
    void printTables(const std::vector<std::pair<QString, ReportTable>> &tables, bool asObject)
    {
        if (json) {
            if (!asObject) {
                out << QJsonDocument(tables.front().second.toJson())
                           .toJson(QJsonDocument::Indented);
                return;
            }
            QJsonObject o;
            for (const auto &[key, table] : tables)
                o.insert(key, table.toJson());
            out << QJsonDocument(o).toJson(QJsonDocument::Indented);
            return;
        }
        for (size_t i = 0; i < tables.size(); ++i) {
            if (i > 0)
                out << '\n';
            printTable(out, tables[i].second);
        }
    }

    int logActivity()
    {
        allowOnly(a, {QStringLiteral("note")});
        if (a.positional.size() != 2)
            throw UsageError {
                QStringLiteral("usage: log ID call|email|meeting|note [--note TEXT]")};
        const qint64 id = leadId(a.positional[0]);
        if (!open())
            return Failed;
        const auto user = actor();
        if (!user)
            return Failed;
        LeadService leads(*m_db, m_events, m_clock);
        if (auto r = leads.logActivity(
                *user, id, a.positional[1].toLower(), a.options.value(QStringLiteral("note")));
            !r)
            return fail(r.error());
        if (json)
            out << QJsonDocument(QJsonObject {{QStringLiteral("lead"), id},
                                     {QStringLiteral("type"), a.positional[1].toLower()}})
                       .toJson(QJsonDocument::Compact)
                << '\n';
        else
            out << "Logged " << a.positional[1].toLower() << " on lead " << id << ".\n";
        return Ok;
    }

    int sla()
    {
        const QString sub = a.positional.value(0);
        if (sub == QLatin1String("status"))
            return slaStatus();
        if (sub == QLatin1String("policies"))
            return slaPolicies();
        if (sub == QLatin1String("holidays"))
            return slaHolidays();
        if (sub == QLatin1String("target"))
            return slaTarget();
        if (sub == QLatin1String("rebuild"))
            return slaRebuild();
        if (sub == QLatin1String("escalate"))
            return slaEscalate();
        throw UsageError {
            QStringLiteral("'sla' needs status, policies, holidays, target, rebuild or escalate")};
    }

    int slaStatus()
    {
        allowOnly(a, {});
        if (a.positional.size() != 1)
            throw UsageError {QStringLiteral("'sla status' takes no arguments")};
        if (!open())
            return Failed;
        auto status = SlaReports(*m_db).status(m_clock.now());
        if (!status)
            return fail(status.error());
        printTables({{QStringLiteral("status"), slaStatusTable(status.value())}}, false);
        return Ok;
    }

    int slaPolicies()
    {
        allowOnly(a, {});
        if (!open())
            return Failed;
        auto policies = SlaRepository(*m_db).policies();
        if (!policies)
            return fail(policies.error());
        QJsonArray rows;
        for (const SlaPolicy &p : policies.value()) {
            QStringList stages;
            for (Stage st : p.stages)
                stages << stageKey(st);
            const QString fast = !p.fastTrack ? QStringLiteral("any")
                : *p.fastTrack                ? QStringLiteral("yes")
                                              : QStringLiteral("no");
            if (json) {
                rows.append(QJsonObject {{QStringLiteral("id"), p.id},
                    {QStringLiteral("code"), p.code}, {QStringLiteral("name"), p.name},
                    {QStringLiteral("kind"), p.kind},
                    {QStringLiteral("stages"), QJsonArray::fromStringList(stages)},
                    {QStringLiteral("fastTrack"), fast}, {QStringLiteral("minScore"), p.minScore},
                    {QStringLiteral("allowed"), p.allowed},
                    {QStringLiteral("unit"), slaUnitKey(p.unit)},
                    {QStringLiteral("dueSoonPercent"), p.dueSoonPercent},
                    {QStringLiteral("stopActivities"),
                        QJsonArray::fromStringList(p.stopActivities)},
                    {QStringLiteral("stopActions"), QJsonArray::fromStringList(p.stopActions)},
                    {QStringLiteral("restartOnReassign"), p.restartOnReassign},
                    {QStringLiteral("escalate"), p.escalate},
                    {QStringLiteral("autoReassign"), p.autoReassign},
                    {QStringLiteral("active"), p.active}});
            } else {
                out << pad(p.code, 22) << ' ' << pad(p.allowedText(), 20) << ' '
                    << pad(stages.join(QLatin1Char(',')), 9) << " fast-track " << pad(fast, 4)
                    << ' ' << (p.active ? "" : "(inactive) ") << p.name << "\n    stopped by "
                    << (p.stopActivities + p.stopActions).join(QLatin1String(", "))
                    << (p.restartOnReassign ? "; restarts on reassignment" : "") << '\n';
            }
        }
        if (json)
            out << QJsonDocument(rows).toJson(QJsonDocument::Indented);
        return Ok;
    }

    int slaHolidays()
    {
        const QString action = a.positional.value(1);
        if (action == QLatin1String("add") || action == QLatin1String("remove")) {
            allowOnly(a, {});
            const bool add = action == QLatin1String("add");
            if (a.positional.size() != (add ? 4 : 3))
                throw UsageError {QStringLiteral(
                    "usage: sla holidays add YYYY-MM-DD NAME, or sla holidays remove YYYY-MM-DD")};
            const QDate day = QDate::fromString(a.positional[2], Qt::ISODate);
            if (!day.isValid())
                throw UsageError {
                    QStringLiteral("'%1' is not a date (YYYY-MM-DD)").arg(a.positional[2])};
            if (!open())
                return Failed;
            const auto user = actor();
            if (!user)
                return Failed;
            SlaService service(*m_db, m_events, m_clock);
            auto r = add ? service.addHoliday(*user, day, a.positional[3])
                         : service.removeHoliday(*user, day);
            if (!r)
                return fail(r.error());
            out << (add ? "Added " : "Removed ") << day.toString(Qt::ISODate) << ".\n";
            return Ok;
        }
        allowOnly(a, {QStringLiteral("year")});
        if (a.positional.size() != 1)
            throw UsageError {QStringLiteral("usage: sla holidays [--year YYYY] | add | remove")};
        const int year = int(number(a, QStringLiteral("year"), 0, 1900, 2999));
        if (!open())
            return Failed;
        auto calendar = SlaRepository(*m_db).calendar();
        if (!calendar)
            return fail(calendar.error());
        const BusinessCalendar &c = calendar.value();
        QJsonArray hours, days;
        const QLocale english(QLocale::English);
        auto hhmm = [](int minute) {
            return QStringLiteral("%1:%2")
                .arg(minute / 60, 2, 10, QLatin1Char('0'))
                .arg(minute % 60, 2, 10, QLatin1Char('0'));
        };
        if (!json)
            out << "Time zone " << c.timeZone().id() << "\nWorking hours\n";
        for (int d = 1; d <= 7; ++d) {
            const WorkingHours h = c.hours(d);
            const QString dayName = english.dayName(d);
            if (json)
                hours.append(QJsonObject {{QStringLiteral("weekday"), d},
                    {QStringLiteral("start"), h.isWorkingDay() ? hhmm(h.startMinute) : QString()},
                    {QStringLiteral("end"), h.isWorkingDay() ? hhmm(h.endMinute) : QString()}});
            else
                out << "  " << pad(dayName, 10) << ' '
                    << (h.isWorkingDay()
                               ? hhmm(h.startMinute) + QStringLiteral("-") + hhmm(h.endMinute)
                               : QStringLiteral("closed"))
                    << '\n';
        }
        if (!json)
            out << "Holidays\n";
        for (const auto &[day, name] : c.holidays()) {
            if (year != 0 && day.year() != year)
                continue;
            if (json)
                days.append(QJsonObject {{QStringLiteral("day"), day.toString(Qt::ISODate)},
                    {QStringLiteral("name"), name}});
            else
                out << "  " << day.toString(Qt::ISODate) << "  " << name << '\n';
        }
        if (json)
            out << QJsonDocument(
                QJsonObject {{QStringLiteral("timeZone"), QString::fromUtf8(c.timeZone().id())},
                    {QStringLiteral("workingHours"), hours}, {QStringLiteral("holidays"), days}})
                       .toJson(QJsonDocument::Indented);
        return Ok;
    }

    int slaTarget()
    {
        allowOnly(a, {});
        if (a.positional.size() != 3)
            throw UsageError {QStringLiteral("usage: sla target YYYY-MM N|none")};
        std::optional<qint64> target;
        if (a.positional[2] != QLatin1String("none")) {
            bool ok = false;
            target = a.positional[2].toLongLong(&ok);
            if (!ok)
                throw UsageError {QStringLiteral("'%1' is not a number of MQLs (or 'none')")
                                      .arg(a.positional[2])};
        }
        if (!open())
            return Failed;
        const auto user = actor();
        if (!user)
            return Failed;
        if (auto r
            = SlaService(*m_db, m_events, m_clock).setMqlTarget(*user, a.positional[1], target);
            !r)
            return fail(r.error());
        out << "MQL target for " << a.positional[1] << ": "
            << (target ? QString::number(*target) : QStringLiteral("none")) << ".\n";
        return Ok;
    }

    int slaRebuild()
    {
        allowOnly(a, {});
        if (!open())
            return Failed;
        const auto user = actor();
        if (!user)
            return Failed;
        auto r = SlaService(*m_db, m_events, m_clock).rebuild(*user);
        if (!r)
            return fail(r.error());
        if (json)
            out << QJsonDocument(
                QJsonObject {{QStringLiteral("leads"), r->leads},
                    {QStringLiteral("clocks"), r->clocks}, {QStringLiteral("open"), r->open}})
                       .toJson(QJsonDocument::Compact)
                << '\n';
        else
            out << "Rebuilt " << r->clocks << " SLA clocks (" << r->open << " open) for "
                << r->leads << " leads.\n";
        return Ok;
    }

    int slaEscalate()
    {
        allowOnly(a, {});
        if (!open())
            return Failed;
        auto r = SlaService(*m_db, m_events, m_clock).escalate();
        if (!r)
            return fail(r.error());
        if (json)
            out << QJsonDocument(QJsonObject {{QStringLiteral("breaches"), r.value()}})
                       .toJson(QJsonDocument::Compact)
                << '\n';
        else
            out << "Recorded " << r.value() << " new SLA breaches.\n";
        return Ok;
    }

    int reportSla()
    {
        allowOnly(a, {QStringLiteral("from"), QStringLiteral("to")});
        if (a.positional.size() != 1)
            throw UsageError {
                QStringLiteral("unexpected argument '%1'").arg(a.positional.value(1))};
        const QDate from = dateOption(QStringLiteral("from")),
                    to = dateOption(QStringLiteral("to"));
        if (!from.isValid() || !to.isValid())
            throw UsageError {
                QStringLiteral("'report sla' needs --from YYYY-MM-DD and --to YYYY-MM-DD")};
        if (from > to)
            throw UsageError {QStringLiteral("--from %1 is after --to %2")
                                  .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate))};
        if (!open())
            return Failed;
        const QDateTime now = m_clock.now();
        const SlaReports reports(*m_db);
        auto report = reports.report(from, to, now);
        if (!report)
            return fail(report.error());
        auto breaches = reports.breaches(from, to, now, SlaReports::BreachListLimit);
        if (!breaches)
            return fail(breaches.error());
        printTables({{QStringLiteral("compliance"), slaComplianceTable(report.value())},
                        {QStringLiteral("firstTouch"), slaFirstTouchTable(report.value())},
                        {QStringLiteral("weekly"), slaWeeklyTable(report.value())},
                        {QStringLiteral("mqlTargets"), mqlTargetTable(report.value())},
                        {QStringLiteral("breaches"), slaBreachTable(breaches.value())}},
            true);
        return Ok;
    }

    Args a;
    QTextStream &out;
    QTextStream &err;
    bool json;
    SystemClock m_clock;
    EventBus m_events;
    std::unique_ptr<Database> m_db;
};

} // namespace

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    try {
        Cli cli(parse(arguments), out, err);
        return cli.run();
    } catch (const UsageError &e) {
        err << "bantam-cli: " << e.message << "\nTry 'bantam-cli --help'.\n";
        return Usage;
    }
}

} // namespace bantam::cli
