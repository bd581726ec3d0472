// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "proberesult.h"

#include <QByteArray>

namespace supadesk {

// Reads the log the server-side probe (resources/probe/supadesk-uptime-probe.sh) appends to: one
// line per probe, tab-separated:
//   2026-11-25T19:00:01Z <TAB> postgres <TAB> ok|fail <TAB> latency ms or - <TAB> reason or -
// Lines starting with '#' are comments. A last line without its newline is still being written:
// it is not consumed, so an incremental reader picks it up complete next time.
class ProbeLogParser
{
public:
    struct Parsed
    {
        ProbeResults results;
        int malformedLines = 0;
        qint64 consumedBytes = 0; // up to and including the last complete line
    };

    static Parsed parse(const QByteArray &text, const QString &source = QStringLiteral("server"));
    static bool parseLine(const QByteArray &line, const QString &source, ProbeResult *result);
};

} // namespace supadesk
