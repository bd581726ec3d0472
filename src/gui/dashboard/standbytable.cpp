// SPDX-License-Identifier: GPL-3.0-or-later
#include "standbytable.h"

#include "core/locale/displayformat.h"

#include "core/metrics/statssample.h"
#include "gui/styles/statepalette.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <optional>

namespace supadesk {

StandbyTable::StandbyTable(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("standbyTable"));
    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("standbys"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Every column as wide as its content: with nine columns (and Georgian headers) a stretched name
    // column would be squeezed to nothing; the table scrolls sideways instead.
    m_table->horizontalHeader()->setStretchLastSection(true);
    fitRows();
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("standbyNote"));
    m_note->setWordWrap(true);
    StatePalette::setTextRole(m_note, StatePalette::Role::Muted);
    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("addStandby"));
    connect(m_add, &QPushButton::clicked, this, &StandbyTable::addStandbyRequested);
    m_failover = new QPushButton(this);
    m_failover->setObjectName(QStringLiteral("failover"));
    connect(m_failover, &QPushButton::clicked, this, &StandbyTable::failoverRequested);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title);
    titleRow->addStretch();
    titleRow->addWidget(m_add);
    titleRow->addWidget(m_failover);
    layout->addLayout(titleRow);
    layout->addWidget(m_table);
    layout->addWidget(m_note);
    retranslateUi();
}

void StandbyTable::retranslateUi()
{
    m_title->setText(tr("Standbys"));
    m_add->setText(tr("Add Standby…"));
    m_failover->setText(tr("Fail Over…"));
    m_table->setHorizontalHeaderLabels({tr("Application"), tr("Client address"), tr("State"),
                                        tr("Sync state"), tr("Write lag"), tr("Flush lag"), tr("Replay lag"),
                                        tr("Slot retains"), tr("Last replay")});
    m_table->horizontalHeaderItem(SlotRetained)
        ->setToolTip(tr("WAL the standby's replication slot keeps on the primary until the standby has it."));
    m_table->horizontalHeaderItem(SinceReplay)
        ->setToolTip(tr("Time since the standby replayed its last transaction. Only the standby knows it: it "
                        "shows on the standby's own stack."));
}

void StandbyTable::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

QString StandbyTable::note() const
{
    return m_note->text();
}

void StandbyTable::clear()
{
    m_table->setRowCount(0);
    m_note->clear();
    fitRows();
}

void StandbyTable::fitRows()
{
    // As tall as its rows (one empty row at least, five at most: more scroll inside the table).
    const int rows = std::clamp(m_table->rowCount(), 1, 5);
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height() +
                            rows * m_table->verticalHeader()->defaultSectionSize() +
                            m_table->horizontalScrollBar()->sizeHint().height() + 2 * m_table->frameWidth() +
                            2);
}

void StandbyTable::setSample(const StatsSample &sample, const QString &role)
{
    const DisplayFormat format;
    const QString none = tr("–");
    // One cell per lag: bytes and seconds side by side; the exact figures stay in the item's data
    // (bytes in UserRole, seconds in UserRole + 1) for sorting, copying and tests.
    auto lagCell = [&](const std::optional<qint64> &bytes, const std::optional<double> &seconds) {
        const QString b = bytes ? format.bytes(*bytes) : none;
        const QString s = seconds ? tr("%1 s").arg(format.number(*seconds, 3)) : none;
        auto *item = new QTableWidgetItem(tr("%1 · %2").arg(b, s));
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (bytes)
            item->setData(Qt::UserRole, *bytes);
        if (seconds)
            item->setData(Qt::UserRole + 1, *seconds);
        item->setToolTip(bytes ? tr("%1 bytes behind").arg(format.number(*bytes)) : QString());
        return item;
    };
    const bool selfRow = sample.inRecovery;
    m_table->setRowCount(int(sample.standbys.size()) + (selfRow ? 1 : 0));
    auto text = [&none](const QString &value) {
        return new QTableWidgetItem(value.isEmpty() ? none : value);
    };
    auto bytesCell = [&](const std::optional<qint64> &bytes) {
        auto *item = new QTableWidgetItem(bytes ? format.bytes(*bytes) : none);
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (bytes)
            item->setData(Qt::UserRole, *bytes);
        return item;
    };
    for (int row = 0; row < sample.standbys.size(); ++row) {
        const StandbyLag &s = sample.standbys.at(row);
        m_table->setItem(row, Application, text(s.name));
        m_table->setItem(row, Address, text(s.address));
        m_table->setItem(row, State, text(s.state));
        m_table->setItem(row, SyncState, text(s.syncState));
        m_table->setItem(row, WriteLag, lagCell(s.writeLagBytes, s.writeLagSeconds));
        m_table->setItem(row, FlushLag, lagCell(s.flushLagBytes, s.flushLagSeconds));
        m_table->setItem(row, ReplayLag, lagCell(s.lagBytes, s.replayLagSeconds));
        QTableWidgetItem *slot = bytesCell(s.slotRetainedBytes);
        slot->setToolTip(s.slotName.isEmpty() ? tr("No replication slot: the primary may remove WAL this "
                                                   "standby still needs.")
                                              : tr("Slot %1").arg(s.slotName));
        if (s.slotName.isEmpty())
            slot->setText(tr("no slot"));
        m_table->setItem(row, SlotRetained, slot);
        m_table->setItem(row, SinceReplay, text(QString()));
    }
    if (selfRow) {
        const int row = int(sample.standbys.size());
        m_table->setItem(row, Application, text(tr("this server (standby)")));
        m_table->setItem(row, Address, text(sample.receiverSender));
        m_table->setItem(row, State,
                         text(sample.receiverStatus.isEmpty() ? tr("not receiving") : sample.receiverStatus));
        for (const Column c : {SyncState, WriteLag, FlushLag, ReplayLag})
            m_table->setItem(row, c, text(QString()));
        QTableWidgetItem *slot = text(sample.receiverSlot);
        slot->setToolTip(tr("The slot this standby streams on, on its primary."));
        m_table->setItem(row, SlotRetained, slot);
        QTableWidgetItem *since =
            text(sample.secondsSinceReplay
                     ? tr("%1 ago").arg(format.duration(qint64(*sample.secondsSinceReplay * 1000)))
                     : QString());
        since->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (sample.secondsSinceReplay)
            since->setData(Qt::UserRole + 1, *sample.secondsSinceReplay);
        m_table->setItem(row, SinceReplay, since);
    }
    QString note;
    if (!sample.fullVisibility)
        note = tr("Standby details are shown to superusers and members of pg_monitor or pg_read_all_stats "
                  "only; %1 is neither. To see them: GRANT pg_monitor TO %1;")
                   .arg(role);
    else if (sample.inRecovery)
        note = tr("This server is a standby itself: its lag is shown on its primary. \"Last replay\" stays "
                  "old while the primary has no writes.");
    else if (sample.standbys.isEmpty())
        note = tr("No standby is connected.");
    else
        note = tr("Seconds are measured by the standbys' replies and stay empty while a standby is idle.");
    m_note->setText(note);
    fitRows();
}

} // namespace supadesk
