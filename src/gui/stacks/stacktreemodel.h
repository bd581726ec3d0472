// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/stack.h"

#include <QAbstractItemModel>
#include <QHash>

namespace supadesk {

// The sidebar's tree: groups (in order of first appearance) with their stacks, each with a status dot.
// Stacks without a group sit in an "Ungrouped" group at the end.
class StackTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum class Status { Disconnected, Connecting, Connected, Reconnecting, Failed };
    enum Role { StackIdRole = Qt::UserRole + 1, IsGroupRole, StatusRole };

    explicit StackTreeModel(QObject *parent = nullptr);

    void setStacks(const StackList &stacks);
    void setStatus(const QString &stackId, Status status, const QString &reason = QString());
    Status status(const QString &stackId) const;
    QModelIndex indexOfStack(const QString &stackId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    static QString statusText(Status status);

private:
    struct Group
    {
        QString name;
        StackList stacks;
    };
    static constexpr quintptr kGroupMarker = ~quintptr(0);
    QList<Group> m_groups;
    QHash<QString, QPair<Status, QString>> m_status;
};

} // namespace supadesk
