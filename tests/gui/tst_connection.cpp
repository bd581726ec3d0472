// SPDX-License-Identifier: GPL-3.0-or-later
// Connecting a stack from the main window against the harness's real sshd and PostgreSQL: the host-key
// conversation, the status dot, the copied connection string that psql-like clients use, and the
// man-in-the-middle refusal when the key changes.
#include "gui/mainwindow.h"
#include "gui/stacks/stacktreemodel.h"
#include "harness/appwindow.h"
#include "harness/testenv.h"
#include "services/connectionmanager.h"
#include "services/secretstore.h"
#include "services/translationloader.h"

#include <QAbstractButton>
#include <QClipboard>
#include <QGuiApplication>
#include <QMessageBox>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeView>
#include <QUrl>
#include <QtTest>

#include <memory>

using namespace supadesk;

namespace {

// Clicks the button named `buttonName` in the next message box whose objectName is `boxName`, and
// remembers which buttons that box offered.
struct BoxClicker
{
    QString seenBox;
    QString text; // the box's text and informative text
    QStringList buttons;
    QStringList roles;

    // A box that never opens must not leave the timer polling a clicker that is gone.
    std::shared_ptr<int> alive = std::make_shared<int>(0);

    void clickWhenOpen(const QString &boxName, const QString &buttonName)
    {
        QTimer::singleShot(20, [this, boxName, buttonName, guard = std::weak_ptr<int>(alive)] {
            if (guard.expired())
                return;
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || box->objectName() != boxName) {
                clickWhenOpen(boxName, buttonName);
                return;
            }
            seenBox = box->objectName();
            text = box->text() + QLatin1Char('\n') + box->informativeText();
            if (const QString dir = qEnvironmentVariable("SUPADESK_SCREENSHOT_DIR"); !dir.isEmpty())
                box->grab().save(dir + QLatin1Char('/') + boxName + QLatin1Char('-') +
                                 TranslationLoader::instance().current() + QStringLiteral(".png"));
            for (QAbstractButton *b : box->buttons()) {
                buttons.append(b->objectName());
                roles.append(QString::number(int(box->buttonRole(b))));
            }
            for (QAbstractButton *b : box->buttons())
                if (b->objectName() == buttonName ||
                    (buttonName == QLatin1String("close") && box->buttonRole(b) == QMessageBox::RejectRole))
                    return b->click();
        });
    }
};

} // namespace

class TestConnection : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<testenv::AppWindow> m_app; // the window over the app's services
    MainWindow *m_window = nullptr;
    QString m_stackId;

    QString ownKnownHosts() const
    {
        return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
               QStringLiteral("/supadesk/known_hosts");
    }

    int statusOf(const QString &id)
    {
        auto *tree = m_window->findChild<QTreeView *>(QStringLiteral("stackTree"));
        auto *model = static_cast<StackTreeModel *>(tree->model());
        return int(model->status(id));
    }

