// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupruncommands.h"

#include "core/shellquote.h"

namespace supadesk {

QString BackupRunCommands::wrap(const QString &shellCode, const QString &prefix)
{
    const QString command = QStringLiteral("sh -c ") + shellQuote(shellCode);
    return prefix.isEmpty() ? command : prefix + QLatin1Char(' ') + command;
}

QString BackupRunCommands::check(const QString &container)
{
    return QStringLiteral("command -v docker >/dev/null || exit 3\n"
                          "state=$(docker inspect -f '{{.State.Running}}' ") +
           shellQuote(container) +
           QStringLiteral(" 2>&1) || { echo \"$state\" | tail -n 1 >&2; exit 4; }\n"
                          "[ \"$state\" = true ] || exit 5\n");
}

QString BackupRunCommands::makeFolder()
{
    // -t: in $TMPDIR (or /tmp) under a random name that mktemp creates itself, mode 0700.
    return QStringLiteral("mktemp -d -t supadesk-backup-now.XXXXXXXXXX");
}

Result<QString> BackupRunCommands::folderFrom(const QByteArray &output)
{
    const QString folder = QString::fromUtf8(output).trimmed();
    if (!folder.startsWith(QLatin1Char('/')) || folder.contains(QLatin1Char('\n')) ||
        folder.contains(QChar(0)))
        return Error{ErrorCode::BackupRunFolder,
                     tr("The server gave no scratch folder for the backup: %1").arg(folder)};
    return folder;
}

QString BackupRunCommands::scriptPath(const QString &folder)
{
    return folder + QStringLiteral("/backup.sh");
}

QString BackupRunCommands::pidPath(const QString &folder)
{
    return folder + QStringLiteral("/backup.pid");
}

QString BackupRunCommands::run(const QString &folder)
{
    // setsid: a process group of its own, whose id (the pid of the bash that execs the script) is
    // written down, so that Cancel can stop pg_dump inside it too.
    return QStringLiteral("d=") + shellQuote(folder) +
           QStringLiteral("\nsetsid -w bash -c 'echo \"$$\" >\"$0\"; exec bash \"$1\"' \"$d/backup.pid\" "
                          "\"$d/backup.sh\"\nrc=$?\nrm -rf -- \"$d\"\nexit $rc\n");
}

QString BackupRunCommands::stop(const QString &folder)
{
    // The run may have been started a moment ago: its pid file comes first. `kill -TERM -1` would
    // reach every process, so only a plain number above 1 (no sign, no leading zero) is used.
    return QStringLiteral("f=") + shellQuote(pidPath(folder)) +
           QStringLiteral("\ni=0\nwhile [ ! -s \"$f\" ] && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done\n"
                          "[ -s \"$f\" ] || { echo \"no pid file: the backup has not started or has ended\" "
                          ">&2; exit 6; }\n"
                          "p=$(head -c 32 \"$f\")\n"
                          "case $p in\n"
                          "'' | 0* | *[!0-9]*) echo \"refusing to stop process group '$p': not a process "
                          "id\" >&2; exit 6 ;;\n"
                          "esac\n"
                          "[ \"$p\" -gt 1 ] || { echo \"refusing to stop process group $p\" >&2; exit 6; }\n"
                          "kill -TERM -\"$p\"\n");
}

QString BackupRunCommands::removeFolder(const QString &folder)
{
    return QStringLiteral("rm -rf -- ") + shellQuote(folder);
}

} // namespace supadesk
