// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "uptimeoverview.h"

#include <QAbstractTableModel>

namespace supadesk {

// The month's incidents of a stack, oldest first: start, end, duration, components and reason.
class IncidentTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Start, End, Duration, Components, Reason, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setUptime(const UptimeOverview &uptime);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // What the reason column says for an incident: the reasons recorded, or why there are none.
    static QString reasonText(const UptimeIncident &incident);

private:
    QList<UptimeIncident> m_incidents;
    QTimeZone m_zone;
};

} // namespace supadesk
