// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostkey.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <optional>

namespace supadesk {

namespace {

// Reads the SSH wire "string" (uint32 length, bytes) at `pos`.
std::optional<QByteArray> readString(const QByteArray &blob, qsizetype &pos)
{
    if (pos + 4 > blob.size())
        return std::nullopt;
    const auto *p = reinterpret_cast<const unsigned char *>(blob.constData() + pos);
    const quint32 length =
        (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
    pos += 4;
    if (length > quint32(blob.size() - pos))
        return std::nullopt;
    QByteArray value = blob.mid(pos, length);
    pos += length;
    return value;
}

// Bits of an mpint: leading zero bytes do not count, nor do leading zero bits of the first byte.
int mpintBits(const QByteArray &mpint)
{
    qsizetype i = 0;
    while (i < mpint.size() && mpint.at(i) == 0)
        ++i;
    if (i == mpint.size())
        return 0;
    int bits = int(mpint.size() - i - 1) * 8;
    for (unsigned char first = static_cast<unsigned char>(mpint.at(i)); first; first >>= 1)
        ++bits;
    return bits;
}

} // namespace

HostKey::HostKey(QByteArray blob) : m_blob(std::move(blob))
{
    qsizetype pos = 0;
    const auto algorithm = readString(m_blob, pos);
    if (!algorithm)
        return;
    m_algorithm = QString::fromLatin1(*algorithm);
    if (m_algorithm == QLatin1String("ssh-ed25519") || m_algorithm.startsWith(QLatin1String("sk-")))
        m_bits = 256;
    else if (m_algorithm.startsWith(QLatin1String("ecdsa-sha2-nistp")))
        m_bits = m_algorithm.mid(16).toInt();
    else if (m_algorithm == QLatin1String("ssh-rsa")) {
        readString(m_blob, pos); // public exponent
        if (const auto modulus = readString(m_blob, pos))
            m_bits = mpintBits(*modulus);
    } else if (m_algorithm == QLatin1String("ssh-dss")) {
        if (const auto p = readString(m_blob, pos))
            m_bits = mpintBits(*p);
    }
}

Result<HostKey> HostKey::fromBase64(const QByteArray &base64)
{
    const auto decoded = QByteArray::fromBase64Encoding(base64, QByteArray::AbortOnBase64DecodingErrors);
    HostKey key(decoded.decoded);
    if (!decoded || key.algorithm().isEmpty())
        return Error{ErrorCode::SshHostKeyMalformed,
                     QCoreApplication::translate("HostKey", "The host key is not valid base64 key data.")};
    return key;
}

QString HostKey::typeLabelOf(const QString &algorithm)
{
    if (algorithm == QLatin1String("ssh-ed25519"))
        return QStringLiteral("ED25519");
    if (algorithm.startsWith(QLatin1String("ecdsa-sha2-")))
        return QStringLiteral("ECDSA");
    if (algorithm == QLatin1String("ssh-rsa"))
        return QStringLiteral("RSA");
    if (algorithm == QLatin1String("ssh-dss"))
        return QStringLiteral("DSA");
    if (algorithm.startsWith(QLatin1String("sk-ssh-ed25519")))
        return QStringLiteral("ED25519-SK");
    if (algorithm.startsWith(QLatin1String("sk-ecdsa")))
        return QStringLiteral("ECDSA-SK");
    return algorithm.toUpper();
}

QString HostKey::fingerprint() const
{
    const QByteArray digest = QCryptographicHash::hash(m_blob, QCryptographicHash::Sha256);
    return QStringLiteral("SHA256:") +
           QString::fromLatin1(digest.toBase64(QByteArray::Base64Encoding | QByteArray::OmitTrailingEquals));
}

QString HostKey::describe() const
{
    return QStringLiteral("%1 %2 (%3)").arg(m_bits).arg(fingerprint(), typeLabel());
}

QByteArray HostKey::knownHostsKey() const
{
    return m_algorithm.toLatin1() + ' ' + base64();
}

} // namespace supadesk
