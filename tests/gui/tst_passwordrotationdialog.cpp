// SPDX-License-Identifier: GPL-3.0-or-later
// The password rotation's dialog: nothing happens until Rotate, Cancel is the default, and a rotation
// that cannot run ends with the reason on screen and a Close button, having changed nothing.
#include "gui/audit/passwordrotationdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

using namespace supadesk;

class TestPasswordRotationDialog : public QObject
{
    Q_OBJECT

private slots:
    void cancelIsTheDefaultAndNothingRunsBeforeRotate()
    {
        PasswordRotationTarget target;
        target.stackId = QStringLiteral("s1");
        PasswordRotationDialog dialog(QStringLiteral("prod"), target, nullptr);
        auto *buttons = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttons"));
        QVERIFY(buttons);
        QVERIFY(buttons->button(QDialogButtonBox::Cancel)->isDefault());
        QCOMPARE(buttons->button(QDialogButtonBox::Ok)->text(), QStringLiteral("&Rotate"));
        QVERIFY(dialog.windowTitle().contains(QLatin1String("prod")));
        QVERIFY(dialog.report().log.isEmpty());
    }

    // No session: the rotation stops at its first step, says so, and the dialog offers Close.
    void aRotationThatCannotRunSaysWhy()
    {
        PasswordRotationTarget target;
        target.stackId = QStringLiteral("s1");
        target.installDir = QStringLiteral("/opt/supabase/docker");
        PasswordRotationDialog dialog(QStringLiteral("prod"), target, nullptr);
        QSignalSpy rotated(&dialog, &PasswordRotationDialog::rotated);
        dialog.rotate();
        QCOMPARE(rotated.size(), 1);
        QCOMPARE(rotated.first().at(1).toBool(), false);
        QVERIFY(!dialog.report().succeeded());
        QVERIFY(!dialog.report().rolledBack);
        auto *step = dialog.findChild<QLabel *>(QStringLiteral("stepLabel"));
        QCOMPARE(step->text(), dialog.report().error->message);
        QVERIFY(!step->text().isEmpty());
        auto *buttons = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttons"));
        QCOMPARE(buttons->button(QDialogButtonBox::Ok)->text(), QStringLiteral("Close"));
        QVERIFY(!buttons->button(QDialogButtonBox::Cancel)->isVisible());
    }
};

QTEST_MAIN(TestPasswordRotationDialog)
#include "tst_passwordrotationdialog.moc"
