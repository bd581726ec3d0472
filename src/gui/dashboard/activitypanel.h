// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/metrics/activitysession.h"
#include "db/dbendpoint.h"

#include <QWidget>

#include <functional>
#include <optional>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace supadesk {

class MessageWidget;

// The Activity tab of the dashboard: the database's sessions as the last sample saw them (pid, user,
// application, state, wait event, duration, query), with Cancel and Terminate for the selected one
// (confirmed first, sent over a connection of their own), and the sessions blocked by another.
class ActivityPanel : public QWidget
{
    Q_OBJECT
public:
    // Asks the user to confirm; returns true to go on. Tests replace the message box.
    using Confirmation = std::function<bool(QWidget *parent, const QString &title, const QString &text)>;

    explicit ActivityPanel(QWidget *parent = nullptr);

    void setEndpoint(const std::optional<DbEndpoint> &endpoint);
    void setSessions(const QList<ActivitySession> &sessions);
    void setConfirmation(Confirmation confirmation) { m_confirm = std::move(confirmation); }

    QTableWidget *sessionsTable() const { return m_sessions; }
    QTableWidget *blockingTable() const { return m_blocking; }
    // Selects the row of a session, if it is listed.
    bool selectSession(int pid);
    int selectedPid() const;

public slots:
    void cancelSelected();
    void terminateSelected();

signals:
    // A cancel or terminate request came back; `ok` false with the server's reason.
    void signalFinished(bool ok, const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void refill();
    void updateButtons();
    void send(bool terminate);

    QLabel *m_sessionsLabel;
    QCheckBox *m_hideIdle;
    QTableWidget *m_sessions;
    QPushButton *m_cancel;
    QPushButton *m_terminate;
    MessageWidget *m_result;
    QLabel *m_blockingLabel;
    QTableWidget *m_blocking;
    QList<ActivitySession> m_data;
    std::optional<DbEndpoint> m_endpoint;
    Confirmation m_confirm;
    bool m_busy = false;
};

} // namespace supadesk
