// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretgenerator.h"

#include <QRandomGenerator>

namespace supadesk {

namespace {
const char kAlphanumeric[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
constexpr int kAlphabetSize = 62;
// The largest multiple of 62 below 256: bytes at or above it are drawn again, so that `% 62` is unbiased.
constexpr int kRejectFrom = 248;
} // namespace

SecretGenerator::SecretGenerator() : m_random(QRandomGenerator::system()) {}

QByteArray SecretGenerator::bytes(int count) const
{
    QByteArray out(count, Qt::Uninitialized);
    for (int i = 0; i < count; ++i)
        out[i] = static_cast<char>(m_random->generate() & 0xff);
    return out;
}

QString SecretGenerator::alphanumeric(int length) const
{
    QString out;
    out.reserve(length);
    while (out.size() < length) {
        const int byte = static_cast<int>(m_random->generate() & 0xff);
        if (byte < kRejectFrom)
            out.append(QLatin1Char(kAlphanumeric[byte % kAlphabetSize]));
    }
    return out;
}

QString SecretGenerator::hex(int byteCount) const
{
    return QString::fromLatin1(bytes(byteCount).toHex());
}

QString SecretGenerator::base64(int byteCount) const
{
    return QString::fromLatin1(bytes(byteCount).toBase64());
}

} // namespace supadesk
