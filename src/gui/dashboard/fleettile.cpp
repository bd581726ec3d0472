// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleettile.h"

#include "core/locale/displayformat.h"
#include "gui/styles/palettewatcher.h"
#include "gui/styles/statepalette.h"

#include <QEvent>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

namespace supadesk {

namespace {

enum Figure {
    Tps,
    ConnectionsUsed,
    CacheHit,
    ReplicationLag,
    DatabaseSize,
    LastSample,
    HostLoad,
    HostMemory,
    HostDisk,
    HostContainers,
    Figures
};

// The tile's edge (a mark) and its state line (text) by health.
std::pair<StatePalette::Role, StatePalette::Role> rolesOf(FleetStatus::Health health)
{
    using Role = StatePalette::Role;
    switch (health) {
    case FleetStatus::Health::Down:
        return {Role::BadMark, Role::Bad};
    case FleetStatus::Health::Reconnecting:
    case FleetStatus::Health::Stale:
    case FleetStatus::Health::Warning:
        return {Role::WarnMark, Role::Warn};
    case FleetStatus::Health::Healthy:
        return {Role::OkMark, Role::Ok};
    case FleetStatus::Health::NotConnected:
        break;
    }
    return {Role::IdleMark, Role::Muted};
}

} // namespace

FleetTile::FleetTile(QWidget *parent) : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setMinimumWidth(260);
    // Styled by a style sheet, the tile hears no palette change of its own.
    connect(PaletteWatcher::instance(), &PaletteWatcher::changed, this, &FleetTile::refresh);
    m_name = new QLabel(this);
    QFont bold = m_name->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_name->setFont(bold);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("state"));
    m_state->setWordWrap(true);
    m_backup = new QLabel(this);
    m_backup->setObjectName(QStringLiteral("backupProblem"));
    m_backup->setWordWrap(true);
    m_backup->hide();
    auto *figures = new QGridLayout;
    figures->setHorizontalSpacing(12);
    for (int i = 0; i < Figures; ++i) {
        auto *caption = new QLabel(this);
        caption->setWordWrap(true); // long Georgian captions take two lines rather than being cut
        auto *value = new QLabel(this);
        value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        // The host's lines below a rule of their own: the database's figures and the server's.
        const int row = i >= HostLoad ? i + 1 : i;
        figures->addWidget(caption, row, 0, Qt::AlignTop);
        figures->addWidget(value, row, 1);
        if (i >= HostLoad) {
            value->setObjectName(QStringLiteral("host%1").arg(i - HostLoad));
            value->setWordWrap(true); // "/var: 81 %, full in 12 days" in Georgian
        }
        m_captions.append(caption);
        m_values.append(value);
    }
    auto *rule = new QFrame(this);
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Sunken);
    figures->addWidget(rule, HostLoad, 0, 1, 2);
    figures->setColumnStretch(0, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 10, 8);
    layout->addWidget(m_name);
    layout->addWidget(m_state);
    layout->addWidget(m_backup);
    layout->addLayout(figures);
    refresh();
}

void FleetTile::setStatus(const FleetStatus &status, double intervalSeconds)
{
    m_status = status;
    m_intervalSeconds = intervalSeconds;
    setObjectName(QStringLiteral("fleetTile-") + status.name);
    refresh();
}

void FleetTile::setBackupProblem(const QString &text)
{
    m_backup->setText(text);
    m_backup->setToolTip(text);
    m_backup->setVisible(!text.isEmpty());
    refresh();
}

void FleetTile::setHost(const std::optional<HostReading> &reading, const QString &problem)
{
    m_host = reading ? std::optional<HostSummary>(HostSummary::of(*reading)) : std::nullopt;
    m_hostProblem = problem;
    refreshHost();
}

QString FleetTile::hostText(int line) const
{
    return m_values.value(HostLoad + line) ? m_values.value(HostLoad + line)->text() : QString();
}

QString FleetTile::stateText() const
{
    return m_state->text();
}

