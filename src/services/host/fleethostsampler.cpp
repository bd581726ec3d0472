// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleethostsampler.h"

#include "core/host/hostsampleparser.h"
#include "hostreadingrecorder.h"
#include "services/stackconnection.h"
#include "services/statsfleet.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QTimer>

namespace supadesk {

FleetHostSampler::FleetHostSampler(QObject *parent) : QObject(parent), m_timer(new QTimer(this))
{
    m_timer->setInterval(DefaultIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &FleetHostSampler::sampleNow);
}

FleetHostSampler::~FleetHostSampler() = default;

void FleetHostSampler::setHistory(const QString &directory, const RetentionPolicy &retention)
{
    m_retention = retention;
    for (Entry &e : m_entries)
        if (e.recorder)
            e.recorder->setRetention(retention);
    if (directory == m_historyDirectory)
        return;
    m_historyDirectory = directory;
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it)
        if (it->recorder)
            for (const QString &notice : it->recorder->open(directory, it.key()))
                emit historyNotice(notice);
}

void FleetHostSampler::setInterval(int intervalMs)
{
    m_timer->setInterval(intervalMs);
}

int FleetHostSampler::interval() const
{
    return m_timer->interval();
}

void FleetHostSampler::watch(const QList<Target> &targets)
{
    QSet<QString> seen;
    QStringList fresh;
    for (const Target &t : targets) {
        if (!t.connection)
            continue;
        const QString key = StatsFleet::keyOf(t.stack);
        seen.insert(key);
        Entry &e = m_entries[key];
        const bool changed = e.connection != t.connection || e.stack.installDir != t.stack.installDir;
        e.stack = t.stack;
        if (!changed)
            continue;
        e.connection = t.connection;
        e.busy = false;
        e.generation = ++m_generation;
        if (!e.recorder) {
            e.recorder = std::make_shared<HostReadingRecorder>();
            e.recorder->setRetention(m_retention);
            for (const QString &notice : e.recorder->open(m_historyDirectory, key))
                emit historyNotice(notice);
        }
        fresh.append(key);
    }
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (seen.contains(it.key()))
            ++it;
        else
            it = m_entries.erase(it);
    }
    if (m_entries.isEmpty())
        m_timer->stop();
    else if (!m_timer->isActive())
        m_timer->start();
    for (const QString &key : std::as_const(fresh))
        sample(key);
}

void FleetHostSampler::setSampledElsewhere(const QString &key)
{
    m_elsewhere = key;
}

void FleetHostSampler::adopt(const QString &key, const HostReading &reading)
{
    auto it = m_entries.find(key);
    if (it == m_entries.end())
        return;
    it->reading = reading;
    it->problem.clear();
    emit sampled(key);
}

void FleetHostSampler::sampleNow()
{
    for (const QString &key : m_entries.keys())
        sample(key);
}

std::optional<HostReading> FleetHostSampler::lastReading(const QString &key) const
{
    const auto it = m_entries.constFind(key);
    return it == m_entries.constEnd() ? std::nullopt : it->reading;
}

QString FleetHostSampler::problem(const QString &key) const
{
    return m_entries.value(key).problem;
}

void FleetHostSampler::sample(const QString &key)
{
    auto it = m_entries.find(key);
    if (it == m_entries.end() || key == m_elsewhere || it->busy || !it->connection ||
        it->connection->state() != StackConnection::State::Connected)
        return;
    it->busy = true;
    ++m_batches;
    const quint64 generation = it->generation;
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    it->connection->exec(HostSampleParser::stateCommand(it->stack.installDir, m_pathFirst), this,
                         [this, key, generation, clock](Result<ExecResult> ran) {
                             auto found = m_entries.find(key);
                             if (found == m_entries.end() || found->generation != generation)
                                 return;
                             found->busy = false;
                             if (!ran.ok()) {
                                 found->problem = ran.error().message;
                                 emit failed(key, found->problem);
                                 return;
                             }
                             QString notice;
                             found->reading = found->recorder->record(ran.value().standardOutput,
                                                                      QDateTime::currentMSecsSinceEpoch(),
                                                                      clock->nsecsElapsed() / 1000, &notice);
                             found->problem.clear();
                             if (!notice.isEmpty())
                                 emit historyNotice(notice);
                             emit sampled(key);
                         });
}

} // namespace supadesk
