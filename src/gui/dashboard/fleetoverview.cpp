// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleetoverview.h"

#include "fleettile.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace supadesk {

FleetOverview::FleetOverview(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("fleetOverview"));
    m_heading = new QLabel(this);
    m_heading->setWordWrap(true);
    m_empty = new QLabel(this);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_tilesArea = new QWidget;
    m_grid = new QGridLayout(m_tilesArea);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(10);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_tilesArea);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_empty);
    layout->addWidget(scroll, 1);
    retranslateUi();
}

void FleetOverview::retranslateUi()
{
    m_heading->setText(tr("All stacks, the one that needs attention most first. Click a tile to open its "
                          "dashboard."));
    m_empty->setText(tr("There are no stacks yet. Add one with Stack ▸ Add Stack (Ctrl+N)."));
}

void FleetOverview::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void FleetOverview::setStatuses(const QList<FleetStatus> &statuses, double intervalSeconds)
{
    const QList<FleetStatus> sorted = FleetRanking::sorted(statuses, intervalSeconds);
    const bool countChanged = sorted.size() != m_tiles.size();
    while (m_tiles.size() > sorted.size())
        delete m_tiles.takeLast();
    while (m_tiles.size() < sorted.size()) {
        auto *tile = new FleetTile(m_tilesArea);
        connect(tile, &FleetTile::activated, this, &FleetOverview::stackActivated);
        m_tiles.append(tile);
    }
    for (int i = 0; i < sorted.size(); ++i) {
        m_tiles.at(i)->setStatus(sorted.at(i), intervalSeconds);
        m_tiles.at(i)->setBackupProblem(m_backupProblems.value(sorted.at(i).stackId));
        const Host host = m_hosts.value(sorted.at(i).stackId);
        m_tiles.at(i)->setHost(host.reading, host.problem);
    }
    m_empty->setVisible(sorted.isEmpty());
    // Tile i always sits at place i and takes the i-th status, so a new order needs no new layout;
    // only a different number of tiles does (this runs at every tick of the dashboard's timer).
    if (countChanged)
        m_columns = 0;
    arrange();
}

void FleetOverview::setBackupProblem(const QString &stackId, const QString &text)
{
    if (text.isEmpty())
        m_backupProblems.remove(stackId);
    else
        m_backupProblems.insert(stackId, text);
    for (FleetTile *tile : std::as_const(m_tiles))
        if (tile->stackId() == stackId)
            tile->setBackupProblem(text);
}

void FleetOverview::setHost(const QString &stackId, const std::optional<HostReading> &reading,
                            const QString &problem)
{
    if (!reading && problem.isEmpty())
        m_hosts.remove(stackId);
    else
        m_hosts.insert(stackId, {reading, problem});
    for (FleetTile *tile : std::as_const(m_tiles))
        if (tile->stackId() == stackId)
            tile->setHost(reading, problem);
}

void FleetOverview::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrange();
}

void FleetOverview::arrange()
{
    const int tileWidth = 280;
    const int columns = std::max(1, (width() - 20) / (tileWidth + m_grid->horizontalSpacing()));
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (FleetTile *tile : std::as_const(m_tiles))
        m_grid->removeWidget(tile);
    for (int i = 0; i < m_tiles.size(); ++i)
        m_grid->addWidget(m_tiles.at(i), i / columns, i % columns, Qt::AlignTop);
    m_grid->setRowStretch(int(m_tiles.size()) / columns + 1, 1);
    for (int c = 0; c < columns; ++c)
        m_grid->setColumnStretch(c, 1);
}

} // namespace supadesk
