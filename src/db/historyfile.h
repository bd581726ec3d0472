// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>

namespace supadesk {

// Opens a named SQLite connection to the shared local history file (history.sqlite in `directory`) the
// way the stores beside the uptime store do: busy timeout, health check, schema brought up to date
// (SchemaMigrator), WAL. A damaged file is only refused here: the uptime store, which opens the same
// file first, sets it aside.
class HistoryFile
{
    Q_DECLARE_TR_FUNCTIONS(supadesk::HistoryFile)

public:
    static QString path(const QString &directory);
    // The connection `connectionName` is left open on success and removed on failure.
    static Status open(const QString &connectionName, const QString &directory);
    static void close(const QString &connectionName);
    static bool isOpen(const QString &connectionName);
};

} // namespace supadesk
