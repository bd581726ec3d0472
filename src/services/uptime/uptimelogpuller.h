// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace supadesk {

class StackConnection;
class UptimeStore;
struct RemoteFileRange;
struct UptimePullCursor;

// What one pull brought.
struct UptimePullReport
{
    int newProbes = 0;      // probe results not stored before
    int malformedLines = 0; // lines that are not probe records, or longer than a read (skipped)
    qint64 bytesRead = 0;   // log bytes transferred, excluding the first-line check
    QStringList files;      // the monthly logs read, oldest first
    bool restarted = false; // a log was truncated or replaced and read again from its start
};

// Pulls a stack's server-side probe logs (resources/probe) incrementally over its StackConnection
// into the UptimeStore: lists the log directory, and for the cursor's file and every later month
// reads only the bytes after the stored offset (SFTP, from an offset), lets ProbeLogFollower parse
// them, and stores the results together with the new cursor in one transaction. A line longer than
// one read is skipped whole and counted as malformed, so it cannot hold the cursor in place. A log that
// shrank, whose first line changed or whose inode changed is read again from its start (its lines already
// stored are recognised and not counted twice); a new month's file is started at 0 once it exists.
//
// Runs on the thread of the store (the GUI thread or the CLI's); every remote step is asynchronous,
// so nothing blocks while bytes travel. One pull at a time.
class UptimeLogPuller : public QObject
{
    Q_OBJECT
public:
    static inline const QString DefaultDirectory = QStringLiteral("/var/lib/supadesk/uptime");

    UptimeLogPuller(StackConnection *connection, UptimeStore *store, QString stackId,
                    QObject *parent = nullptr);
    ~UptimeLogPuller() override;

    // Where the probe writes its YYYY-MM.log files on the server.
    void setLogDirectory(const QString &directory) { m_directory = directory; }
    QString logDirectory() const { return m_directory; }
    // The most read in one SFTP request; a longer log is read in several, each stored as it comes,
    // so an interrupted first pull of a big log keeps what it got.
    void setChunkBytes(qint64 bytes) { m_chunkBytes = bytes > 0 ? bytes : m_chunkBytes; }

    bool isPulling() const { return m_running; }
    // Starts a pull; fails at once when one is running or the connection is not up.
    Status pull();
    // Stops after the current step; emits failed() with code "uptime.pull.cancelled".
    void cancel();

signals:
    void pulled(const supadesk::UptimePullReport &report);
    void failed(const QString &message, const QString &code);

private:
    void listed(const QStringList &files);
    void readNext();
    void readChunk(const QString &file, qint64 offset);
    void chunkRead(const QString &file, qint64 offset, const RemoteFileRange &range);
    void finish();
    void fail(const Error &error);

    QPointer<StackConnection> m_connection;
    UptimeStore *m_store;
    QString m_stackId;
    QString m_directory = DefaultDirectory;
    qint64 m_chunkBytes = 1024 * 1024; // ~20,000 lines: each stored in a short transaction
    bool m_running = false;
    bool m_cancelled = false;
    QStringList m_queue;
    UptimePullReport m_report;
    qint64 m_overlongLineStart = -1; // where the line being skipped starts, or -1
};

} // namespace supadesk

Q_DECLARE_METATYPE(supadesk::UptimePullReport)
