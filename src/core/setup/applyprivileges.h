// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "applystep.h"
#include "core/result.h"
#include "remoteaccess.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace supadesk {

// Decides, before an apply starts, which steps run as root: for root itself none needs sudo; for
// another login user a command step marked needsRoot, and a file step whose file the user cannot
// replace itself (RemoteAccess::files), run through `sudo -n`. When a step needs root and the login
// can neither be nor become root, the whole apply is refused before anything changes.
class ApplyPrivileges
{
    Q_DECLARE_TR_FUNCTIONS(supadesk::ApplyPrivileges)

public:
    // The remote paths of the file steps, in step order (what RemoteAccessProbe::command() checks).
    static QStringList filePaths(const ApplySteps &steps);
    // Per step: true when it runs through `sudo -n`. Error "apply.privileges.missing" names the login
    // user, the steps that need root and the fix.
    static Result<QList<bool>> stepsThroughSudo(const ApplySteps &steps, const RemoteAccess &access);
    // Translated: what to do when root is needed and missing, for `user`.
    static QString fix(const QString &user);
};

} // namespace supadesk
