// SPDX-License-Identifier: GPL-3.0-or-later
#include "probelogfollower.h"

#include <QRegularExpression>

#include <algorithm>

namespace supadesk {

namespace {

// What identifies a log: its first line, or of a first line longer than the FirstLineBytes the
// server sends with every read, those first bytes, so both sides compare the same thing.
QByteArray firstLineOf(const QByteArray &bytes)
{
    const qsizetype newline = bytes.indexOf('\n');
    if (newline >= 0 && newline < ProbeLogFollower::FirstLineBytes)
        return bytes.left(newline);
    if (bytes.size() >= ProbeLogFollower::FirstLineBytes)
        return bytes.left(ProbeLogFollower::FirstLineBytes);
    return QByteArray();
}

} // namespace

bool ProbeLogFollower::isMonthlyLog(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}\\.log$"));
    return pattern.match(name).hasMatch();
}

QStringList ProbeLogFollower::filesToRead(const ProbeLogCursor &cursor, const QStringList &remoteFiles)
{
    QStringList files;
    for (const QString &f : remoteFiles)
        if (isMonthlyLog(f) && (cursor.file.isEmpty() || f >= cursor.file)) // names sort by month
            files.append(f);
    std::sort(files.begin(), files.end());
    files.removeDuplicates();
    return files;
}

qint64 ProbeLogFollower::resumeOffset(const ProbeLogCursor &cursor, const QString &file, qint64 size,
                                      const QByteArray &firstBytes)
{
    if (file != cursor.file)
        return 0; // a later month: from its start
    if (size < cursor.offset)
        return 0; // truncated
    // A file whose first line changed is another file under the same name. Before the first line is
    // complete there is nothing to compare, and nothing was consumed either.
    if (!cursor.firstLine.isEmpty() && firstLineOf(firstBytes) != cursor.firstLine)
        return 0;
    return cursor.offset;
}

ProbeLogParser::Parsed ProbeLogFollower::consume(ProbeLogCursor &cursor, const QString &file, qint64 offset,
                                                 const QByteArray &chunk, const QByteArray &firstBytes,
                                                 const QString &source)
{
    const ProbeLogParser::Parsed parsed = ProbeLogParser::parse(chunk, source);
    cursor.file = file;
    cursor.offset = offset + parsed.consumedBytes;
    cursor.firstLine = firstLineOf(offset == 0 ? chunk : firstBytes);
    return parsed;
}

} // namespace supadesk
