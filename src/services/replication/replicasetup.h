// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/metrics/postgresdsn.h"
#include "core/replication/replicaplan.h"
#include "core/replication/replicarules.h"
#include "core/setup/applyreport.h"
// For ApplyStepStatus's one metatype declaration, shared with Setup's applier.
#include "services/setup/setupapplier.h"

#include <QObject>

#include <atomic>

namespace supadesk {

class HostCommandRunner;
class ReplicaDb;

// What a standby setup is asked to do.
struct ReplicaSetupRequest
{
    PostgresDsn primaryDsn; // a superuser on the primary (the stack's forwarded port, or local)
    PostgresDsn standbyDsn; // the standby once it runs, to verify it (same user: it is a copy)
    HostCommandRunner *primaryHost = nullptr;
    HostCommandRunner *standbyHost = nullptr;
    HostCommandRunner *primaryRoot = nullptr; // the firewall step (options.firewall): root on the primary
    ReplicaSetupOptions options; // role, slot, directories, ports, addresses; hbaFile is read here
    QString password;            // the existing role's password; empty: a new role with a generated one
    int verifyTimeoutSeconds = 60;
};

// What a run did: the plan shown, each step's outcome, and the error that ended it (id None: it
// worked). `password` is the new role's, for the keychain; never printed or logged.
struct ReplicaSetupOutcome
{
    ReplicaPlan plan;
    ApplyReport report;
    Error error;
    QString password;
    bool ok() const { return error.id == ErrorCode::None; }
};

// Makes a streaming standby of a primary (issue: High availability). preflight() reads both hosts
// and answers with the first refusal (ReplicaRules::preflight) before anything changes; run() then
// carries out the ReplicaPlan step by step and, when a step fails, undoes the steps done in reverse
// order: the standby stopped and its directory removed, pg_hba.conf restored from its backup and
// reloaded, the slot and the role dropped. The engine blocks; the GUI runs it on a worker thread.
class ReplicaSetup : public QObject
{
    Q_OBJECT
public:
    explicit ReplicaSetup(QObject *parent = nullptr);

    // Fills in what the request leaves open (hba file, whether the directory exists) and checks.
    Result<ReplicaPreflightFacts> preflight(ReplicaSetupRequest &request);
    // Preflight, then the steps (or only the plan, for a dry run).
    ReplicaSetupOutcome run(ReplicaSetupRequest request, bool dryRun = false);
    // From any thread: no further step starts, and the steps done are rolled back.
    void cancel() { m_cancelled = true; }

signals:
    void planReady(const QString &description);
    void stepStarted(int index, const QString &description);
    void stepFinished(int index, supadesk::ApplyStepStatus status, const QString &message);
    void progress(int percent); // pg_basebackup's copy
    void logLine(const QString &line);

private:
    Status runStep(int index);
    Status undoStep(int index);
    Status execStatements(const QString &sql); // "a; b": each on its own
    Status runHba();
    HostCommandRunner *rootHost() const;
    Status undoHba();
    Status writeStandbyConfig();
    Status shell(HostCommandRunner *host, const QString &command, const QByteArray &input = {},
                 bool withPassword = false, ErrorCode failure = ErrorCode::ReplicaStep);
    void setStatus(int index, ApplyStepStatus status, const QString &message = {});

    ReplicaSetupRequest m_request;
    ReplicaSetupOutcome m_outcome;
    ReplicaDb *m_primary = nullptr;
    QString m_hbaBackup;
    std::atomic_bool m_cancelled = false;
};

} // namespace supadesk
