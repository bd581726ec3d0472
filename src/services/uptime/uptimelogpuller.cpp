// SPDX-License-Identifier: GPL-3.0-or-later
#include "uptimelogpuller.h"

#include "core/uptime/probelogfollower.h"
#include "db/uptimestore.h"
#include "services/stackconnection.h"
#include "ssh/sftpclient.h"

#include <QCoreApplication>
#include <QDateTime>

namespace supadesk {

UptimeLogPuller::UptimeLogPuller(StackConnection *connection, UptimeStore *store, QString stackId,
                                 QObject *parent)
    : QObject(parent), m_connection(connection), m_store(store), m_stackId(std::move(stackId))
{
    qRegisterMetaType<UptimePullReport>();
}

UptimeLogPuller::~UptimeLogPuller() = default;

Status UptimeLogPuller::pull()
{
    if (m_running)
        return Error{
            ErrorCode::UptimePullBusy,
            QCoreApplication::translate("UptimeLogPuller", "The probe logs are already being fetched.")};
    if (!m_connection || m_connection->state() != StackConnection::State::Connected)
        return Error{
            ErrorCode::UptimePullOffline,
            QCoreApplication::translate("UptimeLogPuller",
                                        "Connect to the stack first: its probe logs are fetched over SSH.")};
    m_running = true;
    m_cancelled = false;
    m_overlongLineStart = -1;
    m_report = {};
    m_queue.clear();
    m_connection->listDirectory(m_directory, this, [this](Result<QList<RemoteFileEntry>> entries) {
        if (!entries.ok()) {
            // No directory yet: the probe was never installed or has not run. Nothing to fetch.
            if (entries.error().id == ErrorCode::SftpListMissing) {
                finish();
                return;
            }
            fail(entries.error());
            return;
        }
        QStringList names;
        for (const RemoteFileEntry &e : entries.value())
            if (e.isRegularFile)
                names.append(e.name);
        listed(names);
    });
    return success();
}

void UptimeLogPuller::cancel()
{
    m_cancelled = true;
}

void UptimeLogPuller::listed(const QStringList &files)
{
    const Result<UptimePullCursor> cursor = m_store->pullCursor(m_stackId);
    if (!cursor.ok()) {
        fail(cursor.error());
        return;
    }
    m_queue = ProbeLogFollower::filesToRead(cursor.value().log, files);
    readNext();
}

void UptimeLogPuller::readNext()
{
    if (m_cancelled) {
        fail({ErrorCode::UptimePullCancelled,
              QCoreApplication::translate("UptimeLogPuller", "Fetching the probe logs was cancelled.")});
        return;
    }
    if (m_queue.isEmpty()) {
        finish();
        return;
    }
    const QString file = m_queue.first();
    const Result<UptimePullCursor> cursor = m_store->pullCursor(m_stackId);
    if (!cursor.ok()) {
        fail(cursor.error());
        return;
    }
    // The first request also tells the size, first line and inode; the offset is only a guess until
    // they are checked (chunkRead asks again from 0 when the file was replaced or cut).
    readChunk(file, cursor.value().log.file == file ? cursor.value().log.offset : 0);
}

void UptimeLogPuller::readChunk(const QString &file, qint64 offset)
{
    if (!m_connection) {
        fail({ErrorCode::UptimePullOffline,
              QCoreApplication::translate("UptimeLogPuller", "The connection to the stack was closed.")});
        return;
    }
    const QString path = m_directory + QLatin1Char('/') + file;
    m_connection->readFileRange(path, offset, m_chunkBytes, ProbeLogFollower::FirstLineBytes, this,
                                [this, file, offset](Result<RemoteFileRange> range) {
                                    if (!range.ok()) {
                                        fail(range.error());
                                        return;
                                    }
                                    chunkRead(file, offset, range.value());
                                });
}

void UptimeLogPuller::chunkRead(const QString &file, qint64 offset, const RemoteFileRange &range)
{
    const Result<UptimePullCursor> stored = m_store->pullCursor(m_stackId);
    if (!stored.ok()) {
        fail(stored.error());
        return;
    }
    UptimePullCursor cursor = stored.value();
    ProbeLogCursor logCursor = cursor.log;
    // Another inode under the same name is another file, whatever its first line says.
    if (logCursor.file == file && cursor.inode != 0 && range.inode != 0 && cursor.inode != range.inode)
        logCursor = {};
    const qint64 resume = ProbeLogFollower::resumeOffset(logCursor, file, range.size, range.head);
    // While skipping a line longer than one read, the stored cursor stays at that line's start.
    if (resume != (m_overlongLineStart >= 0 ? m_overlongLineStart : offset)) {
        // The file was truncated or replaced since the cursor was stored: read it from its start.
        m_report.restarted = m_report.restarted || (resume == 0 && offset > 0);
        m_overlongLineStart = -1;
        readChunk(file, resume);
        return;
    }
    m_report.bytesRead += range.data.size();
    const bool full = range.data.size() >= m_chunkBytes;
    qint64 from = offset;
    QByteArray data = range.data;
    if (m_overlongLineStart >= 0) {
        const qsizetype newline = data.indexOf('\n');
        if (newline < 0) {
            if (full && !m_cancelled) {
                readChunk(file, offset + data.size());
                return;
            }
            // Its end is not written yet: the cursor stays at its start for the next pull.
            m_overlongLineStart = -1;
            m_queue.removeFirst();
            readNext();
            return;
        }
        // Skipped as malformed, like any line that is no probe record; the rest of the chunk counts.
        m_overlongLineStart = -1;
        ++m_report.malformedLines;
        from = offset + newline + 1;
        data = data.mid(newline + 1);
    }
    const ProbeLogParser::Parsed parsed =
        ProbeLogFollower::consume(logCursor, file, from, data, range.head, UptimeStore::ServerSource);
    cursor.log = logCursor;
    cursor.inode = range.inode;
    cursor.pulledAtMs = QDateTime::currentMSecsSinceEpoch();
    const Result<int> added = m_store->addPulledProbes(m_stackId, parsed.results, cursor);
    if (!added.ok()) {
        fail(added.error());
        return;
    }
    m_report.newProbes += added.value();
    m_report.malformedLines += parsed.malformedLines;
    if (!m_report.files.contains(file))
        m_report.files.append(file);
    // More after this chunk (a long log read in parts): go on from the new cursor.
    if (full && !m_cancelled) {
        if (parsed.consumedBytes == 0 && from == offset) {
            // A whole read without a line end: a line longer than a read, which would otherwise
            // stop every later pull right here. Look for its end and go on after it.
            m_overlongLineStart = from;
            readChunk(file, offset + range.data.size());
            return;
        }
        readChunk(file, cursor.log.offset);
        return;
    }
    m_queue.removeFirst();
    readNext();
}

void UptimeLogPuller::finish()
{
    m_running = false;
    emit pulled(m_report);
}

void UptimeLogPuller::fail(const Error &error)
{
    m_running = false;
    m_overlongLineStart = -1;
    m_queue.clear();
    emit failed(error.message, error.code);
}

} // namespace supadesk
