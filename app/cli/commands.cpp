#include "cli/commands.h"

#include "audit/auditlog.h"
#include "clock.h"
#include "demo/demogenerator.h"
#include "domain/named.h"
#include "events/eventbus.h"
#include "io/activityimport.h"
#include "io/csvwriter.h"
#include "io/leadexport.h"
#include "io/leadimport.h"
#include "leads/leadservice.h"
#include "people/accounts.h"
#include "people/directory.h"
#include "people/inbox.h"
#include "pipeline/pipelineservice.h"
#include "qualification/qualificationservice.h"
#include "reports/reporttable.h"
#include "routing/routingrules.h"
#include "routing/routingservice.h"
#include "scoring/scoringservice.h"
#include "services.h"
#include "sla/slareport.h"
#include "sla/slarepository.h"
#include "sla/slaservice.h"
#include "storage/database.h"
#include "storage/importrepository.h"
#include "storage/leadrepository.h"
#include "storage/timelinerepository.h"
#include "storage/userrepository.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
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
             [--attr NAME[=VALUE]] [--sort COLUMN] [--desc] [--limit N] [--offset N]
  leads show ID                     a lead with its timeline
  export leads FILE.csv [--stage S] [--owner U|me|none] [--source S] [--search TEXT]
             [--attr NAME[=VALUE]] [--sort COLUMN] [--desc] [--delimiter ,|;|tab]
                                    the filtered list as CSV for Excel (UTF-8 with BOM;
                                    ';' where the system locale writes decimal commas),
                                    custom attributes as extra columns
  import leads FILE.csv [--map FILE.json|NAME] [--on-duplicate skip|update|merge]
             [--region CC] [--resume RUNID]
                                    import leads from CSV (encoding and delimiter detected,
                                    columns mapped from the headers, a mapping file or a
                                    mapping saved in the import wizard; rejected rows go to
                                    FILE.rejected.csv); --resume continues a stopped run
  import runs                       imports that were stopped and can be resumed
  import activities FILE.csv        import marketing activities (columns: lead e-mail, activity
                                    type, timestamp, optional detail; German or English
                                    headers); bad lines are listed, the rest imported and
                                    the leads concerned rescored
  score recompute                   recompute every lead's score with the active model
  score explain ID                  each contribution to a lead's score
  score preview FILE.json           how many leads a candidate model would promote or move
                                    to another band (writes nothing)
  score model show [--version N]    the active (or an earlier) scoring model as JSON
  score model validate FILE.json    check a model file; errors name the field
  score model save FILE.json [--note TEXT]
                                    save a new model version and recompute every lead
  score model versions              the saved versions, newest first
  score model restore N             make version N active again (recomputes every lead)
  stage ID TO [--reason R] [--note N] [--recontact YYYY-MM-DD]
                                    move a lead (TO: lead, mql, sql, disqualified, won, lost,
                                    or accept)
  qualify ID --answers FILE.json    record questionnaire answers from a JSON object keyed by
                                    question key (all or none; invalid answers are refused
                                    naming the question), then show the result
  qualify ID --show                 the lead's score out of 100, qualification stage 1-5,
                                    framework verdict, criteria and recommended next step
  users                             list users, roles, teams, capacity and absence
  users add LOGIN --role R [--name N] [--team T] [routing attributes]
  users set LOGIN [--role R] [--name N] [--team T|none] [--active 0|1] [routing attributes]
                                    routing attributes: --languages de,en --territories A,B
                                    --capacity-open N --capacity-daily N (0 = no limit)
                                    --absent-from YYYY-MM-DD --absent-to YYYY-MM-DD (none
                                    clears) --weight N
  teams [add NAME | rename NAME --name NEW]
                                    list, add or rename teams
  territories [add|set NAME --countries DE,AT [--postcodes 8,9]]
                                    list, add or change territories
  rules list | rules export FILE.json | rules import FILE.json
                                    the routing rules in priority order; import replaces
                                    them all (users by login, teams and territories by name)
  route [--dry-run]                 route the unassigned leads by the rules; --dry-run prints
                                    what would happen (per rep how many, per lead the rule)
  reassign ID... --to LOGIN --reason R
                                    give leads to another rep (team leads within their team)
  audit [--entity E] [--lead ID] [--user LOGIN] [--from YYYY-MM-DD] [--to YYYY-MM-DD]
        [--limit N] [--offset N]    the audit log, newest first (--user: who changed)
  inbox [--all] [--mark-read]       your notifications (--as), unread only unless --all
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

const QStringList kValueOptions = {QStringLiteral("db"), QStringLiteral("as"),
    QStringLiteral("leads"), QStringLiteral("seed"), QStringLiteral("stage"),
    QStringLiteral("owner"), QStringLiteral("source"), QStringLiteral("search"),
    QStringLiteral("sort"), QStringLiteral("limit"), QStringLiteral("offset"),
    QStringLiteral("reason"), QStringLiteral("note"), QStringLiteral("recontact"),
    QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("campaign"),
    QStringLiteral("country"), QStringLiteral("team"), QStringLiteral("delimiter"),
    QStringLiteral("map"), QStringLiteral("on-duplicate"), QStringLiteral("region"),
    QStringLiteral("resume"), QStringLiteral("attr"), QStringLiteral("version"),
    QStringLiteral("answers"), QStringLiteral("name"), QStringLiteral("role"),
    QStringLiteral("languages"), QStringLiteral("territories"), QStringLiteral("capacity-open"),
    QStringLiteral("capacity-daily"), QStringLiteral("absent-from"), QStringLiteral("absent-to"),
    QStringLiteral("weight"), QStringLiteral("active"), QStringLiteral("countries"),
    QStringLiteral("postcodes"), QStringLiteral("entity"), QStringLiteral("lead"),
    QStringLiteral("user"), QStringLiteral("year")};
const QStringList kFlagOptions = {QStringLiteral("json"), QStringLiteral("desc"),
    QStringLiteral("help"), QStringLiteral("csv"), QStringLiteral("show"),
    QStringLiteral("dry-run"), QStringLiteral("all"), QStringLiteral("mark-read")};

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
                    throw UsageError {QStringLiteral("--%1 takes no value").arg(name)};
                a.options.insert(name, QString());
            } else if (kValueOptions.contains(name)) {
                if (!inlineValue) {
                    if (i + 1 >= arguments.size())
                        throw UsageError {QStringLiteral("--%1 needs a value").arg(name)};
                    value = arguments[++i];
                }
                a.options.insert(name, value);
            } else {
                throw UsageError {QStringLiteral("unknown option '%1'").arg(arg)};
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
    static const QStringList global = {
        QStringLiteral("db"), QStringLiteral("as"), QStringLiteral("json"), QStringLiteral("help")};
    for (auto it = a.options.cbegin(); it != a.options.cend(); ++it) {
        if (!global.contains(it.key()) && !allowed.contains(it.key()))
            throw UsageError {
                QStringLiteral("option --%1 does not apply to '%2'").arg(it.key(), a.command)};
    }
}

