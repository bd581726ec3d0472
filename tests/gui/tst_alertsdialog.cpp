// SPDX-License-Identifier: GPL-3.0-or-later
// The alerts form: a stack follows the fleet defaults until it gets its own rules and channels;
// impossible rules are refused in the form (alert.rule's message shown, nothing saved); a channel's
// secret goes to the keychain (the harness's) and never to the settings file; "Send test alert"
// shows the answer of a real webhook sink on loopback, and a 4xx with its reason; removing a
// channel removes its secret. In English and Georgian at the default size and 1280×720, no text
// cut; with SUPADESK_SCREENSHOT_DIR set, saved as AlertsDialog-<tab>-<size>-<language>.png.
#include "gui/alerts/alertsdialog.h"
#include "gui/uptime/memoryuptimesource.h"
#include "gui/uptime/uptimeworkspace.h"
#include "probe/webhooksink.h"
#include "services/alerts/alertchanneltester.h"
#include "services/alerts/alertconfigstore.h"
#include "services/secretstore.h"
#include "services/translationloader.h"
#include "widgetlookup.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace supadesk;

using widgetlookup::cutTexts;

namespace {

const QString keychain = QStringLiteral("Supadesk alerts form test");
const QString token = QStringLiteral("T0KEN-s3cr3t-in-the-url");

Stack stack()
{
    Stack s;
    s.id = QStringLiteral("stack-alerts-form");
    s.name = QStringLiteral("production");
    return s;
}

template <typename T> T *child(QWidget *root, const char *name)
{
    return root->findChild<T *>(QString::fromLatin1(name));
}

} // namespace

class TestAlertsDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString settingsFile() const { return m_dir.filePath(QStringLiteral("supadesk.ini")); }

    int rowOf(QTableWidget *t, const QString &id)
    {
        for (int row = 0; row < t->rowCount(); ++row)
            if (t->item(row, 1)->text() == id)
                return row;
        return -1;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void cleanup() { TranslationLoader::instance().apply(QStringLiteral("en")); }

    void fleetDefaultsThenOwnWithChannel()
    {
        AlertConfigStore store(settingsFile());
        SecretStore secrets(keychain);
        AlertsDialog dialog(stack(), &store, &secrets);
        QVERIFY(dialog.usesFleetDefaults());
        QTableWidget *rules = dialog.rulesTable();
        QCOMPARE(rules->rowCount(), AlertRules::defaults().size());

        // A threshold outside the rule's range cannot even be typed: the spin box holds its limits.
        const int disk = rowOf(rules, QStringLiteral("disk"));
        QVERIFY(disk >= 0);
        auto *threshold = qobject_cast<QDoubleSpinBox *>(rules->cellWidget(disk, 4));
        threshold->setValue(150);
        QCOMPARE(threshold->value(), 99.9);

        // The stack gets its own: a relative target is refused with alert.rule's message.
        child<QCheckBox>(&dialog, "useFleetDefaults")->setChecked(false);
        QVERIFY(!dialog.usesFleetDefaults());
        qobject_cast<QLineEdit *>(rules->cellWidget(disk, 6))->setText(QStringLiteral("var/lib"));
        dialog.accept();
        QVERIFY(dialog.result() != QDialog::Accepted);
        QVERIFY2(dialog.errorText().contains(QLatin1String("absolute path")), qPrintable(dialog.errorText()));
        QVERIFY(!store.stackConfig(stack().id));
        qobject_cast<QLineEdit *>(rules->cellWidget(disk, 6))->setText(QStringLiteral("/var/lib/docker"));

        // A webhook channel: its URL (with a token) is the secret.
        child<QComboBox>(&dialog, "newChannelKind")->setCurrentIndex(0);
        child<QPushButton>(&dialog, "addChannel")->click();
        auto *secret = child<QLineEdit>(&dialog, "secret");
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
        QVERIFY(!child<QLineEdit>(&dialog, "smtpUrl")->isVisibleTo(&dialog));

        WebhookSink sink;
        QVERIFY(sink.listen());
        secret->setText(sink.url(QStringLiteral("/hook?token=") + token));
        QSignalSpy done(dialog.tester(), &AlertChannelTester::finished);
        child<QPushButton>(&dialog, "sendTest")->click();
        QVERIFY(done.wait(30000));
        QCOMPARE(done.first().at(0).toInt(), int(AlertChannelTester::Delivered));
        QVERIFY2(dialog.testAnswer().contains(QLatin1String("HTTP 200")), qPrintable(dialog.testAnswer()));
        QCOMPARE(sink.requests.size(), 1);
        QCOMPARE(sink.requests.first().json().value(QLatin1String("event")).toString(),
                 QStringLiteral("test"));
        QCOMPARE(sink.requests.first().json().value(QLatin1String("stack")).toString(),
                 QStringLiteral("production"));

        // A 4xx says why.
        sink.status = 404;
        sink.answer = "no such hook";
        child<QPushButton>(&dialog, "sendTest")->click();
        QVERIFY(done.wait(30000));
        QCOMPARE(done.last().at(0).toInt(), int(AlertChannelTester::Refused));
        QVERIFY2(dialog.testAnswer().contains(QLatin1String("no such hook")),
                 qPrintable(dialog.testAnswer()));

        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const std::optional<AlertConfig> own = store.stackConfig(stack().id);
        QVERIFY(own);
        QCOMPARE(own->channels.size(), 1);
        QVERIFY(own->channels.first().secret.isEmpty());
        QCOMPARE(own->rules.at(disk).target, QStringLiteral("/var/lib/docker"));
        QCOMPARE(secrets.readNow(stack().id, AlertChannels::secretName(QStringLiteral("webhook"))).value(),
                 sink.url(QStringLiteral("/hook?token=") + token));
        QFile ini(settingsFile());
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QVERIFY(!ini.readAll().contains(token.toUtf8()));

        // What is installed: the stack's own, with the secret back from the keychain.
        UptimeProbeSettings probe;
        const Result<UptimeProbeAlerts> install =
            store.forInstall(stack(), probe, secrets, {TimeRange{1000, 2000}});
        QVERIFY2(install.ok(), install.ok() ? "" : qPrintable(install.error().message));
        QVERIFY(install.value().config.secretsFile().contains(token.toUtf8()));
        QVERIFY(
            install.value().config.configFile(QStringLiteral("/s"), QStringLiteral("/x")).contains("1-2"));
        QCOMPARE(store.secretNames(stack().id),
                 QStringList{AlertChannels::secretName(QStringLiteral("webhook"))});
    }

    void removedChannelTakesItsSecret()
    {
        AlertConfigStore store(settingsFile());
        SecretStore secrets(keychain);
        QVERIFY(store.stackConfig(stack().id)); // saved by the test above
        AlertsDialog dialog(stack(), &store, &secrets);
        QVERIFY(!dialog.usesFleetDefaults());
        QCOMPARE(child<QListWidget>(&dialog, "channelList")->count(), 1);
        QVERIFY(child<QLineEdit>(&dialog, "secret")->text().contains(token));
        child<QPushButton>(&dialog, "removeChannel")->click();
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QTRY_VERIFY(!secrets.readNow(stack().id, AlertChannels::secretName(QStringLiteral("webhook"))).ok());
        QVERIFY(store.stackConfig(stack().id)->channels.isEmpty());
    }

    // The Uptime workspace offers the form for the selected stack once it has a store, and opens it.
    void openedFromTheUptimeWorkspace()
    {
        QTemporaryDir dir;
        AlertConfigStore store(dir.filePath(QStringLiteral("s.ini")));
        MemoryUptimeSource source([] { return StackList{stack()}; });
        UptimeWorkspace workspace(&source);
        auto *action = workspace.findChild<QAction *>(QStringLiteral("editAlerts"));
        QVERIFY(action);
        workspace.setStack(stack());
        QVERIFY(!action->isEnabled()); // no store: no form
        workspace.setAlerts(&store, nullptr);
        QVERIFY(action->isEnabled());
        bool opened = false;
        QTimer::singleShot(0, &workspace, [&opened] {
            auto *dialog = qobject_cast<AlertsDialog *>(QApplication::activeModalWidget());
            opened = dialog != nullptr;
            if (dialog)
                dialog->reject();
        });
        action->trigger();
        QVERIFY(opened);
        QVERIFY(!store.stackConfig(stack().id)); // cancelled: nothing saved
    }

    void shows_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        QTest::newRow("en-default") << QStringLiteral("en") << QSize();
        QTest::newRow("en-1280") << QStringLiteral("en") << QSize(1280, 720);
        QTest::newRow("ka-default") << QStringLiteral("ka") << QSize();
        QTest::newRow("ka-1280") << QStringLiteral("ka") << QSize(1280, 720);
    }

    void shows()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        QVERIFY(TranslationLoader::instance().apply(language));
        QTemporaryDir dir;
        AlertConfigStore store(dir.filePath(QStringLiteral("s.ini")));
        AlertConfig config = store.fleetDefaults();
        AlertChannel mail;
        mail.id = QStringLiteral("oncall");
        mail.kind = AlertChannelKind::Email;
        mail.smtpUrl = QStringLiteral("smtp://mail.example.com:587");
        mail.mailFrom = QStringLiteral("supadesk@example.com");
        mail.mailTo = {QStringLiteral("ops@example.com")};
        AlertChannel hook;
        hook.id = QStringLiteral("hook");
        config.channels = {hook, mail};
        store.setStackConfig(stack().id, config);
        AlertsDialog dialog(stack(), &store, nullptr);
        if (size.isValid())
            dialog.resize(size);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        if (language == QLatin1String("ka"))
            QVERIFY(dialog.windowTitle() != QStringLiteral("Alerts of “production”"));
        auto *tabs = child<QTabWidget>(&dialog, "tabs");
        const QString dir2 = qEnvironmentVariable("SUPADESK_SCREENSHOT_DIR");
        const QString sizeName = size.isValid() ? QStringLiteral("1280") : QStringLiteral("default");
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            if (tab == 1)
                dialog.selectChannel(1); // the e-mail channel: the most fields
            QTest::qWait(50);
            const QStringList cut = cutTexts(&dialog);
            QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
            if (!dir2.isEmpty())
                QVERIFY(dialog.grab().save(
                    dir2 + QStringLiteral("/AlertsDialog-%1-%2-%3.png").arg(tab + 1).arg(sizeName, language),
                    "PNG"));
        }
    }
};

QTEST_MAIN(TestAlertsDialog)
#include "tst_alertsdialog.moc"
