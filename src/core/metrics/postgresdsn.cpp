// SPDX-License-Identifier: GPL-3.0-or-later
#include "postgresdsn.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

namespace supadesk {

Result<PostgresDsn> PostgresDsn::parse(const QString &uri)
{
    const QUrl url(uri.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (!url.isValid() || (scheme != QLatin1String("postgresql") && scheme != QLatin1String("postgres")))
        return Error{QStringLiteral("dsn.invalid"),
                     QCoreApplication::translate("PostgresDsn", "\"%1\" is not a PostgreSQL connection URI "
                                                                "(postgresql://user@host:port/database).")
                         .arg(uri)};
    PostgresDsn dsn;
    if (!url.host().isEmpty())
        dsn.host = url.host();
    dsn.port = url.port(5432);
    dsn.user = url.userName(QUrl::FullyDecoded);
    dsn.password = url.password(QUrl::FullyDecoded);
    dsn.database = url.path(QUrl::FullyDecoded).mid(1);
    if (dsn.database.contains(QLatin1Char('/')))
        return Error{
            QStringLiteral("dsn.invalid"),
            QCoreApplication::translate("PostgresDsn", "The database name in \"%1\" contains a slash.")
                .arg(uri)};
    if (dsn.user.isEmpty())
        dsn.user = QStringLiteral("postgres");
    if (dsn.database.isEmpty())
        dsn.database = dsn.user;
    const QUrlQuery query(url);
    for (const auto &item : query.queryItems(QUrl::FullyDecoded)) {
        // libpq's own URI form allows these in the query too; QPSQL needs them as fields.
        if (item.first == QLatin1String("host"))
            dsn.host = item.second;
        else if (item.first == QLatin1String("port"))
            dsn.port = item.second.toInt();
        else if (item.first == QLatin1String("user"))
            dsn.user = item.second;
        else if (item.first == QLatin1String("password"))
            dsn.password = item.second;
        else if (item.first == QLatin1String("dbname"))
            dsn.database = item.second;
        else
            dsn.parameters.append(item);
    }
    if (dsn.port <= 0 || dsn.port > 65535)
        return Error{
            QStringLiteral("dsn.port"),
            QCoreApplication::translate("PostgresDsn", "The port in \"%1\" is not a valid port.").arg(uri)};
    return dsn;
}

QString PostgresDsn::connectOptions() const
{
    QStringList options;
    for (const auto &p : parameters)
        options << p.first + QLatin1Char('=') + p.second;
    return options.join(QLatin1Char(';'));
}

QString PostgresDsn::redacted() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    url.setHost(host);
    url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    return url.toString();
}

} // namespace supadesk
