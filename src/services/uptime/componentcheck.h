// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/uptime/proberesult.h"

#include <QObject>

namespace supadesk {

// One probe of one component, run asynchronously: start() returns at once and finished() comes
// exactly once, within the check's timeout, with ok/latency or the failure reason. A check object
// can be started again after it finished.
class ComponentCheck : public QObject
{
    Q_OBJECT
public:
    ComponentCheck(QString component, int timeoutMs, QObject *parent = nullptr)
        : QObject(parent), m_component(std::move(component)), m_timeoutMs(timeoutMs)
    {}

    QString component() const { return m_component; }
    int timeoutMs() const { return m_timeoutMs; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    virtual void start() = 0;

signals:
    // source is left empty: the prober sets it.
    void finished(const supadesk::ProbeResult &result);

protected:
    QString m_component;
    int m_timeoutMs;
};

} // namespace supadesk

Q_DECLARE_METATYPE(supadesk::ProbeResult)
