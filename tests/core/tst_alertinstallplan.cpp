// SPDX-License-Identifier: GPL-3.0-or-later
// The alerter goes with the uptime probe: with alert settings the install plan adds the alerter
// script (0755), its settings (0644, no secret) and its secrets (0600) beside the probe's; the systemd
// service may write the alerter's state; uninstalling removes them all.
#include "core/uptime/uptimeprobeinstallplan.h"

#include <QFile>
#include <QtTest>

using namespace supadesk;

namespace {

QByteArray shipped(const char *name)
{
    QFile f(QStringLiteral(SUPADESK_SOURCE_DIR "/resources/probe/") + QLatin1String(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const UptimeProbeStep *fileStep(const UptimeProbeInstallPlan &plan, const QString &path)
{
    for (const UptimeProbeStep &s : plan.steps)
        if (s.kind == UptimeProbeStep::Kind::InstallFile && s.path == path)
            return &s;
    return nullptr;
}

} // namespace

class TestAlertInstallPlan : public QObject
{
    Q_OBJECT

private slots:
    void alerterBesideTheProbe()
    {
        const UptimeProbeTemplates templates{
            shipped("supadesk-uptime-probe.sh"), shipped("supadesk-uptime-probe.service"),
            shipped("supadesk-uptime-probe.timer"), shipped("supadesk-uptime-probe.cron")};
        UptimeProbeHost host;
        host.root = true;
        host.systemd = true;
        UptimeProbeSettings settings;
        settings.stackName = QStringLiteral("prod");
        const UptimeProbeLayout layout;
        const UptimeProbeInstallPlan without =
            UptimeProbeInstallPlan::install(settings, host, templates, layout);
        QVERIFY(!fileStep(without, layout.alerterPath()));

        AlertChannel hook;
        hook.id = QStringLiteral("hook");
        hook.secret = QStringLiteral("https://example.org/h?token=s3cret");
        UptimeProbeAlerts alerts;
        alerts.config.stackName = QStringLiteral("prod");
        alerts.config.rules = AlertRules::defaults();
        alerts.config.channels = {hook};
        alerts.script = shipped("supadesk-alerter.sh");
        QVERIFY(!alerts.script.isEmpty());
        settings.alerts = alerts;
        const UptimeProbeInstallPlan plan =
            UptimeProbeInstallPlan::install(settings, host, templates, layout);

        const UptimeProbeStep *script =
            fileStep(plan, QStringLiteral("/usr/local/lib/supadesk/supadesk-alerter.sh"));
        QVERIFY(script);
        QCOMPARE(script->mode, QStringLiteral("0755"));
        QCOMPARE(script->content, alerts.script);
        const UptimeProbeStep *conf = fileStep(plan, QStringLiteral("/etc/supadesk/alerts.conf"));
        QVERIFY(conf);
        QCOMPARE(conf->mode, QStringLiteral("0644"));
        QVERIFY(!conf->content.contains("s3cret"));
        QVERIFY(conf->content.contains("SUPADESK_ALERT_DIR='/var/lib/supadesk/alerts'\n"));
        QVERIFY(conf->content.contains("SUPADESK_ALERT_SECRETS='/etc/supadesk/alerts.secrets'\n"));
        const UptimeProbeStep *secrets = fileStep(plan, QStringLiteral("/etc/supadesk/alerts.secrets"));
        QVERIFY(secrets);
        QCOMPARE(secrets->mode, QStringLiteral("0600"));
        QVERIFY(secrets->content.contains("hook=https://example.org/h?token=s3cret\n"));
        // No secret in any command the plan runs (they are logged and shown).
        for (const UptimeProbeStep &s : plan.steps)
            QVERIFY(!s.command.contains(QLatin1String("s3cret")) &&
                    !s.description.contains(QLatin1String("s3cret")));
        // The probe's systemd sandbox lets the alerter keep its state.
        const UptimeProbeStep *service = fileStep(plan, layout.servicePath());
        QVERIFY(service && service->content.contains("StateDirectory=supadesk/alerts\n"));

        // In a scratch root the state directory is named as a path.
        UptimeProbeLayout scratch;
        scratch.root = QStringLiteral("/tmp/x");
        const UptimeProbeInstallPlan rooted =
            UptimeProbeInstallPlan::install(settings, host, templates, scratch);
        const UptimeProbeStep *rootedService = fileStep(rooted, scratch.servicePath());
        QVERIFY(rootedService &&
                rootedService->content.contains("ReadWritePaths=/tmp/x/var/lib/supadesk/alerts\n"));

        const UptimeProbeInstallPlan removal = UptimeProbeInstallPlan::uninstall(host, layout);
        bool removed = false;
        for (const UptimeProbeStep &s : removal.steps)
            removed = removed || (s.command.contains(QLatin1String("/etc/supadesk/alerts.secrets")) &&
                                  s.command.contains(QLatin1String("supadesk-alerter.sh")));
        QVERIFY(removed);
    }
};

QTEST_GUILESS_MAIN(TestAlertInstallPlan)
#include "tst_alertinstallplan.moc"
