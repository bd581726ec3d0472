// SPDX-License-Identifier: GPL-3.0-or-later
#include "stacktreemodel.h"

#include "gui/styles/statepalette.h"

#include <QColor>
#include <QCoreApplication>
#include <QPainter>
#include <QPixmap>

namespace supadesk {

namespace {

QColor statusColour(StackTreeModel::Status status)
{
    const StatePalette colours = StatePalette::current();
    switch (status) {
    case StackTreeModel::Status::Connected:
        return colours.color(StatePalette::Role::OkMark);
    case StackTreeModel::Status::Connecting:
    case StackTreeModel::Status::Reconnecting:
        return colours.color(StatePalette::Role::WarnMark);
    case StackTreeModel::Status::Failed:
        return colours.color(StatePalette::Role::BadMark);
    case StackTreeModel::Status::Disconnected:
        break;
    }
    return colours.color(StatePalette::Role::IdleMark);
}

QPixmap dot(const QColor &colour)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawEllipse(1, 1, 10, 10);
    return pixmap;
}

} // namespace

StackTreeModel::StackTreeModel(QObject *parent) : QAbstractItemModel(parent) {}

QString StackTreeModel::statusText(Status status)
{
    switch (status) {
    case Status::Connecting:
        return tr("Connecting");
    case Status::Connected:
        return tr("Connected");
    case Status::Reconnecting:
        return tr("Reconnecting");
    case Status::Failed:
        return tr("Connection failed");
    case Status::Disconnected:
        break;
    }
    return tr("Not connected");
}

void StackTreeModel::setStacks(const StackList &stacks)
{
    beginResetModel();
    m_groups.clear();
    QList<Group> ungrouped{{QString(), {}}};
    for (const Stack &stack : stacks) {
        if (stack.group.trimmed().isEmpty()) {
            ungrouped.first().stacks.append(stack);
            continue;
        }
        auto it = std::find_if(m_groups.begin(), m_groups.end(),
                               [&](const Group &g) { return g.name == stack.group.trimmed(); });
        if (it == m_groups.end())
            m_groups.append({stack.group.trimmed(), {stack}});
        else
            it->stacks.append(stack);
    }
    if (!ungrouped.first().stacks.isEmpty())
        m_groups.append(ungrouped.first());
    endResetModel();
}

void StackTreeModel::setStatus(const QString &stackId, Status status, const QString &reason)
{
    m_status.insert(stackId, {status, reason});
    const QModelIndex index = indexOfStack(stackId);
    if (index.isValid())
        emit dataChanged(index, index, {Qt::DecorationRole, Qt::ToolTipRole, StatusRole});
}

StackTreeModel::Status StackTreeModel::status(const QString &stackId) const
{
    return m_status.value(stackId, {Status::Disconnected, QString()}).first;
}

QModelIndex StackTreeModel::indexOfStack(const QString &stackId) const
{
    for (int g = 0; g < m_groups.size(); ++g)
        for (int s = 0; s < m_groups.at(g).stacks.size(); ++s)
            if (m_groups.at(g).stacks.at(s).id == stackId)
                return createIndex(s, 0, quintptr(g));
    return {};
}

QModelIndex StackTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, 0, kGroupMarker) : QModelIndex();
    if (parent.internalId() != kGroupMarker || row >= m_groups.at(parent.row()).stacks.size())
        return {};
    return createIndex(row, 0, quintptr(parent.row()));
}

QModelIndex StackTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kGroupMarker)
        return {};
    return createIndex(int(child.internalId()), 0, kGroupMarker);
}

int StackTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() == kGroupMarker)
        return int(m_groups.at(parent.row()).stacks.size());
    return 0;
}

int StackTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant StackTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == kGroupMarker) {
        const Group &group = m_groups.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return group.name.isEmpty() ? tr("Ungrouped") : group.name;
        case IsGroupRole:
            return true;
        case Qt::FontRole: {
            QFont font;
            font.setBold(true);
            return font;
        }
        default:
            return {};
        }
    }
    const Stack &stack = m_groups.at(int(index.internalId())).stacks.at(index.row());
    const auto state = m_status.value(stack.id, {Status::Disconnected, QString()});
    switch (role) {
    case Qt::DisplayRole:
        return stack.name;
    case Qt::DecorationRole:
        return dot(statusColour(state.first));
    case Qt::ToolTipRole: {
        QString tip = tr("%1@%2:%3 — %4")
                          .arg(stack.sshUser, stack.sshHost)
                          .arg(stack.sshPort)
                          .arg(statusText(state.first));
        if (!state.second.isEmpty())
            tip += QLatin1Char('\n') + state.second;
        return tip;
    }
    case StackIdRole:
        return stack.id;
    case IsGroupRole:
        return false;
    case StatusRole:
        return int(state.first);
    default:
        return {};
    }
}

} // namespace supadesk
