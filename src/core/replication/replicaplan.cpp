// SPDX-License-Identifier: GPL-3.0-or-later
#include "replicaplan.h"

#include "core/setup/pgconfigwriter.h"
#include "core/shellquote.h"
#include "replicarules.h"

namespace supadesk {

namespace {

QString q(const QString &value)
{
    return shellQuote(value);
}

} // namespace

ApplyStep &ReplicaPlan::add(ReplicaHost host, ApplyStep step)
{
    m_plan.steps().append(std::move(step));
    m_hosts.append(host);
    return m_plan.steps().last();
}

int ReplicaPlan::indexOf(const QString &id) const
{
    for (int i = 0; i < m_plan.size(); ++i)
        if (m_plan.steps().at(i).id == id)
            return i;
    return -1;
}

ReplicaPlan ReplicaPlan::build(const ReplicaSetupOptions &o)
{
    ReplicaPlan p;
    const QString bin = o.binDir.isEmpty() ? QString() : o.binDir + QLatin1Char('/');
    // Role and slot names are checked identifiers (ReplicaRules::isValidIdentifier): no quoting needed.
    if (o.createRole) {
        ApplyStep role;
        role.kind = ApplyStep::Kind::RunSql;
        role.id = QStringLiteral("role");
        role.description = tr("Create the replication role %1 with a generated password; the standby keeps "
                              "it in its own configuration, readable by its owner only.")
                               .arg(o.role);
        role.sql = QStringLiteral("CREATE ROLE %1 WITH REPLICATION LOGIN PASSWORD %2")
                       .arg(o.role, QLatin1String(PasswordPlaceholder));
        role.undoSql = QStringLiteral("DROP ROLE IF EXISTS %1").arg(o.role);
        p.add(ReplicaHost::PrimarySql, role);
    }
    ApplyStep slot;
    slot.kind = ApplyStep::Kind::RunSql;
    slot.id = QStringLiteral("slot");
    slot.description = tr("Create the physical replication slot %1, so the primary keeps the WAL the standby "
                          "has not received.")
                           .arg(o.slot);
    slot.sql = QStringLiteral("SELECT pg_create_physical_replication_slot(%1)")
                   .arg(PgConfigWriter::quoteLiteral(o.slot));
    slot.undoSql = QStringLiteral("SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots "
                                  "WHERE slot_name = %1")
                       .arg(PgConfigWriter::quoteLiteral(o.slot));
    p.add(ReplicaHost::PrimarySql, slot);

    ApplyStep hba;
    hba.kind = ApplyStep::Kind::RunCommand;
    hba.id = QStringLiteral("hba");
    hba.path = o.hbaFile;
    hba.description = tr("Let %1 replicate from %2 only, with a password (pg_hba.conf: \"%3\"), and reload "
                         "the primary's configuration. The old file is kept next to it.")
                          .arg(o.role, o.standbyAddress, ReplicaRules::hbaLine(o.role, o.standbyAddress));
    // The engine reads the file, keeps its backup and writes the new content (ReplicaRules::withHbaLine).
    hba.command =
        QStringLiteral("cp -p %1 %1.supadesk-backup-TIMESTAMP && write %1 && SELECT pg_reload_conf()")
            .arg(q(o.hbaFile));
    hba.undoCommand =
        QStringLiteral("cp -p %1.supadesk-backup-TIMESTAMP %1 && SELECT pg_reload_conf()").arg(q(o.hbaFile));
    p.add(ReplicaHost::PrimaryShell, hba);

    if (o.firewall) {
        ApplyStep firewall;
        firewall.kind = ApplyStep::Kind::RunCommand;
        firewall.id = QStringLiteral("firewall");
        firewall.description = tr("Open the primary's port %1 to %2 only: a ufw rule when ufw is active, and "
                                  "an exception in Docker's DOCKER-USER chain when Docker runs there.")
                                   .arg(o.primaryPort)
                                   .arg(o.standbyAddress);
        firewall.command = firewallOpenCommand(o.standbyAddress, o.primaryPort, o.slot);
        firewall.undoCommand = firewallCloseCommand(o.standbyAddress, o.primaryPort, o.slot);
        p.add(ReplicaHost::PrimaryRoot, firewall);
    }

    ApplyStep backup;
    backup.kind = ApplyStep::Kind::RunCommand;
    backup.id = QStringLiteral("basebackup");
    backup.path = o.standbyDataDir;
    backup.description =
        tr("Copy the primary to %1 on the standby host with pg_basebackup, streaming the WAL "
           "and writing the standby's connection settings.")
            .arg(o.standbyDataDir);
    backup.command =
        QStringLiteral("%1pg_basebackup -h %2 -p %3 -U %4 -R -S %5 -D %6 -X stream -P -c fast -w -d %7")
            .arg(bin, q(o.primaryHost), QString::number(o.primaryPort), q(o.role), q(o.slot),
                 q(o.standbyDataDir), q(QStringLiteral("application_name=") + applicationName(o.slot)));
    // Only what the copy made goes: the directory was checked empty (or absent) before the run.
    backup.undoCommand = o.standbyDirExists
                             ? QStringLiteral("find %1 -mindepth 1 -delete").arg(q(o.standbyDataDir))
                             : QStringLiteral("rm -rf %1").arg(q(o.standbyDataDir));
    p.add(ReplicaHost::StandbyShell, backup);

    ApplyStep config;
    config.kind = ApplyStep::Kind::RunCommand;
    config.id = QStringLiteral("standby-config");
    config.path = o.standbyDataDir + QStringLiteral("/postgresql.auto.conf");
    config.description =
        tr("Set the standby's own port (%1) in its postgresql.auto.conf.").arg(o.standbyPort);
    config.command = QStringLiteral("cat > %1").arg(q(config.path));
    p.add(ReplicaHost::StandbyShell, config);

    ApplyStep start;
    start.kind = ApplyStep::Kind::RunCommand;
    start.id = QStringLiteral("start");
    start.description = tr("Start the standby.");
    start.command = QStringLiteral("%1pg_ctl -D %2 -l %3 -w -t 120 start")
                        .arg(bin, q(o.standbyDataDir), q(o.standbyDataDir + QStringLiteral("/startup.log")));
    start.undoCommand = QStringLiteral("! %1pg_ctl -D %2 status >/dev/null || %1pg_ctl -D %2 -m fast -w stop")
                            .arg(bin, q(o.standbyDataDir));
    p.add(ReplicaHost::StandbyShell, start);

    if (o.synchronous) {
        ApplyStep sync;
        sync.kind = ApplyStep::Kind::RunSql;
        sync.id = QStringLiteral("synchronous");
        sync.description = tr("Make commits on the primary wait until the standby has the WAL "
                              "(synchronous_standby_names): no committed write is lost with the primary, "
                              "but every write waits for the standby, and stops while it is down.");
        sync.sql = QStringLiteral("ALTER SYSTEM SET synchronous_standby_names = %1; SELECT pg_reload_conf()")
                       .arg(PgConfigWriter::quoteLiteral(QLatin1Char('"') + applicationName(o.slot) +
                                                         QLatin1Char('"')));
        sync.undoSql =
            QStringLiteral("ALTER SYSTEM RESET synchronous_standby_names; SELECT pg_reload_conf()");
        p.add(ReplicaHost::PrimarySql, sync);
    }

    ApplyStep verify;
    verify.kind = ApplyStep::Kind::RunSql;
    verify.id = QStringLiteral("verify");
    verify.description = tr("Check that the standby streams: pg_stat_replication on the primary, "
                            "pg_stat_wal_receiver on the standby, and a marker row written on the primary "
                            "read back on the standby.");
    p.add(ReplicaHost::Verify, verify);
    return p;
}

// ufw counts as active only when its own configuration says so; a rule added to an inactive ufw
// would open the port the day someone enables it, for reasons nobody remembers. The DOCKER-USER
// exception goes first in the chain, because Supadesk's firewall.sh drops the database's port there
// for outside traffic. Both carry the slot's name as their comment, so the undo removes only them.
QString ReplicaPlan::firewallOpenCommand(const QString &address, int port, const QString &slot)
{
    const QString comment = q(QStringLiteral("supadesk replica ") + slot);
    return QStringLiteral("if command -v ufw >/dev/null 2>&1 && grep -q '^ENABLED=yes' /etc/ufw/ufw.conf; "
                          "then ufw allow proto tcp from %1 to any port %2 comment %3; "
                          "else echo 'ufw is not active'; fi && "
                          "if iptables -n -L DOCKER-USER >/dev/null 2>&1; then iptables -I DOCKER-USER 1 "
                          "-s %1 -p tcp --dport %2 -m comment --comment %3 -j RETURN; fi")
        .arg(q(address), QString::number(port), comment);
}

QString ReplicaPlan::firewallCloseCommand(const QString &address, int port, const QString &slot)
{
    const QString comment = q(QStringLiteral("supadesk replica ") + slot);
    return QStringLiteral("if command -v ufw >/dev/null 2>&1 && grep -q '^ENABLED=yes' /etc/ufw/ufw.conf; "
                          "then ufw delete allow proto tcp from %1 to any port %2 comment %3; fi; "
                          "while iptables -D DOCKER-USER -s %1 -p tcp --dport %2 -m comment --comment %3 "
                          "-j RETURN 2>/dev/null; do :; done; true")
        .arg(q(address), QString::number(port), comment);
}

QString ReplicaPlan::describe() const
{
    QStringList lines;
    for (int i = 0; i < m_plan.size(); ++i) {
        const ApplyStep &s = m_plan.steps().at(i);
        QString where;
        switch (host(i)) {
        case ReplicaHost::PrimarySql:
        case ReplicaHost::PrimaryShell:
        case ReplicaHost::PrimaryRoot:
            where = tr("primary");
            break;
        case ReplicaHost::StandbyShell:
            where = tr("standby");
            break;
        case ReplicaHost::Verify:
            where = tr("both");
            break;
        }
        lines.append(tr("%1. [%2] %3").arg(i + 1).arg(where, s.description));
        const QString what = s.kind == ApplyStep::Kind::RunSql ? s.sql : s.command;
        if (!what.isEmpty())
            lines.append(QStringLiteral("     ") + what);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace supadesk
