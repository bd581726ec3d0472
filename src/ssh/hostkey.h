// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace supadesk {

// A server's public host key as the wire format holds it (the "key blob"), with the facts a person
// compares: type, size and the SHA256 fingerprint exactly as `ssh-keygen -lf` prints them.
class HostKey
{
public:
    HostKey() = default;
    explicit HostKey(QByteArray blob);
    // The base64 text of a known_hosts or .pub line (second field).
    static Result<HostKey> fromBase64(const QByteArray &base64);

    bool isNull() const { return m_blob.isEmpty(); }
    const QByteArray &blob() const { return m_blob; }
    QByteArray base64() const { return m_blob.toBase64(); }
    // Wire name, e.g. "ssh-ed25519", "ecdsa-sha2-nistp256", "ssh-rsa".
    QString algorithm() const { return m_algorithm; }
    // As ssh-keygen names it: "ED25519", "ECDSA", "RSA", "DSA", "ED25519-SK", "ECDSA-SK".
    QString typeLabel() const { return typeLabelOf(m_algorithm); }
    // The same label for a wire name (e.g. the key type field of a known_hosts line).
    static QString typeLabelOf(const QString &algorithm);
    int bits() const { return m_bits; }
    // "SHA256:" followed by unpadded base64 of the SHA-256 of the blob.
    QString fingerprint() const;
    // "256 SHA256:... (ED25519)", the shape of `ssh-keygen -lf` without the comment.
    QString describe() const;
    // One known_hosts key field pair: "ssh-ed25519 AAAA...".
    QByteArray knownHostsKey() const;

    bool operator==(const HostKey &other) const { return m_blob == other.m_blob; }

private:
    QByteArray m_blob;
    QString m_algorithm;
    int m_bits = 0;
};

} // namespace supadesk
