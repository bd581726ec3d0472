// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/metrics/rollup.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <memory>

namespace supadesk {

class HistoryStore;

// Appends one sampler's readings to the local history under a stack's key, prunes the file every ten
// minutes with the retention policy, and tells of a failure once rather than at every reading (the
// next success clears it). Belongs to the sampler's thread, like the store it opens.
class SampleHistoryWriter
{
public:
    SampleHistoryWriter();
    ~SampleHistoryWriter();

    // An empty directory or key keeps no history. The result: what to tell the user (the file could
    // not be opened, or a damaged one was set aside), empty when all is well.
    QStringList open(const QString &directory, const QString &key);
    void close();
    // A shorter retention takes effect with the next reading.
    void setRetention(const RetentionPolicy &policy);
    // The sentence to tell the user, empty when the reading was stored or the failure already told.
    QString append(qint64 nowMs, const QList<QPair<QString, double>> &values);
    // The open store, for a sampler that also reads back its own series (nullptr: no history).
    HistoryStore *store() const { return m_store.get(); }

private:
    std::unique_ptr<HistoryStore> m_store;
    QString m_key;
    RetentionPolicy m_retention;
    qint64 m_lastPruneMs = 0;
    bool m_failed = false;
};

} // namespace supadesk
