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
    EnvRead read = envFrom(context.exec(envCommand(context.envPath), QByteArray()), context.stack.installDir,
                           context.envPath);
    context.env = std::move(read.values);
    context.envLines = std::move(read.lines);
    context.envError = read.error;
}

void AuditContextReader::readLayout(AuditContext &context)
{
    LayoutRead read =
        layoutFrom(context.exec(StackLayoutReader::readCommand(context.stack.installDir), QByteArray()),
                   context.stack.installDir, context.env);
    context.layout = std::move(read.layout);
    context.layoutError = read.error;
}

QString AuditContextReader::envCommand(const QString &envPath)
{
    const QString path = shellQuote(envPath);
    // Exit 3: no such file. The installer often leaves the file readable by root only, hence sudo.
    return QStringLiteral("if [ -e %1 ]; then cat -- %1 2>/dev/null || sudo -n cat -- %1; else exit 3; fi")
        .arg(path);
}

AuditContextReader::EnvRead AuditContextReader::envFrom(const Result<ExecResult> &result,
                                                        const QString &installDir, const QString &envPath)
{
    EnvRead read;
    if (!result.ok()) {
        read.error = result.error().message;
        return read;
    }
    if (result.value().exitStatus == 3) {
        read.error = tr("There is no .env in %1.").arg(installDir);
        return read;
    }
    if (result.value().exitStatus != 0) {
        read.error = tr("%1 could not be read (reading it needs passwordless sudo): %2")
                         .arg(envPath, QString::fromUtf8(result.value().standardError).trimmed());
        return read;
    }
    const EnvFile env = EnvFile::parse(QString::fromUtf8(result.value().standardOutput));
    read.values = env.values();
    read.lines = env.lines();
    return read;
}

AuditContextReader::LayoutRead AuditContextReader::layoutFrom(const Result<ExecResult> &result,
                                                              const QString &installDir,
                                                              const QHash<QString, QString> &env)
{
    LayoutRead read;
    if (!result.ok()) {
        read.error = result.error().message;
        return read;
    }
    if (result.value().exitStatus == 3) {
        read.error = tr("The install directory %1 does not exist.").arg(installDir);
        return read;
    }
    const QList<ComposeFile> files = StackLayoutReader::parseReadOutput(result.value().standardOutput);
    read.layout = StackLayoutReader::read(files, env);
    if (files.isEmpty())
        read.error = tr("There is no docker-compose.yml in %1.").arg(installDir);
    else if (!read.layout.isKnown())
        read.error = tr("The compose files named by COMPOSE_FILE are missing in %1: %2")
                         .arg(installDir, read.layout.missingFiles.join(QStringLiteral(", ")));
    return read;
}

} // namespace supadesk
