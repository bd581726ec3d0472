// SPDX-License-Identifier: GPL-3.0-or-later
#include "remotefilescript.h"

#include "core/shellquote.h"

namespace supadesk {

namespace {

QString q(const QString &value)
{
    return shellQuote(value);
}

QString octal(int mode)
{
    return QString::number(mode, 8);
}

} // namespace

QString RemoteFileScript::run(const QString &script, bool asRoot)
{
    return (asRoot ? QStringLiteral("sudo -n sh -c ") : QStringLiteral("sh -c ")) + q(script);
}

QString RemoteFileScript::mode(const QString &path)
{
    return QStringLiteral("if [ -e %1 ]; then stat -c %a -- %1; else echo none; fi").arg(q(path));
}

QString RemoteFileScript::read(const QString &path)
{
    return QStringLiteral("cat -- %1").arg(q(path));
}

QString RemoteFileScript::replace(const QString &path, const QString &backupPath, int mode)
{
    // The temporary names come from mktemp (O_EXCL, random) in the target's own folder: a name an
    // other user could guess would let them plant a symlink there that root then writes through.
    // The backup is copied to such a name too, then renamed (rename never follows a symlink).
    QString s = QStringLiteral("set -e\nf=%1; b=%2; k=\n").arg(q(path), q(backupPath));
    s += QStringLiteral("umask 077\n"
                        "t=$(mktemp -- \"$f.supadesk-XXXXXXXX\")\n"
                        "trap 'rm -f -- \"$t\" ${k:+\"$k\"}' EXIT\n"
                        "cat >\"$t\"\n"
                        "if [ -e \"$f\" ]; then\n"
                        "  k=$(mktemp -- \"$f.supadesk-XXXXXXXX\")\n"
                        "  cp -p -- \"$f\" \"$k\"\n"
                        "  mv -fT -- \"$k\" \"$b\"\n"
                        "  k=\n"
                        "  chown --reference=\"$f\" -- \"$t\"\n"
                        "  chmod --reference=\"$f\" -- \"$t\"\n"
                        "  printf '%s\\n' \"$b\"\n"
                        "else\n"
                        "  chown --reference=\"$(dirname -- \"$f\")\" -- \"$t\"\n"
                        "  chmod 644 -- \"$t\"\n"
                        "fi\n");
    if (mode >= 0)
        s += QStringLiteral("chmod %1 -- \"$t\"\n").arg(octal(mode));
    s += QStringLiteral("sync -- \"$t\" 2>/dev/null || :\n"
                        "mv -f -- \"$t\" \"$f\"\n"
                        "trap - EXIT\n");
    return s;
}

QString RemoteFileScript::restore(const QString &backupPath, const QString &path)
{
    // A mktemp name beside the target, as in replace(): nothing an other user can plant in advance.
    return QStringLiteral("set -e\nb=%1; f=%2\n"
                          "t=$(mktemp -- \"$f.supadesk-XXXXXXXX\")\n"
                          "trap 'rm -f -- \"$t\"' EXIT\n"
                          "cp -p -- \"$b\" \"$t\"\n"
                          "mv -fT -- \"$t\" \"$f\"\n"
                          "trap - EXIT\n")
        .arg(q(backupPath), q(path));
}

QString RemoteFileScript::pruneBackups(const QString &path, int keep)
{
    // The glob sorts the copies oldest first; only regular files (no symlinks) are removed.
    return QStringLiteral("f=%1\n"
                          "set -- \"$f\".supadesk-backup-*\n"
                          "[ -e \"$1\" ] || exit 0\n"
                          "n=$#\n"
                          "while [ \"$n\" -gt %2 ]; do\n"
                          "  if [ -f \"$1\" ] && [ ! -L \"$1\" ]; then rm -f -- \"$1\"; fi\n"
                          "  shift\n"
                          "  n=$((n - 1))\n"
                          "done\n")
        .arg(q(path), QString::number(qMax(1, keep)));
}

QString RemoteFileScript::remove(const QString &path)
{
    return QStringLiteral("rm -f -- %1").arg(q(path));
}

QString RemoteFileScript::chmod(const QString &path, int mode)
{
    return QStringLiteral("chmod %1 -- %2").arg(octal(mode), q(path));
}

} // namespace supadesk
