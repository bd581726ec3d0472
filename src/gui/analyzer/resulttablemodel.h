// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QStringList>
#include <QVariant>

#include <functional>

namespace supadesk {

// Rows of a query result, shown as they arrive: the view asks for more (canFetchMore/fetchMore) when
// the user scrolls near the end, and the runner delivers the next batch from its thread.
class ResultTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit ResultTableModel(QObject *parent = nullptr);

    void reset(const QStringList &columns, const QList<QVariantList> &rows, bool hasMore);
    void append(const QList<QVariantList> &rows, bool hasMore);
    void setFetcher(std::function<void()> fetch) { m_fetch = std::move(fetch); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    bool hasMore() const { return m_hasMore; }

private:
    QStringList m_columns;
    QList<QVariantList> m_rows;
    bool m_hasMore = false;
    bool m_fetching = false;
    std::function<void()> m_fetch;
};

} // namespace supadesk
