// SPDX-License-Identifier: GPL-3.0-or-later
#include "applyprivileges.h"

namespace supadesk {

QStringList ApplyPrivileges::filePaths(const ApplySteps &steps)
{
    QStringList paths;
    for (const ApplyStep &step : steps)
        if (step.changesFile())
            paths.append(step.path);
    return paths;
}

QString ApplyPrivileges::fix(const QString &user)
{
    const QString name = user.isEmpty() ? QStringLiteral("USER") : user;
    return tr("Add a NOPASSWD sudo rule for %1 (for example the line \"%1 ALL=(ALL) NOPASSWD: ALL\" in "
              "/etc/sudoers.d/supadesk, written with visudo), or log in as root.")
        .arg(name);
}

Result<QList<bool>> ApplyPrivileges::stepsThroughSudo(const ApplySteps &steps, const RemoteAccess &access)
{
    QList<bool> sudo;
    QStringList needRoot;
    int file = 0;
    for (int i = 0; i < steps.size(); ++i) {
        const ApplyStep &step = steps.at(i);
        bool root = step.needsRoot;
        if (step.changesFile()) {
            root = access.files.value(file, RemoteAccess::FileAccess::Root) == RemoteAccess::FileAccess::Root;
            ++file;
        }
        if (access.isRoot())
            root = false; // root runs everything as itself
        if (root)
            needRoot.append(QString::number(i + 1));
        sudo.append(root);
    }
    if (needRoot.isEmpty() || access.passwordlessSudo())
        return sudo;
    const QString who = access.user.isEmpty() ? tr("The login user") : access.user;
    const QString why =
        access.uid < 0 ? tr("%1 could not be identified on the server (id -u did not answer).").arg(who)
        : access.sudoStatus == 127 ? tr("%1 is not root and sudo is not installed on the server.").arg(who)
                                   : tr("%1 is not root and cannot use sudo without a password.").arg(who);
    const QString message = needRoot.size() == 1 ? tr("%1 Step %2 needs root, so nothing was changed. %3")
                                                 : tr("%1 Steps %2 need root, so nothing was changed. %3");
    return Error{ErrorCode::ApplyPrivilegesMissing,
                 message.arg(why, needRoot.join(QStringLiteral(", ")), fix(access.user))};
}

} // namespace supadesk
