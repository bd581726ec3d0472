// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "hostkey.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace supadesk {

// One OpenSSH known_hosts file: plain and hashed ("|1|salt|hash") host fields, "[host]:port" for
// ports other than 22, comma-separated patterns with "*", "?" and "!" negation, and the
// @revoked marker (@cert-authority lines are skipped: host certificates are not used).
class KnownHostsFile
{
public:
    enum class Verdict {
        NotFound, // no line names this host with a key of this algorithm
        Match,    // a line names this host with exactly this key
        Mismatch, // a line names this host with another key of the same algorithm
        Revoked,  // the key is listed under @revoked
    };
    struct Lookup
    {
        Verdict verdict = Verdict::NotFound;
        int line = 0; // 1-based line of the matching, mismatching or revoking entry
        // Whether any line names the host at all (with a key of another algorithm, say).
        bool hostKnown = false;
        // Wire names of the keys listed for the host under other algorithms, in file order, once each.
        QStringList otherAlgorithms;
    };
    // How append() writes the host field: as is, or hashed like `ssh-keygen -H` (HashKnownHosts yes).
    enum class HostFieldStyle { Plain, Hashed };

    explicit KnownHostsFile(QString path);

    QString path() const { return m_path; }
    // A missing file reads as empty; an unreadable one is an error. The whole file is read: an
    // @revoked line wins wherever it stands, before or after a line that would trust the key.
    Result<Lookup> lookup(const QString &host, int port, const HostKey &key) const;
    // Appends "host key" (creating the file and its folder, mode 0600).
    Status append(const QString &host, int port, const HostKey &key,
                  HostFieldStyle style = HostFieldStyle::Plain) const;
    // Removes one line (1-based) after checking it still names `host` (the file may have changed).
    Status removeLine(int line, const QString &host, int port) const;

    // The host field OpenSSH looks up: "host" for port 22, "[host]:port" otherwise.
    static QString hostField(const QString &host, int port);
    // Whether a host field (plain pattern list or hashed) names `name` (already in hostField form).
    static bool hostFieldMatches(const QByteArray &field, const QByteArray &name);
    // "|1|base64(salt)|base64(HMAC-SHA1(salt, name))", OpenSSH's hashed host field; a random
    // 20-byte salt when none is given.
    static QByteArray hashedHostField(const QByteArray &name, QByteArray salt = QByteArray());

private:
    QString m_path;
};

} // namespace supadesk
