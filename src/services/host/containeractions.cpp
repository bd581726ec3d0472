// SPDX-License-Identifier: GPL-3.0-or-later
#include "containeractions.h"

#include "core/host/hostsampleparser.h"
#include "core/shellquote.h"
#include "services/stackconnection.h"

#include <QCoreApplication>

namespace supadesk {

QString ContainerActions::restartCommand(const QString &container)
{
    return HostSampleParser::searchPath() +
           QStringLiteral(" docker restart %1 2>&1").arg(shellQuote(container));
}

QString ContainerActions::followLogsCommand(const QString &container, int tail)
{
    return HostSampleParser::searchPath() +
           QStringLiteral(" docker logs --follow --tail %1 %2 2>&1").arg(tail).arg(shellQuote(container));
}

void ContainerActions::restart(StackConnection *connection, const QString &container, QObject *context,
                               std::function<void(Status)> done)
{
    connection->exec(restartCommand(container), context, [container, done](Result<ExecResult> result) {
        if (!result.ok())
            return done(Error{ErrorCode::HostContainer, result.error().message});
        if (result.value().exitStatus != 0) {
            const QString said =
                QString::fromUtf8(result.value().standardOutput + result.value().standardError).trimmed();
            return done(Error{
                ErrorCode::HostContainer,
                QCoreApplication::translate("supadesk::ContainerActions",
                                            "Container %1 could not be restarted: %2")
                    .arg(container,
                         said.isEmpty() ? QStringLiteral("exit %1").arg(result.value().exitStatus) : said)});
        }
        done(success());
    });
}

} // namespace supadesk
