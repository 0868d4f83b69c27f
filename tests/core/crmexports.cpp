#include "crmexports.h"

#include <QDate>
#include <QStringConverter>

namespace bantam::testing {

namespace {

// A small generator of its own, so the files are the same with every Qt version.
class Rng
{
public:
    explicit Rng(quint32 seed)
        : m_state(seed)
    { }
    quint32 next()
    {
        m_state = m_state * 1664525U + 1013904223U;
        return m_state >> 8;
    }
    int below(int n) { return int(next() % quint32(n)); }
    template <typename T, size_t N>
    const T &pick(const T (&items)[N])
    {
        return items[size_t(below(int(N)))];
    }

private:
    quint32 m_state;
};

CsvFixture finish(const QStringList &header, const QList<QStringList> &rows, QChar delimiter,
    QStringConverter::Encoding encoding, const char *newline)
{
    CsvFixture f;
    f.delimiter = delimiter;
    f.header = header;
    f.rows = rows;
    QString text = header.join(delimiter) + QLatin1String(newline);
    for (const QStringList &r : rows)
        text += r.join(delimiter) + QLatin1String(newline);
    if (encoding == QStringConverter::Latin1) {
        // Windows-1252 as Excel writes it: the German letters are the same bytes as Latin-1.
        f.bytes = text.toLatin1();
    } else {
        f.bytes = text.toUtf8();
    }
    return f;
}

QString compact(const QDate &d)
{
    return d.isValid() ? d.toString(QStringLiteral("yyyyMMdd")) : QString();
}

} // namespace

CsvFixture usB2bExport(int count, quint32 seed)
{
    Rng rng(seed);
    static const char *const first[] = {"James", "Mary", "Robert", "Patricia", "John", "Jennifer",
        "Michael", "Linda", "David", "Susan"};
    static const char *const last[] = {"Smith", "Johnson", "Williams", "Brown", "Jones", "Miller",
        "Davis", "Wilson", "Taylor", "Clark"};
    static const char *const companies[] = {"Acme Corp", "Globex", "Initech", "Umbrella Inc",
        "Hooli", "Stark Industries", "Wayne Enterprises", "Soylent"};
    static const char *const owners[]
        = {"jdoe@vendor.example", "asmith@vendor.example", "mlee@vendor.example"};
    static const char *const reasons[]
        = {"Abandoned", "Not Interested", "Unsubscribed/DNC", "Wrong Contact"};
    const QStringList header = {QStringLiteral("Lead ID"), QStringLiteral("First Name"),
        QStringLiteral("Last Name"), QStringLiteral("Email"), QStringLiteral("Company"),
        QStringLiteral("Lead Owner"), QStringLiteral("Lead Status"), QStringLiteral("Created Date"),
        QStringLiteral("MQL Date"), QStringLiteral("SQL Date"), QStringLiteral("Converted Date"),
        QStringLiteral("Disqualified Date"), QStringLiteral("Disqualified Reason")};
    QList<QStringList> rows;
    for (int i = 1; i <= count; ++i) {
        // Name and company differ from row to row (up to 800 rows), so that no row is another's
        // duplicate by name and company.
        const QString firstName = QString::fromLatin1(first[i % 10]);
        const QString lastName = QString::fromLatin1(last[(i / 10) % 10]);
        const QString company = QString::fromLatin1(companies[(i / 100) % 8]);
        const QDate created = QDate(2021, 1, 1).addDays(rng.below(300));
        QDate mql, sql, won, dq;
        QString status, reason;
        const int r = rng.below(100);
        if (r < 25) {
            status = QStringLiteral("New");
        } else if (r < 35) {
            status = QStringLiteral("Working");
        } else if (r < 55) {
            status = r < 45 ? QStringLiteral("Contacted") : QStringLiteral("Nurturing");
            mql = created.addDays(1 + rng.below(10));
        } else if (r < 70) {
            status = QStringLiteral("Qualified");
            mql = created.addDays(1 + rng.below(10));
            sql = mql.addDays(1 + rng.below(20));
        } else if (r < 85) {
            status = QStringLiteral("Unqualified");
            if (rng.below(2) == 0)
                mql = created.addDays(1 + rng.below(5));
            dq = (mql.isValid() ? mql : created).addDays(1 + rng.below(30));
            reason = QString::fromLatin1(rng.pick(reasons));
        } else {
            status = QStringLiteral("Converted");
            mql = created.addDays(1 + rng.below(10));
            sql = mql.addDays(1 + rng.below(20));
            won = sql.addDays(1 + rng.below(40));
        }
        QString domain = company.toLower();
        domain.remove(QLatin1Char(' '));
        rows << QStringList {QStringLiteral("00Q%1").arg(i, 6, 10, QLatin1Char('0')), firstName,
            lastName,
            QStringLiteral("%1.%2.%3@%4.example")
                .arg(firstName.toLower(), lastName.toLower())
                .arg(i)
                .arg(domain),
            company, QString::fromLatin1(rng.pick(owners)), status, compact(created), compact(mql),
            compact(sql), compact(won), compact(dq), reason};
    }
    return finish(header, rows, QLatin1Char(','), QStringConverter::Utf8, "\r\n");
}

CsvFixture webLeadExport(int count, quint32 seed)
{
    Rng rng(seed);
    static const char *const origins[] = {"Landing Page Submission", "API", "Lead Add Form"};
    static const char *const sources[]
        = {"Google", "Direct Traffic", "Olark Chat", "Organic Search", "Reference"};
    static const char *const countries[] = {"India", "India", "India", "Deutschland",
        "United States", "United Arab Emirates", "Select", ""};
    static const char *const selectable[]
        = {"Select", "Finance Management", "Marketing Management"};
    static const char *const occupations[] = {"Unemployed", "Working Professional", "Student"};
    static const char *const activities[] = {"Email Opened", "SMS Sent", "Page Visited on Website"};
    static const char *const yesNo[] = {"No", "No", "Yes"};
    QStringList header = {QStringLiteral("Prospect ID"), QStringLiteral("Lead Number"),
        QStringLiteral("Lead Origin"), QStringLiteral("Lead Source"),
        QStringLiteral("Do Not Email"), QStringLiteral("Do Not Call"), QStringLiteral("Converted"),
        QStringLiteral("TotalVisits"), QStringLiteral("Total Time Spent on Website"),
        QStringLiteral("Page Views Per Visit"), QStringLiteral("Last Activity"),
        QStringLiteral("Country"), QStringLiteral("Specialization"),
        QStringLiteral("How did you hear about X Education"),
        QStringLiteral("What is your current occupation")};
    const char *const flags[] = {"Search", "Magazine", "Newspaper Article", "X Education Forums",
        "Newspaper", "Digital Advertisement", "Through Recommendations",
        "Receive More Updates About Our Courses", "Update me on Supply Chain Content",
        "Get updates on DM Content", "I agree to pay the amount through cheque",
        "A free copy of Mastering The Interview"};
    for (const char *f : flags)
        header << QString::fromLatin1(f);
    const QStringList more = {QStringLiteral("Tags"), QStringLiteral("Lead Quality"),
        QStringLiteral("Lead Profile"), QStringLiteral("City"),
        QStringLiteral("Asymmetrique Activity Index"), QStringLiteral("Asymmetrique Profile Index"),
        QStringLiteral("Asymmetrique Activity Score"), QStringLiteral("Asymmetrique Profile Score"),
        QStringLiteral("Last Notable Activity")};
    header << more;
    QList<QStringList> rows;
    for (int i = 0; i < count; ++i) {
        QString uuid;
        for (int part : {8, 4, 4, 4, 12}) {
            if (!uuid.isEmpty())
                uuid += QLatin1Char('-');
            for (int k = 0; k < part; ++k)
                uuid += QLatin1Char("0123456789abcdef"[rng.below(16)]);
        }
        QStringList r = {uuid, QString::number(660000 + 7 * i),
            QString::fromLatin1(rng.pick(origins)), QString::fromLatin1(rng.pick(sources)),
            QString::fromLatin1(rng.pick(yesNo)), QStringLiteral("No"),
            rng.below(100) < 38 ? QStringLiteral("1") : QStringLiteral("0"),
            QString::number(rng.below(20)), QString::number(rng.below(2000)),
            QStringLiteral("%1.%2").arg(rng.below(6)).arg(rng.below(100)),
            QString::fromLatin1(rng.pick(activities)), QString::fromLatin1(rng.pick(countries)),
            QString::fromLatin1(rng.pick(selectable)), QStringLiteral("Select"),
            QString::fromLatin1(rng.pick(occupations))};
        for (size_t k = 0; k < std::size(flags); ++k)
            r << QStringLiteral("No");
        r << QStringLiteral("Interested in other courses") << QStringLiteral("Might be")
          << QStringLiteral("Select") << QStringLiteral("Select") << QStringLiteral("02.Medium")
          << QStringLiteral("02.Medium") << QString::number(10 + rng.below(8))
          << QString::number(14 + rng.below(6)) << QString::fromLatin1(rng.pick(activities));
        rows << r;
    }
    return finish(header, rows, QLatin1Char(','), QStringConverter::Utf8, "\n");
}

CsvFixture tradeFairList(int count, quint32 seed)
{
    Rng rng(seed);
    static const char *const first[]
        = {"J\xfcrgen", "Anna", "S\xf6ren", "Birgit", "Heinz", "Gr\xe9gory", "Lena", "Ute"};
    static const char *const last[] = {"M\xfcller", "Wei\xdf", "\xd6zt\xfcrk", "Schr\xf6\x64\x65r",
        "Becker", "Hoffmann", "K\xf6nig", "Fu\xdf"};
    static const char *const companies[] = {"B\xe4\x63kerei Sonne GmbH", "Maschinenbau Nord AG",
        "Kr\xe4mer & S\xf6hne KG", "Stahlwerk S\xfc\x64 GmbH", "Autohaus Ost"};
    static const char *const countries[]
        = {"Deutschland", "Deutschland", "\xd6sterreich", "Schweiz", ""};
    static const char *const badPhones[] = {"12345", "4711", "n. v."};
    const QStringList header
        = {QStringLiteral("Anrede"), QStringLiteral("Vorname"), QStringLiteral("Nachname"),
            QStringLiteral("Firma"), QStringLiteral("E-Mail"), QStringLiteral("Telefon"),
            QStringLiteral("Land"), QStringLiteral("Erstellt am"), QStringLiteral("Notiz")};
    QList<QStringList> rows;
    for (int i = 0; i < count; ++i) {
        // Name and company differ from row to row (up to 320 rows): no duplicates by name.
        const QString firstName = QString::fromLatin1(first[i % 8]);
        const QString lastName = QString::fromLatin1(last[(i / 8) % 8]);
        const int kind = rng.below(100);
        if (kind < 2) { // a note line between the leads: nothing that identifies anyone
            rows << QStringList {QString(), QString(), QString(), QString(), QString(), QString(),
                QString(), QString(), QStringLiteral("Stand B%1: Nachfassen").arg(i)};
            continue;
        }
        QString phone;
        const int p = rng.below(100);
        if (p < 6)
            phone = QString::fromLatin1(rng.pick(badPhones));
        else if (p < 50)
            phone = QStringLiteral("030 %1").arg(20000000 + rng.below(70000000));
        else if (p < 90)
            phone = QStringLiteral("0151 %1").arg(10000000 + rng.below(89999999));
        const bool withMail = kind >= 12;
        rows << QStringList {rng.below(2) == 0 ? QStringLiteral("Herr") : QStringLiteral("Frau"),
            firstName, lastName, QString::fromLatin1(companies[(i / 64) % 5]),
            withMail ? QStringLiteral("kontakt%1@messe.example").arg(i) : QString(), phone,
            QString::fromLatin1(rng.pick(countries)),
            QDate(2026, 3, 2).addDays(rng.below(5)).toString(QStringLiteral("dd.MM.yyyy")),
            QString()};
    }
    return finish(header, rows, QLatin1Char(';'), QStringConverter::Latin1, "\r\n");
}

} // namespace bantam::testing
