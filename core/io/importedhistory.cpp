#include "io/importedhistory.h"

#include "domain/historyentry.h"
#include "domain/lead.h"
#include "domain/transitions.h"
#include "io/leadimport.h"
#include "people/permissions.h"
#include "sla/slatracker.h"
#include "storage/auditlog.h"
#include "storage/leadrepository.h"
#include "storage/reasonrepository.h"
#include "storage/timelinerepository.h"
#include "storage/userrepository.h"

#include <QLocale>
#include <QSet>

#include <algorithm>

namespace bantam {

namespace {

// How far along the pipeline a stage is: Lead, MQL, SQL, then closed (all alike).
int progress(Stage stage)
{
    return std::min(stageRank(stage), 3);
}

// A code for a reason under the file's text: "Not Interested" -> "not_interested".
QString codeFor(const QString &text)
{
    QString code;
    for (QChar c : text.toLower()) {
        if (c.unicode() < 128 && c.isLetterOrNumber())
            code += c;
        else if (!code.isEmpty() && !code.endsWith(QLatin1Char('_')))
            code += QLatin1Char('_');
    }
    while (code.endsWith(QLatin1Char('_')))
        code.chop(1);
    return code.left(40).isEmpty() ? QStringLiteral("imported") : code.left(40);
}

} // namespace

bool importMoveAllowed(Stage from, Stage to)
{
    if (from == to)
        return true;
    for (const Transition &t : transitionTable()) {
        if (t.from == from && t.to == to)
            return true;
    }
    return isOpenStage(from) && progress(to) > progress(from);
}

QString importReasonKind(std::optional<Stage> from, Stage to)
{
    switch (to) {
    case Stage::Disqualified:
        return QStringLiteral("disqualify");
    case Stage::Lost:
        return QStringLiteral("lost");
    case Stage::Lead:
        if (from == Stage::Mql)
            return QStringLiteral("reject");
        if (from == Stage::Sql)
            return QStringLiteral("recycle");
        return {};
    default:
        return {};
    }
}

Result<void> ImportedHistory::loadUsers()
{
    auto all = UserRepository(m_db).all();
    if (!all)
        return all.error();
    m_users = std::move(all.value());
    m_userKeys.clear();
    auto add = [this](const QString &key, qsizetype index) {
        if (key.isEmpty())
            return;
        const auto it = m_userKeys.constFind(key);
        if (it == m_userKeys.constEnd())
            m_userKeys.insert(key, index);
        else if (*it != index)
            m_userKeys.insert(key, -1); // two users: the text names neither
    };
    for (qsizetype i = 0; i < qsizetype(m_users.size()); ++i) {
        add(foldImportHeader(m_users[size_t(i)].login), i);
        add(foldImportHeader(m_users[size_t(i)].name), i);
    }
    return {};
}

ImportedHistory::UserMatch ImportedHistory::findUser(const QString &text) const
{
    const QString wanted = text.trimmed();
    if (wanted.isEmpty())
        return {};
    for (const User &u : m_users) {
        if (u.login.compare(wanted, Qt::CaseInsensitive) == 0)
            return {u, {}};
    }
    const qsizetype at = wanted.indexOf(QLatin1Char('@'));
    const QString key = foldImportHeader(at > 0 ? wanted.left(at) : wanted);
    const qsizetype index = m_userKeys.value(key, -2);
    if (index >= 0)
        return {m_users[size_t(index)], {}};
    if (index == -1)
        return {std::nullopt, tr("'%1' fits more than one user; write the login.").arg(wanted)};
    return {
        std::nullopt, tr("'%1' is not a Bantam user (login, e-mail or full name).").arg(wanted)};
}

Result<QString> ImportedHistory::reasonCode(
    const QString &kind, const QString &text, const QMap<QString, QString> &values, bool add)
{
    const QString own = text.trimmed();
    if (own.isEmpty() || kind.isEmpty())
        return QString();
    QString mapped; // what the mapping says the text stands for
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (it.key().compare(own, Qt::CaseInsensitive) == 0) {
            mapped = it.value().trimmed();
            break;
        }
    }
    const QString prefix = kind + QLatin1Char('\n');
    if (!m_listsRead.value(kind)) {
        auto list = ReasonRepository(m_db).list(kind, true);
        if (!list)
            return list.error();
        for (const Reason &r : list.value()) {
            m_codes.insert(prefix + QStringLiteral("code:") + r.code.toLower(), r.code);
            m_codes.insert(prefix + foldImportHeader(r.labelEn), r.code);
            m_codes.insert(prefix + foldImportHeader(r.labelDe), r.code);
        }
        m_listsRead.insert(kind, true);
    }
    // The mapped reason if this list has it (a mapping may name a reason of another list), else
    // the file's own text, each by code or by label.
    for (const QString &wanted : {mapped, own}) {
        if (wanted.isEmpty())
            continue;
        const auto byCode = m_codes.constFind(prefix + QStringLiteral("code:") + wanted.toLower());
        if (byCode != m_codes.constEnd())
            return *byCode;
        const auto byLabel = m_codes.constFind(prefix + foldImportHeader(wanted));
        if (byLabel != m_codes.constEnd() && !foldImportHeader(wanted).isEmpty())
            return *byLabel;
    }
    const QString &wanted = own;
    const QString key = prefix + foldImportHeader(wanted);
    // Not in the list: a new reason under the file's own text.
    QString code = codeFor(wanted);
    for (int n = 2; m_codes.contains(prefix + QStringLiteral("code:") + code); ++n)
        code = codeFor(wanted) + QLatin1Char('_') + QString::number(n);
    if (add) {
        if (auto w = ReasonRepository(m_db).add({kind, code, wanted, wanted}); !w)
            return w.error();
    }
    m_codes.insert(prefix + QStringLiteral("code:") + code, code);
    m_codes.insert(key, code);
    ++m_new[kind][wanted];
    return code;
}

