// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace supadesk {

// What the SSH login may do on the server, as RemoteAccessProbe reads it before an apply: who it is,
// whether `sudo -n` works for it, and for each file the plan changes whether the login user can
// replace it itself (owner, write and folder permissions) or needs root for it.
struct RemoteAccess
{
    enum class FileAccess { User, Root };

    int uid = -1;            // `id -u`; -1 when it did not answer
    QString user;            // `id -un`
    int sudoStatus = -1;     // exit status of `sudo -n true`: 0 works, 1 asks for a password, 127 no sudo
    QList<FileAccess> files; // one per path given to RemoteAccessProbe::command(), in order

    bool isRoot() const { return uid == 0; }
    bool passwordlessSudo() const { return sudoStatus == 0; }
    // Root itself, or a user that becomes root with `sudo -n`.
    bool canBecomeRoot() const { return isRoot() || passwordlessSudo(); }
};

} // namespace supadesk
