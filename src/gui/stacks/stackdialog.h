// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/stack.h"
#include "core/stackvalidator.h"

#include <QDialog>
#include <QHash>
#include <QSet>

#include <memory>

namespace supadesk {

namespace Ui {
class StackDialog;
}

// Adds or edits one stack. Checks the form with the same rules as the CLI and import before it
// closes; the password or passphrase typed here goes to the keychain, never into the stack.
class StackDialog : public QDialog
{
    Q_OBJECT
public:
    StackDialog(const StackValidator &validator, const StackList &existing, QWidget *parent = nullptr);
    ~StackDialog() override;

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
    // The texts that depend on the dialog's state (add or edit, password or passphrase).
    void updateTexts();
    void updateAuthFields();
    void showErrors(const QList<FieldError> &errors);
    void markInvalidFields();
    void browseKeyFile();

    StackValidator m_validator;
    StackList m_existing;
    QString m_id;
    bool m_secretEdited = false;

    std::unique_ptr<Ui::StackDialog> m_ui;
    QHash<QString, QWidget *> m_fieldWidgets;
    QSet<QString> m_invalidFields; // the fields of the last validation that failed
};

} // namespace supadesk
