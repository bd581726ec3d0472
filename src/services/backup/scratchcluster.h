// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

class QTemporaryDir;

namespace supadesk {

// A throwaway PostgreSQL cluster for a restore drill: initdb into a private temporary directory, a
// postmaster that listens only on a Unix socket in that directory (no TCP port, no collision with the
// live server), trust authentication (only the directory's owner reaches the socket). The destructor
// stops the postmaster (immediately) and removes the directory, so failure and cancel clean up too.
// As root, initdb and pg_ctl run as the `postgres` user (runuser), as PostgreSQL refuses root.
class ScratchCluster
{
    Q_DECLARE_TR_FUNCTIONS(supadesk::ScratchCluster)

public:
    struct Run
    {
        int exitCode = -1; // -1: crashed, timed out or cancelled
        QString standardOutput;
        QString standardError;
        bool cancelled = false;
    };

    // `binDir` holds initdb, pg_ctl, pg_restore, psql; `baseDir` is where the temporary directory goes.
    ScratchCluster(QString binDir, QString baseDir);
    ~ScratchCluster();
    ScratchCluster(const ScratchCluster &) = delete;
    ScratchCluster &operator=(const ScratchCluster &) = delete;

    // initdb and start; backup.drill when either fails, backup.cancelled on a cancel.
    Status start(const std::atomic_bool *cancel);
    // The private directory alone, for a restore that fills dataDir() itself (a base backup).
    Status create();
    // Starts the postmaster on dataDir() as it is (pg_ctl -w, at most `timeoutSeconds`); backup.drill
    // with the end of the server log when it does not come up.
    Status launch(const std::atomic_bool *cancel, int timeoutSeconds);
    QString serverLog() const;
    // Leaves the cluster running and its directory in place (for the user to inspect and remove);
    // returns the directory.
    QString keep();
    // Stops the postmaster and removes the directory; safe to call twice.
    void remove();

    QString path() const; // the temporary directory (empty before start)
    QString socketDir() const { return path(); }
    QString dataDir() const;
    QString tool(const QString &name) const;
    bool isRunning() const { return m_running; }

    // Runs a program to its end, killing it on a cancel or after `timeoutMs` (0: no limit). `asOwner`
    // runs it as the cluster's owner (postgres when root). The environment holds only PATH, HOME, LANG
    // and TMPDIR of this process's, with TZ=UTC and LC_MESSAGES=C: nothing this engine starts may learn a
    // password (PGPASSWORD, PGPASSFILE or any other variable).
    static Run run(const QString &program, const QStringList &arguments, const std::atomic_bool *cancel,
                   bool asOwner = false, int timeoutMs = 0);

private:
    QString m_binDir;
    QString m_baseDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    bool m_running = false;
};

} // namespace supadesk
