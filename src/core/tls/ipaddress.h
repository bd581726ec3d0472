// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <array>
#include <optional>

namespace supadesk {

// An IPv4 or IPv6 address as text rules need it (core has QtCore only, not QHostAddress): parsing,
// loopback, subnet membership. IPv4-mapped IPv6 addresses stay IPv6.
struct IpAddress
{
    bool v6 = false;
    std::array<unsigned char, 16> bytes{}; // IPv4 in the first 4

    static std::optional<IpAddress> parse(const QString &text); // brackets allowed around IPv6
    static bool isAddress(const QString &text) { return parse(text).has_value(); }
    int bits() const { return v6 ? 128 : 32; }
    bool isLoopback() const;
    bool inSubnet(const IpAddress &network, int prefix) const;
    // "10.0.0.0/8" → address and prefix; a bare address is its own /32 or /128.
    static std::optional<std::pair<IpAddress, int>> parseSubnet(const QString &text);
    // "255.255.0.0" → 16; nullopt when the mask is not contiguous.
    static std::optional<int> prefixOfMask(const QString &mask);

    bool operator==(const IpAddress &) const = default;
};

} // namespace supadesk
