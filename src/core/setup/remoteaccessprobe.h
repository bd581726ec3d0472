// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "remoteaccess.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace supadesk {

// One remote command (POSIX sh, run as the login user, changes nothing) that tells what the login may
// do before an apply starts: `id -u`, `id -un`, whether `sudo -n true` works, and for every path
// whether the login user can replace that file itself. A file counts as the user's when it is owned
// by the user and its group (so that the replacement can keep both), readable and writable, in a folder the
// user may write to (a new file: the folder, or its nearest existing parent, is writable); anything else
// needs root. Answers come as lines
//   @@uid N / @@user NAME / @@sudo RC / @@path INDEX user|root
class RemoteAccessProbe
{
public:
    static QString command(const QStringList &paths);
    // Never fails: what is missing keeps its "unknown" value (uid -1), a path without an answer
    // counts as needing root.
    static RemoteAccess parse(const QByteArray &output, int pathCount);
};

} // namespace supadesk
