// SPDX-License-Identifier: GPL-3.0-or-later
#include "applystep.h"

#include "remotefilescript.h"

namespace supadesk {

QString ApplyStep::withHereDoc(const QString &command, const QString &input)
{
    QString delimiter = QStringLiteral("SUPADESK_SQL");
    const QStringList lines = input.split(QLatin1Char('\n'));
    for (int n = 1; lines.contains(delimiter); ++n)
        delimiter = QStringLiteral("SUPADESK_SQL_%1").arg(n);
    QString body = input;
    if (!body.endsWith(QLatin1Char('\n')))
        body += QLatin1Char('\n');
    return QStringLiteral("%1 <<'%2'\n%3%2\n").arg(command, delimiter, body);
}

// Commands run under sh whatever the login shell of the SSH user is.
QString ApplyStep::remoteCommand(bool asRoot) const
{
    switch (kind) {
    case Kind::RunCommand:
        return RemoteFileScript::run(command, asRoot);
    case Kind::RunSql:
        return RemoteFileScript::run(withHereDoc(command, sql), asRoot);
    case Kind::WriteFile:
    case Kind::EditEnv:
        break;
    }
    return QString();
}

QString ApplyStep::remoteUndoCommand(bool asRoot) const
{
    if (kind == Kind::RunCommand && !undoCommand.isEmpty())
        return RemoteFileScript::run(undoCommand, asRoot);
    if (kind == Kind::RunSql && !undoSql.isEmpty())
        return RemoteFileScript::run(withHereDoc(command, undoSql), asRoot);
    return QString();
}

} // namespace supadesk
