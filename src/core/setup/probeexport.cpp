// SPDX-License-Identifier: GPL-3.0-or-later
#include "probeexport.h"

#include <QFileInfo>

namespace supadesk {

QList<UptimeProbeInstallPlan> ProbeExport::plans(const UptimeProbeSettings &settings,
                                                 const UptimeProbeTemplates &templates)
{
    QList<UptimeProbeInstallPlan> plans;
    for (const bool systemd : {true, false}) {
        UptimeProbeHost host;
        host.root = true;
        host.systemd = systemd;
        plans.append(UptimeProbeInstallPlan::install(settings, host, templates));
    }
    return plans;
}

QByteArray ProbeExport::readme(const QList<UptimeProbeInstallPlan> &plans)
{
    if (plans.size() != 2)
        return {};
    auto commands = [](const UptimeProbeInstallPlan &probe) {
        QString block = QStringLiteral("```sh\n");
        for (const UptimeProbeStep &step : probe.steps) {
            block += QStringLiteral("# ") + step.description + QLatin1Char('\n');
            if (step.kind == UptimeProbeStep::Kind::InstallFile)
                block += QStringLiteral("install -D -m %1 %2/%3 %4\n")
                             .arg(step.mode, folder(), QFileInfo(step.path).fileName(), step.path);
            else
                block += step.command + QLatin1Char('\n');
        }
        return block + QStringLiteral("```\n\n");
    };
    QString r = QStringLiteral("\n## ") + tr("Uptime probe") + QStringLiteral("\n\n");
    r += tr("The `uptime-probe` folder holds the server-side uptime probe: it checks the stack every "
            "minute and appends one line per check to a monthly log in %1, which Supadesk collects. "
            "As root, in this folder's parent:")
             .arg(QStringLiteral("`") + plans.first().logDirectory + QStringLiteral("`")) +
         QStringLiteral("\n\n");
    r += commands(plans.first());
    r += tr("On a server without systemd, a cron entry instead:") + QStringLiteral("\n\n");
    r += commands(plans.last());
    return r.toUtf8();
}

} // namespace supadesk
