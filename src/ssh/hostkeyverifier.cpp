// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostkeyverifier.h"

#include "knownhostsfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace supadesk {

HostKeyVerifier::HostKeyVerifier(QString ownFile, QStringList readOnlyFiles)
    : m_ownFile(std::move(ownFile)), m_readOnlyFiles(std::move(readOnlyFiles))
{}

QString HostKeyVerifier::defaultUserFile()
{
    return QDir::homePath() + QStringLiteral("/.ssh/known_hosts");
}

QString HostKeyVerifier::defaultOwnFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/supadesk/known_hosts");
}

QStringList HostKeyVerifier::files() const
{
    QStringList all{m_ownFile};
    all += m_readOnlyFiles;
    return all;
}

Result<HostKeyCheck> HostKeyVerifier::check(const QString &host, int port, const HostKey &key) const
{
    HostKeyCheck result;
    result.key = key;
    result.host = host;
    result.port = port;
    for (const QString &path : files()) {
        if (path.isEmpty())
            continue;
        const auto lookup = KnownHostsFile(path).lookup(host, port, key);
        if (!lookup.ok())
            return lookup.error();
        const KnownHostsFile::Lookup &found = lookup.value();
        result.otherAlgorithmsKnown = result.otherAlgorithmsKnown || found.hostKnown;
        switch (found.verdict) {
        case KnownHostsFile::Verdict::Revoked:
            result.state = HostKeyCheck::State::Revoked;
            result.file = path;
            result.line = found.line;
            return result;
        case KnownHostsFile::Verdict::Match:
            if (result.state != HostKeyCheck::State::Trusted) {
                result.state = HostKeyCheck::State::Trusted;
                result.file = path;
                result.line = found.line;
            }
            break;
        case KnownHostsFile::Verdict::Mismatch:
            // A stale entry in one file and a current one in another: OpenSSH trusts the match.
            if (result.state != HostKeyCheck::State::Trusted) {
                result.state = HostKeyCheck::State::Changed;
                result.file = path;
                result.line = found.line;
            }
            break;
        case KnownHostsFile::Verdict::NotFound:
            break;
        }
    }
    if (result.state != HostKeyCheck::State::Unknown)
        result.otherAlgorithmsKnown = false;
    return result;
}

Status HostKeyVerifier::trust(const QString &host, int port, const HostKey &key) const
{
    return KnownHostsFile(m_ownFile).append(host, port, key);
}

Status HostKeyVerifier::forget(const HostKeyCheck &changed) const
{
    if (changed.file != m_ownFile)
        return Error{QStringLiteral("ssh.knownhosts.readonly"),
                     QCoreApplication::translate("HostKeyVerifier",
                                                 "The old key is in %1, line %2. Supadesk does not edit that "
                                                 "file: remove the line yourself, e.g. with ssh-keygen -R.")
                         .arg(changed.file)
                         .arg(changed.line)};
    return KnownHostsFile(m_ownFile).removeLine(changed.line, changed.host, changed.port);
}

} // namespace supadesk
