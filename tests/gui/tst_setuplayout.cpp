// SPDX-License-Identifier: GPL-3.0-or-later
// The Setup wizard's Preflight against install directories of each Supabase layout (tests/data/audit:
// Kong before self-hosted/v0.8.0, Envoy api-gw after) over the harness's real sshd: the page names the
// layout found, and when the stack's gateway or pooler port differs from the server's .env it offers
// the server's ports; cancelled nothing changes, confirmed the stack is saved in a StackRepository.
#include "gui/setup/connectionpage.h"
#include "gui/setup/preflightpage.h"
#include "gui/setup/setupworkspace.h"
#include "harness/testenv.h"
#include "services/connectionmanager.h"
#include "services/secretstore.h"
#include "services/stackrepository.h"
#include "setupwizardrig.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace supadesk;

namespace {

// A copy of tests/data/audit/<layout> (compose files and .env) as the server's install directory.
bool seedLayout(const QString &layout, const QString &dir)
{
    const QDir source(QStringLiteral(SUPADESK_TEST_DATA_DIR "/audit/") + layout);
    if (!QDir().mkpath(dir))
        return false;
    const QStringList names = source.entryList(QDir::Files | QDir::Hidden);
    for (const QString &name : names)
        if (!QFile::copy(source.filePath(name), dir + QLatin1Char('/') + name))
            return false;
    return names.contains(QStringLiteral(".env"));
}

} // namespace

class TestSetupLayout : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Stack m_stack;
    std::unique_ptr<StackRepository> m_repository;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<ConnectionManager> m_connections;
    std::unique_ptr<SetupWorkspace> m_wizard;

    PreflightPage *preflight() const { return m_wizard->page<PreflightPage>(); }
    QString summary() const
    {
        return preflight()->findChild<QLabel *>(QStringLiteral("layoutSummary"))->text();
    }
    QLabel *mismatch() const { return preflight()->findChild<QLabel *>(QStringLiteral("portsMismatch")); }

    // Runs preflight on the stack's install directory `layout` and waits for the answer.
    void runOn(const QString &layout)
    {
        m_stack = *m_repository->find(m_stack.id);
        m_stack.installDir = m_dir.filePath(layout);
        QVERIFY(m_repository->update(m_stack).ok());
        m_wizard->setStack(m_stack);
        m_wizard->goTo(1);
        preflight()->rerun();
        QTRY_VERIFY_WITH_TIMEOUT(!preflight()->isRunning() && !preflight()->findings().isEmpty(), 30000);
    }

    // Clicks "Use the server's ports" and answers the confirmation with `confirm`; returns its text.
    QString useServerPorts(bool confirm)
    {
        auto *action = preflight()->findChild<QAction *>(QStringLiteral("useServerPorts"));
        QToolButton *button = nullptr;
        for (QToolButton *b : preflight()->findChildren<QToolButton *>())
            if (b->defaultAction() == action)
                button = b;
        if (!button || !button->isVisible())
            return QStringLiteral("no visible button");
        QString question;
        QTimer::singleShot(0, this, [&] {
            auto *ask = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!ask || ask->objectName() != QLatin1String("ConfirmServerPorts"))
                return;
            question = ask->text();
            if (confirm)
                ask->findChild<QPushButton *>(QStringLiteral("confirmServerPorts"))->click();
            else
                ask->button(QMessageBox::Cancel)->click();
        });
        QTest::mouseClick(button, Qt::LeftButton);
        return question;
    }

