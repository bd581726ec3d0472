// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/stack.h"
#include "core/stackvalidator.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace supadesk {

// Adds or edits one stack. Checks the form with the same rules as the CLI and import before it
// closes; the password or passphrase typed here goes to the keychain, never into the stack.
class StackDialog : public QDialog
{
    Q_OBJECT
public:
    StackDialog(const StackValidator &validator, const StackList &existing, QWidget *parent = nullptr);

    void setStack(const Stack &stack);
    Stack stack() const;
    // The password (password auth) or key passphrase (key auth) the user typed; empty if untouched.
    QString secret() const;
    bool secretEdited() const { return m_secretEdited; }
    void setGroups(const QStringList &groups);

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateAuthFields();
    void showErrors(const QList<FieldError> &errors);
    void browseKeyFile();

    StackValidator m_validator;
    StackList m_existing;
    QString m_id;
    bool m_secretEdited = false;

    QLabel *m_errors;
    QTabWidget *m_tabs;
    QFormLayout *m_sshForm;
    QFormLayout *m_serverForm;
    QLineEdit *m_name;
    QComboBox *m_group;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_user;
    QComboBox *m_auth;
    QLineEdit *m_keyFile;
    QLineEdit *m_jumpHosts;
    QPushButton *m_browse;
    QWidget *m_keyRow;
    QLineEdit *m_secret;
    QCheckBox *m_autoConnect;
    QLineEdit *m_installDir;
    QLineEdit *m_dbHost;
    QSpinBox *m_dbPort;
    QSpinBox *m_gatewayPort;
    QSpinBox *m_poolerPort;
    QSpinBox *m_poolerMetricsPort;
    QLineEdit *m_dbName;
    QLineEdit *m_dbUser;
    QDialogButtonBox *m_buttons;
    QHash<QString, QWidget *> m_fieldWidgets;
};

} // namespace supadesk
