// Fixture generator: CSV files in the shapes of real exports from other lead systems, made at
// test time from a seed (deterministic, no checked-in data). Each generator writes plain fields
// (no quotes, no delimiter inside a field), so a test can read the file back with a simple split
// and compute the numbers it expects from the file itself, independently of the importer.
#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace bantam::testing {

struct CsvFixture
{
    QByteArray bytes; // the file as written (encoding and delimiter as the export would)
    QChar delimiter;
    QStringList header;
    QList<QStringList> rows; // the same content, field by field
};

// A US B2B CRM export: "Lead ID", names, e-mail, company, "Lead Owner" (e-mails), "Lead Status"
// in seven custom stages (New, Working, Contacted, Nurturing, Qualified, Unqualified, Converted),
// YYYYMMDD dates (Created Date, MQL Date, SQL Date, Converted Date, Disqualified Date) and
// "Disqualified Reason" (Abandoned, Not Interested, Unsubscribed/DNC, Wrong Contact).
CsvFixture usB2bExport(int rows, quint32 seed);

// A no-name web-lead export: "Prospect ID" (UUIDs), "Lead Number", "Lead Source", a 0/1
// "Converted", "Country" names (India, Deutschland, United States, ..., the form's "Select"),
// "Select" placeholders and more than thirty further columns.
CsvFixture webLeadExport(int rows, quint32 seed);

// A German trade-fair list as Excel saves it: Windows-1252, ';', DD.MM.YYYY, German country names,
// some rows without e-mail, a few phone numbers that are no numbers.
CsvFixture tradeFairList(int rows, quint32 seed);

} // namespace bantam::testing
