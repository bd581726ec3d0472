// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QObject>
#include <QString>

#include <functional>

namespace supadesk {

class StackConnection;

// What the host view does to a container over the stack's SSH session, with docker searched for as the
// host batch searches (HostSampleParser::searchPath). The name is quoted for the
// shell; a failure is a "host.container" error with what docker said.
class ContainerActions
{
public:
    static QString restartCommand(const QString &container);
    // `docker logs --follow --tail N NAME`, standard error folded into the stream.
    static QString followLogsCommand(const QString &container, int tail = 200);
    static void restart(StackConnection *connection, const QString &container, QObject *context,
                        std::function<void(Status)> done);
};

} // namespace supadesk
