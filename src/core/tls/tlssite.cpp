// SPDX-License-Identifier: GPL-3.0-or-later
#include "tlssite.h"

#include "ipaddress.h"

#include <QRegularExpression>

namespace supadesk {

namespace {

QString origin(const QString &name, int httpsPort)
{
    return httpsPort == 443 ? QStringLiteral("https://%1").arg(name)
                            : QStringLiteral("https://%1:%2").arg(name).arg(httpsPort);
}

bool validPort(int port)
{
    return port > 0 && port < 65536;
}

} // namespace

QStringList TlsSite::names() const
{
    QStringList list{apiName.trimmed().toLower()};
    const QString studio = studioName.trimmed().toLower();
    if (!studio.isEmpty() && studio != list.first())
        list << studio;
    return list;
}

QString TlsSite::apiUrl() const
{
    return origin(names().first(), httpsPort);
}

QString TlsSite::studioUrl() const
{
    return origin(names().last(), httpsPort);
}

bool TlsSiteCheck::isHostName(const QString &name)
{
    // RFC 1123 labels: letters, digits and hyphens, not starting or ending with a hyphen, 1–63 each,
    // 253 in all; the last label not all digits (that would be an address).
    static const QRegularExpression label(QStringLiteral("^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"));
    const QString n = name.trimmed().toLower();
    if (n.isEmpty() || n.size() > 253 || IpAddress::isAddress(n))
        return false;
    const QStringList labels = n.split(QLatin1Char('.'));
    if (labels.size() < 2)
        return false;
    for (const QString &l : labels) {
        if (!label.match(l).hasMatch())
            return false;
    }
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    return !digits.match(labels.last()).hasMatch();
}

bool TlsSiteCheck::isEmail(const QString &email)
{
    const QString e = email.trimmed();
    const qsizetype at = e.lastIndexOf(QLatin1Char('@'));
    if (at <= 0 || e.size() > 254)
        return false;
    static const QRegularExpression local(QStringLiteral("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}$"));
    const QString user = e.left(at);
    if (!local.match(user).hasMatch() || user.startsWith(QLatin1Char('.')) ||
        user.endsWith(QLatin1Char('.')) || user.contains(QLatin1String("..")))
        return false;
    return isHostName(e.mid(at + 1));
}

qint64 TlsSiteCheck::bodyLimit(qint64 fileSizeLimit)
{
    return fileSizeLimit + 1024 * 1024;
}

Status TlsSiteCheck::validate(const TlsSite &site)
{
    if (site.apiName.trimmed().isEmpty())
        return Error{ErrorCode::TlsValue, tr("Enter the public host name of the API.")};
    for (const QString &name : {site.apiName, site.studioName}) {
        if (!name.trimmed().isEmpty() && !isHostName(name))
            return Error{ErrorCode::TlsValue,
                         tr("„%1“ is not a host name a certificate can be issued for: use a full DNS name "
                            "such as api.example.com (no address, no wildcard, no port).")
                             .arg(name.trimmed())};
    }
    if (!isEmail(site.email))
        return Error{
            ErrorCode::TlsValue,
            tr("„%1“ is not an e-mail address; the certificate authority sends expiry warnings to it.")
                .arg(site.email.trimmed())};
    for (const int port : {site.gatewayPort, site.httpPort, site.httpsPort}) {
        if (!validPort(port))
            return Error{ErrorCode::TlsValue, tr("Port %1 is out of range.").arg(port)};
    }
    if (site.httpPort == site.httpsPort)
        return Error{ErrorCode::TlsValue, tr("HTTP and HTTPS need two different ports.")};
    if (site.fileSizeLimit <= 0)
        return Error{ErrorCode::TlsValue, tr("The upload size limit must be a positive number of bytes.")};
    if (site.studioAuth == StudioAuth::Proxy) {
        static const QRegularExpression user(QStringLiteral("^[A-Za-z0-9._-]{1,64}$"));
        static const QRegularExpression bcrypt(QStringLiteral("^\\$2[aby]\\$[0-9]{2}\\$[./A-Za-z0-9]{53}$"));
        if (!user.match(site.studioUser).hasMatch())
            return Error{ErrorCode::TlsValue,
                         tr("Studio's user name may hold letters, digits, dots, hyphens and underscores.")};
        if (!bcrypt.match(site.studioPassHash).hasMatch())
            return Error{ErrorCode::TlsValue, tr("Studio's password must be given as a bcrypt hash.")};
    }
    if (!site.bindAddress.isEmpty() && !IpAddress::isAddress(site.bindAddress))
        return Error{ErrorCode::TlsValue, tr("„%1“ is not an address to listen on.").arg(site.bindAddress)};
    return success();
}

} // namespace supadesk
