// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "hostkey.h"
#include "knownhostsfile.h"
#include "sshconnectoptions.h"

#include <QString>
#include <QStringList>

namespace supadesk {

// What is known about a server's host key, across Supadesk's own known_hosts file (read and
// write), the user's OpenSSH known_hosts and the system-wide ones (read only).
struct HostKeyCheck
{
    enum class State { Unknown, Trusted, Changed, Revoked };
    State state = State::Unknown;
    HostKey key;
    QString host;
    int port = 22;
    // For Trusted, Changed and Revoked: where the entry that decided it is.
    QString file;
    int line = 0;
    // Unknown, but the host is known by keys of these other types ("RSA", "ECDSA"): the key is not
    // the host's first, so it is never trusted without asking (OpenSSH warns about this too).
    QStringList otherKeyTypes;
};

// Decides whether a host key is trusted, the way OpenSSH's StrictHostKeyChecking does: a key
// revoked in any file is refused, wherever the revocation stands; otherwise a key listed for the host
// in any file is trusted; a different key of the same algorithm is a change (possible
// man-in-the-middle) and wins over "unknown"; only Supadesk's own file is written.
class HostKeyVerifier
{
public:
    HostKeyVerifier(QString ownFile, QStringList readOnlyFiles,
                    KnownHostsFile::HostFieldStyle ownStyle = KnownHostsFile::HostFieldStyle::Plain);
    // The files a connection with these options reads (own, user, system-wide), and how it writes.
    static HostKeyVerifier forOptions(const SshConnectOptions &options);
    // ~/.ssh/known_hosts, and Supadesk's file under the XDG data dir.
    static QString defaultUserFile();
    static QString defaultOwnFile();

    QString ownFile() const { return m_ownFile; }
    QStringList files() const;

    Result<HostKeyCheck> check(const QString &host, int port, const HostKey &key) const;
    // Records the key in Supadesk's own file.
    Status trust(const QString &host, int port, const HostKey &key) const;
    // Removes the entry a Changed check pointed at; only Supadesk's own file is edited.
    Status forget(const HostKeyCheck &changed) const;

private:
    QString m_ownFile;
    QStringList m_readOnlyFiles;
    KnownHostsFile::HostFieldStyle m_ownStyle;
};

} // namespace supadesk