qint64 number(const Args &a, const QString &name, qint64 fallback, qint64 min, qint64 max)
{
    if (!a.options.contains(name))
        return fallback;
    bool ok = false;
    const qint64 v = a.options.value(name).toLongLong(&ok);
    if (!ok || v < min || v > max)
        throw UsageError {QStringLiteral("--%1 must be a whole number from %2 to %3, not '%4'")
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
        throw UsageError {QStringLiteral("'%1' is not a lead id (a positive number)").arg(text)};
    return id;
}

QString iso(const QDateTime &dt)
{
    return dt.isValid() ? dt.toString(Qt::ISODate) : QString();
}

QJsonObject leadJson(const Lead &l)
{
    const LeadProfile &p = l.profile;
    QJsonObject o {{QStringLiteral("id"), l.id}, {QStringLiteral("firstName"), p.firstName},
        {QStringLiteral("lastName"), p.lastName}, {QStringLiteral("email"), p.email},
        {QStringLiteral("phone"), p.phone}, {QStringLiteral("company"), p.company},
        {QStringLiteral("jobTitle"), p.jobTitle}, {QStringLiteral("industry"), p.industry},
        {QStringLiteral("companySize"), p.companySize}, {QStringLiteral("country"), p.country},
        {QStringLiteral("source"), p.source}, {QStringLiteral("campaign"), p.campaign},
        {QStringLiteral("stage"), stageKey(l.stage)}, {QStringLiteral("owner"), l.ownerName},
        {QStringLiteral("ownerId"), l.ownerId ? QJsonValue(*l.ownerId) : QJsonValue()},
        {QStringLiteral("score"), l.score}, {QStringLiteral("fastTrack"), l.fastTrack},
        {QStringLiteral("createdAt"), iso(l.createdAt)},
        {QStringLiteral("updatedAt"), iso(l.updatedAt)},
        {QStringLiteral("stageChangedAt"), iso(l.stageChangedAt)},
        {QStringLiteral("acceptedAt"), iso(l.acceptedAt)},
        {QStringLiteral("recontactOn"), l.recontactOn.toString(Qt::ISODate)},
        {QStringLiteral("qualificationStage"), l.qualificationStage},
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
    { }

    int run()
    {
        if (a.command.isEmpty() || a.command == QLatin1String("help")
            || a.options.contains(QStringLiteral("help"))) {
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
            {QStringLiteral("import"),
                [this] {
                    return a.positional.value(0) == QLatin1String("activities") ? importActivities()
                                                                                : importLeads();
                }},
            {QStringLiteral("score"), [this] { return score(); }},
            {QStringLiteral("qualify"), [this] { return qualify(); }},
            {QStringLiteral("teams"), [this] { return teams(); }},
            {QStringLiteral("territories"), [this] { return territories(); }},
            {QStringLiteral("rules"), [this] { return rules(); }},
            {QStringLiteral("route"), [this] { return route(); }},
            {QStringLiteral("reassign"), [this] { return reassign(); }},
            {QStringLiteral("audit"), [this] { return audit(); }},
            {QStringLiteral("inbox"), [this] { return inbox(); }},
            {QStringLiteral("sla"), [this] { return sla(); }},
            {QStringLiteral("log"), [this] { return logActivity(); }},
        };
        const auto command = commands.value(a.command);
        if (!command)
            throw UsageError {QStringLiteral("unknown command '%1'").arg(a.command)};
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
        m_services = std::make_unique<Services>(*m_db, m_events, m_clock);
        return true;
    }

    std::optional<User> actor()
    {
        const QString login = a.options.value(QStringLiteral("as"));
        if (login.isEmpty()) {
            fail(Error::invalid(
                QStringLiteral("this command changes data; say who you are with --as LOGIN"),
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
            throw UsageError {QStringLiteral("'init' takes no arguments")};
        if (!open())
            return Failed;
        auto admin = ensureAdministrator(*m_db, m_clock);
        if (!admin)
            return fail(admin.error());
        if (json) {
            out << QJsonDocument(QJsonObject {{QStringLiteral("database"), m_db->path()},
                                     {QStringLiteral("schemaVersion"), m_db->schemaVersion()},
                                     {QStringLiteral("backup"), m_db->backupPath()}})
                       .toJson(QJsonDocument::Compact)
                << '\n';
        } else {
            out << "Database " << m_db->path() << " is at schema version " << m_db->schemaVersion()
                << ".\n";
            if (!m_db->backupPath().isEmpty())
                out << "A copy from before the migration is at " << m_db->backupPath() << ".\n";
        }
        return Ok;
    }

    int demo()
    {
        allowOnly(a, {QStringLiteral("leads"), QStringLiteral("seed")});
        if (!a.options.contains(QStringLiteral("leads")))
            throw UsageError {QStringLiteral("'demo' needs --leads N")};
        DemoOptions options;
        options.leads = int(number(a, QStringLiteral("leads"), 0, 0, 10'000'000));
        options.seed
            = quint64(number(a, QStringLiteral("seed"), 1, 0, std::numeric_limits<qint64>::max()));
        if (!open())
            return Failed;
        if (auto admin = ensureAdministrator(*m_db, m_clock); !admin)
            return fail(admin.error());
        DemoGenerator generator(*m_services);
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
            out << QJsonDocument(QJsonObject {{QStringLiteral("users"), summary->users},
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
        throw UsageError {QStringLiteral("'leads' needs 'list' or 'show'")};
    }

    // The lead list options shared by `leads list` and `export leads`: --stage, --owner,
    // --source, --search, --sort, --desc. Opens the database (the owner is a login).
    bool leadQuery(LeadFilter &filter, LeadSort &sort)
    {
        if (a.options.contains(QStringLiteral("stage"))) {
            filter.stage = stageFromKey(a.options.value(QStringLiteral("stage")));
            if (!filter.stage)
                throw UsageError {QStringLiteral("--stage: '%1' is not a stage (lead, mql, sql, "
                                                 "disqualified, won, lost)")
                                      .arg(a.options.value(QStringLiteral("stage")))};
        }
        sort = LeadSort {LeadColumn::Id, a.options.contains(QStringLiteral("desc"))};
        if (a.options.contains(QStringLiteral("sort"))) {
            static const QMap<QString, LeadColumn> columns = {
                {QStringLiteral("id"), LeadColumn::Id}, {QStringLiteral("name"), LeadColumn::Name},
                {QStringLiteral("company"), LeadColumn::Company},
                {QStringLiteral("email"), LeadColumn::Email},
                {QStringLiteral("phone"), LeadColumn::Phone},
                {QStringLiteral("stage"), LeadColumn::Stage},
                {QStringLiteral("owner"), LeadColumn::Owner},
                {QStringLiteral("source"), LeadColumn::Source},
                {QStringLiteral("score"), LeadColumn::Score},
                {QStringLiteral("created"), LeadColumn::Created},
                {QStringLiteral("updated"), LeadColumn::Updated},
                {QStringLiteral("qualification"), LeadColumn::Qualification}};
            const QString name = a.options.value(QStringLiteral("sort")).toLower();
            if (!columns.contains(name))
                throw UsageError {QStringLiteral("--sort: '%1' is not a column (%2)")
                                      .arg(name, columns.keys().join(QLatin1String(", ")))};
            sort.column = columns.value(name);
        }
        filter.source = a.options.value(QStringLiteral("source"));
        filter.search = a.options.value(QStringLiteral("search"));
        if (a.options.contains(QStringLiteral("attr"))) {
            const QString attr = a.options.value(QStringLiteral("attr"));
            const qsizetype eq = attr.indexOf(QLatin1Char('='));
            filter.attributeName = (eq < 0 ? attr : attr.left(eq)).trimmed();
            filter.attributeValue = eq < 0 ? QString() : attr.mid(eq + 1).trimmed();
            if (filter.attributeName.isEmpty())
                throw UsageError {
                    QStringLiteral("--attr: use NAME or NAME=VALUE, not '%1'").arg(attr)};
        }
        if (!open())
            return false;
        if (a.options.contains(QStringLiteral("owner"))) {
            const QString owner = a.options.value(QStringLiteral("owner"));
            if (owner == QLatin1String("none")) {
                filter.unassignedOnly = true;
            } else {
                const QString login
                    = owner == QLatin1String("me") ? a.options.value(QStringLiteral("as")) : owner;
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
        allowOnly(a,
            {QStringLiteral("stage"), QStringLiteral("owner"), QStringLiteral("source"),
                QStringLiteral("search"), QStringLiteral("sort"), QStringLiteral("desc"),
                QStringLiteral("delimiter"), QStringLiteral("attr")});
        if (a.positional.value(0) != QLatin1String("leads") || a.positional.size() != 2)
            throw UsageError {QStringLiteral("usage: export leads FILE.csv [filters]")};
        LeadExportOptions options;
        const QString delimiter = a.options.value(QStringLiteral("delimiter"));
        if (delimiter.isEmpty())
            options.delimiter = CsvWriter::delimiterFor(QLocale::system());
        else if (delimiter == QLatin1String("tab"))
            options.delimiter = QLatin1Char('\t');
        else if (delimiter.size() == 1 && QStringLiteral(",;|").contains(delimiter))
            options.delimiter = delimiter.front();
        else
            throw UsageError {
                QStringLiteral("--delimiter: use , ; | or tab, not '%1'").arg(delimiter)};
        if (!leadQuery(options.filter, options.sort))
            return Failed;
        const QString path = a.positional[1];
        auto written = m_services->leadExporter().exportTo(path, options);
        if (!written)
            return fail(written.error());
        if (json)
            out << QJsonDocument(QJsonObject {{QStringLiteral("file"), path},
                                     {QStringLiteral("leads"), written.value()}})
                       .toJson(QJsonDocument::Compact)
                << '\n';
        else
            out << "Exported " << written.value() << " leads to " << path << ".\n";
        return Ok;
    }

    int leadsList()
    {
        allowOnly(a,
            {QStringLiteral("stage"), QStringLiteral("owner"), QStringLiteral("source"),
                QStringLiteral("search"), QStringLiteral("sort"), QStringLiteral("desc"),
                QStringLiteral("limit"), QStringLiteral("offset"), QStringLiteral("attr")});
        if (a.positional.size() > 1)
            throw UsageError {
                QStringLiteral("unexpected argument '%1'").arg(a.positional.value(1))};
        LeadFilter filter;
        LeadSort sort;
        if (!leadQuery(filter, sort))
            return Failed;
        const qint64 limit
            = number(a, QStringLiteral("limit"), 100, 0, std::numeric_limits<qint64>::max());
        const qint64 offset
            = number(a, QStringLiteral("offset"), 0, 0, std::numeric_limits<qint64>::max());
        LeadRepository repo(*m_db);
        auto total = repo.count(filter);
        if (!total)
            return fail(total.error());
        QJsonArray rows;
        if (!json) {
            out << pad(QStringLiteral("ID"), 8) << ' ' << pad(QStringLiteral("Name"), 24) << ' '
                << pad(QStringLiteral("Company"), 30) << ' ' << pad(QStringLiteral("E-mail"), 34)
                << ' ' << pad(QStringLiteral("Stage"), 12) << ' '
                << pad(QStringLiteral("Owner"), 16) << ' ' << "Score\n";
        }
        const qint64 wanted = limit == 0
            ? total.value()
            : std::min(limit, std::max<qint64>(0, total.value() - offset));
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
                        << pad(l.profile.lastName + QStringLiteral(", ") + l.profile.firstName, 24)
                        << ' ' << pad(l.profile.company, 30) << ' ' << pad(l.profile.email, 34)
                        << ' ' << pad(stageKey(l.stage), 12) << ' ' << pad(l.ownerName, 16) << ' '
                        << l.score << '\n';
                }
            }
            shown += qint64(page->size());
        }
        if (json) {
            out << QJsonDocument(
                QJsonObject {{QStringLiteral("total"), total.value()},
                    {QStringLiteral("offset"), offset}, {QStringLiteral("leads"), rows}})
                       .toJson(QJsonDocument::Indented);
        } else if (shown < total.value()) {
            out << "(" << shown << " of " << total.value()
                << " leads shown; use --limit and --offset for more)\n";
        } else {
            out << "(" << total.value() << " leads)\n";
        }
        return Ok;
    }

    int leadsShow()
    {
        allowOnly(a, {});
        if (a.positional.size() != 2)
            throw UsageError {QStringLiteral("'leads show' needs exactly one lead id")};
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
                items.append(QJsonObject {
                    {QStringLiteral("kind"),
                        t.kind == TimelineItem::Kind::StageChange ? QStringLiteral("stage")
                                                                  : QStringLiteral("activity")},
                    {QStringLiteral("at"), iso(t.at)}, {QStringLiteral("type"), t.type},
                    {QStringLiteral("from"), t.fromStage}, {QStringLiteral("to"), t.toStage},
                    {QStringLiteral("reason"), t.reasonCode}, {QStringLiteral("text"), t.text},
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
        line("Source",
            p.campaign.isEmpty() ? p.source : p.source + QStringLiteral(" / ") + p.campaign);
        line("Stage",
            stageKey(l.stage)
                + (l.acceptedAt.isValid() ? QStringLiteral(" (accepted)") : QString()));
        line("Owner", l.ownerName.isEmpty() ? QStringLiteral("(unassigned)") : l.ownerName);
        line("Score",
            QString::number(l.score) + (l.fastTrack ? QStringLiteral(" (fast-track)") : QString()));
        line("Qualification", qualificationStageName(l.qualificationStage));
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
        allowOnly(
            a, {QStringLiteral("reason"), QStringLiteral("note"), QStringLiteral("recontact")});
        if (a.positional.size() != 2)
            throw UsageError {QStringLiteral("'stage' needs a lead id and a target: stage ID TO")};
        const qint64 id = leadId(a.positional[0]);
        const QString to = a.positional[1].toLower();
        const bool accept = to == QLatin1String("accept") || to == QLatin1String("accepted");
        const auto target = stageFromKey(to);
        if (!accept && !target)
            throw UsageError {
                QStringLiteral("'%1' is not a stage (lead, mql, sql, disqualified, won, "
                               "lost) or 'accept'")
                    .arg(a.positional[1])};
        QDate recontact;
        if (a.options.contains(QStringLiteral("recontact"))) {
            recontact
                = QDate::fromString(a.options.value(QStringLiteral("recontact")), Qt::ISODate);
            if (!recontact.isValid())
                throw UsageError {QStringLiteral("--recontact: '%1' is not a date (YYYY-MM-DD)")
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
            auto action
                = PipelineService::actionForTarget(lead.value(), *target, recontact.isValid());
            if (!action)
                return fail(action.error());
            change.action = action.value();
        }
        change.reason = a.options.value(QStringLiteral("reason"));
        change.note = a.options.value(QStringLiteral("note"));
        change.recontactOn = recontact;
        change.expectedVersion = lead->version;
        auto moved = m_services->pipeline().change(*user, change);
        if (!moved)
            return fail(moved.error());
        if (json)
            out << QJsonDocument(leadJson(moved.value())).toJson(QJsonDocument::Compact) << '\n';
        else
            out << "Lead " << id << ": " << stageKey(lead->stage) << " -> "
                << stageKey(moved->stage) << " (" << actionKey(change.action) << ")\n";
        return Ok;
    }

    int importRuns()
    {
        allowOnly(a, {});
        if (!open())
            return Failed;
        auto runs = ImportRepository(*m_db).unfinishedRuns();
        if (!runs)
            return fail(runs.error());
        QJsonArray rows;
        for (const ImportRun &r : runs.value()) {
            if (json) {
                rows.append(QJsonObject {{QStringLiteral("run"), r.id},
                    {QStringLiteral("file"), r.filePath},
                    {QStringLiteral("started"), iso(r.startedAt)},
                    {QStringLiteral("status"), r.status}, {QStringLiteral("nextLine"), r.nextLine},
                    {QStringLiteral("new"), r.counts[0]}});
            } else {
                out << "Run " << r.id << " (" << r.status << ", started " << iso(r.startedAt)
                    << "): " << r.filePath << ", next line " << r.nextLine << ", " << r.counts[0]
                    << " new so far. Resume: import leads --resume " << r.id << '\n';
            }
        }
        if (json)
            out << QJsonDocument(rows).toJson(QJsonDocument::Compact) << '\n';
        else if (runs->empty())
            out << "No import is waiting to be resumed.\n";
        return Ok;
    }

    int importLeads()
    {
        if (a.positional.value(0) == QLatin1String("runs") && a.positional.size() == 1)
            return importRuns();
        allowOnly(a,
            {QStringLiteral("map"), QStringLiteral("on-duplicate"), QStringLiteral("region"),
                QStringLiteral("resume")});
        const bool resume = a.options.contains(QStringLiteral("resume"));
        if (a.positional.value(0) != QLatin1String("leads")
            || a.positional.size() != (resume ? 1 : 2))
            throw UsageError {QStringLiteral("usage: import leads FILE.csv [--map FILE.json] "
                                             "[--on-duplicate skip|update|merge] [--region CC], "
                                             "or import leads --resume RUNID")};
        ImportOptions options;
        if (a.options.contains(QStringLiteral("on-duplicate"))) {
            const auto policy
                = duplicatePolicyFromKey(a.options.value(QStringLiteral("on-duplicate")));
            if (!policy)
                throw UsageError {
                    QStringLiteral("--on-duplicate: use skip, update or merge, not '%1'")
                        .arg(a.options.value(QStringLiteral("on-duplicate")))};
            options.duplicates = *policy;
        }
        if (a.options.contains(QStringLiteral("region"))) {
            options.region = a.options.value(QStringLiteral("region")).toUpper();
            if (options.region.size() != 2)
                throw UsageError {
                    QStringLiteral("--region: a two-letter country code such as DE, not '%1'")
                        .arg(a.options.value(QStringLiteral("region")))};
        }
        if (resume)
            options.resumeRunId
                = number(a, QStringLiteral("resume"), 0, 1, std::numeric_limits<qint64>::max());
        if (!open())
            return Failed;
        if (a.options.contains(QStringLiteral("map"))) {
            const QString mapPath = a.options.value(QStringLiteral("map"));
            if (!QFileInfo::exists(mapPath)
                && !mapPath.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
                // Not a file: a mapping saved in the import wizard.
                auto saved = SavedMappings(*m_db).load(mapPath);
                if (!saved)
                    return fail(Error::invalid(saved.error().message, QStringLiteral("--map")));
                options.mapping = saved.value();
            } else {
                QFile mapFile(mapPath);
                if (!mapFile.open(QIODevice::ReadOnly))
                    return fail(Error::invalid(
                        QStringLiteral("cannot read %1: %2").arg(mapPath, mapFile.errorString()),
                        QStringLiteral("--map")));
                QJsonParseError parseError;
                const QJsonDocument doc = QJsonDocument::fromJson(mapFile.readAll(), &parseError);
                if (!doc.isObject())
                    return fail(Error::invalid(QStringLiteral("%1 is not a JSON mapping: %2")
                                                   .arg(mapPath, parseError.errorString()),
                        QStringLiteral("--map")));
                auto mapping = ImportMapping::fromJson(doc.object());
                if (!mapping)
                    return fail(Error::invalid(
                        QStringLiteral("%1: %2").arg(mapPath, mapping.error().message),
                        QStringLiteral("--map")));
                options.mapping = mapping.value();
            }
        }
        const auto user = actor();
        if (!user)
            return Failed;
        const LeadImporter &importer = m_services->leadImporter();
        auto r = resume ? importer.resume(*user, options.resumeRunId)
                        : importer.run(*user, a.positional[1], options);
        if (!r)
            return fail(r.error());
        const ImportSummary &s = r.value();
        if (json) {
            out << QJsonDocument(
                QJsonObject {{QStringLiteral("run"), s.runId}, {QStringLiteral("new"), s.newLeads},
                    {QStringLiteral("updated"), s.updated}, {QStringLiteral("merged"), s.merged},
                    {QStringLiteral("skipped"), s.skipped},
                    {QStringLiteral("rejected"), s.rejected}, {QStringLiteral("routed"), s.routed},
                    {QStringLiteral("lastLine"), s.lastLine},
                    {QStringLiteral("rejectedFile"), s.rejectedFile},
                    {QStringLiteral("scored"), s.scored}, {QStringLiteral("promoted"), s.promoted}})
                       .toJson(QJsonDocument::Compact)
                << '\n';
        } else {
            out << "Import run " << s.runId << ": " << s.newLeads << " new, " << s.updated
                << " updated, " << s.merged << " merged, " << s.skipped << " skipped, "
                << s.rejected << " rejected (up to line " << s.lastLine << ").\n";
            if (s.scored > 0)
                out << "Scored " << s.scored << " leads; " << s.promoted
                    << " promoted to MQL by their score.\n";
            if (s.routed > 0)
                out << "Routed " << s.routed << " new leads to reps.\n";
            if (!s.rejectedFile.isEmpty())
                out << "Rejected rows with line numbers and reasons: " << s.rejectedFile << '\n';
        }
        return Ok;
    }

    int users()
    {
        const QString sub = a.positional.value(0);
        if (sub == QLatin1String("add") || sub == QLatin1String("set"))
            return usersChange(sub == QLatin1String("add"));
        allowOnly(a, {});
        if (!a.positional.isEmpty())
            throw UsageError {QStringLiteral("'users' takes 'add' or 'set', not '%1'").arg(sub)};
        if (!open())
            return Failed;
        auto all = UserRepository(*m_db).all();
        if (!all)
            return fail(all.error());
        QJsonArray rows;
        for (const User &u : all.value()) {
            if (json) {
                rows.append(
                    QJsonObject {{QStringLiteral("id"), u.id}, {QStringLiteral("login"), u.login},
                        {QStringLiteral("name"), u.name}, {QStringLiteral("role"), roleKey(u.role)},
                        {QStringLiteral("team"), u.teamName}, {QStringLiteral("active"), u.active},
                        {QStringLiteral("languages"), QJsonArray::fromStringList(u.languages)},
                        {QStringLiteral("capacityOpen"), u.capacityOpen},
                        {QStringLiteral("capacityDaily"), u.capacityDaily},
                        {QStringLiteral("absentFrom"), u.absentFrom.toString(Qt::ISODate)},
                        {QStringLiteral("absentTo"), u.absentTo.toString(Qt::ISODate)},
                        {QStringLiteral("weight"), u.weight}});
            } else {
                QString extra;
                if (u.capacityOpen || u.capacityDaily)
                    extra += QStringLiteral(" capacity %1/%2")
                                 .arg(u.capacityOpen)
                                 .arg(u.capacityDaily);
                if (u.absentFrom.isValid() || u.absentTo.isValid())
                    extra += QStringLiteral(" absent %1..%2")
                                 .arg(u.absentFrom.toString(Qt::ISODate),
                                     u.absentTo.toString(Qt::ISODate));
                if (!u.languages.isEmpty())
                    extra += QStringLiteral(" languages ") + u.languages.join(QLatin1Char(','));
                if (!u.active)
                    extra += QStringLiteral(" (inactive)");
                out << pad(u.login, 12) << ' ' << pad(u.name, 22) << ' ' << pad(roleKey(u.role), 18)
                    << ' ' << pad(u.teamName, 20) << extra << '\n';
            }
        }
        if (json)
            out << QJsonDocument(rows).toJson(QJsonDocument::Indented);
        return Ok;
    }

    // ---- Teams and routing (issue 5) --------------------------------------------------------

    std::optional<qint64> teamByName(const QString &name)
    {
        auto teams = UserRepository(*m_db).teams();
        if (!teams) {
            fail(teams.error());
            return std::nullopt;
        }
        if (const Team *team = findByName(teams.value(), name))
            return team->id;
        QStringList known;
        for (const Team &t : teams.value())
            known << t.name;
        fail(Error::invalid(QStringLiteral("there is no team '%1' (teams: %2)")
                                .arg(name, known.join(QLatin1String(", "))),
            QStringLiteral("--team")));
        return std::nullopt;
    }

    int usersChange(bool add)
    {
        allowOnly(a,
            {QStringLiteral("name"), QStringLiteral("role"), QStringLiteral("team"),
                QStringLiteral("languages"), QStringLiteral("territories"),
                QStringLiteral("capacity-open"), QStringLiteral("capacity-daily"),
                QStringLiteral("absent-from"), QStringLiteral("absent-to"),
                QStringLiteral("weight"), QStringLiteral("active")});
        if (a.positional.size() != 2)
            throw UsageError {QStringLiteral("usage: users %1 LOGIN [options]")
                                  .arg(add ? QStringLiteral("add") : QStringLiteral("set"))};
        if (add && !a.options.contains(QStringLiteral("role")))
            throw UsageError {QStringLiteral(
                "'users add' needs --role (rep, senior_rep, team_lead, marketing_manager, admin)")};
        if (!open())
            return Failed;
        const auto me = actor();
        if (!me)
            return Failed;
        UserRepository people(*m_db);
        User u;
        if (add) {
            u.login = a.positional[1];
        } else {
            auto existing = people.byLogin(a.positional[1]);
            if (!existing)
                return fail(existing.error());
            u = existing.value();
        }
        if (a.options.contains(QStringLiteral("name")))
            u.name = a.options.value(QStringLiteral("name"));
        if (a.options.contains(QStringLiteral("role"))) {
            const auto role = roleFromKey(a.options.value(QStringLiteral("role")));
            if (!role)
                throw UsageError {
                    QStringLiteral("--role: '%1' is not a role (rep, senior_rep, team_lead, "
                                   "marketing_manager, admin)")
                        .arg(a.options.value(QStringLiteral("role")))};
            u.role = *role;
        }
        if (a.options.contains(QStringLiteral("team"))) {
            const QString team = a.options.value(QStringLiteral("team"));
            if (team == QLatin1String("none")) {
                u.teamId.reset();
            } else {
                const auto id = teamByName(team);
                if (!id)
                    return Failed;
                u.teamId = id;
            }
        }
        if (a.options.contains(QStringLiteral("active")))
            u.active = number(a, QStringLiteral("active"), 1, 0, 1) == 1;
        if (a.options.contains(QStringLiteral("languages")))
            u.languages = splitList(a.options.value(QStringLiteral("languages")));
        if (a.options.contains(QStringLiteral("territories"))) {
            auto all = people.territories();
            if (!all)
                return fail(all.error());
            u.territoryIds.clear();
            for (const QString &name : splitList(a.options.value(QStringLiteral("territories")))) {
                const Territory *t = findByName(all.value(), name);
                if (!t)
                    return fail(
                        Error::invalid(QStringLiteral("there is no territory '%1'").arg(name),
                            QStringLiteral("--territories")));
                u.territoryIds.push_back(t->id);
            }
        }
        u.capacityOpen
            = int(number(a, QStringLiteral("capacity-open"), u.capacityOpen, 0, 1'000'000));
        u.capacityDaily
            = int(number(a, QStringLiteral("capacity-daily"), u.capacityDaily, 0, 1'000'000));
        u.weight = int(number(a, QStringLiteral("weight"), u.weight, 0, 100));
        for (const auto &[option, date] : {std::pair {QStringLiteral("absent-from"), &u.absentFrom},
                 std::pair {QStringLiteral("absent-to"), &u.absentTo}}) {
            if (a.options.value(option) == QLatin1String("none"))
                *date = QDate();
            else if (a.options.contains(option))
                *date = dateOption(option);
        }
        const Directory &directory = m_services->directory();
        auto saved = add ? directory.addUser(*me, u) : directory.updateUser(*me, u);
        if (!saved)
            return fail(saved.error());
        out << (add ? "Added " : "Saved ") << saved->login << " (" << roleKey(saved->role)
            << ").\n";
        return Ok;
    }

    int teams()
    {
        allowOnly(a, {QStringLiteral("name")});
        const QString sub = a.positional.value(0);
        if (!open())
            return Failed;
        if (sub.isEmpty()) {
            auto teams = UserRepository(*m_db).teams();
            if (!teams)
                return fail(teams.error());
            for (const Team &t : teams.value())
                out << t.name << '\n';
            return Ok;
        }
        if (a.positional.size() != 2
            || (sub != QLatin1String("add") && sub != QLatin1String("rename")))
            throw UsageError {QStringLiteral("usage: teams [add NAME | rename NAME --name NEW]")};
        const auto me = actor();
        if (!me)
            return Failed;
        const Directory &directory = m_services->directory();
        if (sub == QLatin1String("add")) {
            auto team = directory.addTeam(*me, a.positional[1]);
            if (!team)
                return fail(team.error());
            out << "Added team " << team->name << ".\n";
            return Ok;
        }
        const auto id = teamByName(a.positional[1]);
        if (!id)
            return Failed;
        if (auto r = directory.renameTeam(*me, *id, a.options.value(QStringLiteral("name"))); !r)
            return fail(r.error());
        out << "Renamed team " << a.positional[1] << " to "
            << a.options.value(QStringLiteral("name")) << ".\n";
        return Ok;
    }

    int territories()
    {
        allowOnly(a, {QStringLiteral("countries"), QStringLiteral("postcodes")});
        const QString sub = a.positional.value(0);
        if (!open())
            return Failed;
        auto all = UserRepository(*m_db).territories();
        if (!all)
            return fail(all.error());
        if (sub.isEmpty()) {
            for (const Territory &t : all.value())
                out << pad(t.name, 20) << ' ' << t.countries.join(QLatin1Char(',')) << ' '
                    << t.postcodePrefixes.join(QLatin1Char(',')) << '\n';
            return Ok;
        }
        if (a.positional.size() != 2
            || (sub != QLatin1String("add") && sub != QLatin1String("set")))
            throw UsageError {QStringLiteral(
                "usage: territories [add|set NAME --countries DE,AT [--postcodes 8,9]]")};
        const auto me = actor();
        if (!me)
            return Failed;
        Territory t;
        t.name = a.positional[1];
        if (sub == QLatin1String("set")) {
            const Territory *it = findByName(all.value(), t.name);
            if (!it)
                return fail(
                    Error::notFound(QStringLiteral("there is no territory '%1'").arg(t.name)));
            t = *it;
        }
        if (a.options.contains(QStringLiteral("countries")))
            t.countries = splitList(a.options.value(QStringLiteral("countries")));
        if (a.options.contains(QStringLiteral("postcodes")))
            t.postcodePrefixes = splitList(a.options.value(QStringLiteral("postcodes")));
        auto saved = m_services->directory().saveTerritory(*me, t);
        if (!saved)
            return fail(saved.error());
        out << "Saved territory " << saved->name << ".\n";
        return Ok;
    }

    int rules()
    {
        allowOnly(a, {});
        const QString sub = a.positional.value(0);
        if (!open())
            return Failed;
        const RoutingRules &rules = m_services->routingRules();
        if (sub == QLatin1String("list") || sub.isEmpty()) {
            auto exported = rules.exportJson();
            if (!exported)
                return fail(exported.error());
            if (json) {
                out << QJsonDocument(exported.value()).toJson(QJsonDocument::Indented);
                return Ok;
            }
            int n = 0;
            for (const QJsonValue &v : exported.value()) {
                const QJsonObject o = v.toObject();
                QJsonObject conditions = o;
                for (const char *k :
                    {"name", "active", "method", "hotToSenior", "targetUser", "targetTeam"})
                    conditions.remove(QLatin1String(k));
                for (auto it = conditions.begin(); it != conditions.end();) {
                    if (it.value().isArray() && it.value().toArray().isEmpty())
                        it = conditions.erase(it);
                    else
                        ++it;
                }
                const QString target = o.contains(QStringLiteral("targetUser"))
                    ? o.value(QStringLiteral("targetUser")).toString()
                    : QStringLiteral("team %1 by %2")
                          .arg(o.value(QStringLiteral("targetTeam")).toString(),
                              o.value(QStringLiteral("method")).toString());
                out << ++n << ". " << o.value(QStringLiteral("name")).toString()
                    << (o.value(QStringLiteral("active")).toBool() ? "" : " (inactive)") << " -> "
                    << target
                    << (o.value(QStringLiteral("hotToSenior")).toBool()
                               ? ", hot leads to senior reps"
                               : "")
                    << "  when "
                    << (conditions.isEmpty()
                               ? QStringLiteral("any lead")
                               : QString::fromUtf8(
                                   QJsonDocument(conditions).toJson(QJsonDocument::Compact)))
                    << '\n';
            }
            return Ok;
        }
        if (a.positional.size() != 2
            || (sub != QLatin1String("export") && sub != QLatin1String("import")))
            throw UsageError {QStringLiteral(
                "usage: rules list | rules export FILE.json | rules import FILE.json")};
        QFile file(a.positional[1]);
        if (sub == QLatin1String("export")) {
            auto exported = rules.exportJson();
            if (!exported)
                return fail(exported.error());
            if (!file.open(QIODevice::WriteOnly)
                || file.write(QJsonDocument(exported.value()).toJson()) < 0)
                return fail(Error::storage(QStringLiteral("cannot write %1: %2")
                                               .arg(file.fileName(), file.errorString())));
            out << "Exported " << exported->size() << " rules to " << file.fileName() << ".\n";
            return Ok;
        }
        const auto me = actor();
        if (!me)
            return Failed;
        if (!file.open(QIODevice::ReadOnly))
            return fail(Error::invalid(
                QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString()),
                QStringLiteral("file")));
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
        if (!doc.isArray())
            return fail(Error::invalid(QStringLiteral("%1 is not a JSON array of rules: %2")
                                           .arg(file.fileName(), parseError.errorString()),
                QStringLiteral("file")));
        auto imported = rules.importJson(*me, doc.array());
        if (!imported)
            return fail(imported.error());
        out << "Imported " << imported.value() << " rules.\n";
        return Ok;
    }

    int route()
    {
        allowOnly(a, {QStringLiteral("dry-run")});
        if (!a.positional.isEmpty())
            throw UsageError {
                QStringLiteral("'route' takes no arguments; it routes all unassigned leads")};
        if (!open())
            return Failed;
        const auto me = actor();
        if (!me)
            return Failed;
        const bool dryRun = a.options.contains(QStringLiteral("dry-run"));
        const RoutingService &routing = m_services->routing();
        auto run = dryRun ? routing.preview(*me) : routing.apply(*me);
        if (!run)
            return fail(run.error());
        const RoutingRun &r = run.value();
        auto login = [&r](std::optional<qint64> id) {
            const User *u = id ? r.user(*id) : nullptr;
            return u ? u->login : QString();
        };
        if (json) {
            QJsonObject perRep;
            for (const auto &[id, n] : r.outcome.perRep)
                perRep.insert(login(id), n);
            QJsonArray leads;
            for (const RoutingDecision &d : r.outcome.decisions) {
                QJsonObject o {{QStringLiteral("lead"), d.leadId},
                    {QStringLiteral("owner"),
                        d.userId ? QJsonValue(login(d.userId)) : QJsonValue()},
                    {QStringLiteral("rule"),
                        d.ruleId ? QJsonValue(r.ruleName(d.ruleId)) : QJsonValue()}};
                if (!d.userId) {
                    o.insert(QStringLiteral("reason"), d.reason);
                    o.insert(QStringLiteral("why"), r.reasonText(d));
                }
                leads.append(o);
            }
            out << QJsonDocument(
                QJsonObject {{QStringLiteral("dryRun"), dryRun},
                    {QStringLiteral("assigned"), r.outcome.assigned},
                    {QStringLiteral("unassigned"), r.outcome.unassigned},
                    {QStringLiteral("perRep"), perRep}, {QStringLiteral("leads"), leads}})
                       .toJson(QJsonDocument::Indented);
            return Ok;
        }
        out << (dryRun ? "Would assign " : "Assigned ") << r.outcome.assigned << " of "
            << r.outcome.decisions.size() << " unassigned leads; " << r.outcome.unassigned
            << " stay unassigned.\n\nPer rep:\n";
        for (const auto &[id, n] : r.outcome.perRep)
            out << "  " << pad(login(id), 14) << ' ' << n << '\n';
        out << "\nPer lead:\n";
        for (const RoutingDecision &d : r.outcome.decisions) {
            out << "  " << pad(QString::number(d.leadId), 8) << ' ';
            if (d.userId)
                out << "-> " << pad(login(d.userId), 14) << " rule '" << r.ruleName(d.ruleId)
                    << "'\n";
            else
                out << "unassigned: " << r.reasonText(d) << '\n';
        }
        return Ok;
    }

    int reassign()
    {
        allowOnly(a, {QStringLiteral("to"), QStringLiteral("reason")});
        if (a.positional.isEmpty() || !a.options.contains(QStringLiteral("to")))
            throw UsageError {QStringLiteral("usage: reassign ID... --to LOGIN --reason R")};
        std::vector<qint64> ids;
        for (const QString &p : std::as_const(a.positional))
            ids.push_back(leadId(p));
        if (!open())
            return Failed;
        const auto me = actor();
        if (!me)
            return Failed;
        auto target = UserRepository(*m_db).byLogin(a.options.value(QStringLiteral("to")));
        if (!target)
            return fail(Error::invalid(target.error().message, QStringLiteral("--to")));
        auto moved = m_services->routing().reassign(
            *me, ids, target->id, a.options.value(QStringLiteral("reason")));
        if (!moved)
            return fail(moved.error());
        if (json)
            out << QJsonDocument(QJsonObject {{QStringLiteral("reassigned"), moved.value()},
                                     {QStringLiteral("to"), target->login}})
                       .toJson(QJsonDocument::Compact)
                << '\n';
        else
            out << "Reassigned " << moved.value() << " leads to " << target->login << ".\n";
        return Ok;
    }

    int audit()
    {
        allowOnly(a,
            {QStringLiteral("entity"), QStringLiteral("lead"), QStringLiteral("user"),
                QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("limit"),
                QStringLiteral("offset")});
        AuditFilter filter;
        filter.entity = a.options.value(QStringLiteral("entity"));
        if (a.options.contains(QStringLiteral("lead"))) {
            filter.entity = QStringLiteral("lead");
            filter.entityId = leadId(a.options.value(QStringLiteral("lead")));
        }
        if (const QDate from = dateOption(QStringLiteral("from")); from.isValid())
            filter.from = QDateTime(from, QTime(0, 0), Qt::UTC);
        if (const QDate to = dateOption(QStringLiteral("to")); to.isValid())
            filter.to = QDateTime(to.addDays(1), QTime(0, 0), Qt::UTC);
        const int limit = int(number(a, QStringLiteral("limit"), 100, 1, 100000));
        const qint64 offset
            = number(a, QStringLiteral("offset"), 0, 0, std::numeric_limits<qint64>::max());
        if (!open())
            return Failed;
        if (a.options.contains(QStringLiteral("user"))) {
            auto u = UserRepository(*m_db).byLogin(a.options.value(QStringLiteral("user")));
            if (!u)
                return fail(Error::invalid(u.error().message, QStringLiteral("--user")));
            filter.actorId = u->id;
        }
        const AuditLog log = m_services->audit();
        auto total = log.count(filter);
        auto page = log.page(filter, offset, limit);
        if (!total || !page)
            return fail(total ? page.error() : total.error());
        QJsonArray rows;
        for (const AuditEntry &e : page.value()) {
            if (json) {
                rows.append(QJsonObject {{QStringLiteral("id"), e.id},
                    {QStringLiteral("at"), iso(e.at)}, {QStringLiteral("actor"), e.actorName},
                    {QStringLiteral("entity"), e.entity},
                    {QStringLiteral("entityId"),
                        e.entityId ? QJsonValue(*e.entityId) : QJsonValue()},
                    {QStringLiteral("field"), e.field}, {QStringLiteral("old"), e.oldValue},
                    {QStringLiteral("new"), e.newValue}, {QStringLiteral("reason"), e.reason}});
            } else {
                out << iso(e.at) << ' ' << pad(e.actorName, 16) << ' ' << e.entity << ' '
                    << (e.entityId ? QString::number(*e.entityId) : QString()) << ' ' << e.field
                    << ": '" << e.oldValue << "' -> '" << e.newValue << '\'';
                if (!e.reason.isEmpty())
                    out << " (" << e.reason << ')';
                out << '\n';
            }
        }
        if (json)
            out << QJsonDocument(QJsonObject {{QStringLiteral("total"), total.value()},
                                     {QStringLiteral("entries"), rows}})
                       .toJson(QJsonDocument::Indented);
        return Ok;
    }

    int inbox()
    {
        allowOnly(a, {QStringLiteral("all"), QStringLiteral("mark-read")});
        if (!open())
            return Failed;
        const auto me = actor();
        if (!me)
            return Failed;
        const Inbox box = m_services->inbox();
        auto items = box.items(me->id, !a.options.contains(QStringLiteral("all")), 200);
        if (!items)
            return fail(items.error());
        QJsonArray rows;
        for (const InboxItem &i : items.value()) {
            if (json)
                rows.append(
                    QJsonObject {{QStringLiteral("id"), i.id}, {QStringLiteral("at"), iso(i.at)},
                        {QStringLiteral("kind"), inboxKindKey(i.kind)},
                        {QStringLiteral("lead"), i.leadId ? QJsonValue(*i.leadId) : QJsonValue()},
                        {QStringLiteral("text"), i.text()},
                        {QStringLiteral("read"), i.readAt.isValid()}});
            else
                out << iso(i.at) << (i.readAt.isValid() ? "   " : " * ") << i.text() << '\n';
        }
        if (json)
            out << QJsonDocument(rows).toJson(QJsonDocument::Indented);
        else if (items->empty())
            out << "No notifications.\n";
        if (a.options.contains(QStringLiteral("mark-read"))) {
            if (auto r = box.markRead(me->id, std::nullopt, m_clock.now()); !r)
                return fail(r.error());
        }
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
            filter.teamId = teamByName(a.options.value(QStringLiteral("team")));
            if (!filter.teamId)
                return Failed;
        }
        if (a.options.contains(QStringLiteral("owner"))) {
            auto u = UserRepository(*m_db).byLogin(a.options.value(QStringLiteral("owner")));
            if (!u)
                return fail(Error::invalid(u.error().message, QStringLiteral("--owner")));
            filter.ownerId = u->id;
        }

        const ReportService &service = m_services->reports();
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

    // --- Lead scoring (issue 3) ---------------------------------------------------------

    // Progress of a recompute on stderr, in tenths, for big databases.
    ScoringService::Progress progressPrinter()
    {
        auto lastShown = std::make_shared<qint64>(0);
        return [this, lastShown](qint64 done, qint64 total) {
            if (total >= 200000 && done - *lastShown >= total / 10) {
                *lastShown = done;
                err << "  " << (100 * done / total) << "%\n";
                err.flush();
            }
            return true;
        };
    }

    int printRecompute(const Result<RecomputeSummary> &r)
    {
        if (!r)
            return fail(r.error());
        if (json) {
            out << QJsonDocument(QJsonObject {{QStringLiteral("version"), r->version},
                                     {QStringLiteral("leads"), r->leads},
                                     {QStringLiteral("scoresChanged"), r->scoresChanged},
                                     {QStringLiteral("promoted"), r->promoted}})
                       .toJson(QJsonDocument::Compact)
                << '\n';
        } else {
            out << "Scored " << r->leads << " leads with scoring model version " << r->version
                << ": " << r->scoresChanged << " scores changed, " << r->promoted
                << " leads promoted to MQL.\n";
        }
        return Ok;
    }

    Result<ScoringModel> modelFile(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return Error::invalid(QStringLiteral("cannot read %1: %2").arg(path, f.errorString()),
                QStringLiteral("file"));
        auto m = ScoringModel::fromJsonBytes(f.readAll());
        if (!m)
            return Error::invalid(
                QStringLiteral("%1: %2").arg(path, m.error().message), m.error().field);
        return m;
    }

    int score()
    {
        const QString sub = a.positional.value(0);
        if (sub == QLatin1String("recompute"))
            return scoreRecompute();
        if (sub == QLatin1String("explain"))
            return scoreExplain();
        if (sub == QLatin1String("preview"))
            return scorePreview();
        if (sub == QLatin1String("model"))
            return scoreModel();
        throw UsageError {QStringLiteral("'score' needs recompute, explain, preview or model")};
    }

    int scoreRecompute()
    {
        allowOnly(a, {});
        if (a.positional.size() != 1)
            throw UsageError {QStringLiteral("usage: score recompute")};
        if (!open())
            return Failed;
        const auto user = actor();
        if (!user)
            return Failed;
        return printRecompute(m_services->scoring().recompute(*user, progressPrinter()));
    }

    int scoreExplain()
    {
        allowOnly(a, {});
        if (a.positional.size() != 2)
            throw UsageError {QStringLiteral("usage: score explain ID")};
        const qint64 id = leadId(a.positional[1]);
        if (!open())
            return Failed;
        auto x = m_services->scoring().explain(id);
        if (!x)
            return fail(x.error());
        const Explanation &e = x->explanation;
        static const char *const kinds[]
            = {"jobTitle", "industry", "companySize", "country", "attribute", "activity", "capped"};
        if (json) {
            QJsonArray rows;
            for (const Contribution &c : e.contributions) {
                QJsonObject o {{QStringLiteral("kind"), QLatin1String(kinds[int(c.kind)])},
                    {QStringLiteral("label"), c.label}, {QStringLiteral("detail"), c.detail},
                    {QStringLiteral("points"), c.tenths / 10.0},
                    {QStringLiteral("basePoints"), c.basePoints},
                    {QStringLiteral("exactPoints"), c.points},
                    {QStringLiteral("text"), describeContribution(c)}};
                if (c.at.isValid()) {
                    o.insert(QStringLiteral("at"), iso(c.at));
                    o.insert(QStringLiteral("ageDays"), c.ageDays);
                    o.insert(QStringLiteral("decay"), c.decay);
                }
                rows.append(o);
            }
            out << QJsonDocument(
                QJsonObject {{QStringLiteral("leadId"), id}, {QStringLiteral("score"), e.score},
                    {QStringLiteral("band"), scoreBandKey(e.band)},
                    {QStringLiteral("weekAgo"), x->weekAgo},
                    {QStringLiteral("modelVersion"), x->modelVersion},
                    {QStringLiteral("computedAt"), iso(e.at)},
                    {QStringLiteral("scored"), x->scored}, {QStringLiteral("stale"), x->stale},
                    {QStringLiteral("storedScore"), x->storedScore},
                    {QStringLiteral("contributions"), rows},
                    {QStringLiteral("rounding"), e.roundingTenths / 10.0}})
                       .toJson(QJsonDocument::Indented);
            return Ok;
        }
        out << "Lead " << id << ": score " << e.score << " (" << scoreBandKey(e.band)
            << "), scoring model version " << x->modelVersion << ", computed "
            << e.at.toString(QStringLiteral("yyyy-MM-dd HH:mm")) << " UTC\n";
        if (!x->scored)
            out << "Not scored yet: this is the score the active model gives now.\n";
        if (x->stale)
            out << "The stored score is " << x->storedScore
                << "; the lead's data changed since it was computed (run 'score recompute').\n";
        for (const Contribution &c : e.contributions)
            out << formatTenths(c.tenths).rightJustified(7) << "  " << describeContribution(c)
                << '\n';
        if (e.roundingTenths != 0)
            out << formatTenths(e.roundingTenths).rightJustified(7)
                << "  rounding to a whole score\n";
        out << QString::number(e.score).rightJustified(7) << "  score\n";
        return Ok;
    }

    int scorePreview()
    {
        allowOnly(a, {});
        if (a.positional.size() != 2)
            throw UsageError {QStringLiteral("usage: score preview FILE.json")};
        auto m = modelFile(a.positional[1]);
        if (!m)
            return fail(m.error());
        if (!open())
            return Failed;
        auto p = m_services->scoring().preview(m.value());
        if (!p)
            return fail(p.error());
        if (json) {
            out << QJsonDocument(
                QJsonObject {{QStringLiteral("leads"), p->leads},
                    {QStringLiteral("promoted"), p->promoted},
                    {QStringLiteral("bandChanges"), p->bandChanges},
                    {QStringLiteral("scoreChanges"), p->scoreChanges},
                    {QStringLiteral("cold"), p->bands[0]}, {QStringLiteral("warm"), p->bands[1]},
                    {QStringLiteral("hot"), p->bands[2]}})
                       .toJson(QJsonDocument::Compact)
                << '\n';
        } else {
            out << "Under this model " << p->promoted << " leads would be promoted to MQL, "
                << p->bandChanges << " would change band and " << p->scoreChanges
                << " would change score (of " << p->leads << "). Bands: " << p->bands[0]
                << " cold, " << p->bands[1] << " warm, " << p->bands[2] << " hot.\n";
        }
        return Ok;
    }

    int scoreModel()
    {
        const QString sub = a.positional.value(1);
        allowOnly(a, {QStringLiteral("version"), QStringLiteral("note")});
        auto arguments = [this](int n, const char *usage) {
            if (a.positional.size() != n)
                throw UsageError {
                    QStringLiteral("usage: score model %1").arg(QLatin1String(usage))};
        };
        if (sub == QLatin1String("validate")) {
            arguments(3, "validate FILE.json");
            auto m = modelFile(a.positional[2]);
            if (!m)
                return fail(m.error());
            out << a.positional[2] << ": a valid scoring model with " << m->activities.size()
                << " activity types.\n";
            return Ok;
        }
        if (!open())
            return Failed;
        const ScoringService &scoring = m_services->scoring();
        if (sub == QLatin1String("show")) {
            arguments(2, "show [--version N]");
            if (a.options.contains(QStringLiteral("version"))) {
                auto m = scoring.model(int(number(a, QStringLiteral("version"), 0, 1, 1'000'000)));
                if (!m)
                    return fail(m.error());
                out << m->toJsonBytes();
            } else {
                auto m = scoring.activeModel();
                if (!m)
                    return fail(m.error());
                out << m->model.toJsonBytes();
            }
            return Ok;
        }
        if (sub == QLatin1String("versions")) {
            arguments(2, "versions");
            auto all = scoring.versions();
            if (!all)
                return fail(all.error());
            QJsonArray rows;
            for (const StoredModel &v : all.value()) {
                if (json) {
                    rows.append(QJsonObject {{QStringLiteral("version"), v.version},
                        {QStringLiteral("active"), v.active},
                        {QStringLiteral("createdAt"), iso(v.createdAt)},
                        {QStringLiteral("createdBy"), v.createdByName},
                        {QStringLiteral("note"), v.note}});
                } else {
                    out << pad(QString::number(v.version), 4) << ' '
                        << (v.active ? "active " : "       ")
                        << v.createdAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")) << "  "
                        << pad(v.createdByName.isEmpty() ? QStringLiteral("-") : v.createdByName,
                               18)
                        << ' ' << v.note << '\n';
                }
            }
            if (json)
                out << QJsonDocument(rows).toJson(QJsonDocument::Indented);
            else if (all->empty())
                out << "No saved versions yet; the default model is in use.\n";
            return Ok;
        }
        if (sub == QLatin1String("save")) {
            arguments(3, "save FILE.json [--note TEXT]");
            auto m = modelFile(a.positional[2]);
            if (!m)
                return fail(m.error());
            const auto user = actor();
            if (!user)
                return Failed;
            return printRecompute(scoring.saveModel(
                *user, m.value(), a.options.value(QStringLiteral("note")), progressPrinter()));
        }
        if (sub == QLatin1String("restore")) {
            arguments(3, "restore N");
            bool ok = false;
            const int version = a.positional[2].toInt(&ok);
            if (!ok || version <= 0)
                throw UsageError {QStringLiteral("'%1' is not a model version (a positive number)")
                                      .arg(a.positional[2])};
            const auto user = actor();
            if (!user)
                return Failed;
            return printRecompute(scoring.restore(*user, version, progressPrinter()));
        }
        throw UsageError {
            QStringLiteral("'score model' needs show, validate, save, versions or restore")};
    }

    int importActivities()
    {
        allowOnly(a, {});
        if (a.positional.size() != 2)
            throw UsageError {QStringLiteral("usage: import activities FILE.csv")};
        if (!open())
            return Failed;
        const auto user = actor();
        if (!user)
            return Failed;
        auto r = m_services->activityImporter().run(*user, a.positional[1]);
        if (!r)
            return fail(r.error());
        if (json) {
            QJsonArray issues;
            for (const ActivityImportIssue &i : r->issues)
                issues.append(QJsonObject {{QStringLiteral("line"), i.line},
                    {QStringLiteral("field"), i.field}, {QStringLiteral("reason"), i.reason}});
            out << QJsonDocument(
                QJsonObject {{QStringLiteral("rows"), r->rows},
                    {QStringLiteral("imported"), r->imported},
                    {QStringLiteral("rejected"), qint64(r->issues.size())},
                    {QStringLiteral("leadsRescored"), r->leads},
                    {QStringLiteral("promoted"), r->promoted}, {QStringLiteral("issues"), issues}})
                       .toJson(QJsonDocument::Indented);
            return Ok;
        }
        for (const ActivityImportIssue &i : r->issues)
            out << "line " << i.line << ", " << i.field << ": " << i.reason << '\n';
        out << "Imported " << r->imported << " of " << r->rows << " activities ("
            << r->issues.size() << " lines rejected); rescored " << r->leads << " leads, "
            << r->promoted << " promoted to MQL.\n";
        return Ok;
    }

    // qualify ID --answers FILE.json | --show: the call screen's questionnaire from a file.
    int qualify()
    {
        allowOnly(a, {QStringLiteral("answers"), QStringLiteral("show")});
        if (a.positional.size() != 1)
            throw UsageError {QStringLiteral(
                "'qualify' needs one lead id: qualify ID --answers FILE.json | --show")};
        const qint64 id = leadId(a.positional[0]);
        const bool record = a.options.contains(QStringLiteral("answers"));
        if (record == a.options.contains(QStringLiteral("show")))
            throw UsageError {
                QStringLiteral("'qualify' needs either --answers FILE.json or --show")};
        QList<QPair<QString, QString>> answers;
        if (record) {
            const QString path = a.options.value(QStringLiteral("answers"));
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return fail(Error::invalid(
                    QStringLiteral("cannot read %1: %2").arg(path, file.errorString()),
                    QStringLiteral("--answers")));
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
            if (!doc.isObject())
                return fail(Error::invalid(
                    QStringLiteral("%1 is not a JSON object of answers keyed by question: %2")
                        .arg(path, parseError.errorString()),
                    QStringLiteral("--answers")));
            const QJsonObject o = doc.object();
            for (auto it = o.begin(); it != o.end(); ++it) {
                const QJsonValue v = it.value();
                if (v.isString())
                    answers.append({it.key(), v.toString()});
                else if (v.isDouble())
                    answers.append({it.key(), QString::number(v.toDouble(), 'g', 15)});
                else
                    return fail(Error::invalid(
                        QStringLiteral("%1: the answer to '%2' must be a text or a number")
                            .arg(path, it.key()),
                        it.key()));
            }
        }
        if (!open())
            return Failed;
        const QualificationService &service = m_services->qualification();
        if (record) {
            const auto user = actor();
            if (!user)
                return Failed;
            if (auto r = service.answerAll(*user, id, answers); !r)
                return fail(r.error());
        }
        auto setup = service.setup();
        if (!setup)
            return fail(setup.error());
        auto q = service.load(id);
        if (!q)
            return fail(q.error());
        printQualification(setup.value(), q.value(), record ? int(answers.size()) : -1);
        return Ok;
    }

    void printQualification(
        const QualificationSetup &setup, const LeadQualification &q, int recorded)
    {
        const Assessment &as = q.assessment;
        const Framework &framework = setup.frameworks.active();
        if (json) {
            QJsonObject criteria, answers;
            for (const FrameworkCriterion &c : framework.criteria)
                criteria.insert(c.key, statusKey(as.criteria.value(c.key)));
            for (auto it = q.answers.cbegin(); it != q.answers.cend(); ++it)
                answers.insert(it.key(), it->value);
            QJsonObject o {{QStringLiteral("lead"), q.lead.id}, {QStringLiteral("score"), as.score},
                {QStringLiteral("answered"), as.answered},
                {QStringLiteral("questions"), int(setup.questionnaire.questions.size())},
                {QStringLiteral("stage"), as.stage},
                {QStringLiteral("stageName"), qualificationStageName(as.stage)},
                {QStringLiteral("framework"), framework.key},
                {QStringLiteral("salesReady"), as.verdict.salesReady},
                {QStringLiteral("met"), as.verdict.met},
                {QStringLiteral("verdict"), as.verdict.text()},
                {QStringLiteral("criteria"), criteria},
                {QStringLiteral("nextStep"), as.nextStepText()},
                {QStringLiteral("answers"), answers}};
            if (recorded >= 0)
                o.insert(QStringLiteral("recorded"), recorded);
            out << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
            return;
        }
        if (recorded >= 0)
            out << "Recorded " << recorded << " answers for lead " << q.lead.id << ".\n";
        out << "Lead " << q.lead.id << ": " << q.lead.displayName();
        if (!q.lead.profile.company.isEmpty())
            out << " (" << q.lead.profile.company << ')';
        out << "\nScore:      " << as.score << "/100 (" << as.answered << " of "
            << setup.questionnaire.questions.size() << " questions answered)\n";
        out << "Stage:      " << qualificationStageName(as.stage) << '\n';
        out << "Verdict:    " << framework.name << " (" << framework.ruleText()
            << "): " << as.verdict.text() << '\n';
        QStringList criteria;
        for (const FrameworkCriterion &c : framework.criteria)
            criteria << c.name.text() + QLatin1Char(' ') + statusName(as.criteria.value(c.key))
                    + (as.manual.contains(c.key) ? QStringLiteral(" (set by hand)") : QString());
        out << "Criteria:   " << criteria.join(QLatin1String(", ")) << '\n';
        out << "Next step:  " << as.nextStepText() << '\n';
        if (q.answers.isEmpty())
            return;
        out << "\nAnswers:\n";
        for (const Question &question : setup.questionnaire.questions) {
            const auto found = q.answers.constFind(question.key);
            if (found != q.answers.cend())
                out << "  " << pad(question.key, 16) << ' '
                    << setup.questionnaire.displayValue(question.key, found->value) << '\n';
        }
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
        const LeadService &leads = m_services->leads();
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
        auto status = m_services->slaReports().status(m_clock.now());
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
            const SlaService &service = m_services->sla();
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
        if (auto r = m_services->sla().setMqlTarget(*user, a.positional[1], target); !r)
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
        auto r = m_services->sla().rebuild(*user);
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
        auto r = m_services->sla().escalate();
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
        const SlaReports &reports = m_services->slaReports();
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
    std::unique_ptr<Services> m_services; // every core service, built once when m_db opens
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
