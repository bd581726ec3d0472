// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/uptime/failurestreak.h"
#include "core/uptime/probetargets.h"
#include "core/uptime/uptimestacksettings.h"
#include "db/dbendpoint.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;

namespace supadesk {

class ComponentCheck;
class StackConnection;
class UptimeProbeWriter;
class UptimeStore;

// What the app probes on one stack, and how often.
struct UptimeProberConfig
{
    int intervalMs = 60'000;
    int timeoutMs = 5'000;
    int failureThreshold = 2; // consecutive failures before componentChanged(down)
    QString sshHost;          // the SSH endpoint as the app reaches it
    quint16 sshPort = 22;
    DbEndpoint database; // usually 127.0.0.1 and the stack's forwarded database port
    QString gatewayHost = QStringLiteral("127.0.0.1");
    quint16 gatewayPort = 0; // the forwarded Kong port; 0: the gateway components are not probed
    QString apiKey;          // the anon key, sent as "apikey" to Kong
    QList<ProbeTarget> targets = ProbeTargets::standard();
};

// The app's own probes of one stack while Supadesk runs: every intervalMs, each target of the
// config (SSH endpoint, PostgreSQL SELECT 1 through the tunnel, Kong health routes through the
// gateway forward) is checked concurrently; the round's results are stored with source "app" in
// the UptimeStore (if one is given), where the timeline merges them with the server's log.
//
// With a StackConnection attached, the prober follows it: it starts when the connection is up,
// takes the database and gateway ports from its forwards, stops when it is disconnected, and while
// the session is reconnecting probes only the SSH endpoint (the tunnel's failures would say
// nothing about the stack).
class UptimeProber : public QObject
{
    Q_OBJECT
public:
    UptimeProber(QString stackId, UptimeStore *store, QObject *parent = nullptr);
    ~UptimeProber() override;

    QString stackId() const { return m_stackId; }
    void setConfig(const UptimeProberConfig &config);
    const UptimeProberConfig &config() const { return m_config; }
    // The stack's own interval and failure threshold (UptimeStore::probeSettings): they apply from
    // the next round, without abandoning one in flight or forgetting a run of failures.
    void setProbeSettings(const UptimeStackSettings &settings);
    // The time between rounds while started.
    int intervalMs() const { return m_timer.interval(); }
    void attach(StackConnection *connection);
    // Rounds go to the writer's thread instead of the store (which is then not written from here).
    void setWriter(UptimeProbeWriter *writer);

    void start(); // probes now, then every intervalMs
    void stop();
    bool isActive() const { return m_timer.isActive(); }
    // One round now (ignored while a round is running).
    void probeNow();

    bool isDown(const QString &component) const { return m_streak.isDown(component); }
    QString downReason(const QString &component) const { return m_streak.reason(component); }

signals:
    // All results of one round, in target order.
    void roundFinished(const QList<supadesk::ProbeResult> &results);
    // A component went down (after failureThreshold consecutive failures) or came back.
    void componentChanged(const QString &component, bool down, const QString &reason);
    // Storing a round failed (the message is for people).
    void storeFailed(const QString &message);

private:
    void rebuildChecks();
    void followConnection();
    void checkFinished(const ProbeResult &result);

    QString m_stackId;
    UptimeStore *m_store;
    QPointer<UptimeProbeWriter> m_writer;
    UptimeProberConfig m_config;
    QPointer<StackConnection> m_connection;
    QNetworkAccessManager *m_network;
    QList<ComponentCheck *> m_checks;
    QTimer m_timer;
    FailureStreak m_streak;
    QList<ProbeResult> m_round;
    int m_pending = 0;
    qint64 m_roundStartMs = 0;
};

} // namespace supadesk
