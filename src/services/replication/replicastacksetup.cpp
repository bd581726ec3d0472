// SPDX-License-Identifier: GPL-3.0-or-later
#include "replicastacksetup.h"

#include "core/replication/replicarules.h"
#include "replicastacklink.h"

namespace supadesk {

ReplicaStackSetup::ReplicaStackSetup(QObject *parent) : QObject(parent) {}

void ReplicaStackSetup::cancel()
{
    m_cancelled = true;
    if (m_setup)
        m_setup->cancel();
}

ReplicaSetupOutcome ReplicaStackSetup::run(ReplicaStackSetupRequest r, bool dryRun)
{
    ReplicaSetupOutcome refused;
    const auto stop = [&refused](const Error &error) {
        refused.error = error;
        refused.report.refusal = error.message;
        return refused;
    };
    if (r.primary.id == r.standby.id)
        return stop(Error{ErrorCode::CliUsage, tr("The standby must be another stack than the primary.")});
    ReplicaStackSide primary;
    primary.stack = r.primary;
    emit logLine(tr("Connecting to %1.").arg(r.primary.name));
    if (const Status opened = ReplicaStackLink::open(primary, r.primarySettings, r.databasePassword);
        !opened.ok())
        return stop(opened.error());
    ReplicaStackSide standby;
    standby.stack = r.standby;
    emit logLine(tr("Connecting to %1.").arg(r.standby.name));
    if (const Status opened = ReplicaStackLink::open(standby, r.standbySettings, r.databasePassword);
        !opened.ok())
        return stop(opened.error());
    if (m_cancelled)
        return stop(Error{ErrorCode::ReplicaStep, tr("Cancelled; nothing was changed.")});

    const QString primaryAddress =
        r.primaryAddress.isEmpty()
            ? ReplicaStackLink::primaryAddress(r.primary, primary.connection->settings().ssh.host)
            : r.primaryAddress;
    QString standbyAddress = r.standbyAddress;
    if (standbyAddress.isEmpty()) {
        const Result<QString> seen = ReplicaStackLink::sourceAddress(*standby.postgres, primaryAddress);
        if (!seen.ok())
            return stop(seen.error());
        standbyAddress = seen.value();
    }
    ReplicaSetupRequest request;
    request.primaryDsn = primary.dsn;
    request.standbyDsn = standby.dsn;
    request.standbyDsn.user = primary.dsn.user; // a copy of the primary: the same login
    request.standbyDsn.password = primary.dsn.password;
    request.primaryHost = primary.postgres.get();
    request.standbyHost = standby.postgres.get();
    request.primaryRoot = primary.root.get();
    request.password = r.replicationPassword;
    request.verifyTimeoutSeconds = r.verifyTimeoutSeconds;
    ReplicaSetupOptions &o = request.options;
    o.primaryHost = primaryAddress;
    o.primaryPort = r.primary.dbPort;
    o.standbyAddress = standbyAddress;
    o.standbyPort = r.standby.dbPort;
    o.role = r.role;
    o.slot = r.slot.isEmpty() ? ReplicaRules::slotName(r.standby.name) : r.slot;
    o.standbyDataDir =
        r.standbyDataDir.isEmpty() ? ReplicaStackLink::defaultDataDir(o.slot) : r.standbyDataDir;
    o.binDir = r.binDir;
    o.synchronous = r.synchronous;
    o.firewall = true;

    ReplicaSetup setup;
    m_setup = &setup;
    connect(&setup, &ReplicaSetup::planReady, this, &ReplicaStackSetup::planReady);
    connect(&setup, &ReplicaSetup::stepStarted, this, &ReplicaStackSetup::stepStarted);
    connect(&setup, &ReplicaSetup::stepFinished, this, &ReplicaStackSetup::stepFinished);
    connect(&setup, &ReplicaSetup::progress, this, &ReplicaStackSetup::progress);
    connect(&setup, &ReplicaSetup::logLine, this, &ReplicaStackSetup::logLine);
    if (m_cancelled)
        setup.cancel();
    ReplicaSetupOutcome outcome = setup.run(request, dryRun);
    m_options = request.options;
    // run() filled in what preflight found (the hba file, whether the directory exists).
    m_options.standbyAddress = standbyAddress;
    m_setup = nullptr;
    return outcome;
}

} // namespace supadesk
