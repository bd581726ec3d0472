// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostkeyprompt.h"

#include "services/stackconnection.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace supadesk {

namespace {

QString endpoint(const HostKeyCheck &check)
{
    return check.port == 22 ? check.host : QStringLiteral("[%1]:%2").arg(check.host).arg(check.port);
}

} // namespace

bool HostKeyPrompt::askToTrust(QWidget *parent, StackConnection *connection, const HostKeyCheck &check)
{
    QMessageBox box(QMessageBox::Question,
                    QCoreApplication::translate("supadesk::HostKeyPrompt", "Unknown host key"), QString(),
                    QMessageBox::Cancel, parent);
    box.setObjectName(QStringLiteral("UnknownHostKey"));
    // Known by keys of other types: not a first connection, and the person must know that.
    const bool otherTypesKnown = !check.otherKeyTypes.isEmpty();
    if (otherTypesKnown) {
        box.setIcon(QMessageBox::Warning);
        box.setWindowTitle(QCoreApplication::translate("supadesk::HostKeyPrompt", "New type of host key"));
        box.setText(
            QCoreApplication::translate("supadesk::HostKeyPrompt",
                                        "%1 is known by its %2 key, but the server now presented "
                                        "this %3 key, which is not known for it:")
                .arg(endpoint(check), check.otherKeyTypes.join(QStringLiteral(", ")), check.key.typeLabel()));
    } else {
        box.setText(
            QCoreApplication::translate("supadesk::HostKeyPrompt",
                                        "Supadesk has not connected to %1 before. The server presented "
                                        "this %2 key:")
                .arg(endpoint(check), check.key.typeLabel()));
    }
    box.setInformativeText(
        QStringLiteral("<p style=\"white-space:nowrap\"><tt>%1</tt></p>")
            .arg(check.key.fingerprint().toHtmlEscaped()) +
        (otherTypesKnown
             ? QCoreApplication::translate("supadesk::HostKeyPrompt",
                                           "<p>The server may have gained a new key, or someone may be "
                                           "intercepting the connection.</p>")
             : QString()) +
        QCoreApplication::translate(
            "supadesk::HostKeyPrompt",
            "<p>Trust it only if it matches the fingerprint the server's administrator "
            "gives you (on the server: <tt>ssh-keygen -lf "
            "/etc/ssh/ssh_host_*_key.pub</tt>).</p>"));
    QPushButton *trust =
        box.addButton(QCoreApplication::translate("supadesk::HostKeyPrompt", "&Trust and Connect"),
                      QMessageBox::AcceptRole);
    trust->setObjectName(QStringLiteral("trust"));
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != trust)
        return false;
    const Status trusted = connection->trustPresentedHostKey();
    if (!trusted.ok()) {
        QMessageBox::warning(parent,
                             QCoreApplication::translate("supadesk::HostKeyPrompt", "Host key not saved"),
                             trusted.error().message);
        return false;
    }
    return true;
}

void HostKeyPrompt::warnChanged(QWidget *parent, StackConnection *connection, const HostKeyCheck &check)
{
    QMessageBox box(QMessageBox::Critical,
                    QCoreApplication::translate("supadesk::HostKeyPrompt", "Host key has changed"), QString(),
                    QMessageBox::Close, parent);
    box.setObjectName(QStringLiteral("ChangedHostKey"));
    box.setText(
        QCoreApplication::translate("supadesk::HostKeyPrompt",
                                    "WARNING: the host key of %1 has changed. Someone may be intercepting "
                                    "the connection (a man-in-the-middle attack), or the server was "
                                    "reinstalled. Supadesk refused to connect and sent nothing.")
            .arg(endpoint(check)));
    box.setInformativeText(
        QCoreApplication::translate("supadesk::HostKeyPrompt",
                                    "<p>New %1 key: <tt>%2</tt></p><p>The old key is in "
                                    "<tt>%3</tt>, line %4.</p>")
            .arg(check.key.typeLabel(), check.key.fingerprint().toHtmlEscaped(), check.file.toHtmlEscaped())
            .arg(check.line));
    const bool ownFile = check.file == connection->settings().ssh.knownHostsFile;
    QPushButton *remove = nullptr;
    if (ownFile) {
        remove = box.addButton(QCoreApplication::translate("supadesk::HostKeyPrompt", "&Remove Old Key…"),
                               QMessageBox::DestructiveRole);
        remove->setObjectName(QStringLiteral("removeOldKey"));
    }
    box.setDefaultButton(QMessageBox::Close);
    box.exec();
    if (!remove || box.clickedButton() != remove)
        return;

    QMessageBox confirm(
        QMessageBox::Warning, QCoreApplication::translate("supadesk::HostKeyPrompt", "Remove old host key"),
        QCoreApplication::translate("supadesk::HostKeyPrompt",
                                    "Remove line %2 of %1? Do this only if you know why the key "
                                    "changed. The next connection will ask whether to trust the "
                                    "new key.")
            .arg(check.file)
            .arg(check.line),
        QMessageBox::Cancel, parent);
    confirm.setObjectName(QStringLiteral("ConfirmRemoveHostKey"));
    QPushButton *yes = confirm.addButton(QCoreApplication::translate("supadesk::HostKeyPrompt", "Remove"),
                                         QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("confirmRemove"));
    confirm.setDefaultButton(QMessageBox::Cancel);
    confirm.exec();
    if (confirm.clickedButton() != yes)
        return;
    const Status forgotten = connection->forgetOldHostKey();
    if (!forgotten.ok())
        QMessageBox::warning(parent,
                             QCoreApplication::translate("supadesk::HostKeyPrompt", "Host key not removed"),
                             forgotten.error().message);
}

} // namespace supadesk
