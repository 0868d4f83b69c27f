#include "people/lastchange.h"

#include "domain/stage.h"
#include "storage/auditlog.h"
#include "storage/userrepository.h"

#include <QCoreApplication>
#include <QLocale>

namespace bantam {

namespace {
// The translation context of the sentences below.
struct ChangeText
{
    Q_DECLARE_TR_FUNCTIONS(ChangeText)
};
} // namespace

std::optional<LastChange> lastChangeOf(const Database &db, qint64 leadId)
{
    AuditFilter filter;
    filter.entity = QStringLiteral("lead");
    filter.entityId = leadId;
    auto page = AuditLog(db).page(filter, 0, 1);
    if (!page || page->empty())
        return std::nullopt;
    const AuditEntry &e = page->front();
    LastChange c;
    c.actorName = e.actorName;
    c.actorId = e.actorId.value_or(0);
    c.at = e.at;
    c.field = e.field;
    c.newValue = e.newValue;
    return c;
}

QString whenText(const QDateTime &at, const QDateTime &now)
{
    const QLocale locale;
    const QDateTime local = at.toLocalTime();
    const QString time = locale.toString(local.time(), QLocale::ShortFormat);
    if (local.date() == now.toLocalTime().date())
        return ChangeText::tr("at %1").arg(time);
    return ChangeText::tr("on %1 at %2")
        .arg(locale.toString(local.date(), QLocale::ShortFormat), time);
}

QString conflictMessage(const Database &db, qint64 leadId, const QDateTime &now)
{
    const auto last = lastChangeOf(db, leadId);
    if (!last)
        return ChangeText::tr("Lead %1 was changed by someone else in the meantime.").arg(leadId);
    const QString who
        = last->actorName.isEmpty() ? ChangeText::tr("Bantam (automatic)") : last->actorName;
    const QString when = whenText(last->at, now);
    const QString id = QString::number(leadId);
    QString what;
    if (last->field == QLatin1String("accepted")) {
        what = ChangeText::tr("Lead %1 was already accepted by %2 %3.").arg(id, who, when);
    } else if (last->field == QLatin1String("stage")) {
        const auto stage = stageFromKey(last->newValue);
        what = ChangeText::tr("Lead %1 was already moved to %4 by %2 %3.")
                   .arg(id, who, when, stage ? stageName(*stage) : last->newValue);
    } else if (last->field == QLatin1String("owner")) {
        auto owner = UserRepository(db).byLogin(last->newValue);
        what = last->newValue.isEmpty()
            ? ChangeText::tr("Lead %1 was already unassigned by %2 %3.").arg(id, who, when)
            : ChangeText::tr("Lead %1 was already reassigned to %4 by %2 %3.")
                  .arg(id, who, when, owner ? owner->name : last->newValue);
    } else {
        what = ChangeText::tr("Lead %1 was changed by %2 %3.").arg(id, who, when);
    }
    return what;
}
} // namespace bantam
