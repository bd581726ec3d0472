// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/setup/applyplan.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace supadesk {

// Where a standby-setup step runs.
enum class ReplicaHost {
    PrimarySql,   // SQL on the connection to the primary (step.sql, undo step.undoSql)
    PrimaryShell, // a command on the primary's host, as the postgres user
    PrimaryRoot,  // a command on the primary's host as root (the firewall)
    StandbyShell, // a command on the standby's host, as the postgres user
    Verify        // the streaming check: both connections, nothing to undo
};

// Everything the standby setup needs to know, once the preflight has read the hosts.
struct ReplicaSetupOptions
{
    QString primaryHost;    // as the standby reaches it (the primary_conninfo host)
    int primaryPort = 5432; // idem
    QString standbyAddress; // as the primary sees the standby: the pg_hba entry's address
    QString standbyDataDir;
    bool standbyDirExists = false; // an empty directory is kept on rollback, a new one removed
    int standbyPort = 5432;
    QString role = QStringLiteral("replicator");
    QString slot;
    bool createRole = true; // false: the role exists and its password was given
    QString hbaFile;        // the primary's pg_hba.conf (SHOW hba_file)
    QString binDir = QStringLiteral("/usr/lib/postgresql/15/bin"); // on the standby host
    bool synchronous = false; // synchronous_standby_names on the primary names the standby
    // Open the primary's port to the standby's address only, in ufw (when active) and in Docker's
    // DOCKER-USER chain (when present): the stack-to-stack form, where the two are separate servers.
    bool firewall = false;
};

// The standby setup as the ordered steps the user sees before anything runs, in the shape Setup's
// apply plan has (ApplyStep, ApplyReport): each step with its undo, so a failure rolls back what was
// done. The replication password is never in a step: "%PASSWORD%" in the role's SQL and the
// standby's commands read it from PGPASSWORD, which the engine sets when it runs them; the role gets
// a SCRAM verifier computed here, so the password never reaches the primary or its log.
class ReplicaPlan
{
    Q_DECLARE_TR_FUNCTIONS(supadesk::ReplicaPlan)

public:
    static constexpr auto PasswordPlaceholder = "%PASSWORD%";

    static ReplicaPlan build(const ReplicaSetupOptions &options);

    const ApplyPlan &plan() const { return m_plan; }
    ReplicaHost host(int index) const { return m_hosts.value(index, ReplicaHost::Verify); }
    int indexOf(const QString &id) const;
    // "step id: host — description" lines, as shown before the run.
    QString describe() const;

    // The application_name the standby reports, so the primary's pg_stat_replication can be matched.
    static QString applicationName(const QString &slot) { return slot; }
    // The firewall step's commands (run as root), so that they can be read and tested on their own.
    static QString firewallOpenCommand(const QString &address, int port, const QString &slot);
    static QString firewallCloseCommand(const QString &address, int port, const QString &slot);

private:
    ApplyStep &add(ReplicaHost host, ApplyStep step);

    ApplyPlan m_plan;
    QList<ReplicaHost> m_hosts;
};

} // namespace supadesk
