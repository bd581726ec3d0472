// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostpanel.h"

#include "containerlogsdialog.h"
#include "core/locale/displayformat.h"
#include "gui/styles/statepalette.h"
#include "services/host/containeractions.h"
#include "services/host/hostsampler.h"
#include "services/stackconnection.h"
#include "services/statsfleet.h"
#include "ui_hostpanel.h"

#include <QDateTime>
#include <QEvent>
#include <QHeaderView>
#include <QMessageBox>

namespace supadesk {

namespace {

enum DiskColumn { DiskMount, DiskUsed, DiskFree, DiskUse, DiskFull };
enum ContainerColumn { CName, CState, CHealth, CRestarts, COom, CCpu, CMemory };

StatePalette::Role roleOf(HostVerdict::Level level)
{
    switch (level) {
    case HostVerdict::Level::Ok:
        return StatePalette::Role::Ok;
    case HostVerdict::Level::Warn:
        return StatePalette::Role::Warn;
    case HostVerdict::Level::Bad:
        return StatePalette::Role::Bad;
    case HostVerdict::Level::Idle:
        break;
    }
    return StatePalette::Role::Muted;
}

QTableWidgetItem *cell(const QString &text, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(align);
    return item;
}

constexpr Qt::Alignment Right = Qt::AlignRight | Qt::AlignVCenter;

} // namespace

HostPanel::HostPanel(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::HostPanel>()), m_sampler(new HostSampler(this))
{
    m_ui->setupUi(this);
    // The name column takes the room that is left; the figures keep to their width, next to it.
    for (QTableWidget *t : {m_ui->disks, m_ui->containers}) {
        t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        t->horizontalHeader()->setStretchLastSection(false);
        t->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    }
    m_ui->disks->setSelectionMode(QAbstractItemView::NoSelection);
    connect(m_sampler, &HostSampler::sampled, this, &HostPanel::showReading);
    connect(m_sampler, &HostSampler::failed, this, &HostPanel::showProblem);
    connect(m_ui->logsButton, &QPushButton::clicked, this, &HostPanel::showLogs);
    connect(m_ui->restartButton, &QPushButton::clicked, this, &HostPanel::restartSelected);
    connect(m_ui->containers, &QTableWidget::itemSelectionChanged, this, &HostPanel::updateButtons);
    connect(m_ui->containers, &QTableWidget::cellDoubleClicked, this, &HostPanel::showLogs);
    retranslateUi();
}

HostPanel::~HostPanel() = default;

QTableWidget *HostPanel::diskTable() const
{
    return m_ui->disks;
}

QTableWidget *HostPanel::containerTable() const
{
    return m_ui->containers;
}

QString HostPanel::statusText() const
{
    return m_ui->status->text();
}

void HostPanel::setTarget(StackConnection *connection, const std::optional<Stack> &stack)
{
    const bool sameStack =
        stack && m_stack && stack->id == m_stack->id && stack->installDir == m_stack->installDir;
    if (sameStack && connection == m_connection && m_sampler->isRunning() == bool(connection))
        return;
    if (!sameStack) {
        m_reading.reset();
        m_notice.clear();
    }
    m_stack = stack;
    m_connection = connection;
    m_problem.clear();
    if (connection && stack)
        m_sampler->start(connection, stack->installDir, m_intervalMs, m_historyDirectory,
                         StatsFleet::keyOf(*stack));
    else
        m_sampler->stop();
    render();
}

void HostPanel::setInterval(int intervalMs)
{
    m_intervalMs = intervalMs;
    m_sampler->setInterval(intervalMs);
}

void HostPanel::setHistory(const QString &directory, const RetentionPolicy &retention)
{
    m_historyDirectory = directory;
    m_retention = retention;
    m_sampler->setRetention(retention);
}

void HostPanel::showReading(const HostReading &reading)
{
    m_reading = reading;
    m_problem.clear();
    render();
    emit readingShown();
}

void HostPanel::showProblem(const QString &message)
{
    m_problem = message;
    renderStatus();
}

QString HostPanel::selectedContainer() const
{
    const QList<QTableWidgetItem *> items = m_ui->containers->selectedItems();
    for (QTableWidgetItem *item : items) {
        if (item->column() == CName)
            return item->text();
    }
    return QString();
}

void HostPanel::selectContainer(const QString &name)
{
    for (int row = 0; row < m_ui->containers->rowCount(); ++row) {
        if (m_ui->containers->item(row, CName)->text() == name)
            m_ui->containers->selectRow(row);
    }
}

QString HostPanel::stateText(const QString &state)
{
    if (state == QLatin1String("running"))
        return tr("running");
    if (state == QLatin1String("exited"))
        return tr("exited");
    if (state == QLatin1String("restarting"))
        return tr("restarting");
    if (state == QLatin1String("paused"))
        return tr("paused");
    if (state == QLatin1String("created"))
        return tr("created");
    if (state == QLatin1String("dead"))
        return tr("dead");
    if (state == QLatin1String("removing"))
        return tr("removing");
    return state;
}

QString HostPanel::healthText(const QString &health)
{
    if (health == QLatin1String("healthy"))
        return tr("healthy");
    if (health == QLatin1String("unhealthy"))
        return tr("unhealthy");
    if (health == QLatin1String("starting"))
        return tr("starting");
    if (health.isEmpty())
        return tr("no check");
    return health;
}

void HostPanel::colour(QTableWidgetItem *item, HostVerdict::Level level) const
{
    item->setForeground(StatePalette::forPalette(palette()).color(roleOf(level)));
}

void HostPanel::colour(QLabel *label, HostVerdict::Level level) const
{
    StatePalette::setTextRole(label, roleOf(level));
}

void HostPanel::render()
{
    const DisplayFormat f;
    const QString none = QStringLiteral("–");
    m_ui->disks->setRowCount(0);
    m_ui->containers->setSortingEnabled(false);
    const QString selected = selectedContainer();
    m_ui->containers->setRowCount(0);
    for (QLabel *l : {m_ui->cpuValue, m_ui->loadValue, m_ui->memoryValue, m_ui->swapValue, m_ui->networkValue,
                      m_ui->costValue}) {
        l->setText(none);
        StatePalette::setTextRole(l, std::nullopt);
    }
    m_ui->dockerNote->clear();
    m_ui->dockerNote->hide();
    if (m_reading) {
        const HostSample &s = m_reading->sample;
        const HostRates &r = m_reading->rates;
        if (r.cpuBusyPercent) {
            m_ui->cpuValue->setText(
                s.cpu ? tr("%1 of %n CPU(s)", nullptr, s.cpu->cpus).arg(f.percent(*r.cpuBusyPercent))
                      : f.percent(*r.cpuBusyPercent));
            colour(m_ui->cpuValue, HostVerdict::cpu(*r.cpuBusyPercent));
        } else if (s.cpu) {
            m_ui->cpuValue->setText(tr("%n CPU(s), measuring…", nullptr, s.cpu->cpus));
        }
        if (s.load)
            m_ui->loadValue->setText(
                QStringLiteral("%1  %2  %3")
                    .arg(f.number(s.load->one, 2), f.number(s.load->five, 2), f.number(s.load->fifteen, 2)));
        if (s.memory) {
            const MemoryInfo &m = *s.memory;
            m_ui->memoryValue->setText(
                tr("%1 of %2 (%3)")
                    .arg(f.bytes(m.usedBytes()), f.bytes(m.totalBytes),
                         f.percent(m.totalBytes > 0 ? 100.0 * double(m.usedBytes()) / double(m.totalBytes)
                                                    : 0)));
            colour(m_ui->memoryValue, HostVerdict::memory(m));
            m_ui->swapValue->setText(
                m.swapTotalBytes > 0
                    ? tr("%1 of %2").arg(f.bytes(m.swapUsedBytes()), f.bytes(m.swapTotalBytes))
                    : tr("no swap"));
            colour(m_ui->swapValue, HostVerdict::swap(m));
        }
        if (r.rxBytesPerSecond && r.txBytesPerSecond)
            m_ui->networkValue->setText(
                tr("%1/s in, %2/s out")
                    .arg(f.bytes(qint64(*r.rxBytesPerSecond), 1), f.bytes(qint64(*r.txBytesPerSecond), 1)));
        if (s.serverCpuSeconds >= 0)
            m_ui->costValue->setText(tr("%1 CPU on the server, %2 round trip")
                                         .arg(f.milliseconds(s.serverCpuSeconds * 1000.0),
                                              f.milliseconds(double(m_reading->roundTripUs) / 1000.0)));

        m_ui->disks->setRowCount(int(s.mounts.size()));
        for (int row = 0; row < s.mounts.size(); ++row) {
            const MountUsage &m = s.mounts.at(row);
            const auto found = m_reading->daysUntilFull.find(m.mountPoint);
            const std::optional<double> days =
                found != m_reading->daysUntilFull.end() ? std::optional<double>(*found) : std::nullopt;
            const HostVerdict::Level level = HostVerdict::disk(m, days);
            auto *mount = cell(m.mountPoint);
            mount->setToolTip(QStringLiteral("%1 (%2)").arg(m.device, m.fsType));
            m_ui->disks->setItem(row, DiskMount, mount);
            m_ui->disks->setItem(row, DiskUsed, cell(f.bytes(m.usedBytes, 1), Right));
            m_ui->disks->setItem(row, DiskFree, cell(f.bytes(m.availableBytes, 1), Right));
            auto *use = cell(f.percent(m.usedPercent()), Right);
            colour(use, level);
            m_ui->disks->setItem(row, DiskUse, use);
            QString full;
            if (!days)
                full = tr("not filling up");
            else if (*days < 1)
                full = tr("within a day");
            else
                full = tr("in %n day(s)", nullptr, int(*days));
            auto *fullItem = cell(full);
            fullItem->setToolTip(tr("From the trend of the last 7 days of the history (least squares); no "
                                    "forecast while the disk is flat or shrinking."));
            colour(fullItem, days ? level : HostVerdict::Level::Idle);
            m_ui->disks->setItem(row, DiskFull, fullItem);
        }

        switch (s.docker) {
        case DockerState::NotFound:
            m_ui->dockerNote->setText(tr("Docker is not installed on this server (no docker command)."));
            m_ui->dockerNote->show();
            break;
        case DockerState::Unavailable:
            m_ui->dockerNote->setText(tr("Docker did not answer: %1").arg(s.dockerError));
            StatePalette::setTextRole(m_ui->dockerNote, StatePalette::Role::Bad);
            m_ui->dockerNote->show();
            break;
        case DockerState::Ok:
            if (s.containers.isEmpty()) {
                m_ui->dockerNote->setText(tr("No containers on this server."));
                m_ui->dockerNote->show();
            }
            break;
        }
        m_ui->containers->setRowCount(int(s.containers.size()));
        for (int row = 0; row < s.containers.size(); ++row) {
            const ContainerStatus &c = s.containers.at(row);
            const HostVerdict::Level level = HostVerdict::container(c);
            auto *name = cell(c.name);
            name->setToolTip(c.image);
            m_ui->containers->setItem(row, CName, name);
            QString state = stateText(c.state);
            if (c.state == QLatin1String("exited"))
                state = tr("%1 (%2)").arg(state).arg(c.exitCode);
            auto *stateItem = cell(state);
            colour(stateItem, level);
            m_ui->containers->setItem(row, CState, stateItem);
            auto *health = cell(healthText(c.health));
            colour(health, c.health == QLatin1String("healthy")     ? HostVerdict::Level::Ok
                           : c.health == QLatin1String("unhealthy") ? HostVerdict::Level::Bad
                           : c.health == QLatin1String("starting")  ? HostVerdict::Level::Warn
                                                                    : HostVerdict::Level::Idle);
            m_ui->containers->setItem(row, CHealth, health);
            auto *restarts = cell(f.number(c.restartCount), Right);
            if (c.restartCount > 0)
                colour(restarts, HostVerdict::Level::Warn);
            m_ui->containers->setItem(row, CRestarts, restarts);
            auto *oom = cell(c.oomKilled ? tr("yes") : tr("no"));
            colour(oom, c.oomKilled ? HostVerdict::Level::Bad : HostVerdict::Level::Idle);
            if (c.oomKilled)
                oom->setToolTip(tr("The kernel killed its last run for lack of memory."));
            m_ui->containers->setItem(row, COom, oom);
            m_ui->containers->setItem(row, CCpu, cell(c.hasStats ? f.percent(c.cpuPercent, 2) : none, Right));
            QString memory = none;
            if (c.hasStats)
                memory = c.memLimitBytes > 0
                             ? tr("%1 of %2").arg(f.bytes(c.memUsedBytes, 1), f.bytes(c.memLimitBytes, 1))
                             : f.bytes(c.memUsedBytes, 1);
            m_ui->containers->setItem(row, CMemory, cell(memory, Right));
        }
    }
    if (!selected.isEmpty())
        selectContainer(selected);
    renderStatus();
    updateButtons();
}

void HostPanel::renderStatus()
{
    QString text;
    std::optional<StatePalette::Role> role;
    if (!m_stack) {
        text = tr("Select a stack to see its server and containers.");
    } else if (!m_connection) {
        text = tr("Connect to %1 to see its server and containers.").arg(m_stack->name);
    } else if (!m_problem.isEmpty()) {
        text = tr("The host could not be read: %1").arg(m_problem);
        role = StatePalette::Role::Bad;
    } else if (!m_reading) {
        text = tr("Reading the host…");
    } else {
        const DisplayFormat f;
        text = tr("Read at %1 over the stack's SSH session, every %n second(s).", nullptr,
                  qMax(1, m_intervalMs / 1000))
                   .arg(f.locale().toString(QDateTime::fromMSecsSinceEpoch(m_reading->sample.tMs).time(),
                                            QStringLiteral("HH:mm:ss")));
    }
    if (!m_notice.isEmpty())
        text += QStringLiteral("\n") + m_notice;
    m_ui->status->setText(text);
    StatePalette::setTextRole(m_ui->status, role);
}

void HostPanel::updateButtons()
{
    const bool chosen = !selectedContainer().isEmpty();
    m_ui->logsButton->setEnabled(chosen && m_connection);
    m_ui->restartButton->setEnabled(chosen && m_connection);
}

void HostPanel::showLogs()
{
    const QString name = selectedContainer();
    if (name.isEmpty() || !m_connection)
        return;
    auto *dialog = new ContainerLogsDialog(name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->follow(m_connection->settings().ssh);
    dialog->show();
}

void HostPanel::restartSelected()
{
    const QString name = selectedContainer();
    if (name.isEmpty() || !m_connection)
        return;
    const auto answer =
        QMessageBox::question(this, tr("Restart container"),
                              tr("Restart container %1 on %2? Its service is unavailable until it is back.")
                                  .arg(name, m_stack ? m_stack->name : QString()),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    m_notice = tr("Restarting %1…").arg(name);
    renderStatus();
    ContainerActions::restart(m_connection, name, this, [this, name](Status done) {
        m_notice = done.ok() ? tr("%1 was restarted.").arg(name) : done.error().message;
        renderStatus();
        m_sampler->sampleNow();
    });
}

void HostPanel::retranslateUi()
{
    render();
}

void HostPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

} // namespace supadesk
