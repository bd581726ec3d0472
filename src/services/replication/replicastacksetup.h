// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "replicasetup.h"
#include "services/stackconnection.h"

#include <QObject>
#include <QPointer>

namespace supadesk {

// What the stack-to-stack standby setup is asked to do: two stack entries with their connection
// settings (secrets filled in), the primary's database password, and what may be left to defaults.
struct ReplicaStackSetupRequest
{
    Stack primary;
    Stack standby;
    StackConnection::Settings primarySettings;
    StackConnection::Settings standbySettings;
    QString databasePassword; // the primary's superuser (the standby, a copy, takes it too)
    QString primaryAddress;   // empty: ReplicaStackLink::primaryAddress
    QString standbyAddress;   // empty: the source address of the standby's route to the primary
    QString standbyDataDir;   // empty: ReplicaStackLink::defaultDataDir
    QString role = QStringLiteral("replicator");
    QString slot;                // empty: ReplicaRules::slotName(standby's name)
    QString replicationPassword; // an existing role's; empty: a new role with a generated one
    QString binDir = QStringLiteral("/usr/lib/postgresql/15/bin");
    bool synchronous = false;
    int verifyTimeoutSeconds = 60;
};

// The standby setup between two stacks (the CLI's `replica add --stack --standby` and the Add
// standby wizard): opens both stacks' SSH connections, works out the addresses each side sees, and
// runs ReplicaSetup with the firewall step. Blocking; the wizard runs it on a worker thread and
// calls cancel() from the GUI thread.
class ReplicaStackSetup : public QObject
{
    Q_OBJECT
public:
    explicit ReplicaStackSetup(QObject *parent = nullptr);

    ReplicaSetupOutcome run(ReplicaStackSetupRequest request, bool dryRun);
    void cancel();

    // As resolved by the last run (for the answer shown to the user).
    const ReplicaSetupOptions &options() const { return m_options; }

signals:
    void planReady(const QString &description);
    void stepStarted(int index, const QString &description);
    void stepFinished(int index, supadesk::ApplyStepStatus status, const QString &message);
    void progress(int percent);
    void logLine(const QString &line);

private:
    std::atomic_bool m_cancelled = false;
    QPointer<ReplicaSetup> m_setup;
    ReplicaSetupOptions m_options;
};

} // namespace supadesk
