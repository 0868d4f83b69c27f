// SqliteFloor: the rows a run of Bantam added to a SQLite file, written again by the sqlite3 shell
// at its best — into a copy of the file as it was before the run (the same schema and indexes),
// one INSERT … SELECT per table, all in one transaction. Bantam's code plays no part in it, so it
// is what the schema alone costs for that run on this machine at that moment: the floor no
// change to Bantam's code can go below, beside the plain-table anchors that show the machine.
// Only Qt Core and the sqlite3 program: bench_demo uses it without linking Bantam.
#pragma once

#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <cstdio>
#include <optional>

namespace bantam::bench {

class SqliteFloor
{
public:
    struct Run
    {
        double seconds = -1; // < 0: sqlite3 failed (its message printed)
        qint64 rows = 0;
        QString tables; // "leads 100000, stage_history 100000, …", the largest first
    };

    // Remembers file as it is now: a copy at copyPath (sqlite3's .backup: the committed state,
    // whatever is still in the write-ahead log) and every table's highest rowid. Nobody may
    // write to file meanwhile.
    static std::optional<SqliteFloor> before(const QString &file, const QString &copyPath)
    {
        QFile::remove(copyPath);
        if (!query(file, QStringLiteral(".backup '%1'").arg(quoted(copyPath)), false))
            return std::nullopt;
        const auto tables = query(file,
            QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT "
                           "LIKE 'sqlite_%' ORDER BY name"));
        if (!tables)
            return std::nullopt;
        QStringList parts;
        for (const QString &t : *tables)
            parts << QStringLiteral("SELECT '%1', coalesce(max(rowid), 0) FROM \"%1\"").arg(t);
        const auto marks = query(file, parts.join(QStringLiteral(" UNION ALL ")));
        if (!marks)
            return std::nullopt;
        SqliteFloor floor;
        floor.m_copy = copyPath;
        for (const QString &line : *marks) {
            const QStringList f = line.split(QLatin1Char('|'));
            if (f.size() == 2)
                floor.m_marks.insert(f[0], f[1].toLongLong());
        }
        return floor;
    }

    // Times sqlite3 adding to the copy the rows file has gained since before() (rowids above the
    // marks). indexesAfter: the receiving tables' own indexes are dropped first and made again
    // after the rows, as a bulk load into a small database does.
    Run measure(const QString &file, bool indexesAfter) const
    {
        Run run;
        QStringList counts;
        for (auto m = m_marks.cbegin(); m != m_marks.cend(); ++m) {
            counts << QStringLiteral("SELECT '%1', count(*) FROM \"%1\" WHERE rowid > %2")
                          .arg(m.key())
                          .arg(m.value());
        }
        const auto added = query(file,
            QStringLiteral("SELECT * FROM (%1) ORDER BY 2 DESC")
                .arg(counts.join(QStringLiteral(" UNION ALL "))));
        if (!added)
            return run;
        QStringList names;
        QStringList described;
        for (const QString &line : *added) {
            const QStringList f = line.split(QLatin1Char('|'));
            if (f.size() != 2 || f[1].toLongLong() == 0)
                continue;
            names << f[0];
            described << QStringLiteral("%1 %2").arg(f[0], f[1]);
            run.rows += f[1].toLongLong();
        }
        run.tables = described.join(QStringLiteral(", "));
        QStringList indexes;
        if (indexesAfter && !names.isEmpty()) {
            QStringList literals;
            for (const QString &n : names)
                literals << QLatin1Char('\'') + quoted(n) + QLatin1Char('\'');
            const auto made = query(m_copy,
                QStringLiteral("SELECT name || char(31) || sql FROM sqlite_master WHERE type = "
                               "'index' AND sql IS NOT NULL AND tbl_name IN (%1)")
                    .arg(literals.join(QLatin1Char(','))));
            if (!made)
                return run;
            indexes = *made;
        }
        QString script = QStringLiteral("PRAGMA foreign_keys = OFF;\nATTACH '%1' AS src;\nBEGIN;\n")
                             .arg(quoted(file));
        for (const QString &i : indexes)
            script += QStringLiteral("DROP INDEX \"%1\";\n").arg(i.section(QChar(31), 0, 0));
        for (const QString &n : names) {
            script += QStringLiteral("INSERT INTO main.\"%1\" SELECT * FROM src.\"%1\" WHERE rowid "
                                     "> %2 ORDER BY rowid;\n")
                          .arg(n)
                          .arg(m_marks.value(n));
        }
        for (const QString &i : indexes)
            script += i.section(QChar(31), 1) + QStringLiteral(";\n");
        script += QStringLiteral("COMMIT;\n");
        QElapsedTimer timer;
        timer.start();
        QProcess p;
        p.start(QStringLiteral("sqlite3"),
            {QStringLiteral("-bail"), QStringLiteral("-cmd"), QStringLiteral(".timeout 10000"),
                m_copy});
        p.write(script.toUtf8());
        p.closeWriteChannel();
        if (!p.waitForFinished(-1) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            std::fprintf(
                stderr, "sqlite3 (floor) failed: %s\n", p.readAllStandardError().constData());
            return run;
        }
        run.seconds = double(timer.nsecsElapsed()) / 1e9;
        return run;
    }

private:
    static QString quoted(QString text)
    {
        return text.replace(QLatin1Char('\''), QStringLiteral("''"));
    }

    // The lines sqlite3 prints for sql on file (waiting up to 10 s for a lock), or nothing (the
    // message printed); a statement that must print something and printed nothing failed too.
    static std::optional<QStringList> query(
        const QString &file, const QString &sql, bool printsRows = true)
    {
        QProcess p;
        p.start(QStringLiteral("sqlite3"),
            {QStringLiteral("-batch"), QStringLiteral("-bail"), QStringLiteral("-cmd"),
                QStringLiteral(".timeout 10000"), file, sql});
        if (!p.waitForFinished(-1) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            std::fprintf(stderr, "sqlite3 %s failed: %s\n", qPrintable(file),
                p.readAllStandardError().constData());
            return std::nullopt;
        }
        const QStringList lines = QString::fromUtf8(p.readAllStandardOutput())
                                      .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        if (printsRows && lines.isEmpty()) {
            std::fprintf(stderr, "sqlite3 %s printed nothing for %s (%s)\n", qPrintable(file),
                qPrintable(sql.left(60)), p.readAllStandardError().constData());
            return std::nullopt;
        }
        return lines;
    }

    QString m_copy;
    QMap<QString, qint64> m_marks;
};

} // namespace bantam::bench
