// SPDX-License-Identifier: GPL-3.0-or-later
#include "ipaddress.h"

#include <arpa/inet.h>

namespace supadesk {

std::optional<IpAddress> IpAddress::parse(const QString &text)
{
    QString t = text.trimmed();
    if (t.startsWith(QLatin1Char('[')) && t.endsWith(QLatin1Char(']')))
        t = t.mid(1, t.size() - 2);
    const QByteArray latin = t.toLatin1();
    IpAddress a;
    if (inet_pton(AF_INET, latin.constData(), a.bytes.data()) == 1)
        return a;
    a.v6 = true;
    if (inet_pton(AF_INET6, latin.constData(), a.bytes.data()) == 1)
        return a;
    return std::nullopt;
}

bool IpAddress::isLoopback() const
{
    if (!v6)
        return bytes[0] == 127;
    for (int i = 0; i < 15; ++i) {
        if (bytes[i] != 0)
            return false;
    }
    return bytes[15] == 1;
}

bool IpAddress::inSubnet(const IpAddress &network, int prefix) const
{
    if (v6 != network.v6 || prefix < 0 || prefix > bits())
        return false;
    for (int bit = 0; bit < prefix; ++bit) {
        const unsigned char mask = (unsigned char)(0x80u >> (bit % 8));
        if ((bytes[bit / 8] & mask) != (network.bytes[bit / 8] & mask))
            return false;
    }
    return true;
}

std::optional<std::pair<IpAddress, int>> IpAddress::parseSubnet(const QString &text)
{
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    const std::optional<IpAddress> address = parse(slash < 0 ? text : text.left(slash));
    if (!address)
        return std::nullopt;
    if (slash < 0)
        return std::pair{*address, address->bits()};
    bool ok = false;
    const int prefix = text.mid(slash + 1).toInt(&ok);
    if (!ok || prefix < 0 || prefix > address->bits())
        return std::nullopt;
    return std::pair{*address, prefix};
}

std::optional<int> IpAddress::prefixOfMask(const QString &mask)
{
    const std::optional<IpAddress> m = parse(mask);
    if (!m)
        return std::nullopt;
    int prefix = 0;
    bool ended = false;
    for (int bit = 0; bit < m->bits(); ++bit) {
        const bool set = m->bytes[bit / 8] & (0x80u >> (bit % 8));
        if (set && ended)
            return std::nullopt;
        if (set)
            ++prefix;
        else
            ended = true;
    }
    return prefix;
}

} // namespace supadesk
