// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace supadesk {

// Settings that take effect only when PostgreSQL restarts (shared_buffers, max_connections,
// shared_preload_libraries, ...): which ones wait for it, and the script that restarts the db
// container only when one does and then waits until PostgreSQL accepts connections again.
class DatabaseRestart
{
    Q_DECLARE_TR_FUNCTIONS(supadesk::DatabaseRestart)

public:
    // A psql script printing "@@pending NAME" per setting that waits for a restart: pg_settings'
    // pending_restart after a reload, and also any postmaster setting whose value in the
    // configuration files differs from the running one (pg_file_settings reads the files as they
    // are now), so the answer does not depend on when the reload is processed.
    static QString pendingSql();
    static QStringList parsePending(const QString &output);

    // Shell script, run in `installDir`: asks through `psqlCommand` which settings wait for a
    // restart; if none, says so and stops; otherwise runs `COMPOSE restart db` and then tries
    // `SELECT 1` once a second until it answers, failing after `waitSeconds` with a clear message.
    static QString script(const QString &installDir, const QString &composeCommand,
                          const QString &psqlCommand, int waitSeconds);
};

} // namespace supadesk
