#include "applystep.h"

#include "hostfactsparser.h"

namespace supadesk {

namespace {

// `psql <<'DELIM'` with a delimiter that does not occur as a line of the script.
QString withHereDoc(const QString &command, const QString &input)
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
QString underSh(const QString &script)
{
    return QStringLiteral("sh -c ") + HostFactsParser::shellQuote(script);
}

} // namespace

QString ApplyStep::remoteCommand() const
{
    switch (kind) {
    case Kind::RunCommand:
        return underSh(command);
    case Kind::RunSql:
        return underSh(withHereDoc(command, sql));
    case Kind::WriteFile:
    case Kind::EditEnv:
        break;
    }
    return QString();
}

QString ApplyStep::remoteUndoCommand() const
{
    if (kind == Kind::RunCommand && !undoCommand.isEmpty())
        return underSh(undoCommand);
    if (kind == Kind::RunSql && !undoSql.isEmpty())
        return underSh(withHereDoc(command, undoSql));
    return QString();
}

} // namespace supadesk
