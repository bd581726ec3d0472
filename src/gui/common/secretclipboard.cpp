// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretclipboard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QTimer>

namespace supadesk {

void SecretClipboard::copy(const QString &secret, int clearAfterSeconds)
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    auto *data = new QMimeData;
    data->setText(secret);
    data->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    clipboard->setMimeData(data); // the clipboard owns it
    // A secret does not stay on the clipboard for whatever is pasted next.
    QTimer::singleShot(clearAfterSeconds * 1000, clipboard, [secret] {
        QClipboard *now = QGuiApplication::clipboard();
        if (now->text() == secret)
            now->clear();
    });
}

} // namespace supadesk
