// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>

namespace supadesk {

// The shell commands of one "Run now" of backup.sh (BackupRun runs them): a private scratch folder
// made by mktemp -d for the script and its pid file, the run in a process group of its own, and the
// stop that Cancel sends. Nothing goes under a name another user of the server could guess: a pid
// file planted in /tmp would otherwise make root's `kill -TERM -PID` hit any process, or with "1",
// every process.
class BackupRunCommands
{
    Q_DECLARE_TR_FUNCTIONS(supadesk::BackupRunCommands)

public:
    // `sh -c CODE`, with `prefix` (e.g. "sudo -n") in front when it is not empty.
    static QString wrap(const QString &shellCode, const QString &prefix);

    // Exit 0 when Docker answers and `container` runs; 3 no docker, 4 docker cannot inspect it
    // (its last error line on standard error), 5 not running.
    static QString check(const QString &container);
    // Run as the login user (who uploads over SFTP): prints the new folder, mode 0700.
    static QString makeFolder();
    // The folder makeFolder() printed, checked: an absolute path of one line.
    static Result<QString> folderFrom(const QByteArray &output);
    static QString scriptPath(const QString &folder);
    static QString pidPath(const QString &folder);

    // Runs the uploaded script in a session of its own whose id goes to the pid file, then removes
    // the folder; exits with the script's status.
    static QString run(const QString &folder);
    // Waits up to 5 s for the pid file, then terminates that process group. A pid file that holds
    // anything but a number above 1 is refused (exit 6, with a message) and nothing is killed.
    static QString stop(const QString &folder);
    // Removes the folder when the run is cancelled before it started.
    static QString removeFolder(const QString &folder);
};

} // namespace supadesk
