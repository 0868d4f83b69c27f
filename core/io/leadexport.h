// Lead export: any filtered, sorted lead list to a CSV file that Excel opens correctly
// (UTF-8 with BOM, ';' for German Excel, formulas in text neutralised, numbers as numbers). Written
// to a temporary file and renamed at the end, so a failed or cancelled export leaves no
// half-written file.
#pragma once

#include "result.h"
#include "storage/leadrepository.h"

#include <QCoreApplication>
#include <QLocale>

#include <functional>
#include <optional>

namespace bantam {

class Database;

struct LeadExportOptions
{
    LeadFilter filter;
    LeadSort sort {LeadColumn::Id, false};
    QChar delimiter = QLatin1Char(',');
    bool withBom = true;
    // For people reading it in Excel: column titles, stages and owners as the window shows them,
    // times in local time in the reader's notation ("06.12.2026 14:30"). Without a reader: the
    // stable English titles, stage keys and UTC ISO times scripts and the importer expect (the
    // importer reads both).
    std::optional<QLocale> reader;
};

class LeadExporter
{
    Q_DECLARE_TR_FUNCTIONS(LeadExporter)

public:
    // progress(done, total) now and then; returning false cancels (the file is not written).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit LeadExporter(const Database &db)
        : m_db(db)
    { }
    // The column titles of the file (English, stable, recognised by the importer).
    static QStringList headers();
    // The same titles in the current translation (those the importer knows in German).
    static QStringList translatedHeaders();
    // Columns Bantam works out itself that follow headers(): "Chance" (the learned score's
    // chance, 0–100, empty without one). A re-import has no use for them.
    static QStringList computedHeaders();
    // The columns of headers() and computedHeaders() written as numbers (a negative score is
    // -15, not text).
    static QList<int> numberColumns();
    Result<qint64> exportTo(
        const QString &path, const LeadExportOptions &options, const Progress &progress = {}) const;

private:
    const Database &m_db;
};

} // namespace bantam
