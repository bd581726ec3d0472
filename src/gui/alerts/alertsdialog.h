// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/alerts/alertconfig.h"
#include "core/stack.h"

#include <QDialog>

#include <memory>

class QTableWidget;

namespace supadesk {

namespace Ui {
class AlertsDialog;
}

class AlertChannelTester;
class AlertConfigStore;
class SecretStore;

// The alert rules and channels of one stack, or the fleet defaults it follows: each rule's
// severity, threshold, "for at least" and resolved message; the channels (webhook, Slack,
// Telegram, SMTP) with their secrets, which go to the keychain only; "Send test alert" per channel
// with the channel's answer. Save keeps it on this computer; "Save and install on the server…"
// closes the form and asks its owner to install it with the uptime probe.
class AlertsDialog : public QDialog
{
    Q_OBJECT
public:
    // `store` and `secrets` must outlive the dialog; `secrets` may be null (no keychain: channels
    // that need a secret cannot be saved).
    AlertsDialog(const Stack &stack, AlertConfigStore *store, SecretStore *secrets,
                 QWidget *parent = nullptr);
    ~AlertsDialog() override;

    // What the form holds now, secrets included.
    AlertConfig config() const;
    bool usesFleetDefaults() const;
    bool installRequested() const { return m_installRequested; }
    // Why the last Save was refused; empty when it was not.
    QString errorText() const;
    QString testAnswer() const;
    AlertChannelTester *tester() const { return m_tester; }
    QTableWidget *rulesTable() const;

    // Selects the channel at `index` of the list (tests, screenshots).
    void selectChannel(int index);

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void load(const AlertConfig &config, const QString &secretOwner);
    void addRuleRow(const AlertRule &rule);
    AlertRule ruleAt(int row) const;
    void addRule();
    void removeRule();
    void addChannel();
    void removeChannel();
    void showChannel(int index);
    void commitChannel();
    void refreshChannelList();
    void updateChannelFields();
    void scopeChanged(bool fleet);
    void sendTest();
    void testFinished(int outcome, const QString &answer);
    bool save();
    void showError(const QString &text);
    void retranslate();
    QString ruleUnit(AlertRuleKind kind) const;

    Stack m_stack;
    AlertConfigStore *m_store;
    SecretStore *m_secrets;
    AlertChannelTester *m_tester;
    std::unique_ptr<Ui::AlertsDialog> m_ui;
    QList<AlertChannel> m_channels;
    QStringList m_loadedChannelIds; // their secrets are removed when the channel is
    QString m_loadedOwner;
    int m_current = -1;
    bool m_loading = false;
    bool m_installRequested = false;
};

} // namespace supadesk
