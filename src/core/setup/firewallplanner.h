// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace supadesk {

struct FirewallOptions
{
    int sshPort = 22; // the port this very session uses: allowed before anything is denied
    QList<int> publicPorts{80, 443};
    // Ports that Docker publishes and that must not be reachable from outside: Supavisor's session
    // and transaction ports.
    QList<int> closedPorts{5432, 6543};
    int revertAfterSeconds = 300;
};

// firewall.sh: ufw that cannot lock the user out. ufw's state is saved first (its rules files, the
// defaults in /etc/default/ufw, whether it was active), an automatic revert is armed (systemd-run, or
// `at` only when atd runs), the SSH rule comes before anything is denied, and only
// `firewall.sh --confirm`, run from a new SSH connection while the revert is still armed and ufw is
// active, disarms it. A revert (failed proof, cancel, timer) puts back exactly the saved state, so a
// server whose ufw was already on keeps its own rules. Because Docker-published ports bypass ufw, the pooler
// ports are also dropped in Docker's DOCKER-USER chain for traffic arriving on the public interface.
class FirewallPlanner
{
    Q_DECLARE_TR_FUNCTIONS(supadesk::FirewallPlanner)

public:
    static Result<QString> script(const FirewallOptions &options);
};

} // namespace supadesk
