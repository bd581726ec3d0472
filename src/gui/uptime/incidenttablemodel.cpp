// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidenttablemodel.h"

#include "core/uptime/probereason.h"

#include "uptimetext.h"

namespace supadesk {

void IncidentTableModel::setUptime(const UptimeOverview &uptime)
{
    beginResetModel();
    m_incidents = uptime.incidents;
    m_zone = uptime.zone;
    endResetModel();
}

void IncidentTableModel::clear()
{
    beginResetModel();
    m_incidents.clear();
    endResetModel();
}

int IncidentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_incidents.size());
}

int IncidentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString IncidentTableModel::reasonText(const UptimeIncident &incident)
{
    if (incident.noProbeResults)
        return tr("No probe results: the server or its probe was down");
    if (incident.reasons.isEmpty())
        return tr("No reason recorded");
    // Stored in English (or, in old rows, in the language of the day); said in today's language.
    QStringList said;
    for (const QString &r : incident.reasons)
        said.append(ProbeReason::display(r));
    return said.join(QStringLiteral("; "));
}

QVariant IncidentTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_incidents.size())
        return {};
    const UptimeIncident &i = m_incidents.at(index.row());
    const UptimeText text;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Start:
            return text.dateTime(i.range.startMs, m_zone);
        case End:
            return text.dateTime(i.range.endMs, m_zone);
        case Duration:
            return text.duration(i.range.length());
        case Components:
            return i.components.join(QStringLiteral(", "));
        case Reason:
            return reasonText(i);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Reason)
        return reasonText(i);
    if (role == Qt::TextAlignmentRole && index.column() == Duration)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant IncidentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Start:
        return tr("Start");
    case End:
        return tr("End");
    case Duration:
        return tr("Duration");
    case Components:
        return tr("Components");
    case Reason:
        return tr("Reason");
    }
    return {};
}

} // namespace supadesk
