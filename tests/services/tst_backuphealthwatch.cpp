// SPDX-License-Identifier: GPL-3.0-or-later
// The fleet overview's backup watch over a real SSH session (the harness's sshd): it reads a stack's
// catalogue with the Backups tab's script, red for a failed nightly run and for a server without the
// nightly script, keeps its reading for an interval (a second check reads nothing), takes the tab's
// reading as its own, and reads again by itself once the interval has passed.
#include "core/backup/backupserverscripts.h"
#include "core/setup/backupscriptwriter.h"
#include "harness/harnessstack.h"
#include "harness/testenv.h"
#include "services/backup/backuphealthwatch.h"
#include "services/stackconnection.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace supadesk;

namespace {

bool write(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

QString stamp(const QDateTime &at)
{
    return at.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

} // namespace

class TestBackupHealthWatch : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<StackConnection> m_connection;
    BackupServerPaths m_paths;
    BackupOptions m_options;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // A good run an hour ago, then (`failed`) a run that failed.
    bool writeLog(bool failed)
    {
        const QDateTime at = QDateTime::currentDateTimeUtc().addSecs(-3600);
        const QString dump = m_options.backupDir + QStringLiteral("/postgres-%1.dump").arg(stamp(at));
        QString log =
            QStringLiteral("%1 backup of postgres started\n%1 backup %2 written: 10 bytes, 4 entries\n")
                .arg(at.toString(Qt::ISODate), dump);
        if (failed)
            log += QStringLiteral("%1 backup of postgres started\n%1 FAILED: pg_dump exited with an error\n")
                       .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        return write(dump, "PGDMP") && write(m_options.logFile, log.toUtf8());
    }

private slots:
    void initTestCase()
    {
        REQUIRE_SERVICE("SUPADESK_TEST_SSH_PORT", "OpenSSH sshd (apt-get install openssh-server)");
        QVERIFY(m_dir.isValid());
        ::chmod(QFile::encodeName(m_dir.path()).constData(), 0755);
        m_options.backupDir = path(QStringLiteral("backups"));
        m_options.logFile = path(QStringLiteral("backup.log"));
        m_options.scriptPath = path(QStringLiteral("backup.sh"));
        QVERIFY(write(m_options.scriptPath, BackupScriptWriter::script(m_options).value().toUtf8()));
        m_paths.backupScript = m_options.scriptPath;
        m_paths.pitrScript = path(QStringLiteral("no-pitr.sh"));
        m_connection = std::make_unique<StackConnection>(testenv::harnessSsh());
        QVERIFY(m_connection->connectToStack().ok());
        QVERIFY(testenv::waitFor([&] { return m_connection->state() == StackConnection::State::Connected; }));
    }

    void failedRunIsRedAndKept()
    {
        QVERIFY(writeLog(true));
        BackupHealthWatch watch;
        watch.setServerPaths(m_paths);
        watch.setConnectionSource([this](const QString &) { return m_connection.get(); });
        QSignalSpy read(&watch, &BackupHealthWatch::healthRead);
        QVERIFY(watch.check(QStringLiteral("stack-1")));
        QVERIFY(read.wait(30000));
        QCOMPARE(read.first().at(0).toString(), QStringLiteral("stack-1"));
        QVERIFY(read.first().at(1).toBool());
        QVERIFY2(read.first().at(2).toString().contains(QLatin1String("pg_dump exited with an error")),
                 qPrintable(read.first().at(2).toString()));
        // Read a moment ago: the next check reads nothing; a forced one does.
        QVERIFY(!watch.check(QStringLiteral("stack-1")));
        QVERIFY(watch.reading(QStringLiteral("stack-1"))->red);

        QVERIFY(writeLog(false));
        QVERIFY(watch.check(QStringLiteral("stack-1"), true));
        QVERIFY(read.wait(30000));
        QVERIFY(!read.last().at(1).toBool());
        QVERIFY(!watch.reading(QStringLiteral("stack-1"))->red);

        // A stack without a connection is not read.
        QVERIFY(!BackupHealthWatch().check(QStringLiteral("stack-2")));
    }

    void noNightlyScriptIsRed()
    {
        BackupServerPaths paths = m_paths;
        paths.backupScript = path(QStringLiteral("missing.sh"));
        BackupHealthWatch watch;
        watch.setServerPaths(paths);
        watch.setConnectionSource([this](const QString &) { return m_connection.get(); });
        QSignalSpy read(&watch, &BackupHealthWatch::healthRead);
        QVERIFY(watch.check(QStringLiteral("stack-1")));
        QVERIFY(read.wait(30000));
        QVERIFY(read.first().at(1).toBool());
        QVERIFY2(read.first().at(2).toString().contains(paths.backupScript),
                 qPrintable(read.first().at(2).toString()));
    }

    void readsAgainEachIntervalAndTakesTheTabsReading()
    {
        QVERIFY(writeLog(false));
        BackupHealthWatch watch;
        watch.setServerPaths(m_paths);
        watch.setConnectionSource([this](const QString &) { return m_connection.get(); });
        QSignalSpy read(&watch, &BackupHealthWatch::healthRead);
        // The tab read the catalogue: that is this stack's reading, and the watch now watches it.
        const BackupCatalogue empty = BackupCatalogueReader::read(m_options.backupDir, {}, QString());
        watch.remember(QStringLiteral("stack-1"), empty);
        QCOMPARE(read.size(), 1);
        QVERIFY(read.first().at(1).toBool()); // no good backup in the tab's (empty) catalogue
        QVERIFY(!watch.check(QStringLiteral("stack-1")));
        // The nightly run fails; at the next interval the watch reads it by itself.
        QVERIFY(writeLog(true));
        watch.setInterval(1500);
        QTRY_VERIFY_WITH_TIMEOUT(read.size() >= 2, 30000);
        QVERIFY(read.last().at(1).toBool());
        QVERIFY(read.last().at(2).toString().contains(QLatin1String("failed")));
    }
};

QTEST_GUILESS_MAIN(TestBackupHealthWatch)
#include "tst_backuphealthwatch.moc"
