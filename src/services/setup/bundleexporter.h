// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/setup/setupbundle.h"
#include "core/uptime/uptimeprobeinstallplan.h"

#include <QCoreApplication>
#include <QFileDevice>
#include <QString>

#include <optional>

namespace supadesk {

// Writes a setup bundle into a local folder, for a server Supadesk cannot reach ("Export bundle"). Each
// file is created anew with its final permissions (ExportFileMode), so the .env is never readable by
// others, not even between creating and chmod; a file of the same name is replaced. With the uptime
// probe, its files go into ProbeExport::folder() and its README section is added to README.md.
class BundleExporter
{
    Q_DECLARE_TR_FUNCTIONS(supadesk::BundleExporter)

public:
    // `probe`: the stack's probe settings when the probe is exported too.
    static Status write(const QString &dir, const Bundle &bundle,
                        const std::optional<UptimeProbeSettings> &probe = std::nullopt);

private:
    static Status writeProbe(const QString &dir, const QList<UptimeProbeInstallPlan> &plans);
    static Status writeFile(const QString &path, const QByteArray &content, QFileDevice::Permissions mode);
};

} // namespace supadesk
