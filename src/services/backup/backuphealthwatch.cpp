// SPDX-License-Identifier: GPL-3.0-or-later
#include "backuphealthwatch.h"

#include "services/connectionmanager.h"
#include "services/stackconnection.h"

namespace supadesk {

namespace {

BackupHealthWatch::Reading readingOf(const BackupCatalogue &catalogue)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const BackupHealth health = BackupHealth::of(catalogue, now);
    return {now, health.red(), BackupHealth::problemText(catalogue, health)};
}

} // namespace

BackupHealthWatch::BackupHealthWatch(QObject *parent) : QObject(parent)
{
    m_timer.setInterval(m_interval);
    connect(&m_timer, &QTimer::timeout, this, &BackupHealthWatch::checkAll);
    m_timer.start();
}

void BackupHealthWatch::setConnections(ConnectionManager *connections)
{
    if (!connections)
        return;
    setConnectionSource([connections](const QString &stackId) -> StackConnection * {
        return connections->state(stackId) == StackConnection::State::Connected
                   ? connections->connection(stackId)
                   : nullptr;
    });
    connect(connections, &ConnectionManager::stateChanged, this,
            [this](const QString &stackId, StackConnection::State state) {
                if (state == StackConnection::State::Connected)
                    check(stackId);
            });
}

void BackupHealthWatch::setConnectionSource(std::function<StackConnection *(const QString &)> source)
{
    m_source = std::move(source);
}

void BackupHealthWatch::setInterval(int milliseconds)
{
    m_interval = std::max(1000, milliseconds);
    m_timer.start(m_interval);
}

bool BackupHealthWatch::check(const QString &stackId, bool force)
{
    m_watched.insert(stackId);
    if (m_pending.contains(stackId))
        return false;
    if (const auto kept = m_readings.constFind(stackId);
        !force && kept != m_readings.cend() && kept->at.msecsTo(QDateTime::currentDateTimeUtc()) < m_interval)
        return false;
    StackConnection *connection = m_source ? m_source(stackId) : nullptr;
    if (!connection)
        return false;
    m_pending.insert(stackId);
    connection->exec(
        BackupServerScripts::asRoot(BackupServerScripts::catalogueScript(m_paths), m_paths.pathFirst), this,
        [this, stackId](const Result<ExecResult> &r) {
            m_pending.remove(stackId);
            if (!r.ok())
                return; // the connection failed: the tile shows that already, the backups are unknown
            const Result<BackupCatalogue> catalogue =
                BackupServerScripts::parseCatalogue(QString::fromUtf8(r.value().standardOutput));
            // No nightly script, no folder, no sudo: no backup anyone can see, as the tab says.
            keep(stackId, catalogue.ok()
                              ? readingOf(catalogue.value())
                              : Reading{QDateTime::currentDateTimeUtc(), true, catalogue.error().message});
        });
    return true;
}

void BackupHealthWatch::remember(const QString &stackId, const BackupCatalogue &catalogue)
{
    m_watched.insert(stackId);
    keep(stackId, readingOf(catalogue));
}

std::optional<BackupHealthWatch::Reading> BackupHealthWatch::reading(const QString &stackId) const
{
    const auto it = m_readings.constFind(stackId);
    return it == m_readings.cend() ? std::nullopt : std::optional(*it);
}

void BackupHealthWatch::checkAll()
{
    for (const QString &stackId : std::as_const(m_watched))
        check(stackId);
}

void BackupHealthWatch::keep(const QString &stackId, const Reading &reading)
{
    m_readings.insert(stackId, reading);
    emit healthRead(stackId, reading.red, reading.text);
}

} // namespace supadesk
