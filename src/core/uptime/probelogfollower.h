// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "probelogparser.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace supadesk {

// How far Supadesk has read the server's probe logs: the file, the offset after the last complete
// line, and the file's first line, which tells a file that was replaced (restored, recreated) from
// the one that was read, whatever its size.
struct ProbeLogCursor
{
    QString file; // e.g. "2026-11.log"; empty before the first pull
    qint64 offset = 0;
    QByteArray firstLine;

    bool operator==(const ProbeLogCursor &) const = default;
};

// The bookkeeping of pulling the probe logs incrementally: only new lines travel, a log that was
// truncated or replaced is read again from its start, and a month's log is finished once a later
// one exists. The transfer itself is the caller's.
class ProbeLogFollower
{
public:
    static constexpr int FirstLineBytes = 256;

    // The monthly logs to read, oldest first: the cursor's file and every later one.
    static QStringList filesToRead(const ProbeLogCursor &cursor, const QStringList &remoteFiles);
    // Where to start reading `file`, given its size and first bytes (up to FirstLineBytes) now.
    static qint64 resumeOffset(const ProbeLogCursor &cursor, const QString &file, qint64 size,
                               const QByteArray &firstBytes);
    // Parses what was read from `offset` and moves the cursor past the last complete line.
    static ProbeLogParser::Parsed consume(ProbeLogCursor &cursor, const QString &file, qint64 offset,
                                          const QByteArray &chunk, const QByteArray &firstBytes,
                                          const QString &source = QStringLiteral("server"));
    static bool isMonthlyLog(const QString &name);
};

} // namespace supadesk
