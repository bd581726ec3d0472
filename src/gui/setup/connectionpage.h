// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "setuppage.h"

#include <memory>

namespace supadesk {

namespace Ui {
class ConnectionPage;
}

// Page 1: which stack is being set up, whether Supadesk is connected to it, and a Connect button. Once
// connected it reads the server's .env, so that the secrets and the review work on what is there.
class ConnectionPage : public SetupPage
{
    Q_OBJECT
public:
    explicit ConnectionPage(SetupPlan *plan, QWidget *parent = nullptr);
    ~ConnectionPage() override;

    QString title() const override;
    QString explanation() const override;

protected:
    void retranslateUi() override;

private:
    void refresh();
    void readServerEnv();

    std::unique_ptr<Ui::ConnectionPage> m_ui; // ui/setup/connectionpage.ui
    enum class EnvState { Unknown, Reading, Read, Missing } m_envState = EnvState::Unknown;
    QString m_envError;
    QString m_envReadFor; // stack id whose .env was read
};

} // namespace supadesk
