// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "uptimesource.h"

#include <QHash>
#include <QPointer>

#include <functional>

namespace supadesk {

class StackConnection;

class ConnectionManager;
class UptimeLogPuller;
class UptimeStore;

// The app's uptime history: the app's one UptimeStore (opened again when first needed should it
// be closed; on the GUI thread that reads it), with "Pull now" fetching the server's probe log over
// the stack's connection.
class StoreUptimeSource : public UptimeSource
{
    Q_OBJECT
public:
    // `store` must outlive the source.
    StoreUptimeSource(std::function<StackList()> stacks, ConnectionManager *connections, UptimeStore *store,
                      QObject *parent = nullptr);
    ~StoreUptimeSource() override;

    StackList stacks() const override;
    Result<UptimeOverview> overview(const Stack &stack, int year, int month, const QTimeZone &zone,
                                    qint64 nowMs) override;
    Result<QList<MaintenanceWindow>> maintenance(const QString &stackId) override;
    Status addMaintenance(const QString &stackId, const TimeRange &range, const QString &note) override;
    Status removeMaintenance(const QString &stackId, qint64 windowId) override;
    double target(const QString &stackId) override;
    Status setTarget(const QString &stackId, double target) override;
    UptimeStackSettings probeSettings(const QString &stackId) override;
    Status setProbeSettings(const QString &stackId, const UptimeStackSettings &settings) override;

    bool canPull() const override;
    // From the desktop's store (UptimeStore::alertEvents), filled at each pull.
    QList<AlertLogEntry> alertHistory(const QString &stackId) const override;
    void pullNow(const Stack &stack) override;
    bool canInstallProbe() const override;
    UptimeProbeInstaller *probeInstaller(const Stack &stack, QObject *parent, QString *why) override;

private:
    Status ensureOpen();

    std::function<StackList()> m_stacks;
    QPointer<ConnectionManager> m_connections;
    UptimeStore *m_store;
    QPointer<UptimeLogPuller> m_puller;
    void pullAlertHistory(StackConnection *connection, const QString &stackId);
};

} // namespace supadesk
