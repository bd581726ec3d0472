// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundleexporter.h"

#include "core/setup/exportfilemode.h"
#include "core/setup/probeexport.h"
#include "services/uptime/uptimeprobeinstaller.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace supadesk {

Status BundleExporter::write(const QString &dir, const Bundle &bundle,
                             const std::optional<UptimeProbeSettings> &probe)
{
    // The real paths, as root: the exported probe is installed by hand from the README.
    QList<UptimeProbeInstallPlan> probePlans;
    if (probe)
        if (const Result<UptimeProbeTemplates> templates = UptimeProbeInstaller::shippedTemplates();
            templates.ok())
            probePlans = ProbeExport::plans(*probe, templates.value());
    for (const BundleFile &file : bundle.files) {
        QByteArray content = file.content;
        if (file.name == QLatin1String("README.md") && probe)
            content += ProbeExport::readme(probePlans);
        if (const Status written =
                writeFile(QDir(dir).filePath(file.name), content, ExportFileMode::forBundleFile(file.kind));
            !written.ok())
            return written;
    }
    if (probe)
        return writeProbe(QDir(dir).filePath(ProbeExport::folder()), probePlans);
    return success();
}

Status BundleExporter::writeProbe(const QString &dir, const QList<UptimeProbeInstallPlan> &plans)
{
    if (plans.isEmpty())
        return Error{ErrorCode::SetupExportProbe, tr("The probe's files are missing from this build.")};
    if (!QDir().mkpath(dir))
        return Error{ErrorCode::SetupExportWrite, tr("Cannot create %1.").arg(dir)};
    for (const UptimeProbeInstallPlan &probe : plans)
        for (const UptimeProbeStep &step : probe.steps) {
            if (step.kind != UptimeProbeStep::Kind::InstallFile)
                continue;
            if (const Status written = writeFile(QDir(dir).filePath(QFileInfo(step.path).fileName()),
                                                 step.content, ExportFileMode::forProbeFile(step.mode));
                !written.ok())
                return written;
        }
    return success();
}

Status BundleExporter::writeFile(const QString &path, const QByteArray &content,
                                 QFileDevice::Permissions mode)
{
    // Created anew with its final permissions, never chmod-ed: a file of the same name goes first.
    if (QFile::exists(path) && !QFile::remove(path))
        return Error{ErrorCode::SetupExportWrite, tr("Cannot replace %1.").arg(path)};
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly, mode) || out.write(content) != content.size() ||
        !out.flush())
        return Error{ErrorCode::SetupExportWrite, tr("Cannot write %1: %2").arg(path, out.errorString())};
    return success();
}

} // namespace supadesk