void FleetTile::refresh()
{
    const DisplayFormat format;
    const FleetStatus &s = m_status;
    const FleetStatus::Health health = s.health(m_intervalSeconds);
    m_name->setText(s.name);
    QString state;
    switch (health) {
    case FleetStatus::Health::Down:
        // Drivers answer in paragraphs; the first line says what happened, the tooltip has the rest.
        state = s.error.isEmpty() ? tr("Down: no sample yet")
                                  : tr("Down: %1").arg(s.error.section(QLatin1Char('\n'), 0, 0).trimmed());
        break;
    case FleetStatus::Health::Reconnecting:
        state = tr("Reconnecting…");
        break;
    case FleetStatus::Health::Stale:
        state = tr("No sample for %1 s").arg(format.number(s.secondsSinceSample.value_or(0), 0));
        break;
    case FleetStatus::Health::Warning:
        state = tr("Up, needs attention");
        break;
    case FleetStatus::Health::Healthy:
        state = tr("Up");
        break;
    case FleetStatus::Health::NotConnected:
        state = tr("Not connected");
        break;
    }
    m_state->setText(state);
    m_state->setToolTip(s.error);
    const StatePalette colours = StatePalette::current();
    const auto [mark, text] = rolesOf(health);
    const QString sheet =
        QStringLiteral("supadesk--FleetTile { border: 1px solid %1; border-left: 6px solid %2; "
                       "border-radius: 4px; } QLabel#state { color: %3; }")
            .arg(colours.name(StatePalette::Role::CardBorder), colours.name(mark), colours.name(text));
    if (styleSheet() != sheet)
        setStyleSheet(sheet);
    m_backup->setStyleSheet(QStringLiteral("color: %1;").arg(colours.name(StatePalette::Role::Bad)));

    const QString none = tr("–");
    auto percent = [&](const std::optional<double> &ratio, int decimals) {
        return ratio ? format.percent(*ratio * 100, decimals) : none;
    };
    m_captions[Tps]->setText(tr("Transactions/s"));
    m_values[Tps]->setText(s.tps ? format.number(*s.tps, 1) : none);
    m_captions[ConnectionsUsed]->setText(tr("Connections used"));
    m_values[ConnectionsUsed]->setText(percent(s.connectionsUsedRatio, 0));
    m_captions[CacheHit]->setText(tr("Cache hit"));
    m_values[CacheHit]->setText(percent(s.cacheHitRatio, 2));
    m_captions[ReplicationLag]->setText(tr("Replication lag"));
    const QString lag = s.replicationLagBytes ? format.bytes(*s.replicationLagBytes)
                        : s.sampling          ? tr("no standby")
                                              : none;
    m_values[ReplicationLag]->setText(lag);
    m_captions[DatabaseSize]->setText(tr("Database size"));
    m_values[DatabaseSize]->setText(s.databaseSize ? format.bytes(*s.databaseSize) : none);
    m_captions[LastSample]->setText(tr("Last sample"));
    m_values[LastSample]->setText(
        s.secondsSinceSample ? tr("%1 s ago").arg(format.number(*s.secondsSinceSample, 0)) : none);
    refreshHost();
}

void FleetTile::refreshHost()
{
    const DisplayFormat format;
    const StatePalette colours = StatePalette::current();
    m_captions[HostLoad]->setText(tr("Host load"));
    m_captions[HostMemory]->setText(tr("Memory used"));
    m_captions[HostDisk]->setText(tr("Fullest disk"));
    m_captions[HostContainers]->setText(tr("Containers"));
    const QString none = m_hostProblem.isEmpty() ? tr("–") : tr("not read");
    // Only a warning or worse is coloured: a tile full of green says nothing.
    auto show = [&](Figure figure, const QString &text, HostVerdict::Level level) {
        QLabel *value = m_values[figure];
        value->setText(text);
        value->setToolTip(m_host ? QString() : m_hostProblem);
        const QString sheet = level == HostVerdict::Level::Bad
                                  ? QStringLiteral("color: %1;").arg(colours.name(StatePalette::Role::Bad))
                              : level == HostVerdict::Level::Warn
                                  ? QStringLiteral("color: %1;").arg(colours.name(StatePalette::Role::Warn))
                                  : QString();
        if (value->styleSheet() != sheet)
            value->setStyleSheet(sheet);
    };
    if (!m_host) {
        for (Figure f : {HostLoad, HostMemory, HostDisk, HostContainers})
            show(f, none, HostVerdict::Level::Idle);
        return;
    }
    const HostSummary &h = *m_host;
    show(HostLoad,
         !h.load      ? none
         : h.cpus > 0 ? tr("%1 on %n CPU(s)", nullptr, h.cpus).arg(format.number(h.load->one, 2))
                      : format.number(h.load->one, 2),
         h.loadLevel);
    show(HostMemory, h.memoryUsedPercent ? format.percent(*h.memoryUsedPercent, 0) : none, h.memoryLevel);
    QString disk = none;
    if (h.fullestDisk) {
        const QString used = format.percent(h.fullestDisk->usedPercent(), 0);
        const std::optional<double> &days = h.fullestDiskDaysUntilFull;
        disk =
            !days ? tr("%1: %2").arg(h.fullestDisk->mountPoint, used)
            : *days < 1
                ? tr("%1: %2, full within a day").arg(h.fullestDisk->mountPoint, used)
                : tr("%1: %2, full in %n day(s)", nullptr, int(*days)).arg(h.fullestDisk->mountPoint, used);
    }
    show(HostDisk, disk, h.diskLevel);
    QString containers = tr("not read");
    if (h.containersRead)
        containers = h.containers == 0 ? tr("none")
                     : h.troubledContainers > 0
                         ? tr("%1 of %n in trouble", nullptr, h.containers).arg(h.troubledContainers)
                         : tr("all %n fine", nullptr, h.containers);
    show(HostContainers, containers, h.containersRead ? h.containerLevel : HostVerdict::Level::Idle);
}

void FleetTile::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->pos()))
        emit activated(m_status.stackId);
    QFrame::mouseReleaseEvent(event);
}

void FleetTile::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space) {
        emit activated(m_status.stackId);
        return;
    }
    QFrame::keyPressEvent(event);
}

void FleetTile::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QFrame::changeEvent(event);
}

} // namespace supadesk
