// SPDX-License-Identifier: GPL-3.0-or-later
#include "postgresdsn.h"

#include <QStringList>
#include <QUrl>

namespace supadesk {

namespace {

QString quoted(QString value)
{
    value.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    value.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + value + QLatin1Char('\'');
}

QString encoded(const QString &text, const QByteArray &keep = QByteArray())
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text, keep));
}

} // namespace

QString PostgresDsn::connectOptions() const
{
    QStringList options;
    for (const auto &p : parameters)
        options << p.first + QLatin1Char('=') + quoted(p.second);
    return options.join(QLatin1Char(';'));
}

QString PostgresDsn::redacted() const
{
    QString uri = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        uri += encoded(user) + QLatin1Char('@');
    uri += encoded(host, ",[]:");
    if (port > 0)
        uri += QLatin1Char(':') + QString::number(port);
    uri += QLatin1Char('/') + encoded(database);
    QStringList query;
    for (const auto &p : parameters)
        query << encoded(p.first) + QLatin1Char('=') + encoded(p.second, ",");
    if (!query.isEmpty())
        uri += QLatin1Char('?') + query.join(QLatin1Char('&'));
    return uri;
}

} // namespace supadesk
