// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace supadesk {

struct StatsSample;

// The standbys of the selected stack, one row each, beside the replication lag charts: who streams
// (application_name, client address), in which state and sync state, and how far behind it is in
// writing, flushing and replaying WAL, in bytes and in seconds. A role that may not see the details
// (not superuser, not pg_monitor or pg_read_all_stats) is told so, with the GRANT that fixes it.
// Each standby's slot shows the WAL it keeps on the primary. A server that is itself a standby shows
// one row for itself: its WAL receiver's state, its slot, and the time since it last replayed a
// transaction (which only the standby knows: the primary has no time for a WAL position).
class StandbyTable : public QWidget
{
    Q_OBJECT
public:
    enum Column {
        Application,
        Address,
        State,
        SyncState,
        WriteLag,
        FlushLag,
        ReplayLag,
        SlotRetained, // WAL the standby's slot keeps on the primary
        SinceReplay,  // time since the last replayed transaction: known on the standby itself
        ColumnCount
    };

    explicit StandbyTable(QWidget *parent = nullptr);

    // `role` is the role the dashboard samples as, named in the GRANT advice.
    void setSample(const StatsSample &sample, const QString &role);
    void clear();
    QTableWidget *table() const { return m_table; }
    QString note() const;

signals:
    // "Add Standby…": the wizard for the dashboard's stack.
    void addStandbyRequested();
    void failoverRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fitRows();

    QLabel *m_title;
    QTableWidget *m_table;
    QLabel *m_note;
    QPushButton *m_add;
    QPushButton *m_failover;
};

} // namespace supadesk
