// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditmatrixmodel.h"

#include "auditstatustext.h"
#include "core/locale/displayformat.h"
#include "gui/styles/statepalette.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

#include <algorithm>

namespace supadesk {

AuditMatrixModel::AuditMatrixModel(QObject *parent) : QAbstractTableModel(parent) {}

void AuditMatrixModel::sortWorstFirst(QList<AuditReport> &reports)
{
    std::stable_sort(reports.begin(), reports.end(), [](const AuditReport &a, const AuditReport &b) {
        const int sa = a.score() < 0 ? 1000 : a.score();
        const int sb = b.score() < 0 ? 1000 : b.score();
        if (sa != sb)
            return sa < sb;
        if (a.count(AuditStatus::Fail) != b.count(AuditStatus::Fail))
            return a.count(AuditStatus::Fail) > b.count(AuditStatus::Fail);
        return a.stackName.localeAwareCompare(b.stackName) < 0;
    });
}

void AuditMatrixModel::setReports(const QList<AuditReport> &reports,
                                  const QHash<QString, QSet<QString>> &newFailures)
{
    beginResetModel();
    m_reports = reports;
    sortWorstFirst(m_reports);
    m_newFailures = newFailures;
    buildRows();
    endResetModel();
}

void AuditMatrixModel::buildRows()
{
    m_rows.clear();
    if (m_reports.isEmpty())
        return;
    // Every check any stack reported, with how bad it is across the fleet.
    struct Seen
    {
        Row row;
        int worst = 0;
        int fails = 0;
        int warns = 0;
    };
    QHash<QString, Seen> seen;
    QStringList order;
    for (const AuditReport &report : std::as_const(m_reports)) {
        for (const AuditCheckResult &check : report.checks) {
            auto it = seen.find(check.id);
            if (it == seen.end()) {
                it = seen.insert(check.id, Seen{{RowKind::Check, check.area, check.id,
                                                 check.title.isEmpty() ? check.id : check.title}});
                order.append(check.id);
            }
            it->worst = std::max(it->worst, auditSeverity(check.status));
            it->fails += check.status == AuditStatus::Fail ? 1 : 0;
            it->warns += check.status == AuditStatus::Warn ? 1 : 0;
        }
    }
    m_rows.append({RowKind::Score, AuditArea::Host, QString(), QString()});
    for (AuditArea area : {AuditArea::Host, AuditArea::Database}) {
        QList<Seen> group;
        for (const QString &id : std::as_const(order))
            if (seen.value(id).row.area == area)
                group.append(seen.value(id));
        if (group.isEmpty())
            continue;
        std::stable_sort(group.begin(), group.end(), [](const Seen &a, const Seen &b) {
            if (a.worst != b.worst)
                return a.worst > b.worst;
            if (a.fails != b.fails)
                return a.fails > b.fails;
            return a.warns > b.warns;
        });
        m_rows.append({RowKind::Group, area, QString(), QString()});
        for (const Seen &s : std::as_const(group))
            m_rows.append(s.row);
    }
}

QList<int> AuditMatrixModel::groupRows() const
{
    QList<int> out;
    for (int r = 0; r < m_rows.size(); ++r)
        if (m_rows.at(r).kind == RowKind::Group)
            out.append(r);
    return out;
}

int AuditMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_reports.size());
}

QVariant AuditMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= m_reports.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const AuditReport &report = m_reports.at(index.column());
    if (role == StackIdRole)
        return report.stackId;
    if (role == RowKindRole)
        return int(row.kind);
    const StatePalette palette = StatePalette::current();
    const QColor window = QGuiApplication::palette().color(QPalette::Base);
    switch (row.kind) {
    case RowKind::Group:
        if (role == Qt::DisplayRole && index.column() == 0)
            return AuditStatusText::area(row.area);
        if (role == Qt::FontRole) {
            QFont f;
            f.setBold(true);
            return f;
        }
        if (role == Qt::ForegroundRole)
            return palette.color(StatePalette::Role::Muted);
        return {};
    case RowKind::Score: {
        const int score = report.score();
        if (role == ScoreRole)
            return score;
        if (role == Qt::DisplayRole)
            return score < 0 ? QStringLiteral("—") : DisplayFormat().number(score);
        if (role == Qt::ToolTipRole)
            return score < 0 ? tr("Nothing could be checked") : tr("Score of %1 out of 100").arg(score);
        if (role == Qt::FontRole) {
            QFont f;
            f.setBold(true);
            return f;
        }
        if (role == Qt::ForegroundRole)
            return palette.color(AuditStatusText::scoreRole(score));
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignCenter);
        return {};
    }
    case RowKind::Check:
        break;
    }
    const AuditCheckResult *check = report.find(row.checkId);
    if (role == CheckIdRole)
        return row.checkId;
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignCenter);
    if (!check) {
        if (role == Qt::DisplayRole)
            return QStringLiteral("·");
        if (role == Qt::ToolTipRole)
            return tr("Not run on this stack");
        if (role == Qt::ForegroundRole)
            return palette.color(StatePalette::Role::Muted);
        return {};
    }
    const bool isNew = m_newFailures.value(report.stackId).contains(row.checkId);
    switch (role) {
    case StatusRole:
        return auditStatusName(check->status);
    case NewFailureRole:
        return isNew;
    case Qt::DisplayRole:
        return isNew ? AuditStatusText::newFailure() : AuditStatusText::word(check->status);
    case Qt::ToolTipRole:
        return check->evidence.isEmpty() ? check->title
                                         : check->title + QStringLiteral("\n") + check->evidence;
    case Qt::ForegroundRole:
        return palette.color(AuditStatusText::role(check->status));
    case Qt::BackgroundRole:
        return check->status == AuditStatus::Pass
                   ? QVariant()
                   : QVariant(palette.tint(AuditStatusText::role(check->status), window));
    case Qt::FontRole: {
        if (!isNew)
            return {};
        QFont f;
        f.setBold(true);
        return f;
    }
    default:
        return {};
    }
}

QVariant AuditMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= m_reports.size())
            return {};
        if (role == Qt::DisplayRole)
            return m_reports.at(section).stackName;
        if (role == Qt::ToolTipRole)
            return tr("Double-click a cell to open this stack's checks");
        return {};
    }
    if (section < 0 || section >= m_rows.size())
        return {};
    const Row &row = m_rows.at(section);
    if (role == Qt::DisplayRole) {
        switch (row.kind) {
        case RowKind::Score:
            return tr("Score");
        case RowKind::Group:
            return QString();
        case RowKind::Check:
            return row.title;
        }
    }
    if (role == Qt::ToolTipRole && row.kind == RowKind::Check)
        return row.checkId;
    if (role == Qt::FontRole && row.kind == RowKind::Score) {
        QFont f;
        f.setBold(true);
        return f;
    }
    return {};
}

} // namespace supadesk