Result<ImportedHistory::Moved> ImportedHistory::move(qint64 leadId, const std::vector<Step> &steps,
    const User &actor, const QDateTime &now, const QMap<QString, QString> &reasonValues,
    bool skipRecorded)
{
    LeadRepository leads(m_db);
    auto current = leads.byId(leadId);
    if (!current)
        return current.error();
    Lead lead = current.value();
    std::optional<User> owner;
    if (lead.ownerId) {
        auto o = UserRepository(m_db).byId(*lead.ownerId);
        if (!o)
            return o.error();
        owner = o.value();
    }
    if (auto p = permissions::mayEditLead(actor, lead, owner); !p)
        return p.error();
    QSet<QPair<int, qint64>> recorded; // stage, epoch seconds
    if (skipRecorded) {
        auto history = TimelineRepository(m_db).historyOf(leadId);
        if (!history)
            return history.error();
        for (const HistoryEntry &h : history.value())
            recorded.insert({int(h.to), h.at.toSecsSinceEpoch()});
    }
    std::vector<size_t> order(steps.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    auto at = [&steps, &now](size_t i) { return steps[i].at.isValid() ? steps[i].at : now; };
    std::stable_sort(
        order.begin(), order.end(), [&at](size_t a, size_t b) { return at(a) < at(b); });
    const QLocale locale;
    Moved out;
    for (size_t i : order) {
        const Step &s = steps[i];
        const QDateTime when = at(i);
        if (s.stage == lead.stage || recorded.contains({int(s.stage), when.toSecsSinceEpoch()})) {
            ++out.unchanged;
            continue;
        }
        if (!importMoveAllowed(lead.stage, s.stage)) {
            out.refused.push_back({i,
                tr("Lead %1 is %2; the pipeline does not move it to %3.")
                    .arg(leadId)
                    .arg(stageName(lead.stage), stageName(s.stage))});
            continue;
        }
        if (lead.stageChangedAt.isValid() && when < lead.stageChangedAt) {
            out.refused.push_back({i,
                tr("Lead %1 has been %2 since %3; the move to %4 on %5 is older and is not "
                   "applied.")
                    .arg(leadId)
                    .arg(stageName(lead.stage),
                        locale.toString(lead.stageChangedAt, QLocale::ShortFormat),
                        stageName(s.stage), locale.toString(when, QLocale::ShortFormat))});
            continue;
        }
        const Stage from = lead.stage;
        auto code = reasonCode(importReasonKind(from, s.stage), s.reasonText, reasonValues, true);
        if (!code)
            return code.error();
        const int version = lead.version;
        lead.stage = s.stage;
        lead.stageChangedAt = when;
        lead.updatedAt = now;
        if (s.stage == Stage::Lead)
            lead.acceptedAt = {};
        lead.reachMilestone(s.stage, when);
        if (auto w = leads.writeStage(lead, version); !w)
            return w.error();
        lead.version = version + 1;
        HistoryEntry h;
        h.leadId = leadId;
        h.action = QStringLiteral("import");
        h.from = from;
        h.to = s.stage;
        h.at = when;
        h.actorId = s.actorId ? s.actorId : std::optional<qint64>(actor.id);
        h.reasonCode = code.value();
        h.note = s.note;
        if (auto w = TimelineRepository(m_db).insertHistory(h); !w)
            return w.error();
        if (auto a = AuditLog(m_db).recordChange(actor.id, now, QStringLiteral("lead"), leadId,
                QStringLiteral("stage"), stageKey(from), stageKey(s.stage), code.value());
            !a)
            return a.error();
        if (auto w = SlaTracker(m_db).stageChanged(lead, from, h.action, now); !w)
            return w.error();
        ++out.moves;
    }
    return out;
}

} // namespace bantam
