#pragma once

#include "services/stackconnection.h"
#include "uptimeprober.h"

#include <QHash>
#include <QObject>

#include <functional>

namespace supadesk {

class ConnectionManager;
class UptimeStore;

// Records the app's own probes while Supadesk runs: for every stack the ConnectionManager connects,
// an UptimeProber attached to its connection (probing every minute through its tunnel and storing
// into the UptimeStore); it goes when the stack is disconnected. What a prober needs beyond the
// connection (database user and password, the anon key for Kong, the interval) comes from the
// config provider; the connection itself supplies the SSH endpoint and the forwarded ports.
class UptimeMonitor : public QObject
{
    Q_OBJECT
public:
    using ConfigProvider = std::function<UptimeProberConfig(const QString &stackId)>;

    UptimeMonitor(ConnectionManager *connections, UptimeStore *store, QObject *parent = nullptr);
    ~UptimeMonitor() override;

    void setConfigProvider(ConfigProvider provider) { m_provider = std::move(provider); }
    // Raw probes older than this are deleted (at most once a day, after a round is stored); the
    // timeline and roll-ups stay, so old months keep their figures. 0 keeps everything.
    void setRawRetentionDays(int days) { m_rawRetentionDays = days; }
    UptimeProber *prober(const QString &stackId) const { return m_probers.value(stackId); }
    QStringList monitoredStacks() const { return m_probers.keys(); }

signals:
    void componentChanged(const QString &stackId, const QString &component, bool down, const QString &reason);
    // A round of probes was stored for the stack (a workspace showing it may refresh).
    void recorded(const QString &stackId);
    void storeFailed(const QString &stackId, const QString &message);

private:
    void follow(const QString &stackId, StackConnection::State state);
    void pruneIfDue();

    ConnectionManager *m_connections;
    UptimeStore *m_store;
    ConfigProvider m_provider;
    QHash<QString, UptimeProber *> m_probers;
    int m_rawRetentionDays = 90;
    qint64 m_lastPruneMs = 0;
};

} // namespace supadesk
