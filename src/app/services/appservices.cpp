// SPDX-License-Identifier: GPL-3.0-or-later
#include "appservices.h"

#include "services/alerts/alertcenter.h"
#include "services/alerts/desktopnotifier.h"
#include "services/apppaths.h"
#include "services/stackstore.h"
#include "services/translationloader.h"
#include "services/uptime/uptimemonitor.h"

namespace supadesk {

AppLocations AppLocations::forCurrentProfile()
{
    return {AppPaths::settingsFile(), AppPaths::dataDir(), AppPaths::keychainService()};
}

AppServices::AppServices(AppLocations locations)
    : m_locations(std::move(locations)), m_preferences(m_locations.settingsFile),
      m_stacks(StackStore(m_locations.settingsFile)), m_secrets(m_locations.keychainService),
      m_connections(&m_secrets), m_uptimeStore(m_locations.dataDir), m_auditHistory(m_locations.dataDir),
      m_drillHistory(m_locations.dataDir)
{
    m_statsFleet.setHistoryDirectory(m_locations.dataDir);
    startUptimeMonitor();
    // The audit keeps its runs in the same file; without it the workspace shows runs but keeps none.
    m_auditHistoryOpen = m_auditHistory.open().ok();
    m_drillHistoryOpen = m_drillHistory.open().ok();
}

AppServices::~AppServices() = default;

TranslationLoader &AppServices::translations()
{
    return TranslationLoader::instance();
}

// While Supadesk runs, every connected stack is probed once a minute through its tunnel, so the
// uptime history has the app's own view next to what the server's probe logs.
void AppServices::startUptimeMonitor()
{
    if (const Status opened = m_uptimeStore.open(); !opened.ok()) {
        m_uptimeProblem = opened.error().message;
        return;
    }
    m_uptimeMonitor = std::make_unique<UptimeMonitor>(&m_connections, &m_uptimeStore);
    m_uptimeMonitor->setConfigProvider([this](const QString &stackId) {
        UptimeProberConfig config;
        if (const std::optional<Stack> stack = m_stacks.find(stackId))
            if (const std::optional<DbEndpoint> endpoint = m_connections.databaseEndpoint(*stack))
                config.database = *endpoint;
        return config;
    });
    // Kong's health routes answer only with the stack's anon key, read from the keychain where
    // the Setup wizard keeps it; without one the monitor leaves the gateway out and says why.
    m_uptimeMonitor->setSecretStore(&m_secrets);

    m_alerts = std::make_unique<AlertCenter>(&m_stacks);
    // The maintenance windows declared in the Uptime workspace silence the desktop's alerts too.
    m_alerts->setMaintenanceSource([this](const QString &stackId, qint64 nowMs) {
        QList<TimeRange> windows;
        if (const auto found = m_uptimeStore.maintenance(stackId, TimeRange{nowMs - 60000, nowMs + 60000}))
            for (const MaintenanceWindow &w : found.value())
                windows.append(w.range);
        return windows;
    });
    m_notifier = std::make_unique<DesktopNotifier>();
    QObject::connect(m_uptimeMonitor.get(), &UptimeMonitor::componentChanged, m_alerts.get(),
                     &AlertCenter::componentChanged);
    QObject::connect(m_alerts.get(), &AlertCenter::alert, m_notifier.get(), &DesktopNotifier::notify);
}

} // namespace supadesk
