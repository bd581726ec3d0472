// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "setuppage.h"

class QLabel;
class QPushButton;

namespace supadesk {

// Page 1: which stack is being set up, whether Supadesk is connected to it, and a Connect button. Once
// connected it reads the server's .env, so that the secrets and the review work on what is there.
class ConnectionPage : public SetupPage
{
    Q_OBJECT
public:
    explicit ConnectionPage(SetupPlan *plan, QWidget *parent = nullptr);

    QString title() const override;
    QString explanation() const override;

protected:
    void retranslateUi() override;

private:
    void refresh();
    void readServerEnv();

    QLabel *m_stackLabel;
    QLabel *m_stack;
    QLabel *m_serverLabel;
    QLabel *m_server;
    QLabel *m_dirLabel;
    QLabel *m_dir;
    QLabel *m_stateLabel;
    QLabel *m_state;
    QLabel *m_envLabel;
    QLabel *m_env;
    QPushButton *m_connect;
    QLabel *m_offline;
    enum class EnvState { Unknown, Reading, Read, Missing } m_envState = EnvState::Unknown;
    QString m_envError;
    QString m_envReadFor; // stack id whose .env was read
};

} // namespace supadesk
