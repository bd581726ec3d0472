// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "replicafailover.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace supadesk {

class HostCommandRunner;

struct RepointRequest
{
    QString installDir;   // the stack's compose folder
    QString envFile;      // empty: installDir/.env
    QString pgbouncerIni; // a PgBouncer in front of the database (optional)
    QString host;         // the new primary, as the stack's server reaches it
    int port = 5432;
    QString composeCommand = QStringLiteral("docker compose");
    QStringList services; // recreated; empty: every service whose settings changed
    QDateTime at = QDateTime::currentDateTimeUtc();
};

struct RepointOutcome
{
    QString state; // "done", "unchanged", "failed"
    QStringList changed;
    QStringList files;   // the files rewritten
    QStringList backups; // their copies as they were, kept
    QString restartCommand;
    QString error;

    bool ok() const { return state != QLatin1String("failed"); }
    QString detail() const;
};

// Points a stack's services at the new primary after a failover, on the stack's server as root:
// each file is copied beside itself first (RepointPlan::backupPath), rewritten in place (so its
// owner and mode stay), and the services recreated with `docker compose up -d`. When a write or the
// restart fails, every file is put back from its copy and the services recreated on the old
// settings, so a half-repointed stack is never left behind.
class ReplicaRepoint
{
    Q_DECLARE_TR_FUNCTIONS(supadesk::ReplicaRepoint)

public:
    static RepointOutcome run(HostCommandRunner &root, const RepointRequest &request,
                              const ReplicaLog &log = {});
};

} // namespace supadesk
