// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "sshconfigfile.h"
#include "sshconnectoptions.h"

#include <QString>

namespace supadesk {

// Looks a host up in the ssh client configuration as OpenSSH does. Where the ssh program exists it
// answers itself (`ssh -G HOST` prints the configuration it would use, after Include, Match,
// /etc/ssh/ssh_config and /etc/ssh/ssh_config.d): run directly with an argument list (no shell), with
// a time limit. Without ssh, or when it fails, SshConfigFile reads ~/.ssh/config and then
// /etc/ssh/ssh_config. A host name starting with '-' is refused: ssh would read it as an option.
class SshConfigResolver
{
public:
    // `configFile`: read it alone, like ssh -F (empty: the user's and the system-wide files).
    // `sshProgram`: the ssh to ask (empty: "ssh" from PATH); one that does not exist means none.
    explicit SshConfigResolver(QString configFile = QString(), QString sshProgram = QString());
    // The resolver for these options' own config file (SshConnectOptions::sshConfigFile).
    static SshConfigResolver forOptions(const SshConnectOptions &options);

    // Whether `ssh -G` answers (false: the built-in parser does).
    bool usesSsh() const { return !m_sshProgram.isEmpty(); }
    Result<SshConfigFile::Entry> lookup(const QString &alias) const;
    // SshConfigFile::apply with the entry found for options.host; options.sshConfigFile is set to
    // the file this resolver reads, so jump hosts are looked up in the same one.
    Result<SshConnectOptions> apply(SshConnectOptions options) const;

    // Parses `ssh -G` output; identity files equal to `builtInIdentityFiles` (ssh's defaults,
    // printed when none is configured) are not a configured key.
    static SshConfigFile::Entry parseSshG(const QByteArray &output, const QStringList &builtInIdentityFiles);

private:
    std::optional<SshConfigFile::Entry> askSsh(const QString &alias) const;
    SshConfigFile::Entry readFiles(const QString &alias) const;

    QString m_configFile;
    QString m_sshProgram;
};

} // namespace supadesk
