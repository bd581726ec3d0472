// SPDX-License-Identifier: GPL-3.0-or-later
// The uptime probe as the exported bundle carries it: the systemd plan and the cron plan, as root at
// the real paths, and the README section whose commands install the exported files where they belong.
#include "core/setup/probeexport.h"

#include <QFile>
#include <QFileInfo>
#include <QtTest>

using namespace supadesk;

namespace {

QByteArray shipped(const char *name)
{
    QFile file(QStringLiteral(SUPADESK_SOURCE_DIR "/resources/probe/") + QString::fromLatin1(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the probe's %s", name);
    return file.readAll();
}

UptimeProbeTemplates templates()
{
    return {shipped("supadesk-uptime-probe.sh"), shipped("supadesk-uptime-probe.service"),
            shipped("supadesk-uptime-probe.timer"), shipped("supadesk-uptime-probe.cron")};
}

UptimeProbeSettings settings()
{
    UptimeProbeSettings s;
    s.stackName = QStringLiteral("production");
    return s;
}

} // namespace

class TestProbeExport : public QObject
{
    Q_OBJECT

private slots:
    void systemdThenCronAsRoot()
    {
        const QList<UptimeProbeInstallPlan> plans = ProbeExport::plans(settings(), templates());
        QCOMPARE(plans.size(), 2);
        QVERIFY(plans.first().systemd);
        QVERIFY(!plans.last().systemd);
        const UptimeProbeLayout real;
        for (const UptimeProbeInstallPlan &plan : plans) {
            QVERIFY(!plan.sudo);
            QCOMPARE(plan.logDirectory, real.logPath());
            bool script = false;
            for (const UptimeProbeStep &step : plan.steps)
                if (step.kind == UptimeProbeStep::Kind::InstallFile && step.path == real.scriptPath())
                    script = true;
            QVERIFY(script);
        }
    }

    void readmeInstallsEveryFileFromTheFolder()
    {
        const QList<UptimeProbeInstallPlan> plans = ProbeExport::plans(settings(), templates());
        const QString readme = QString::fromUtf8(ProbeExport::readme(plans));
        QVERIFY(readme.startsWith(QStringLiteral("\n## Uptime probe\n\n")));
        QVERIFY(readme.contains(QStringLiteral("`") + UptimeProbeLayout().logPath() + QStringLiteral("`")));
        QVERIFY(readme.contains(QStringLiteral("On a server without systemd, a cron entry instead:")));
        // Every file of both plans, with its mode, from the exported folder to its place.
        for (const UptimeProbeInstallPlan &plan : plans)
            for (const UptimeProbeStep &step : plan.steps) {
                QVERIFY2(readme.contains(QStringLiteral("# ") + step.description),
                         qPrintable(step.description));
                if (step.kind == UptimeProbeStep::Kind::InstallFile)
                    QVERIFY2(readme.contains(QStringLiteral("install -D -m %1 uptime-probe/%2 %3\n")
                                                 .arg(step.mode, QFileInfo(step.path).fileName(), step.path)),
                             qPrintable(step.path));
                else
                    QVERIFY2(readme.contains(step.command + QLatin1Char('\n')), qPrintable(step.command));
            }
        // The systemd commands come first, the cron entry after the sentence that introduces it.
        const qsizetype cron = readme.indexOf(QStringLiteral("a cron entry instead"));
        QVERIFY(readme.indexOf(QStringLiteral("systemctl enable --now")) < cron);
        QVERIFY(readme.indexOf(QStringLiteral("uptime-probe/supadesk-uptime-probe ") +
                               UptimeProbeLayout().cronPath()) > cron);
        // Two fenced blocks, each closed.
        QCOMPARE(readme.count(QStringLiteral("```sh\n")), 2);
        QCOMPARE(readme.count(QStringLiteral("```")), 4);
    }

    void readmeNeedsBothPlans()
    {
        QVERIFY(ProbeExport::readme({}).isEmpty());
        QVERIFY(ProbeExport::readme(ProbeExport::plans(settings(), templates()).mid(0, 1)).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProbeExport)
#include "tst_probeexport.moc"
