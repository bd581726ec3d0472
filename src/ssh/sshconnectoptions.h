// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/stack.h"

#include <QString>
#include <QStringList>

namespace supadesk {

// Everything needed to open and authenticate one SSH session. Secrets (password, passphrase) are
// filled in by the caller from the keychain or a prompt and never stored here longer than needed.
struct SshConnectOptions
{
    QString host;
    int port = 22;
    QString user;
    AuthMethod auth = AuthMethod::Agent;
    QString keyFile;
    QString passphrase;
    QString password;
    // Supadesk's own known_hosts (read/write) and the user's OpenSSH one (read only); empty = none.
    QString knownHostsFile;
    QString userKnownHostsFile;
    // OpenSSH's system-wide known_hosts files (GlobalKnownHostsFile): trusted and revoking like the
    // others, never written.
    QStringList systemKnownHostsFiles{QStringLiteral("/etc/ssh/ssh_known_hosts"),
                                      QStringLiteral("/etc/ssh/ssh_known_hosts2")};
    // Write new entries of Supadesk's own file hashed, as ssh does with HashKnownHosts yes.
    bool hashKnownHosts = false;
    // An ssh_config read instead of ~/.ssh/config and /etc/ssh/ssh_config (as ssh -F); empty = those.
    QString sshConfigFile;
    // Record an unknown host key instead of refusing (like StrictHostKeyChecking=accept-new).
    bool acceptNewHostKey = false;
    // SSH servers to pass through first, in ProxyJump syntax (see JumpHostList); empty = direct.
    QString proxyJump;
    // Each of TCP connect, key exchange and authentication gets this long.
    int timeoutSeconds = 10;
};

} // namespace supadesk
