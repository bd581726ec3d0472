// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/uptime/uptimeprobeinstallplan.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace supadesk {

// The uptime probe as "Export bundle" writes it for a server Supadesk cannot reach: its files in a
// folder of their own beside the bundle, and a section of the bundle's README that says how to
// install them by hand, as root, at the real paths.
class ProbeExport
{
    Q_DECLARE_TR_FUNCTIONS(supadesk::ProbeExport)

public:
    // The folder beside the bundle's files that holds the probe's.
    static QString folder() { return QStringLiteral("uptime-probe"); }

    // Two plans, as root at the real paths: with the systemd timer first, then with the cron entry for
    // a server without systemd.
    static QList<UptimeProbeInstallPlan> plans(const UptimeProbeSettings &settings,
                                               const UptimeProbeTemplates &templates);

    // The README's section (Markdown, starting with a blank line and a heading) for the two plans of
    // plans(): the commands of each, files installed from the probe's folder. Empty for anything but two.
    static QByteArray readme(const QList<UptimeProbeInstallPlan> &plans);
};

} // namespace supadesk
