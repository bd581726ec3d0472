// SPDX-License-Identifier: GPL-3.0-or-later
// Incremental reading of the server's probe logs: only new lines, and the right thing when a log is
// truncated, replaced, still being written, or a new month begins.
#include "core/uptime/probelogfollower.h"

#include <QtTest>

using namespace supadesk;

namespace {

QByteArray line(int minute, const char *status = "ok")
{
    return QStringLiteral("2026-11-25T19:%1:00Z\tpostgres\t%2\t3\t-\n")
        .arg(minute, 2, 10, QLatin1Char('0'))
        .arg(QLatin1String(status))
        .toUtf8();
}

// What a pull does against a "server" file held in memory.
ProbeLogParser::Parsed pull(ProbeLogCursor &cursor, const QString &name, const QByteArray &file)
{
    const QByteArray first = file.left(ProbeLogFollower::FirstLineBytes);
    const qint64 from = ProbeLogFollower::resumeOffset(cursor, name, file.size(), first);
    return ProbeLogFollower::consume(cursor, name, from, file.mid(from), first);
}

} // namespace

class TestUptimeLogFollower : public QObject
{
    Q_OBJECT

private slots:
    void onlyNewLinesAreRead()
    {
        ProbeLogCursor cursor;
        QByteArray file = line(0) + line(1);
        QCOMPARE(pull(cursor, QStringLiteral("2026-11.log"), file).results.size(), 2);
        QCOMPARE(cursor.offset, file.size());
        file += line(2);
        const qint64 before = cursor.offset;
        QCOMPARE(ProbeLogFollower::resumeOffset(cursor, QStringLiteral("2026-11.log"), file.size(),
                                                file.left(256)),
                 before);
        const auto parsed = pull(cursor, QStringLiteral("2026-11.log"), file);
        QCOMPARE(parsed.results.size(), 1);
        QCOMPARE(
            parsed.results.at(0).tMs,
            QDateTime::fromString(QStringLiteral("2026-11-25T19:02:00Z"), Qt::ISODate).toMSecsSinceEpoch());
        QCOMPARE(pull(cursor, QStringLiteral("2026-11.log"), file).results.size(), 0); // nothing new
    }

    void halfWrittenLineWaits()
    {
        ProbeLogCursor cursor;
        const QByteArray full = line(0) + line(1);
        QByteArray file = line(0) + full.mid(line(0).size(), 10); // the probe is writing line 2
        QCOMPARE(pull(cursor, QStringLiteral("2026-11.log"), file).results.size(), 1);
        QCOMPARE(cursor.offset, line(0).size());
        QCOMPARE(pull(cursor, QStringLiteral("2026-11.log"), full).results.size(), 1);
        QCOMPARE(cursor.offset, full.size());
    }

    void nothingCompleteYet()
    {
        ProbeLogCursor cursor;
        QCOMPARE(pull(cursor, QStringLiteral("2026-11.log"), "2026-11-25T19:00").results.size(), 0);
        QCOMPARE(cursor.offset, 0);
        QCOMPARE(pull(cursor, QStringLiteral("2026-11.log"), line(0)).results.size(), 1);
    }

    void truncatedLogIsReadAgain()
    {
        ProbeLogCursor cursor;
        pull(cursor, QStringLiteral("2026-11.log"), line(0) + line(1) + line(2));
        // Someone emptied the log; the probe has written one line since.
        const QByteArray file = line(3);
        QCOMPARE(ProbeLogFollower::resumeOffset(cursor, QStringLiteral("2026-11.log"), file.size(), file), 0);
        const auto parsed = pull(cursor, QStringLiteral("2026-11.log"), file);
        QCOMPARE(parsed.results.size(), 1);
        QCOMPARE(cursor.offset, file.size());
    }

    void replacedLogOfTheSameSizeIsReadAgain()
    {
        ProbeLogCursor cursor;
        pull(cursor, QStringLiteral("2026-11.log"), line(0) + line(1));
        // Restored from elsewhere: as long or longer, but not the file that was read.
        const QByteArray other = line(10) + line(11) + line(12);
        QCOMPARE(ProbeLogFollower::resumeOffset(cursor, QStringLiteral("2026-11.log"), other.size(),
                                                other.left(256)),
                 0);
        QCOMPARE(pull(cursor, QStringLiteral("2026-11.log"), other).results.size(), 3);
    }

    void newMonthStartsAtZero()
    {
        ProbeLogCursor cursor;
        pull(cursor, QStringLiteral("2026-11.log"), line(0) + line(1));
        const QStringList files = ProbeLogFollower::filesToRead(
            cursor,
            {QStringLiteral("2026-12.log"), QStringLiteral("2026-10.log"), QStringLiteral("2026-11.log"),
             QStringLiteral("notes.txt"), QStringLiteral("2026-11.log.bak")});
        QCOMPARE(files, QStringList({QStringLiteral("2026-11.log"), QStringLiteral("2026-12.log")}));
        QCOMPARE(ProbeLogFollower::resumeOffset(cursor, QStringLiteral("2026-12.log"), 500, line(5)), 0);
        QCOMPARE(ProbeLogFollower::filesToRead(ProbeLogCursor(), {QStringLiteral("2026-10.log")}),
                 QStringList({QStringLiteral("2026-10.log")}));
    }
};

QTEST_GUILESS_MAIN(TestUptimeLogFollower)
#include "tst_uptimelogfollower.moc"
