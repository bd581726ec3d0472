// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/metrics/rollup.h"
#include "core/result.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

namespace supadesk {

enum class HistoryResolution { Raw, Minute, Hour };

// The local history of dashboard figures: SQLite (Qt's QSQLITE) in one file under a directory.
// Every sample is one transaction that stores the raw values and folds them into the 1-minute and
// 1-hour roll-ups, so a chart of any range reads few rows. The journal is a WAL: a process killed
// mid-write loses at most the transaction it was writing, never a committed one. A file SQLite
// cannot read is moved aside (named in recoveryMessage()) and a fresh store is created.
// Like every QSqlDatabase, a store belongs to the thread that opened it.
class HistoryStore
{
public:
    explicit HistoryStore(QString directory);
    ~HistoryStore();
    HistoryStore(const HistoryStore &) = delete;
    HistoryStore &operator=(const HistoryStore &) = delete;

    static QString fileName() { return QStringLiteral("history.sqlite"); }
    QString filePath() const;

    Status open();
    // For a reader beside the writer (the charts on the GUI thread): opens the file as it is, without
    // the integrity check and schema set-up open() does, so it costs no more than opening a file. A
    // missing file is an error with code "history.missing".
    Status openForReading();
    void close();
    // The connection's page cache (SQLite's default is 2 MiB); for a writer of many series.
    void setCacheKiB(int kib);
    // Non-empty when open() found the file damaged and set it aside.
    QString recoveryMessage() const { return m_recoveryMessage; }
    QString setAsidePath() const { return m_setAsidePath; }

    // One sample of one stack: several metrics at one instant, written atomically.
    Status append(const QString &stack, qint64 tMs, const QList<QPair<QString, double>> &values);
    struct Reading
    {
        QString stack;
        qint64 tMs = 0;
        QList<QPair<QString, double>> values;
    };
    // Several samples, of any stacks, in one transaction: all or none are stored.
    Status append(const QList<Reading> &readings);
    // Buckets (or raw points, as buckets of one) in [fromMs, toMs), in time order.
    Result<QList<RollupBucket>> query(const QString &stack, const QString &metric, qint64 fromMs, qint64 toMs,
                                      HistoryResolution resolution);
    // Deletes what the policy no longer keeps; returns the number of rows deleted.
    Result<qint64> prune(qint64 nowMs, const RetentionPolicy &policy);
    // The statement prune() runs on each of raw, rollup_minute and rollup_hour (its cutoff bound
    // as the one parameter); public so that a test can hold its query plan to an index search.
    static QString pruneStatement(QLatin1String table);

private:
    Status openFile();
    Status createSchema();
    Status setAside(const QString &reason);
    Result<qint64> seriesId(const QString &stack, const QString &metric);

    QString m_directory;
    QString m_connectionName;
    QString m_recoveryMessage;
    QString m_setAsidePath;
    QHash<QString, qint64> m_seriesIds;
};

} // namespace supadesk
