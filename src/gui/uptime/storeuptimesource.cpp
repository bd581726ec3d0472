// SPDX-License-Identifier: GPL-3.0-or-later
#include "storeuptimesource.h"

#include "core/shellquote.h"
#include "core/uptime/uptimeperiod.h"
#include "core/uptime/uptimeprobeinstallplan.h"
#include "db/uptimestore.h"
#include "services/connectionmanager.h"
#include "services/stackconnection.h"
#include "services/uptime/uptimelogpuller.h"
#include "services/uptime/uptimeprobeinstaller.h"
#include "uptimeoverviewbuilder.h"

#include <QCoreApplication>

#include <limits>

namespace supadesk {

namespace {

// All windows a stack ever had: the list in the workspace shows them all.
const TimeRange kAllTime{0, std::numeric_limits<qint64>::max() / 2};

} // namespace

StoreUptimeSource::StoreUptimeSource(std::function<StackList()> stacks, ConnectionManager *connections,
                                     UptimeStore *store, QObject *parent)
    : UptimeSource(parent), m_stacks(std::move(stacks)), m_connections(connections), m_store(store)
{}

StoreUptimeSource::~StoreUptimeSource() = default;

Status StoreUptimeSource::ensureOpen()
{
    if (m_store->isOpen())
        return success();
    return m_store->open();
}

StackList StoreUptimeSource::stacks() const
{
    return m_stacks ? m_stacks() : StackList();
}

Result<UptimeOverview> StoreUptimeSource::overview(const Stack &stack, int year, int month,
                                                   const QTimeZone &zone, qint64 nowMs)
{
    if (const Status open = ensureOpen(); !open)
        return open.error();
    UptimeOverviewBuilder::Request request;
    request.stackId = stack.id;
    request.stackName = stack.name;
    request.target = target(stack.id);
    request.year = year;
    request.month = month;
    request.zone = zone;
    request.nowMs = nowMs;
    const Result<QList<MaintenanceWindow>> windows = maintenance(stack.id);
    if (!windows)
        return windows.error();
    request.maintenance = windows.value();

    // The store answers each period from its daily roll-ups and stored intervals.
    UptimeOverviewBuilder::Figures figures;
    const TimeRange monthRange = UptimePeriod::month(year, month, zone);
    const Result<StackUptime> whole = m_store->uptime(stack.id, monthRange);
    if (!whole)
        return whole.error();
    figures.month = whole.value().components;
    const Result<QList<StackUptime>> days =
        m_store->uptimeByPeriod(stack.id, UptimePeriod::daysOfMonth(year, month, zone));
    if (!days)
        return days.error();
    for (const StackUptime &day : days.value())
        figures.days.append(day.components);
    const std::pair<int, std::optional<double> *> rolling[] = {
        {1, &figures.last24h}, {7, &figures.last7d}, {30, &figures.last30d}, {90, &figures.last90d}};
    for (const auto &[count, value] : rolling) {
        const Result<StackUptime> r =
            m_store->uptime(stack.id, UptimeOverviewBuilder::lastDays(nowMs, count));
        if (!r)
            return r.error();
        if (const ComponentSummary *all = r.value().wholeStack())
            *value = all->availability.availability;
    }
    return UptimeOverviewBuilder::assemble(request, figures);
}

Result<QList<MaintenanceWindow>> StoreUptimeSource::maintenance(const QString &stackId)
{
    if (const Status open = ensureOpen(); !open)
        return open.error();
    return m_store->maintenance(stackId, kAllTime);
}

Status StoreUptimeSource::addMaintenance(const QString &stackId, const TimeRange &range, const QString &note)
{
    if (const Status open = ensureOpen(); !open)
        return open;
    const Result<qint64> added = m_store->addMaintenance(stackId, range, note);
    if (!added)
        return added.error();
    emit changed(stackId);
    return success();
}

Status StoreUptimeSource::removeMaintenance(const QString &stackId, qint64 windowId)
{
    if (const Status open = ensureOpen(); !open)
        return open;
    const Status removed = m_store->removeMaintenance(windowId);
    if (removed)
        emit changed(stackId);
    return removed;
}

double StoreUptimeSource::target(const QString &stackId)
{
    if (!ensureOpen())
        return defaultTarget;
    const Result<double> t = m_store->target(stackId);
    return t ? t.value() : defaultTarget;
}

Status StoreUptimeSource::setTarget(const QString &stackId, double target)
{
    if (const Status open = ensureOpen(); !open)
        return open;
    const Status saved = m_store->setTarget(stackId, target);
    if (saved)
        emit changed(stackId);
    return saved;
}

UptimeStackSettings StoreUptimeSource::probeSettings(const QString &stackId)
{
    if (!ensureOpen())
        return {};
    const Result<UptimeStackSettings> s = m_store->probeSettings(stackId);
    return s ? s.value() : UptimeStackSettings();
}

Status StoreUptimeSource::setProbeSettings(const QString &stackId, const UptimeStackSettings &settings)
{
    if (const Status open = ensureOpen(); !open)
        return open;
    if (const Result<UptimeStackSettings> before = m_store->probeSettings(stackId);
        before && before.value() == settings)
        return success();
    if (const Status saved = m_store->setProbeSettings(stackId, settings); !saved)
        return saved;
    // The threshold and interval decide what counts as down and as a gap in the stored timeline.
    const Status rebuilt = m_store->rebuild(stackId);
    emit changed(stackId);
    return rebuilt;
}

bool StoreUptimeSource::canPull() const
{
    return m_connections != nullptr;
}

void StoreUptimeSource::pullNow(const Stack &stack)
{
    StackConnection *connection = m_connections ? m_connections->connection(stack.id) : nullptr;
    if (const Status open = ensureOpen(); !open)
        return emit pullFinished(stack.id, open.error().message);
    if (!connection)
        return emit pullFinished(stack.id, QCoreApplication::translate("supadesk::UptimeWorkspace",
                                                                       "Connect the stack first (Ctrl+K)."));
    auto *puller = new UptimeLogPuller(connection, m_store, stack.id, this);
    // Where the probe was installed, if Supadesk installed it somewhere else than the default.
    if (const Result<QString> dir = m_store->probeLogDirectory(stack.id); dir && !dir.value().isEmpty())
        puller->setLogDirectory(dir.value());
    m_puller = puller;
    const QString id = stack.id;
    QPointer<StackConnection> via(connection);
    connect(puller, &UptimeLogPuller::pulled, this, [this, puller, id, via] {
        puller->deleteLater();
        if (via)
            pullAlertHistory(via, id);
        emit pullFinished(id, QString());
        emit changed(id);
    });
    connect(puller, &UptimeLogPuller::failed, this, [this, puller, id](const QString &message) {
        puller->deleteLater();
        emit pullFinished(id, message);
    });
    if (const Status started = puller->pull(); !started) {
        puller->deleteLater();
        emit pullFinished(id, started.error().message);
    }
}

void StoreUptimeSource::pullAlertHistory(StackConnection *connection, const QString &stackId)
{
    // The alerter's folder is root's (0700), so another login reads it through sudo -n; one short
    // command, and no alerter installed is simply no history. Only the lines from the newest stored
    // second on are read: the store keeps the rest and drops the lines it already holds.
    const Result<QDateTime> since = m_store->lastAlertEventAt(stackId);
    const QString read = AlertLog::readCommand(
        UptimeProbeLayout().alertPath() + QStringLiteral("/alerts.log"), since ? since.value() : QDateTime());
    connection->exec(QStringLiteral("if [ \"$(id -u)\" = 0 ]; then %1; else sudo -n sh -c %2; fi")
                         .arg(read, shellQuote(read)),
                     this, [this, stackId](Result<ExecResult> r) {
                         if (!r || r.value().exitStatus != 0 || !ensureOpen())
                             return;
                         const Result<int> added =
                             m_store->addAlertEvents(stackId, AlertLog::parse(r.value().standardOutput));
                         if (added && added.value() > 0)
                             emit changed(stackId);
                     });
}

QList<AlertLogEntry> StoreUptimeSource::alertHistory(const QString &stackId) const
{
    if (!m_store->isOpen())
        return {};
    const Result<QList<AlertLogEntry>> stored = m_store->alertEvents(stackId);
    return stored ? stored.value() : QList<AlertLogEntry>();
}

bool StoreUptimeSource::canInstallProbe() const
{
    return m_connections != nullptr;
}

UptimeProbeInstaller *StoreUptimeSource::probeInstaller(const Stack &stack, QObject *parent, QString *why)
{
    StackConnection *connection = m_connections ? m_connections->connection(stack.id) : nullptr;
    if (!connection || connection->state() != StackConnection::State::Connected) {
        if (why)
            *why =
                QCoreApplication::translate("supadesk::UptimeWorkspace", "Connect the stack first (Ctrl+K).");
        return nullptr;
    }
    auto *installer = new UptimeProbeInstaller(connection, parent);
    // "Pull now" reads the logs where this installation writes them.
    const QString id = stack.id;
    connect(installer, &UptimeProbeInstaller::finished, this,
            [this, id](const UptimeProbeInstallReport &report) {
                if (report.ok && !report.removal && ensureOpen())
                    (void)m_store->setProbeLogDirectory(id, report.logDirectory);
            });
    return installer;
}

} // namespace supadesk
