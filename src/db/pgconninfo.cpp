// SPDX-License-Identifier: GPL-3.0-or-later
#include "pgconninfo.h"
#include "sqlconnections.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <libpq-fe.h>

#include <memory>

namespace supadesk {

namespace {

// A connection string in a message, with any password in it (user:PASSWORD@ of a URI, password=
// of a key=value string or a URI's query) replaced, since messages end up on screens and in logs.
QString masked(QString text)
{
    static const QRegularExpression uriPassword(QStringLiteral("(://[^/@:]*:)[^@/]*@"));
    static const QRegularExpression keyPassword(
        QStringLiteral("(password\\s*=\\s*)('(?:[^'\\\\]|\\\\.)*'?|[^\\s&]*)"),
        QRegularExpression::CaseInsensitiveOption);
    text.replace(uriPassword, QStringLiteral("\\1***@"));
    text.replace(keyPassword, QStringLiteral("\\1***"));
    return text;
}

Error invalid(const QString &text, const QString &why)
{
    return Error{
        ErrorCode::DsnInvalid,
        masked(QCoreApplication::translate("PgConnInfo", "\"%1\" is not a PostgreSQL connection string: %2")
                   .arg(text, why))};
}

} // namespace

Result<PostgresDsn> PgConnInfo::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error{ErrorCode::DsnInvalid,
                     QCoreApplication::translate("PgConnInfo", "The connection string is empty.")};
    char *message = nullptr;
    const QByteArray utf8 = trimmed.toUtf8();
    const std::unique_ptr<PQconninfoOption, decltype(&PQconninfoFree)> options(
        PQconninfoParse(utf8.constData(), &message), &PQconninfoFree);
    if (!options) {
        if (!message)
            return Error{
                ErrorCode::DsnInvalid,
                masked(
                    QCoreApplication::translate("PgConnInfo", "libpq could not read \"%1\".").arg(trimmed))};
        // libpq's own words say what is wrong and where (it has no Georgian catalogue here).
        const QString why = QString::fromUtf8(message).trimmed();
        PQfreemem(message);
        return invalid(trimmed, why);
    }

    PostgresDsn dsn;
    dsn.host.clear();
    dsn.port = 0;
    for (const PQconninfoOption *o = options.get(); o->keyword; ++o) {
        if (!o->val)
            continue; // not in the string: libpq's default applies when connecting
        const QString key = QString::fromUtf8(o->keyword);
        const QString value = QString::fromUtf8(o->val);
        if (key == QLatin1String("host")) {
            dsn.host = value;
        } else if (key == QLatin1String("port")) {
            bool ok = false;
            const int port = value.toInt(&ok);
            if (ok && port > 0 && port <= 65535)
                dsn.port = port;
            else if (value.contains(QLatin1Char(','))) // one port per host of a list
                dsn.parameters.append({key, value});
            else
                return Error{ErrorCode::DsnInvalid,
                             masked(QCoreApplication::translate(
                                        "PgConnInfo", "The port \"%1\" in \"%2\" is not a valid port.")
                                        .arg(value, trimmed))};
        } else if (key == QLatin1String("user")) {
            dsn.user = value;
        } else if (key == QLatin1String("password")) {
            dsn.password = value;
        } else if (key == QLatin1String("dbname")) {
            dsn.database = value;
        } else {
            // Qt's driver joins its options with ';' and turns every ';' into a space.
            if (value.contains(QLatin1Char(';')))
                return Error{ErrorCode::DsnInvalid,
                             masked(QCoreApplication::translate("PgConnInfo",
                                                                "The value of %1 in \"%2\" contains a "
                                                                "semicolon, which Qt's PostgreSQL driver "
                                                                "cannot pass on.")
                                        .arg(key, trimmed))};
            dsn.parameters.append({key, value});
        }
    }
    return dsn;
}

QSqlDatabase PgConnInfo::addConnection(const PostgresDsn &dsn, const QString &name,
                                       const QString &extraOptions)
{
    QSqlDatabase db = SqlConnections::add(QStringLiteral("QPSQL"), name);
    // QPSQL leaves empty fields (and port -1) out of the connection string it gives libpq.
    db.setHostName(dsn.host);
    db.setPort(dsn.port > 0 ? dsn.port : -1);
    db.setUserName(dsn.user);
    db.setPassword(dsn.password);
    db.setDatabaseName(dsn.database);
    QStringList options;
    for (const QString &extra : extraOptions.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString key = extra.section(QLatin1Char('='), 0, 0).trimmed();
        bool set = false;
        for (const auto &p : dsn.parameters)
            set = set || p.first == key;
        if (!set)
            options << extra;
    }
    const QString own = dsn.connectOptions();
    if (!own.isEmpty())
        options << own;
    db.setConnectOptions(options.join(QLatin1Char(';')));
    return db;
}

} // namespace supadesk
