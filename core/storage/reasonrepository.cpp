#include "storage/reasonrepository.h"

#include "storage/database.h"
#include "storage/sql.h"

#include <QLocale>
#include <QSqlQuery>

namespace bantam {

QString Reason::label() const
{
    return QLocale().language() == QLocale::German ? labelDe : labelEn;
}

Result<std::vector<Reason>> ReasonRepository::list(const QString &kind, bool includeInactive) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT kind, code, label_en, label_de FROM reasons "
                             "WHERE kind = :kind AND active >= :active ORDER BY sort_order, code"));
    q.bindValue(QStringLiteral(":kind"), kind);
    q.bindValue(QStringLiteral(":active"), includeInactive ? 0 : 1);
    if (auto r = sql::run(q, Database::tr("reading the reason list")); !r)
        return r.error();
    std::vector<Reason> out;
    while (q.next())
        out.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString()});
    return out;
}

Result<Reason> ReasonRepository::find(const QString &kind, const QString &codeOrLabel) const
{
    auto all = list(kind);
    if (!all)
        return all.error();
    const QString wanted = codeOrLabel.trimmed();
    QStringList codes;
    for (const Reason &r : all.value()) {
        if (r.code.compare(wanted, Qt::CaseInsensitive) == 0
            || r.labelEn.compare(wanted, Qt::CaseInsensitive) == 0
            || r.labelDe.compare(wanted, Qt::CaseInsensitive) == 0)
            return r;
        codes << r.code;
    }
    return Error::invalid(Database::tr("'%1' is not a known reason. Choose one of: %2.")
                              .arg(wanted, codes.join(QLatin1String(", "))),
        QStringLiteral("reason"));
}

Result<void> ReasonRepository::add(const Reason &reason) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO reasons (kind, code, label_en, label_de, sort_order, active) "
        "SELECT :kind, :code, :en, :de, COALESCE(MAX(sort_order), 0) + 1, 1 FROM reasons"));
    q.bindValue(QStringLiteral(":kind"), reason.kind);
    q.bindValue(QStringLiteral(":code"), reason.code);
    q.bindValue(QStringLiteral(":en"), reason.labelEn);
    q.bindValue(QStringLiteral(":de"), reason.labelDe);
    return sql::run(q, Database::tr("adding the reason '%1'").arg(reason.labelEn));
}

} // namespace bantam
