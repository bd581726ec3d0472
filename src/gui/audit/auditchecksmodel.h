// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/auditresult.h"

#include <QAbstractTableModel>
#include <QSet>

namespace supadesk {

// One stack's checks on its page: status, check and evidence, worst first (failures, warnings, what
// could not be checked, passes), host checks before database checks within each. A check that turned
// from pass to fail since the previous run says "new".
class AuditChecksModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { StatusColumn, CheckColumn, EvidenceColumn, ColumnCount };
    enum Roles { StatusRole = Qt::UserRole + 1, CheckIdRole, NewFailureRole };

    explicit AuditChecksModel(QObject *parent = nullptr);

    void setReport(const AuditReport &report, const QSet<QString> &newFailures);
    void clear();
    const AuditCheckResult *check(int row) const;
    int rowOf(const QString &checkId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    AuditCheckResults m_checks;
    QSet<QString> m_new;
};

} // namespace supadesk
