// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditchecksmodel.h"

#include "auditstatustext.h"
#include "gui/styles/statepalette.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

#include <algorithm>

namespace supadesk {

AuditChecksModel::AuditChecksModel(QObject *parent) : QAbstractTableModel(parent) {}

void AuditChecksModel::setReport(const AuditReport &report, const QSet<QString> &newFailures)
{
    beginResetModel();
    m_checks = report.checks;
    m_new = newFailures;
    std::stable_sort(m_checks.begin(), m_checks.end(),
                     [](const AuditCheckResult &a, const AuditCheckResult &b) {
                         if (auditSeverity(a.status) != auditSeverity(b.status))
                             return auditSeverity(a.status) > auditSeverity(b.status);
                         return int(a.area) < int(b.area);
                     });
    endResetModel();
}

void AuditChecksModel::clear()
{
    beginResetModel();
    m_checks.clear();
    m_new.clear();
    endResetModel();
}

const AuditCheckResult *AuditChecksModel::check(int row) const
{
    return row >= 0 && row < m_checks.size() ? &m_checks.at(row) : nullptr;
}

int AuditChecksModel::rowOf(const QString &checkId) const
{
    for (int r = 0; r < m_checks.size(); ++r)
        if (m_checks.at(r).id == checkId)
            return r;
    return -1;
}

int AuditChecksModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_checks.size());
}

int AuditChecksModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditChecksModel::data(const QModelIndex &index, int role) const
{
    const AuditCheckResult *c = check(index.row());
    if (!c)
        return {};
    const bool isNew = m_new.contains(c->id);
    switch (role) {
    case StatusRole:
        return auditStatusName(c->status);
    case CheckIdRole:
        return c->id;
    case NewFailureRole:
        return isNew;
    case Qt::DisplayRole:
        switch (index.column()) {
        case StatusColumn:
            return isNew ? AuditStatusText::newFailure() : AuditStatusText::word(c->status);
        case CheckColumn:
            return c->title.isEmpty() ? c->id : c->title;
        case EvidenceColumn:
            // One line in the table; the whole text is in the details below.
            return c->evidence.section(QLatin1Char('\n'), 0, 0);
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == CheckColumn ? c->id : c->evidence;
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn)
            return StatePalette::current().color(AuditStatusText::role(c->status));
        return {};
    case Qt::BackgroundRole:
        if (index.column() == StatusColumn && c->status != AuditStatus::Pass)
            return StatePalette::current().tint(AuditStatusText::role(c->status),
                                                QGuiApplication::palette().color(QPalette::Base));
        return {};
    case Qt::FontRole:
        if (isNew) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    default:
        return {};
    }
}

QVariant AuditChecksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case CheckColumn:
        return tr("Check");
    case EvidenceColumn:
        return tr("Evidence");
    }
    return {};
}

} // namespace supadesk
