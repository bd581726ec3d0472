// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hostfacts.h"

#include <QByteArray>
#include <QString>

namespace supadesk {

// Preflight reads a server with ONE remote command (so it costs one SSH round trip): command()
// builds a POSIX sh script that runs every probe (nproc, /proc/meminfo, df, lsblk, os-release,
// uname, docker and compose versions, daemon.json, ss, timedatectl/chrony, the install directory,
// the compose files, id/sudo, ufw) and prints each answer in a section of its own:
//
//   @@section NAME
//   ...output of the probe, stdout and stderr...
//   @@rc NAME CODE
//
// A missing tool gives rc 127 in its section; parse() records it in HostFacts::missingTools and
// leaves the fact unknown. The script itself always exits 0 and never needs root.
class HostFactsParser
{
public:
    // The script to run through a login shell (`sh -c` semantics); `installDir` is quoted inside.
    static QString command(const QString &installDir);
    // Parses the script's standard output. Never fails: unknown sections are ignored, missing ones
    // leave their facts unknown.
    static HostFacts parse(const QByteArray &output);

    // Parts of parse(), public for tests and for reuse.
    static PoolerKind poolerOf(const QString &composeText, QStringList *services = nullptr,
                               bool *hasDb = nullptr);
    static QList<ListeningSocket> parseListening(const QString &ssOutput);
};

} // namespace supadesk
