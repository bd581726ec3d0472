// SPDX-License-Identifier: GPL-3.0-or-later
// "Export bundle" as a person finds the folder afterwards: every file of the bundle with its content,
// the .env for its owner alone, the scripts runnable, a file already there replaced (with the new
// permissions, not the old ones), and with the uptime probe its files and its README section.
#include "core/setup/probeexport.h"
#include "core/setup/setupbundle.h"
#include "services/setup/bundleexporter.h"
#include "services/uptime/uptimeprobeinstaller.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace supadesk;

namespace {

Bundle bundle()
{
    QFile example(QStringLiteral(SUPADESK_TEST_DATA_DIR "/setup/env.example"));
    if (!example.open(QIODevice::ReadOnly))
        qFatal("cannot read env.example");
    BundleInput in;
    in.host.ramMb = 16 * 1024;
    in.host.cpus = 4;
    in.envIn = QString::fromUtf8(example.readAll());
    in.now = QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);
    const Result<Bundle> built = SetupBundle::build(in);
    if (!built.ok())
        qFatal("bundle: %s", qPrintable(built.error().message));
    return built.value();
}

// As `stat -c %a` shows it.
int mode(const QString &path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

UptimeProbeSettings probe()
{
    UptimeProbeSettings s;
    s.stackName = QStringLiteral("production");
    return s;
}

} // namespace

class TestBundleExporter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        ::umask(022); // the usual one: the modes below are the exporter's own
    }

    void everyFileWithItsMode()
    {
        QTemporaryDir dir;
        const Bundle b = bundle();
        const Status written = BundleExporter::write(dir.path(), b);
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));
        for (const BundleFile &file : b.files) {
            const QString path = dir.filePath(file.name);
            QCOMPARE(readAll(path), file.content);
            switch (file.kind) {
            case BundleFile::Kind::Secret:
                QCOMPARE(mode(path), 0600);
                break;
            case BundleFile::Kind::Script:
                QCOMPARE(mode(path), 0750);
                break;
            case BundleFile::Kind::Text:
                QCOMPARE(mode(path), 0644);
                break;
            }
        }
        QCOMPARE(mode(dir.filePath(QStringLiteral(".env"))), 0600);
        QCOMPARE(mode(dir.filePath(QStringLiteral("firewall.sh"))), 0750);
        // Without the probe: no folder, no README section.
        QVERIFY(!QFile::exists(dir.filePath(ProbeExport::folder())));
        QVERIFY(!readAll(dir.filePath(QStringLiteral("README.md"))).contains("## Uptime probe"));
    }

    void replacesWhatIsThere()
    {
        QTemporaryDir dir;
        QFile old(dir.filePath(QStringLiteral(".env")));
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("JWT_SECRET=an-old-one-everybody-could-read\n");
        old.close();
        QVERIFY(old.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                   QFileDevice::ReadOther));
        const Bundle b = bundle();
        QVERIFY(BundleExporter::write(dir.path(), b).ok());
        QCOMPARE(mode(dir.filePath(QStringLiteral(".env"))), 0600);
        QVERIFY(!readAll(dir.filePath(QStringLiteral(".env"))).contains("an-old-one"));
    }

    void withTheProbe()
    {
        QTemporaryDir dir;
        const Bundle b = bundle();
        QVERIFY(BundleExporter::write(dir.path(), b, probe()).ok());
        const Result<UptimeProbeTemplates> templates = UptimeProbeInstaller::shippedTemplates();
        QVERIFY(templates.ok());
        const QList<UptimeProbeInstallPlan> plans = ProbeExport::plans(probe(), templates.value());
        const QByteArray readme = readAll(dir.filePath(QStringLiteral("README.md")));
        QVERIFY(readme.endsWith(ProbeExport::readme(plans)));
        QVERIFY(readme.contains("## Uptime probe"));

        const QDir folder(dir.filePath(ProbeExport::folder()));
        QCOMPARE(mode(folder.filePath(QStringLiteral("supadesk-uptime-probe.sh"))), 0755);
        QCOMPARE(readAll(folder.filePath(QStringLiteral("supadesk-uptime-probe.sh"))).trimmed(),
                 templates.value().script.trimmed());
        for (const char *name : {"supadesk-uptime-probe.service", "supadesk-uptime-probe.timer",
                                 "supadesk-uptime-probe", "uptime-probe.conf"})
            QCOMPARE(mode(folder.filePath(QString::fromLatin1(name))), 0644);
        // Nothing but what the README's commands install.
        for (const QString &name : folder.entryList(QDir::Files | QDir::Hidden))
            QVERIFY2(readme.contains(("uptime-probe/" + name + ' ').toUtf8()), qPrintable(name));
    }

    void unwritableFolder()
    {
        QTemporaryDir dir;
        QFile notAFolder(dir.filePath(QStringLiteral("not-a-folder")));
        QVERIFY(notAFolder.open(QIODevice::WriteOnly));
        notAFolder.close();
        const Status written = BundleExporter::write(notAFolder.fileName(), bundle());
        QVERIFY(!written.ok());
        QCOMPARE(written.error().code, QStringLiteral("setup.export.write"));
        QVERIFY(written.error().message.contains(notAFolder.fileName()));
    }
};

QTEST_GUILESS_MAIN(TestBundleExporter)
#include "tst_bundleexporter.moc"
