// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/backup/backupcatalogue.h"
#include "core/backup/backupserverscripts.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>
#include <optional>

namespace supadesk {

class ConnectionManager;
class StackConnection;

// Reads each connected stack's backup catalogue now and then, so that the fleet overview's tile turns
// red for a failed or missing nightly backup without the Backups tab being visited: when the stack's
// connection comes up, then at every interval. One short script per stack (the tab's catalogue
// script), judged by the same BackupHealth; the verdict is kept, and a stack read less than an interval
// ago (here or by the tab, through remember()) is not read again.
class BackupHealthWatch : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultIntervalMs = 30 * 60 * 1000;

    struct Reading
    {
        QDateTime at; // UTC
        bool red = false;
        QString text; // why it is red; empty when not
    };

    explicit BackupHealthWatch(QObject *parent = nullptr);

    // Watches every stack that connects through `connections`.
    void setConnections(ConnectionManager *connections);
    // Where a stack's connection comes from (tests); the default asks the ConnectionManager.
    void setConnectionSource(std::function<StackConnection *(const QString &stackId)> source);
    void setServerPaths(const BackupServerPaths &paths) { m_paths = paths; }
    void setInterval(int milliseconds);
    int interval() const { return m_interval; }

    // Reads `stackId`'s catalogue unless the kept reading is younger than the interval (or `force`);
    // false when nothing was started (no connection, a read under way, or a fresh reading).
    bool check(const QString &stackId, bool force = false);
    // A catalogue read elsewhere (the Backups tab) is kept as this stack's reading.
    void remember(const QString &stackId, const BackupCatalogue &catalogue);
    std::optional<Reading> reading(const QString &stackId) const;

signals:
    // A stack's backup health was read (by check() or remember()).
    void healthRead(const QString &stackId, bool red, const QString &text);

private:
    void checkAll();
    void keep(const QString &stackId, const Reading &reading);

    std::function<StackConnection *(const QString &)> m_source;
    BackupServerPaths m_paths;
    QTimer m_timer;
    int m_interval = kDefaultIntervalMs;
    QHash<QString, Reading> m_readings;
    QSet<QString> m_watched;
    QSet<QString> m_pending;
};

} // namespace supadesk
