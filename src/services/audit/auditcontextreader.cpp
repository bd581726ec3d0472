// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditcontextreader.h"

#include "auditcontext.h"
#include "core/setup/envfile.h"
#include "core/shellquote.h"
#include "services/setup/preflightrunner.h"

namespace supadesk {

void AuditContextReader::read(AuditContext &context)
{
    readHost(context);
    if (!context.cancelled())
        readEnv(context);
    if (!context.cancelled())
        readLayout(context);
}

void AuditContextReader::readHost(AuditContext &context)
{
    const Result<HostFacts> facts = PreflightRunner::factsFrom(
        context.exec(PreflightRunner::batchCommand(context.stack.installDir), QByteArray()));
    if (facts.ok())
        context.host = facts.value();
    else
        context.hostError = facts.error().message;
}

void AuditContextReader::readEnv(AuditContext &context)
{
    context.envPath = context.stack.installDir + QStringLiteral("/.env");
    const QString path = shellQuote(context.envPath);
    // Exit 3: no such file. The installer often leaves the file readable by root only, hence sudo.
    const QString command =
        QStringLiteral("if [ -e %1 ]; then cat -- %1 2>/dev/null || sudo -n cat -- %1; else exit 3; fi")
            .arg(path);
    const Result<ExecResult> result = context.exec(command, QByteArray());
    if (!result.ok()) {
        context.envError = result.error().message;
        return;
    }
    if (result.value().exitStatus == 3) {
        context.envError = tr("There is no .env in %1.").arg(context.stack.installDir);
        return;
    }
    if (result.value().exitStatus != 0) {
        context.envError =
            tr("%1 could not be read (reading it needs passwordless sudo): %2")
                .arg(context.envPath, QString::fromUtf8(result.value().standardError).trimmed());
        return;
    }
    const EnvFile env = EnvFile::parse(QString::fromUtf8(result.value().standardOutput));
    context.env = env.values();
    context.envLines = env.lines();
}

void AuditContextReader::readLayout(AuditContext &context)
{
    const Result<ExecResult> result =
        context.exec(StackLayoutReader::readCommand(context.stack.installDir), QByteArray());
    if (!result.ok()) {
        context.layoutError = result.error().message;
        return;
    }
    if (result.value().exitStatus == 3) {
        context.layoutError = tr("The install directory %1 does not exist.").arg(context.stack.installDir);
        return;
    }
    const QList<ComposeFile> files = StackLayoutReader::parseReadOutput(result.value().standardOutput);
    context.layout = StackLayoutReader::read(files, context.env);
    if (files.isEmpty())
        context.layoutError = tr("There is no docker-compose.yml in %1.").arg(context.stack.installDir);
    else if (!context.layout.isKnown())
        context.layoutError =
            tr("The compose files named by COMPOSE_FILE are missing in %1: %2")
                .arg(context.stack.installDir, context.layout.missingFiles.join(QStringLiteral(", ")));
}

} // namespace supadesk
