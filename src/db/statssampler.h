#pragma once

#include "core/metrics/postgresdsn.h"
#include "core/metrics/statssample.h"
#include "core/result.h"

#include <QString>

class QSqlRecord;

namespace supadesk {

// Reads statistics samples from one database over a connection of its own (QPSQL). A QSqlDatabase
// belongs to the thread that opened it: create, open and sample from the same thread.
class StatsSampler
{
public:
    explicit StatsSampler(PostgresDsn dsn);
    ~StatsSampler();
    StatsSampler(const StatsSampler &) = delete;
    StatsSampler &operator=(const StatsSampler &) = delete;

    // Connects and learns the server version, which decides the statement's text.
    Status open();
    bool isOpen() const;
    void close();
    int serverVersion() const { return m_serverVersion; }
    QString sql() const { return m_sql; }

    // One statement, one round trip. Reconnects once if the connection was lost since the last sample.
    Result<StatsSample> sample();

    // Exposed for tests: turns the statement's row into a sample.
    static StatsSample fromRecord(const QSqlRecord &record);

private:
    Result<StatsSample> runOnce();

    PostgresDsn m_dsn;
    QString m_connectionName;
    int m_serverVersion = 0;
    QString m_sql;
};

} // namespace supadesk
