// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sshconnectoptions.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace supadesk {

// The parts of an OpenSSH client config (~/.ssh/config) that name where and how to log in:
// HostName, Port, User, IdentityFile, ProxyJump, HashKnownHosts and GlobalKnownHostsFile, found
// through "Host" patterns ("*", "?", "!") with OpenSSH's rule that the first value seen for a keyword
// wins, following Include (globs; relative paths from `includeDir`, ~/.ssh for a user's file and
// /etc/ssh for the system-wide one). Match blocks are skipped. This is the fallback for machines
// without ssh; SshConfigResolver asks `ssh -G` where it can.
class SshConfigFile
{
public:
    struct Entry
    {
        QString hostName;
        int port = 0;
        QString user;
        QStringList identityFiles;
        // ProxyJump as written ("none" included), empty when the config gives none.
        QString proxyJump;
        std::optional<bool> hashKnownHosts;
        // GlobalKnownHostsFile; empty when the config gives none.
        QStringList globalKnownHostsFiles;

        // Fills what this entry leaves open from `later` (a file read after this one).
        void fillFrom(const Entry &later);
    };

    explicit SshConfigFile(QString path, QString includeDir = QString());
    static QString defaultPath();
    static QString systemPath();

    Entry lookup(const QString &alias) const;
    // Fills in what `options` leaves open: the real host name for an alias, the port when it is
    // the default 22, the user when empty, the key file when key authentication has none, and the
    // jump hosts when none are given; HashKnownHosts and GlobalKnownHostsFile when the entry has them.
    static SshConnectOptions apply(SshConnectOptions options, const Entry &entry);
    SshConnectOptions apply(SshConnectOptions options) const;

private:
    QString m_path;
    QString m_includeDir;
};

} // namespace supadesk
