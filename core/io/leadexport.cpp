#include "io/leadexport.h"

#include "io/csvwriter.h"
#include "io/savetarget.h"
#include "storage/importrepository.h"

#include <QSaveFile>

namespace bantam {

QStringList LeadExporter::headers()
{
    return {QStringLiteral("ID"), QStringLiteral("First name"), QStringLiteral("Last name"),
        QStringLiteral("E-mail"), QStringLiteral("Phone"), QStringLiteral("Company"),
        QStringLiteral("Job title"), QStringLiteral("Industry"), QStringLiteral("Company size"),
        QStringLiteral("Country"), QStringLiteral("Source"), QStringLiteral("Campaign"),
        QStringLiteral("Stage"), QStringLiteral("Owner"), QStringLiteral("Score"),
        QStringLiteral("Created"), QStringLiteral("Updated"), QStringLiteral("External ID")};
}

QStringList LeadExporter::translatedHeaders()
{
    // The German words are the importer's (ImportMapping::suggestField), so a file exported for
    // people is read back as it was written.
    return {tr("ID"), tr("First name"), tr("Last name"), tr("E-mail"), tr("Phone"), tr("Company"),
        tr("Job title"), tr("Industry"), tr("Company size"), tr("Country"), tr("Source"),
        tr("Campaign"), tr("Stage"), tr("Owner"), tr("Score"), tr("Created"), tr("Updated"),
        tr("External ID"), tr("Chance")};
}

QStringList LeadExporter::computedHeaders()
{
    return {QStringLiteral("Chance")};
}

QList<int> LeadExporter::numberColumns()
{
    const QStringList titles = headers() + computedHeaders();
    return {int(titles.indexOf(QStringLiteral("ID"))), int(titles.indexOf(QStringLiteral("Score"))),
        int(titles.indexOf(QStringLiteral("Chance")))};
}

Result<qint64> LeadExporter::exportTo(
    const QString &path, const LeadExportOptions &options, const Progress &progress) const
{
    LeadRepository leads(m_db);
    auto total = leads.count(options.filter);
    if (!total)
        return total.error();
    if (auto target = SaveTarget::check(path); !target)
        return target.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::storage(tr("Cannot write '%1': %2").arg(path, file.errorString()));
    // Custom attributes (imported columns without a standard field) follow as columns of their
    // own, so that a re-import keeps them; a name that repeats a standard title is marked.
    ImportRepository attributes(m_db);
    auto names = attributes.attributeNames();
    if (!names)
        return names.error();
    QStringList titles = options.reader ? translatedHeaders() : headers() + computedHeaders();
    QString timeFormat;
    if (options.reader) { // the reader's short date with the century, and the time
        timeFormat = options.reader->dateFormat(QLocale::ShortFormat);
        if (!timeFormat.contains(QLatin1String("yyyy")))
            timeFormat.replace(QLatin1String("yy"), QLatin1String("yyyy"));
        timeFormat += QStringLiteral(" HH:mm");
    }
    auto time = [&](const QDateTime &t) {
        if (!t.isValid())
            return QString();
        return options.reader ? options.reader->toString(t.toLocalTime(), timeFormat)
                              : t.toString(Qt::ISODate);
    };
    for (const QString &name : names.value())
        titles << (titles.contains(name, Qt::CaseInsensitive) ? name + tr(" (attribute)") : name);
    CsvWriter csv(file, options.delimiter, options.withBom);
    csv.setNumberColumns(numberColumns());
    csv.writeRow(titles);
    constexpr int pageSize = 5000;
    qint64 written = 0;
    while (written < total.value()) {
        auto page = leads.page(options.filter, options.sort, written, pageSize, total.value());
        if (!page)
            return page.error(); // QSaveFile discards the temporary file
        if (page->empty())
            break;
        QHash<qint64, QMap<QString, QString>> values;
        if (!names->isEmpty()) {
            std::vector<qint64> ids;
            ids.reserve(page->size());
            for (const Lead &l : page.value())
                ids.push_back(l.id);
            auto read = attributes.attributes(ids);
            if (!read)
                return read.error();
            values = std::move(read.value());
        }
        for (const Lead &l : page.value()) {
            const LeadProfile &p = l.profile;
            QStringList row {QString::number(l.id), p.firstName, p.lastName, p.email, p.phone,
                p.company, p.jobTitle, p.industry, p.companySize, p.country, p.source, p.campaign,
                options.reader ? stageName(l.stage) : stageKey(l.stage), l.ownerName,
                QString::number(l.score), time(l.createdAt), time(l.updatedAt), l.externalId,
                l.chance ? QString::number(*l.chance) : QString()};
            const QMap<QString, QString> own = values.value(l.id);
            for (const QString &name : names.value())
                row << own.value(name);
            csv.writeRow(row);
        }
        written += qint64(page->size());
        if (progress && !progress(written, total.value())) {
            file.cancelWriting();
            return Error::invalid(tr("The export was cancelled; '%1' was not written.").arg(path));
        }
    }
    if (auto r = csv.finish(); !r)
        return r.error();
    if (!file.commit())
        return Error::storage(tr("Cannot write '%1': %2").arg(path, file.errorString()));
    return written;
}

} // namespace bantam
