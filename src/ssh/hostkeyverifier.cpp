// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostkeyverifier.h"

#include "knownhostsfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace supadesk {

HostKeyVerifier::HostKeyVerifier(QString ownFile, QStringList readOnlyFiles,
                                 KnownHostsFile::HostFieldStyle ownStyle)
    : m_ownFile(std::move(ownFile)), m_readOnlyFiles(std::move(readOnlyFiles)), m_ownStyle(ownStyle)
{}

HostKeyVerifier HostKeyVerifier::forOptions(const SshConnectOptions &options)
{
    return HostKeyVerifier(options.knownHostsFile,
                           QStringList{options.userKnownHostsFile} + options.systemKnownHostsFiles,
                           options.hashKnownHosts ? KnownHostsFile::HostFieldStyle::Hashed
                                                  : KnownHostsFile::HostFieldStyle::Plain);
}

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
    // Every file is read before anything is trusted: a revocation in any of them wins.
    struct Found
    {
        QString path;
        KnownHostsFile::Lookup lookup;
    };
    QList<Found> found;
    for (const QString &path : files()) {
        if (path.isEmpty())
            continue;
        const auto lookup = KnownHostsFile(path).lookup(host, port, key);
        if (!lookup.ok())
            return lookup.error();
        found.append(Found{path, lookup.value()});
    }
    auto decide = [&](KnownHostsFile::Verdict verdict, HostKeyCheck::State state) {
        for (const Found &f : found)
            if (f.lookup.verdict == verdict) {
                result.state = state;
                result.file = f.path;
                result.line = f.lookup.line;
                return true;
            }
        return false;
    };
    // A stale entry in one file and a current one in another: OpenSSH trusts the match.
    if (decide(KnownHostsFile::Verdict::Revoked, HostKeyCheck::State::Revoked) ||
        decide(KnownHostsFile::Verdict::Match, HostKeyCheck::State::Trusted) ||
        decide(KnownHostsFile::Verdict::Mismatch, HostKeyCheck::State::Changed))
        return result;
    for (const Found &f : found)
        for (const QString &algorithm : f.lookup.otherAlgorithms)
            if (const QString label = HostKey::typeLabelOf(algorithm); !result.otherKeyTypes.contains(label))
                result.otherKeyTypes.append(label);
    return result;
}

Status HostKeyVerifier::trust(const QString &host, int port, const HostKey &key) const
{
    return KnownHostsFile(m_ownFile).append(host, port, key, m_ownStyle);
}

Status HostKeyVerifier::forget(const HostKeyCheck &changed) const
{
    if (changed.file != m_ownFile)
        return Error{ErrorCode::SshKnownHostsReadOnly,
                     QCoreApplication::translate("HostKeyVerifier",
                                                 "The old key is in %1, line %2. Supadesk does not edit that "
                                                 "file: remove the line yourself, e.g. with ssh-keygen -R.")
                         .arg(changed.file)
                         .arg(changed.line)};
    return KnownHostsFile(m_ownFile).removeLine(changed.line, changed.host, changed.port);
}

} // namespace supadesk
