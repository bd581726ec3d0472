// SPDX-License-Identifier: GPL-3.0-or-later
// The Setup wizard's TLS page on the harness's server: the fields go into the plan, the generated
// Caddyfile / nginx site and the .env's https addresses are shown, a compose service is refused where
// the stack's directory has no overlay and taken where it has one (read over SSH), the Review page lists
// the TLS steps with the configuration as a diff, and the preflight and verification say which problem
// (a name that does not resolve). Screenshots in English and Georgian, at the wizard's size and 1280×720.
#include "core/tls/studioproxyauth.h"
#include "gui/setup/reviewpage.h"
#include "gui/setup/setupworkspace.h"
#include "gui/setup/tlspage.h"
#include "harness/testenv.h"
#include "services/connectionmanager.h"
#include "services/secretstore.h"
#include "services/translationloader.h"
#include "setupwizardrig.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace supadesk;

class TestSetupTls : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_install;
    Stack m_stack;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<ConnectionManager> m_connections;
    std::unique_ptr<SetupWorkspace> m_wizard;

    TlsPage *page() const { return m_wizard->page<TlsPage>(); }
    template <typename T> T *child(const char *name) const
    {
        T *w = page()->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no %s", name);
        return w;
    }

    void type(const char *name, const QString &text)
    {
        auto *edit = child<QLineEdit>(name);
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, text);
    }

    void screenshot(const QString &name)
    {
        const QString dir = qEnvironmentVariable("SUPADESK_SCREENSHOT_DIR");
        QTest::qWait(30);
        // Nothing forces the wizard wider or taller than the window it is shown in.
        QVERIFY(m_wizard->minimumSizeHint().width() <= m_wizard->width());
        QVERIFY(m_wizard->minimumSizeHint().height() <= m_wizard->height());
        if (!dir.isEmpty())
            m_wizard->grab().save(QStringLiteral("%1/setup-7-TlsPage-%2.png").arg(dir, name));
    }

