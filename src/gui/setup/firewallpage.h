#pragma once

#include "setuppage.h"

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace supadesk {

// Page 6: the ufw plan. The SSH port of this very session stays open, the pooler ports that Docker
// publishes (5432, 6543) are closed where ufw cannot reach (DOCKER-USER and a loopback-only compose
// override), and an automatic revert protects against locking yourself out.
class FirewallPage : public SetupPage
{
    Q_OBJECT
public:
    explicit FirewallPage(SetupPlan *plan, QWidget *parent = nullptr);

    QString title() const override;
    QString explanation() const override;

protected:
    void retranslateUi() override;

private:
    void load();
    void store();
    static QList<int> parsePorts(const QString &text, bool *ok);

    QLabel *m_sshLabel;
    QSpinBox *m_ssh;
    QLabel *m_sshNote;
    QLabel *m_publicLabel;
    QLineEdit *m_public;
    QLabel *m_closedLabel;
    QLineEdit *m_closed;
    QLabel *m_revertLabel;
    QSpinBox *m_revert;
    QLabel *m_error;
    QLabel *m_protection;
    QLabel *m_scriptLabel;
    QPlainTextEdit *m_script;
    bool m_loading = false;
};

} // namespace supadesk
