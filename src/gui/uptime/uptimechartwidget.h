// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "uptimeoverview.h"

#include <QWidget>

namespace supadesk {

// Shows one of the uptime charts (days against the target, or response times) for a stack, drawn
// by the same painters the PDF report uses.
class UptimeChartWidget : public QWidget
{
    Q_OBJECT
public:
    enum class Kind { Days, Latency };

    explicit UptimeChartWidget(Kind kind, QWidget *parent = nullptr);

    void setUptime(const UptimeOverview &uptime);
    void clear();
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    Kind m_kind;
    std::optional<UptimeOverview> m_uptime;
};

} // namespace supadesk