private slots:
    void initTestCase()
    {
        REQUIRE_SERVICE("SUPADESK_TEST_SSH_PORT", "OpenSSH sshd (apt-get install openssh-server)");
        REQUIRE_SERVICE("SUPADESK_TEST_KEYRING", "a Secret Service keyring (gnome-keyring)");
        qputenv("HOME", m_dir.path().toUtf8());
        QFile::remove(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                      QStringLiteral("/supadesk/known_hosts"));
        QVERIFY(seedLayout(QStringLiteral("kong"), m_dir.filePath(QStringLiteral("kong"))));
        QVERIFY(seedLayout(QStringLiteral("envoy"), m_dir.filePath(QStringLiteral("envoy"))));

        m_stack.id = Stack::newId();
        m_stack.name = QStringLiteral("layouts");
        m_stack.sshHost = testenv::value("SUPADESK_TEST_SSH_HOST");
        m_stack.sshPort = testenv::value("SUPADESK_TEST_SSH_PORT").toInt();
        m_stack.sshUser = testenv::value("SUPADESK_TEST_SSH_USER");
        m_stack.authMethod = AuthMethod::KeyFile;
        m_stack.keyFile = testenv::value("SUPADESK_TEST_SSH_KEY");
        m_stack.installDir = m_dir.filePath(QStringLiteral("kong"));
        m_stack.gatewayPort = 8000;
        m_stack.poolerPort = 6543;
        m_repository =
            std::make_unique<StackRepository>(StackStore(m_dir.filePath(QStringLiteral("stacks.json"))));
        QVERIFY(m_repository->add(m_stack).ok());

        QVERIFY(testenv::openSetupWizard(this, QStringLiteral("Supadesk setup layout test"), &m_stack, false,
                                         m_secrets, m_connections, m_wizard));
        // As the main window does: the edited stack is saved, then shown again.
        connect(m_wizard.get(), &SetupWorkspace::stackEdited, this, [this](const Stack &stack) {
            QVERIFY(m_repository->update(stack).ok());
            m_wizard->setStack(m_repository->find(stack.id));
        });
        m_wizard->goTo(0);
        auto *connectButton =
            m_wizard->page<ConnectionPage>()->findChild<QPushButton *>(QStringLiteral("connect"));
        QTest::mouseClick(connectButton, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_wizard->plan()->isConnected(), 30000);
    }

    void cleanupTestCase()
    {
        if (m_wizard)
            QTRY_VERIFY_WITH_TIMEOUT(!preflight()->isRunning(), 30000);
        if (m_connections)
            m_connections->disconnect(this);
        m_wizard.reset();
        m_connections.reset();
    }

    void kongLayoutMatchesTheStack()
    {
        runOn(QStringLiteral("kong"));
        QCOMPARE(preflight()->layout().release, ReleaseLayout::Kong);
        QCOMPARE(preflight()->layout().gatewayService, QStringLiteral("kong"));
        QCOMPARE(preflight()->layout().gatewayPort, 8000);
        QCOMPARE(preflight()->layout().postgresMajor, 15);
        const QString text = summary();
        QVERIFY2(text.contains(QLatin1String("Kong gateway")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("gateway port 8000 from KONG_HTTP_PORT")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("Supavisor transaction port 6543")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("PostgreSQL 15")), qPrintable(text));
        QVERIFY(!mismatch()->isVisible()); // the stack's 8000/6543 are the server's
    }

    void envoyLayoutOffersTheServersPorts()
    {
        runOn(QStringLiteral("envoy"));
        QCOMPARE(preflight()->layout().release, ReleaseLayout::Envoy);
        QCOMPARE(preflight()->layout().gatewayService, QStringLiteral("api-gw"));
        QCOMPARE(preflight()->layout().gatewayPortVariable, QStringLiteral("API_GW_HTTP_PORT"));
        QCOMPARE(preflight()->layout().gatewayPort, 8080);
        QCOMPARE(preflight()->layout().postgresMajor, 17);
        const QString text = summary();
        QVERIFY2(text.contains(QLatin1String("Envoy gateway api-gw")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("gateway port 8080 from API_GW_HTTP_PORT")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("PostgreSQL 17")), qPrintable(text));
        QTRY_VERIFY(mismatch()->isVisible());
        QVERIFY2(mismatch()->text().contains(QLatin1String("8080")), qPrintable(mismatch()->text()));

        // Cancelled: the stack keeps its port.
        QString question = useServerPorts(false);
        QVERIFY2(question.contains(QLatin1String("gateway port 8080")), qPrintable(question));
        QCOMPARE(m_repository->find(m_stack.id)->gatewayPort, 8000);
        QVERIFY(mismatch()->isVisible());

        // Confirmed: the stack is saved with the server's ports and the message goes.
        question = useServerPorts(true);
        QVERIFY2(question.contains(QLatin1String("gateway port 8080")), qPrintable(question));
        QCOMPARE(m_repository->find(m_stack.id)->gatewayPort, 8080);
        QCOMPARE(m_repository->find(m_stack.id)->poolerPort, 6543);
        QCOMPARE(m_wizard->plan()->stack()->gatewayPort, 8080);
        QVERIFY(!mismatch()->isVisible());
    }
};

QTEST_MAIN(TestSetupLayout)
#include "tst_setuplayout.moc"
