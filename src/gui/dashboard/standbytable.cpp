// SPDX-License-Identifier: GPL-3.0-or-later
#include "standbytable.h"

#include "core/locale/displayformat.h"

#include "core/metrics/statssample.h"
#include "gui/styles/statepalette.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
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
    m_table->horizontalHeader()->setSectionResizeMode(Application, QHeaderView::Stretch);
    fitRows();
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("standbyNote"));
    m_note->setWordWrap(true);
    StatePalette::setTextRole(m_note, StatePalette::Role::Muted);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_title);
    layout->addWidget(m_table);
    layout->addWidget(m_note);
    retranslateUi();
}

void StandbyTable::retranslateUi()
{
    m_title->setText(tr("Standbys"));
    m_table->setHorizontalHeaderLabels({tr("Application"), tr("Client address"), tr("State"),
                                        tr("Sync state"), tr("Write lag"), tr("Flush lag"),
                                        tr("Replay lag")});
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
                            2 * m_table->frameWidth() + 2);
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
    m_table->setRowCount(int(sample.standbys.size()));
    for (int row = 0; row < sample.standbys.size(); ++row) {
        const StandbyLag &s = sample.standbys.at(row);
        auto text = [&none](const QString &value) {
            return new QTableWidgetItem(value.isEmpty() ? none : value);
        };
        m_table->setItem(row, Application, text(s.name));
        m_table->setItem(row, Address, text(s.address));
        m_table->setItem(row, State, text(s.state));
        m_table->setItem(row, SyncState, text(s.syncState));
        m_table->setItem(row, WriteLag, lagCell(s.writeLagBytes, s.writeLagSeconds));
        m_table->setItem(row, FlushLag, lagCell(s.flushLagBytes, s.flushLagSeconds));
        m_table->setItem(row, ReplayLag, lagCell(s.lagBytes, s.replayLagSeconds));
    }
    QString note;
    if (!sample.fullVisibility)
        note = tr("Standby details are shown to superusers and members of pg_monitor or pg_read_all_stats "
                  "only; %1 is neither. To see them: GRANT pg_monitor TO %1;")
                   .arg(role);
    else if (sample.inRecovery)
        note = tr("This server is a standby itself: its lag is shown on its primary.");
    else if (sample.standbys.isEmpty())
        note = tr("No standby is connected.");
    else
        note = tr("Seconds are measured by the standbys' replies and stay empty while a standby is idle.");
    m_note->setText(note);
    fitRows();
}

} // namespace supadesk
