// SPDX-License-Identifier: GPL-3.0-or-later
#include "remoteaccessprobe.h"

#include "core/shellquote.h"

namespace supadesk {

QString RemoteAccessProbe::command(const QStringList &paths)
{
    QString s = QStringLiteral(
        "LC_ALL=C; export LC_ALL\n"
        "printf '@@uid %s\\n' \"$(id -u)\"\n"
        "printf '@@user %s\\n' \"$(id -un)\"\n"
        "if [ \"$(id -u)\" = 0 ]; then r=0; elif command -v sudo >/dev/null 2>&1; then "
        "sudo -n true </dev/null >/dev/null 2>&1; r=$?; else r=127; fi\n"
        "printf '@@sudo %s\\n' \"$r\"\n"
        // The nearest existing folder of a path: a new file lands there (or fails there).
        "w() { [ -w \"$1\" ] && [ -x \"$1\" ]; }\n"
        "a() { f=$1; d=$(dirname -- \"$f\"); "
        "if [ -e \"$f\" ]; then [ -O \"$f\" ] && [ -G \"$f\" ] && [ -r \"$f\" ] && [ -w \"$f\" ] && w \"$d\" "
        "&& echo user || "
        "echo root; "
        "return; fi; "
        "while [ ! -d \"$d\" ] && [ \"$d\" != / ] && [ \"$d\" != . ]; do d=$(dirname -- \"$d\"); done; "
        "w \"$d\" && echo user || echo root; }\n");
    for (int i = 0; i < paths.size(); ++i)
        s += QStringLiteral("printf '@@path %1 %s\\n' \"$(a %2)\"\n").arg(i).arg(shellQuote(paths.at(i)));
    s += QStringLiteral("exit 0\n");
    return s;
}

RemoteAccess RemoteAccessProbe::parse(const QByteArray &output, int pathCount)
{
    RemoteAccess access;
    for (int i = 0; i < pathCount; ++i)
        access.files.append(RemoteAccess::FileAccess::Root);
    const QStringList lines = QString::fromUtf8(output).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const QStringList parts = line.trimmed().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (parts.size() < 2)
            continue;
        bool ok = false;
        const QString &key = parts.at(0);
        if (key == QLatin1String("@@uid")) {
            const int uid = parts.at(1).toInt(&ok);
            if (ok)
                access.uid = uid;
        } else if (key == QLatin1String("@@user")) {
            access.user = parts.at(1);
        } else if (key == QLatin1String("@@sudo")) {
            const int rc = parts.at(1).toInt(&ok);
            if (ok)
                access.sudoStatus = rc;
        } else if (key == QLatin1String("@@path") && parts.size() >= 3) {
            const int index = parts.at(1).toInt(&ok);
            if (ok && index >= 0 && index < pathCount && parts.at(2) == QLatin1String("user"))
                access.files[index] = RemoteAccess::FileAccess::User;
        }
    }
    return access;
}

} // namespace supadesk
