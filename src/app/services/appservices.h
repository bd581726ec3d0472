// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/audithistorystore.h"
#include "db/drillhistorystore.h"
#include "db/uptimestore.h"
#include "services/alerts/alertconfigstore.h"
#include "services/connectionmanager.h"
#include "services/preferences.h"
#include "services/secretstore.h"
#include "services/stackrepository.h"
#include "services/statsfleet.h"

#include <QString>

#include <memory>

namespace supadesk {

class AlertCenter;
class DesktopNotifier;
class TranslationLoader;
class UptimeMonitor;

// Where one profile keeps its things: the settings file (stack list and preferences), the data
// directory (the local history file, shared by statistics and uptime) and the keychain service
// name its secrets are filed under.
struct AppLocations
{
    QString settingsFile;
    QString dataDir;
    QString keychainService;

    // The locations of the profile AppPaths names (--profile).
    static AppLocations forCurrentProfile();
};

// The composition root: every long-lived service of the desktop app, built once, in one place, in
// the order they depend on each other, and destroyed in reverse. Windows and workspaces are handed
// what they need from here as constructor arguments; nothing looks a service up by itself.
//
// Who owns what:
//   preferences     language, window state, history retention (a view of the settings file)
//   stacks          the stack list (the same settings file)
//   secrets         the keychain: SSH passwords and passphrases, database passwords, stack keys
//   connections     one SSH session and its port forwards per connected stack (uses secrets)
//   uptimeStore     the one uptime history connection on the GUI thread, shared by the monitor,
//                   the Uptime workspace and the Setup wizard (probe interval)
//   uptimeMonitor   the app's own probes of every connected stack, written to uptimeStore
//   alerts          the monitor's component changes through the alert rules, to desktop
//                   notifications (the freedesktop service on the session bus) and the tray
//   statsFleet      one statistics sampler thread per connected stack, writing the history file
//                   in dataDir; each sampler's HistoryStore belongs to its thread, and the Dashboard
//                   reads the file through a read-only HistoryStore of its own on the GUI thread
//   auditHistory    the audit's runs in the same history file, on the GUI thread (Audit workspace)
//   drillHistory    the restore drills in the same file (Backups; the Audit's restore-tested)
//   translations    the process-wide catalogue loader (QCoreApplication's translators are global)
class AppServices
{
public:
    explicit AppServices(AppLocations locations);
    ~AppServices();
    AppServices(const AppServices &) = delete;
    AppServices &operator=(const AppServices &) = delete;

    const AppLocations &locations() const { return m_locations; }
    Preferences &preferences() { return m_preferences; }
    StackRepository &stacks() { return m_stacks; }
    SecretStore &secrets() { return m_secrets; }
    ConnectionManager &connections() { return m_connections; }
    UptimeStore &uptimeStore() { return m_uptimeStore; }
    // Null when the uptime history could not be opened (uptimeProblem() says why).
    UptimeMonitor *uptimeMonitor() { return m_uptimeMonitor.get(); }
    // The desktop's alerts from the monitor's probes (null when the monitor does not run).
    AlertCenter *alerts() { return m_alerts.get(); }
    // The stacks' alert rules and channels and the fleet defaults (in the settings file).
    AlertConfigStore &alertConfig() { return m_alertConfig; }
    QString uptimeProblem() const { return m_uptimeProblem; }
    StatsFleet &statsFleet() { return m_statsFleet; }
    // Null when the history file could not be opened for the audit (runs are then not kept).
    AuditHistoryStore *auditHistory() { return m_auditHistoryOpen ? &m_auditHistory : nullptr; }
    // Null when the history file could not be opened for the drills.
    DrillHistoryStore *drillHistory() { return m_drillHistoryOpen ? &m_drillHistory : nullptr; }
    static TranslationLoader &translations();

private:
    void startUptimeMonitor();

    // Declaration order is construction order; each member only uses those above it.
    AppLocations m_locations;
    Preferences m_preferences;
    StackRepository m_stacks;
    SecretStore m_secrets;
    AlertConfigStore m_alertConfig{m_locations.settingsFile};
    ConnectionManager m_connections;
    UptimeStore m_uptimeStore;
    QString m_uptimeProblem;
    // Opened after the uptime store, which sets a damaged file aside first.
    AuditHistoryStore m_auditHistory;
    bool m_auditHistoryOpen = false;
    DrillHistoryStore m_drillHistory;
    bool m_drillHistoryOpen = false;
    // Goes before the store it writes to and the connections its probers ride on.
    std::unique_ptr<UptimeMonitor> m_uptimeMonitor;
    std::unique_ptr<AlertCenter> m_alerts;
    std::unique_ptr<DesktopNotifier> m_notifier;
    // Goes first: its sampler threads stop before anything they use.
    StatsFleet m_statsFleet;
};

} // namespace supadesk
