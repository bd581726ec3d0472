// SPDX-License-Identifier: GPL-3.0-or-later
// The server alerter's history kept on the desktop: the read command (run by a real sh and awk on an
// alerts.log as the alerter writes it) returns the whole log the first time and from the newest stored
// second on after that; the store keeps each line once however often it is read, survives a restart
// (a new store on the same file), and gives the same incidents as the whole log.
#include "core/alerts/alertlog.h"
#include "db/uptimestore.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace supadesk;

namespace {

QByteArray runSh(const QString &command)
{
    QProcess sh;
    sh.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), command});
    if (!sh.waitForFinished(10000) || sh.exitCode() != 0)
        return "FAILED " + sh.readAllStandardError();
    return sh.readAllStandardOutput();
}

void append(const QString &path, const QByteArray &lines)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::Append));
    f.write(lines);
}

} // namespace

class TestAlertEventStore : public QObject
{
    Q_OBJECT

private slots:
    void readsFromTheLastSecondAndKeepsEachLineOnce()
    {
        QTemporaryDir dir;
        const QString log = dir.filePath(QStringLiteral("alerts.log"));
        const QString stack = QStringLiteral("stack-1");

        // No log yet: nothing, and no error.
        QCOMPARE(runSh(AlertLog::readCommand(log, QDateTime())), QByteArray());

        append(log, "2026-12-07T10:00:00Z\tcomponent_down\tfiring\thook\tdelivered\tHTTP 200\n"
                    "2026-12-07T10:00:00Z\tcomponent_down\tfiring\tmail\tqueued\tconnection refused\n"
                    "2026-12-07T10:01:00Z\tcomponent_down\tfiring\tmail\tdelivered\t250 OK\n"
                    "not a line of the log\n"
                    "2026-12-07T10:05:00Z\tcomponent_down\tresolved\thook\tdelivered\tHTTP 200\n");
        {
            UptimeStore store(dir.path());
            QVERIFY(store.open().ok());
            QVERIFY(!store.lastAlertEventAt(stack).value().isValid());
            const QByteArray first = runSh(AlertLog::readCommand(log, QDateTime()));
            QCOMPARE(store.addAlertEvents(stack, AlertLog::parse(first)).value(), 4);
            const QDateTime last = store.lastAlertEventAt(stack).value();
            QCOMPARE(last, QDateTime(QDate(2026, 12, 7), QTime(10, 5), Qt::UTC));

            // The alerter goes on: one more line in the last stored second, one later.
            append(log, "2026-12-07T10:05:00Z\tcomponent_down\tresolved\tmail\tdelivered\t250 OK\n"
                        "2026-12-07T11:00:00Z\tdisk\tfiring\thook\trefused\tHTTP 404 not found\n");
            const QByteArray next = runSh(AlertLog::readCommand(log, last));
            const QList<AlertLogEntry> read = AlertLog::parse(next);
            QCOMPARE(read.size(), 3); // the stored line of 10:05 again, and the two new ones
            QCOMPARE(store.addAlertEvents(stack, read).value(), 2);
            // Read again in full: nothing new.
            QCOMPARE(
                store.addAlertEvents(stack, AlertLog::parse(runSh(AlertLog::readCommand(log, {})))).value(),
                0);
            // Another stack's lines are its own.
            QCOMPARE(store.addAlertEvents(QStringLiteral("stack-2"), read).value(), 3);
        }

        // A restart: a new store on the same file has them all, oldest first.
        UptimeStore reopened(dir.path());
        QVERIFY(reopened.open().ok());
        const QList<AlertLogEntry> stored = reopened.alertEvents(stack).value();
        const QList<AlertLogEntry> whole = AlertLog::parse(runSh(AlertLog::readCommand(log, {})));
        QCOMPARE(stored.size(), 6);
        QCOMPARE(stored, whole);
        QCOMPARE(AlertLog::incidents(stored), AlertLog::incidents(whole));
        QCOMPARE(AlertLog::incidents(stored).size(), 2);
        QCOMPARE(reopened.alertEvents(stack, 2).value(), whole.mid(4)); // the newest two
    }

    void logPathWithSpacesAndQuotes()
    {
        QTemporaryDir dir;
        const QString log = dir.filePath(QStringLiteral("it's a log.log"));
        append(log, "2026-12-07T10:00:00Z\tjwt_keys\tfiring\t-\theld\tstorm bound\n");
        QCOMPARE(AlertLog::parse(runSh(AlertLog::readCommand(log, {}))).size(), 1);
        QCOMPARE(AlertLog::parse(
                     runSh(AlertLog::readCommand(log, QDateTime(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC))))
                     .size(),
                 1);
        QCOMPARE(AlertLog::parse(
                     runSh(AlertLog::readCommand(log, QDateTime(QDate(2026, 12, 7), QTime(11, 0), Qt::UTC))))
                     .size(),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestAlertEventStore)
#include "tst_alerteventstore.moc"
