// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/host/hostsample.h"
#include "core/host/hostverdict.h"
#include "core/metrics/rollup.h"
#include "core/stack.h"

#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QTableWidget;
class QTableWidgetItem;

namespace supadesk {

class HostSampler;
class StackConnection;

namespace Ui {
class HostPanel;
}

// The Dashboard's "Host" tab: the selected stack's server (CPU, load, memory and swap, each disk with
// its days until full, network in and out) and every container of the stack (state, health, restarts,
// OOM kill, CPU, memory), read by a HostSampler over the stack's SSH session at the dashboard's
// interval. "Logs…" follows a container's log in a dialog; "Restart…" restarts it after asking.
class HostPanel : public QWidget
{
    Q_OBJECT
public:
    explicit HostPanel(QWidget *parent = nullptr);
    ~HostPanel() override;

    // Samples the stack while `connection` is connected (nullptr: not connected, nothing to read).
    void setTarget(StackConnection *connection, const std::optional<Stack> &stack);
    void setInterval(int intervalMs);
    void setHistory(const QString &directory, const RetentionPolicy &retention);

    void showReading(const HostReading &reading);
    void showProblem(const QString &message);
    std::optional<HostReading> lastReading() const { return m_reading; }

    QTableWidget *diskTable() const;
    QTableWidget *containerTable() const;
    HostSampler *sampler() const { return m_sampler; }
    QString statusText() const;
    // The name of the selected container (empty: none).
    QString selectedContainer() const;
    void selectContainer(const QString &name);

    // Text for a Docker state or health word, translated.
    static QString stateText(const QString &state);
    static QString healthText(const QString &health);

signals:
    void readingShown();

public slots:
    void showLogs();
    void restartSelected();

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    void renderStatus();
    void retranslateUi();
    void colour(QTableWidgetItem *item, HostVerdict::Level level) const;
    void colour(QLabel *label, HostVerdict::Level level) const;
    void updateButtons();

    std::unique_ptr<Ui::HostPanel> m_ui;
    HostSampler *m_sampler;
    QPointer<StackConnection> m_connection;
    std::optional<Stack> m_stack;
    int m_intervalMs = 2000;
    QString m_historyDirectory;
    RetentionPolicy m_retention;
    std::optional<HostReading> m_reading;
    QString m_problem;
    QString m_notice; // the last restart's outcome
};

} // namespace supadesk