private slots:
    void initTestCase()
    {
        REQUIRE_SERVICE("SUPADESK_TEST_SSH_PORT", "OpenSSH sshd (apt-get install openssh-server)");
        REQUIRE_SERVICE("SUPADESK_TEST_KEYRING", "a Secret Service keyring (gnome-keyring)");
        QVERIFY(m_dir.isValid());
        qputenv("HOME", m_dir.path().toUtf8());
        QVERIFY(TranslationLoader::instance().apply(QStringLiteral("en")));
        m_install = m_dir.filePath(QStringLiteral("supabase/docker"));
        QVERIFY(testenv::seedSupabaseInstall(m_install));

        m_stack.id = Stack::newId();
        m_stack.name = QStringLiteral("harness");
        m_stack.sshHost = testenv::value("SUPADESK_TEST_SSH_HOST");
        m_stack.sshPort = testenv::value("SUPADESK_TEST_SSH_PORT").toInt();
        m_stack.sshUser = testenv::value("SUPADESK_TEST_SSH_USER");
        m_stack.authMethod = AuthMethod::KeyFile;
        m_stack.keyFile = testenv::value("SUPADESK_TEST_SSH_KEY");
        m_stack.installDir = m_install;
        QVERIFY(testenv::openSetupWizard(this, QStringLiteral("Supadesk setup tls test"), &m_stack, false,
                                         m_secrets, m_connections, m_wizard));
        QVERIFY(m_wizard->goToPage(QStringLiteral("tls")));
        // After Firewall, before Backups.
        QCOMPARE(m_wizard->currentIndex(), 6);
        QCOMPARE(m_wizard->page(5)->objectName(), QStringLiteral("FirewallPage"));
    }

    void theFieldsMakeTheConfiguration()
    {
        QVERIFY(!child<QLineEdit>("apiName")->isEnabled()); // off until asked for
        QVERIFY(!m_wizard->plan()->tls().enabled);
        QTest::mouseClick(child<QCheckBox>("tlsEnabled"), Qt::LeftButton, {}, QPoint(8, 8));
        QVERIFY(m_wizard->plan()->tls().enabled);
        type("apiName", QStringLiteral("api.example.com"));
        type("acmeEmail", QStringLiteral("ops@example.com"));
        const TlsSetupOptions &o = m_wizard->plan()->tls();
        QCOMPARE(o.site.apiName, QStringLiteral("api.example.com"));
        QCOMPARE(o.site.email, QStringLiteral("ops@example.com"));
        QCOMPARE(o.proxy, TlsProxyKind::Caddy); // the default
        QCOMPARE(o.closePorts, QList<int>({8000, 8443}));
        const QString caddy = child<QPlainTextEdit>("tlsConfig")->toPlainText();
        QVERIFY2(caddy.contains(QStringLiteral("api.example.com")) &&
                     caddy.contains(QStringLiteral("Strict-Transport-Security")),
                 qPrintable(caddy));
        QVERIFY(child<QLabel>("configLabel")->text().contains(QStringLiteral("/etc/caddy/Caddyfile")));

        QTest::mouseClick(child<QRadioButton>("proxyNginx"), Qt::LeftButton, {}, QPoint(8, 8));
        QCOMPARE(m_wizard->plan()->tls().proxy, TlsProxyKind::Nginx);
        QVERIFY(
            child<QPlainTextEdit>("tlsConfig")->toPlainText().contains(QStringLiteral("ssl_certificate")));
        QVERIFY(child<QRadioButton>("installHost")->isChecked()); // the other group keeps its choice
        QTest::mouseClick(child<QRadioButton>("proxyCaddy"), Qt::LeftButton, {}, QPoint(8, 8));

        type("closePorts", QStringLiteral("8000, x"));
        QVERIFY(child<QLabel>("tlsError")->isVisible());
        type("closePorts", QStringLiteral("8000, 8443"));
        QVERIFY(!child<QLabel>("tlsError")->isVisible());
        screenshot(QStringLiteral("en"));
    }

    void aComposeServiceNeedsTheOverlay()
    {
        QTest::mouseClick(child<QRadioButton>("installCompose"), Qt::LeftButton, {}, QPoint(8, 8));
        QVERIFY(child<QLabel>("tlsError")->isVisible());
        QVERIFY(child<QLabel>("tlsError")->text().contains(QStringLiteral("docker-compose.caddy.yml")));

        // The overlay appears in the stack's directory: read over SSH when the page is entered.
        QFile overlay(m_install + QStringLiteral("/docker-compose.caddy.yml"));
        QVERIFY(overlay.open(QIODevice::WriteOnly));
        overlay.write(
            "services:\n  caddy:\n    image: caddy:2\n    ports:\n      - 80:80\n      - 443:443\n");
        overlay.close();
        m_connections->connectStack(m_stack);
        QTRY_VERIFY_WITH_TIMEOUT(m_wizard->plan()->isConnected(), 30000);
        page()->entered();
        QTRY_VERIFY_WITH_TIMEOUT(m_wizard->plan()->stackLayout().availableOverlays.contains(
                                     QStringLiteral("docker-compose.caddy.yml")),
                                 20000);
        QTRY_VERIFY(!child<QLabel>("tlsError")->isVisible());
        QVERIFY(child<QPlainTextEdit>("tlsEnv")->toPlainText().contains(
            QStringLiteral("PROXY_DOMAIN=api.example.com")));
        QTest::mouseClick(child<QRadioButton>("installHost"), Qt::LeftButton, {}, QPoint(8, 8));
        QVERIFY(!child<QPlainTextEdit>("tlsEnv")->toPlainText().contains(QStringLiteral("PROXY_DOMAIN")));
    }

    void reviewListsTheStepsWithTheDiff()
    {
        QVERIFY(m_wizard->goToPage(QStringLiteral("review")));
        auto *review = m_wizard->page<ReviewPage>();
        QTRY_VERIFY_WITH_TIMEOUT(!review->isRunning(), 30000);
        QStringList ids;
        for (const ApplyStep &s : review->applyPlan().steps())
            ids << s.id;
        QVERIFY2(ids.contains(QStringLiteral("tls-config")) && ids.last() == QStringLiteral("tls-close"),
                 qPrintable(ids.join(QLatin1Char(' '))));
        auto *table = review->findChild<QTableWidget *>(QStringLiteral("applySteps"));
        table->setCurrentCell(int(ids.indexOf(QStringLiteral("tls-config"))), 1);
        const QString detail =
            review->findChild<QPlainTextEdit *>(QStringLiteral("stepDetail"))->toPlainText();
        QVERIFY2(detail.contains(QStringLiteral("+api.example.com")) &&
                     detail.contains(QStringLiteral("/etc/caddy/Caddyfile")),
                 qPrintable(detail));
        QVERIFY(m_wizard->goToPage(QStringLiteral("tls")));
    }

    void studioPasswordAtTheProxy()
    {
        QSignalSpy ready(page(), &TlsPage::studioPasswordReady);
        QTest::mouseClick(child<QCheckBox>("studioProxyAuth"), Qt::LeftButton, {}, QPoint(8, 8));
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 60000);
        const TlsSite &site = m_wizard->plan()->tls().site;
        QCOMPARE(site.studioAuth, StudioAuth::Proxy);
        QVERIFY2(site.studioPassHash.startsWith(QStringLiteral("$2")), qPrintable(site.studioPassHash));
        // The password is in the stack's keychain entries, the configuration holds only its hash.
        const Result<QString> stored =
            m_secrets->readNow(m_wizard->plan()->stack()->id, StudioProxyAuth::secretName());
        QVERIFY(stored.ok());
        QCOMPARE(stored.value().size(), 24);
        const QString config = child<QPlainTextEdit>("tlsConfig")->toPlainText();
        QVERIFY2(config.contains(site.studioPassHash) && !config.contains(stored.value()),
                 qPrintable(config));
        QVERIFY(child<QPlainTextEdit>("tlsEnv")->toPlainText().contains(StudioProxyAuth::secretName()));
    }

    void databaseInTransitSteps()
    {
        auto *enabled = child<QCheckBox>("dbSslEnabled");
        QVERIFY(!child<QRadioButton>("dbCertSelf")->isEnabled());
        QTest::mouseClick(enabled, Qt::LeftButton, {}, QPoint(8, 8));
        QVERIFY(enabled->isChecked());
        QVERIFY(child<QRadioButton>("dbCertSelf")->isEnabled());
        QVERIFY(m_wizard->plan()->tls().database.enabled);
        QVERIFY(child<QPlainTextEdit>("tlsEnv")->toPlainText().contains(QStringLiteral("pg_hba.conf:")));
        // The proxy's certificate is certbot's: with Caddy the page says why it cannot be reused.
        QTest::mouseClick(child<QRadioButton>("dbCertProxy"), Qt::LeftButton, {}, QPoint(8, 8));
        QTRY_VERIFY(child<QLabel>("tlsError")->isVisible());
        QVERIFY(child<QLabel>("tlsError")->text().contains(QStringLiteral("certbot")));
        QTest::mouseClick(child<QRadioButton>("dbCertSelf"), Qt::LeftButton, {}, QPoint(8, 8));
        QTRY_VERIFY(!child<QLabel>("tlsError")->isVisible());

        QVERIFY(m_wizard->goToPage(QStringLiteral("review")));
        auto *review = m_wizard->page<ReviewPage>();
        QTRY_VERIFY_WITH_TIMEOUT(!review->isRunning(), 30000);
        QStringList ids;
        for (const ApplyStep &s : review->applyPlan().steps())
            ids << s.id;
        QVERIFY2(ids.contains(QStringLiteral("pg-ssl-certificate")) &&
                     ids.contains(QStringLiteral("pg-ssl-settings")) &&
                     ids.indexOf(QStringLiteral("pg-ssl-certificate")) >
                         ids.indexOf(QStringLiteral("tls-close")),
                 qPrintable(ids.join(QLatin1Char(' '))));
        QVERIFY(m_wizard->goToPage(QStringLiteral("tls")));
    }

    void aNameThatDoesNotResolveIsSaidSo()
    {
        type("apiName", QStringLiteral("supadesk-test.invalid"));
        auto *check = child<QPushButton>("checkTls");
        QTRY_VERIFY(check->isEnabled());
        QSignalSpy checked(page(), &TlsPage::checkFinished);
        QTest::mouseClick(check, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(checked.size(), 1, 30000);
        QCOMPARE(checked.first().first().toBool(), false);
        QCOMPARE(page()->lastCheck()->error().code, QStringLiteral("tls.dns"));
        QVERIFY(child<QLabel>("tlsCheck")->text().contains(QStringLiteral("supadesk-test.invalid")));

        QSignalSpy verified(page(), &TlsPage::verifyFinished);
        QTest::mouseClick(child<QPushButton>("verifyTls"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(verified.size(), 1, 30000);
        QCOMPARE(verified.first().first().toBool(), false);
        QCOMPARE(page()->lastVerify()->status.error().code, QStringLiteral("tls.verify"));
        // Not reachable from here: the same checks went through the SSH tunnel (nothing answers on the
        // harness server's 443 either).
        QVERIFY2(child<QLabel>("tlsVerify")->text().contains(QStringLiteral("SSH tunnel")),
                 qPrintable(child<QLabel>("tlsVerify")->text()));
        QVERIFY(child<QLabel>("tlsVerify")->isVisible());
        screenshot(QStringLiteral("errors-en"));
        m_wizard->resize(1280, 720);
        screenshot(QStringLiteral("errors-en-1280"));
    }

    void georgian()
    {
        QVERIFY(TranslationLoader::instance().apply(QStringLiteral("ka")));
        QTRY_VERIFY(m_wizard->findChild<QLabel *>(QStringLiteral("pageHeading"))->text() !=
                        QStringLiteral("HTTPS") ||
                    child<QCheckBox>("tlsEnabled")->text() !=
                        QStringLiteral("Set up &HTTPS in front of the gateway"));
        QVERIFY(child<QCheckBox>("tlsEnabled")->text() !=
                QStringLiteral("Set up &HTTPS in front of the gateway"));
        // The run-time texts follow too.
        QVERIFY(!child<QLabel>("tlsCheck")->text().contains(QStringLiteral("does not resolve")));
        screenshot(QStringLiteral("ka-1280"));
        m_wizard->resize(1100, 720);
        screenshot(QStringLiteral("ka"));
        QVERIFY(TranslationLoader::instance().apply(QStringLiteral("en")));
    }

    void cleanupTestCase()
    {
        m_wizard.reset();
        m_connections.reset();
        m_secrets.reset();
    }
};

QTEST_MAIN(TestSetupTls)
#include "tst_setuptls.moc"
