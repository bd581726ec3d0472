// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sshconnectoptions.h"

#include <QString>
#include <QStringList>

namespace supadesk {

// The parts of an OpenSSH client config (~/.ssh/config) that name where and how to log in:
// HostName, Port, User, IdentityFile and ProxyJump, found through "Host" patterns ("*", "?", "!") with
// OpenSSH's rule that the first value seen for a keyword wins. Match blocks are skipped.
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
    };

    explicit SshConfigFile(QString path);
    static QString defaultPath();

    Entry lookup(const QString &alias) const;
    // Fills in what `options` leaves open: the real host name for an alias, the port when it is
    // the default 22, the user when empty, the key file when key authentication has none, and the
    // jump hosts when none are given.
    SshConnectOptions apply(SshConnectOptions options) const;

private:
    QString m_path;
};

} // namespace supadesk
