// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/auditresult.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

namespace supadesk {

// The fleet matrix: one column per stack, worst first (lowest score; stacks with nothing checked
// last), and one row per check, host checks then database checks, each group worst first, under a
// score row. ~40 checks read better as rows than as columns. A cell says the status in words and
// carries it (StatusRole) and its colour role; its tooltip is the evidence.
class AuditMatrixModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class RowKind { Score, Group, Check };
    enum Roles {
        StatusRole = Qt::UserRole + 1, // "pass", "warn", "fail", "unknown"; empty where no result
        CheckIdRole,
        StackIdRole,
        RowKindRole, // int(RowKind)
        NewFailureRole,
        ScoreRole,
    };

    explicit AuditMatrixModel(QObject *parent = nullptr);

    // The newest report of each stack and the checks of each that are new failures.
    void setReports(const QList<AuditReport> &reports, const QHash<QString, QSet<QString>> &newFailures);
    // The stacks in column order (worst first).
    const QList<AuditReport> &reports() const { return m_reports; }
    // Rows that are group headers (the view spans them across every column).
    QList<int> groupRows() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Stacks worst first: lowest score first, a stack with no score last, then by name.
    static void sortWorstFirst(QList<AuditReport> &reports);

private:
    struct Row
    {
        RowKind kind = RowKind::Check;
        AuditArea area = AuditArea::Host;
        QString checkId;
        QString title;
    };
    void buildRows();

    QList<AuditReport> m_reports;
    QHash<QString, QSet<QString>> m_newFailures;
    QList<Row> m_rows;
};

} // namespace supadesk