private slots:
    void initTestCase()
    {
        REQUIRE_SERVICE("SUPADESK_TEST_SSH_PORT", "OpenSSH sshd (apt-get install openssh-server)");
        REQUIRE_SERVICE("SUPADESK_TEST_PG_PORT", "PostgreSQL 15 (apt-get install postgresql-15)");
        REQUIRE_SERVICE("SUPADESK_TEST_KEYRING", "a Secret Service keyring (gnome-keyring)");
        qputenv("HOME", m_dir.path().toUtf8()); // no ~/.ssh/known_hosts of the machine's user
        // Nor Supadesk's own known_hosts that tests running beside this one fill with the same server.
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
        QFile::remove(ownKnownHosts());
        TranslationLoader::instance().apply(QStringLiteral("en"));

        const QString settings = m_dir.filePath(QStringLiteral("supadesk.conf"));
        StackRepository repository{StackStore(settings)};
        Stack s;
        s.name = QStringLiteral("harness");
        s.sshHost = testenv::value("SUPADESK_TEST_SSH_HOST");
        s.sshPort = testenv::value("SUPADESK_TEST_SSH_PORT").toInt();
        s.sshUser = testenv::value("SUPADESK_TEST_SSH_USER");
        s.authMethod = AuthMethod::KeyFile;
        s.keyFile = testenv::value("SUPADESK_TEST_SSH_KEY");
        s.dbHost = QStringLiteral("127.0.0.1");
        s.dbPort = testenv::value("SUPADESK_TEST_PG_PORT").toInt();
        QVERIFY(repository.add(s).ok());
        m_stackId = repository.stacks().first().id;

        m_app =
            std::make_unique<testenv::AppWindow>(m_dir.path(), QStringLiteral("Supadesk connection test"));
        m_window = m_app->get();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        m_window->selectStack(m_stackId);
    }

    void cleanupTestCase()
    {
        m_window = nullptr;
        m_app.reset();
    }

    void unknownKeyIsShownThenTrustedAndTheTunnelCarriesSql()
    {
        BoxClicker clicker;
        clicker.clickWhenOpen(QStringLiteral("UnknownHostKey"), QStringLiteral("trust"));
        m_window->connectStack();
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(m_stackId), int(StackTreeModel::Status::Connected), 30000);
        QCOMPARE(clicker.seenBox, QStringLiteral("UnknownHostKey"));

        // The key is now in Supadesk's own known_hosts (hashed or not, as HashKnownHosts says).
        QProcess keygen;
        keygen.start(QStringLiteral("ssh-keygen"),
                     {QStringLiteral("-F"),
                      QStringLiteral("[127.0.0.1]:") + testenv::value("SUPADESK_TEST_SSH_PORT"),
                      QStringLiteral("-f"), ownKnownHosts()});
        QVERIFY(keygen.waitForFinished());
        QCOMPARE(keygen.exitCode(), 0);

        m_window->findChild<QAction *>(QStringLiteral("copyConnectionString"))->trigger();
        const QUrl url(QGuiApplication::clipboard()->text());
        QCOMPARE(url.scheme(), QStringLiteral("postgresql"));
        QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(url.password().isEmpty());
        QVERIFY(url.port() > 0);
        QVERIFY(url.port() != testenv::value("SUPADESK_TEST_PG_PORT").toInt());

        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("tunnel"));
            db.setHostName(url.host());
            db.setPort(url.port());
            db.setUserName(url.userName());
            db.setDatabaseName(url.path().mid(1));
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT inet_server_port()")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), testenv::value("SUPADESK_TEST_PG_PORT").toInt());
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tunnel"));

        if (const QString dir = qEnvironmentVariable("SUPADESK_SCREENSHOT_DIR"); !dir.isEmpty()) {
            m_window->resize(1100, 680);
            m_window->workspaceTabs()->setCurrentIndex(1);
            QTest::qWait(50);
            m_window->grab().save(dir + QStringLiteral("/main-connected-en.png"));
        }
        m_window->findChild<QAction *>(QStringLiteral("disconnectStack"))->trigger();
        QTRY_COMPARE(statusOf(m_stackId), int(StackTreeModel::Status::Disconnected));
    }

    void changedKeyIsRefusedWithoutAWayToContinue()
    {
        // Replace the trusted key with another one, as if the server's key had changed.
        const QString other = m_dir.filePath(QStringLiteral("other_host_key"));
        QCOMPARE(QProcess::execute(QStringLiteral("ssh-keygen"),
                                   {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                                    QStringLiteral("-N"), QString(), QStringLiteral("-f"), other}),
                 0);
        QFile pub(other + QStringLiteral(".pub"));
        QVERIFY(pub.open(QIODevice::ReadOnly));
        const QByteArray otherKey = pub.readAll().split(' ').mid(0, 2).join(' ');
        QFile own(ownKnownHosts());
        QVERIFY(own.open(QIODevice::WriteOnly | QIODevice::Truncate));
        own.write("[127.0.0.1]:" + testenv::value("SUPADESK_TEST_SSH_PORT").toUtf8() + ' ' + otherKey + '\n');
        own.close();

        BoxClicker warning;
        warning.clickWhenOpen(QStringLiteral("ChangedHostKey"), QStringLiteral("close"));
        m_window->connectStack();
        QTRY_COMPARE_WITH_TIMEOUT(warning.seenBox, QStringLiteral("ChangedHostKey"), 30000);
        QCOMPARE(statusOf(m_stackId), int(StackTreeModel::Status::Failed));
        QVERIFY(!warning.roles.contains(QString::number(int(QMessageBox::AcceptRole))));
        QVERIFY(!warning.buttons.contains(QStringLiteral("trust")));
        QVERIFY(warning.buttons.contains(QStringLiteral("removeOldKey")));

        // Removing the old key is a separate, explicit step; then the new key is asked about as unknown.
        BoxClicker remove;
        remove.clickWhenOpen(QStringLiteral("ChangedHostKey"), QStringLiteral("removeOldKey"));
        BoxClicker confirm;
        confirm.clickWhenOpen(QStringLiteral("ConfirmRemoveHostKey"), QStringLiteral("confirmRemove"));
        m_window->connectStack();
        QTRY_COMPARE_WITH_TIMEOUT(confirm.seenBox, QStringLiteral("ConfirmRemoveHostKey"), 30000);
        QFile after(ownKnownHosts());
        QVERIFY(!after.open(QIODevice::ReadOnly) || !after.readAll().contains(otherKey));

        BoxClicker trust;
        trust.clickWhenOpen(QStringLiteral("UnknownHostKey"), QStringLiteral("trust"));
        m_window->connectStack();
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(m_stackId), int(StackTreeModel::Status::Connected), 30000);
        QCOMPARE(trust.seenBox, QStringLiteral("UnknownHostKey"));
    }

    void georgianHostKeyPrompt()
    {
        m_window->disconnectStack();
        QTRY_COMPARE(statusOf(m_stackId), int(StackTreeModel::Status::Disconnected));
        QVERIFY(QFile::remove(ownKnownHosts()));
        QVERIFY(TranslationLoader::instance().apply(QStringLiteral("ka")));
        BoxClicker trust;
        trust.clickWhenOpen(QStringLiteral("UnknownHostKey"), QStringLiteral("trust"));
        m_window->connectStack();
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(m_stackId), int(StackTreeModel::Status::Connected), 30000);
        QCOMPARE(trust.seenBox, QStringLiteral("UnknownHostKey"));
        TranslationLoader::instance().apply(QStringLiteral("en"));
    }

    // The host is known by an RSA key and now presents its ED25519 key: the prompt does not call it a
    // first connection, it names the type Supadesk knows.
    void keyOfAnotherTypeIsAskedAboutNamingTheKnownType()
    {
        m_window->disconnectStack();
        QTRY_COMPARE(statusOf(m_stackId), int(StackTreeModel::Status::Disconnected));
        const QString rsa = m_dir.filePath(QStringLiteral("rsa_host_key"));
        QCOMPARE(QProcess::execute(QStringLiteral("ssh-keygen"),
                                   {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("rsa"),
                                    QStringLiteral("-b"), QStringLiteral("2048"), QStringLiteral("-N"),
                                    QString(), QStringLiteral("-f"), rsa}),
                 0);
        QFile pub(rsa + QStringLiteral(".pub"));
        QVERIFY(pub.open(QIODevice::ReadOnly));
        QFile own(ownKnownHosts());
        QVERIFY(own.open(QIODevice::WriteOnly | QIODevice::Truncate));
        own.write("[127.0.0.1]:" + testenv::value("SUPADESK_TEST_SSH_PORT").toUtf8() + ' ' +
                  pub.readAll().split(' ').mid(0, 2).join(' ') + '\n');
        own.close();

        BoxClicker cancel;
        cancel.clickWhenOpen(QStringLiteral("UnknownHostKey"), QStringLiteral("close"));
        m_window->connectStack();
        QTRY_COMPARE_WITH_TIMEOUT(cancel.seenBox, QStringLiteral("UnknownHostKey"), 30000);
        QVERIFY2(cancel.text.contains(QLatin1String("RSA")), qPrintable(cancel.text));
        QVERIFY2(cancel.text.contains(QLatin1String("ED25519")), qPrintable(cancel.text));
        QVERIFY2(!cancel.text.contains(QLatin1String("has not connected")), qPrintable(cancel.text));
        QCOMPARE(statusOf(m_stackId), int(StackTreeModel::Status::Failed));

        // The person may still decide to trust it, after checking the fingerprint.
        BoxClicker trust;
        trust.clickWhenOpen(QStringLiteral("UnknownHostKey"), QStringLiteral("trust"));
        m_window->connectStack();
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(m_stackId), int(StackTreeModel::Status::Connected), 30000);
        QCOMPARE(trust.seenBox, QStringLiteral("UnknownHostKey"));
    }
};

QTEST_MAIN(TestConnection)
#include "tst_connection.moc"
