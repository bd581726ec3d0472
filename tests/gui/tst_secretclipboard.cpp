// SPDX-License-Identifier: GPL-3.0-or-later
// A copied secret is marked for clipboard managers (x-kde-passwordManagerHint: secret) and is gone
// from the clipboard after its time, unless something else was copied in between.
#include "gui/common/secretclipboard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QtTest>

using namespace supadesk;

class TestSecretClipboard : public QObject
{
    Q_OBJECT

private slots:
    void aSecretIsMarkedAndClearedAfterItsTime()
    {
        SecretClipboard::copy(QStringLiteral("s3cret"), 1);
        QClipboard *clipboard = QGuiApplication::clipboard();
        QCOMPARE(clipboard->text(), QStringLiteral("s3cret"));
        QCOMPARE(clipboard->mimeData()->data(QStringLiteral("x-kde-passwordManagerHint")),
                 QByteArray("secret"));
        QTRY_VERIFY_WITH_TIMEOUT(clipboard->text().isEmpty(), 3000);
    }

    void somethingCopiedLaterStays()
    {
        SecretClipboard::copy(QStringLiteral("s3cret"), 1);
        QGuiApplication::clipboard()->setText(QStringLiteral("not a secret"));
        QTest::qWait(1500);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("not a secret"));
    }
};

QTEST_MAIN(TestSecretClipboard)
#include "tst_secretclipboard.moc"
