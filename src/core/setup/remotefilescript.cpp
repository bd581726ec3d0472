// SPDX-License-Identifier: GPL-3.0-or-later
#include "remotefilescript.h"

#include "hostfactsparser.h"

namespace supadesk {

namespace {

QString q(const QString &value)
{
    return HostFactsParser::shellQuote(value);
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
    QString s = QStringLiteral("set -e\nf=%1; b=%2; t=\"$f.supadesk-tmp-$$\"\n").arg(q(path), q(backupPath));
    s += QStringLiteral("trap 'rm -f -- \"$t\"' EXIT\n"
                        "umask 077\n"
                        "cat >\"$t\"\n"
                        "if [ -e \"$f\" ]; then\n"
                        "  cp -p -- \"$f\" \"$b\"\n"
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
    return QStringLiteral("cp -p -- %1 %2 && mv -f -- %2 %3")
        .arg(q(backupPath), q(path + QStringLiteral(".supadesk-restore")), q(path));
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
