// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/metrics/postgresdsn.h"
#include "core/metrics/statssample.h"
#include "core/result.h"

#include <QElapsedTimer>
#include <QString>

#include <optional>

class QSqlRecord;

namespace supadesk {

// Reads statistics samples from one database over a connection of its own (QPSQL). A QSqlDatabase
// belongs to the thread that opened it: create, open and sample from the same thread.
//
// The database size is read with the first sample after connecting and then once per
// DatabaseSizeIntervalMs: reading it stats every file of the database, which is most of a
// sample's server cost. The samples in between carry the size read last, with the time it was read.
class DatabaseStatsReader
{
public:
    static constexpr qint64 DatabaseSizeIntervalMs = 30000;

    explicit DatabaseStatsReader(PostgresDsn dsn);
    ~DatabaseStatsReader();
    DatabaseStatsReader(const DatabaseStatsReader &) = delete;
    DatabaseStatsReader &operator=(const DatabaseStatsReader &) = delete;

    // Connects and learns the server version, which decides the statement's text.
    Status open();
    bool isOpen() const;
    void close();
    int serverVersion() const { return m_serverVersion; }
    // The statement the next sample runs.
    QString sql() const { return m_sql[databaseSizeDue()][m_withActivity]; }
    // Whether samples list the sessions (StatsSample::activity); on by default. A fleet lists them only
    // for the stack on screen: the others' samples come back with no sessions, for less of everything.
    void setActivityWanted(bool wanted) { m_withActivity = wanted; }
    bool activityWanted() const { return m_withActivity; }

    // One statement, one round trip. Reconnects once if the connection was lost since the last sample.
    Result<StatsSample> sample();

    // Exposed for tests: turns the statement's row into a sample.
    static StatsSample fromRecord(const QSqlRecord &record);

private:
    Result<StatsSample> runOnce();
    bool databaseSizeDue() const;

    PostgresDsn m_dsn;
    QString m_connectionName;
    int m_serverVersion = 0;
    QString m_sql[2][2]; // [with the size][with the activity]
    bool m_withActivity = true;
    std::optional<qint64> m_databaseSize; // the size read last, and when (server time)
    double m_databaseSizeTime = 0;
    QElapsedTimer m_databaseSizeAge; // invalid until the size has been read on this connection
};

} // namespace supadesk
