// SPDX-License-Identifier: GPL-3.0-or-later
// The Setup wizard clicked through page by page, first without a connection (Next, Next, … must end in
// a valid plan that exports as a bundle), then against the harness's real sshd and PostgreSQL: the
// server's .env is read and its example secrets flagged, preflight reads the host, the tuning page reads
// the current values through the tunnel, and Apply edits a real .env in a temporary install directory,
// keeping a backup. Every page is rendered in English and Georgian (SUPADESK_SCREENSHOT_DIR).
#include "core/setup/jwt.h"
#include "core/setup/secretaudit.h"
#include "core/setup/supabasesecrets.h"
#include "gui/setup/backuppage.h"
#include "gui/setup/connectionpage.h"
#include "gui/setup/firewallpage.h"
#include "gui/setup/poolingpage.h"
#include "gui/setup/preflightpage.h"
#include "gui/setup/reviewpage.h"
#include "gui/setup/secretspage.h"
#include "gui/setup/setupworkspace.h"
#include "gui/setup/tlspage.h"
#include "gui/setup/tuningpage.h"
#include "gui/styles/apptheme.h"
#include "harness/testenv.h"
#include "services/connectionmanager.h"
#include "services/secretstore.h"
#include "services/translationloader.h"
#include "setupwizardrig.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFrame>
#include <QGuiApplication>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTranslator>
#include <QtTest>

using namespace supadesk;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString envValue(const QByteArray &env, const QString &key)
{
    for (const QByteArray &line : env.split('\n'))
        if (line.startsWith(key.toUtf8() + '='))
            return QString::fromUtf8(line.mid(key.size() + 1));
    return {};
}

} // namespace

class TestSetupWizard : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_install;
    Stack m_stack;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<ConnectionManager> m_connections;
    std::unique_ptr<SetupWorkspace> m_wizard;

    void screenshots(const QString &language)
    {
        const QString dir = qEnvironmentVariable("SUPADESK_SCREENSHOT_DIR");
        for (int i = 0; i < m_wizard->pageCount(); ++i) {
            m_wizard->goTo(i);
            QTRY_VERIFY_WITH_TIMEOUT(idle(), 30000); // pages that read the server finish first
            QTest::qWait(30);
            // Nothing forces the wizard wider or taller than the window it is shown in.
            QVERIFY2(m_wizard->minimumSizeHint().width() <= m_wizard->width(),
                     qPrintable(m_wizard->page(i)->objectName()));
            QVERIFY2(m_wizard->minimumSizeHint().height() <= m_wizard->height(),
                     qPrintable(m_wizard->page(i)->objectName()));
            if (!dir.isEmpty())
                m_wizard->grab().save(QStringLiteral("%1/setup-%2-%3-%4.png")
                                          .arg(dir)
                                          .arg(i + 1)
                                          .arg(m_wizard->page(i)->objectName(), language));
            // The dark theme, switched at run time: no light box, table cell or diff line is left.
            AppTheme::apply(Preferences::Theme::Dark);
            QCoreApplication::processEvents();
            const QImage dark = m_wizard->grab().toImage();
            if (!dir.isEmpty())
                dark.save(QStringLiteral("%1/setup-%2-%3-%4-dark.png")
                              .arg(dir)
                              .arg(i + 1)
                              .arg(m_wizard->page(i)->objectName(), language));
            // Every box on the page (messages, tables, text views) is dark too: a light one is mostly
            // light pixels, a dark one only its text.
            QStringList light;
            for (QFrame *box : m_wizard->page(i)->findChildren<QFrame *>())
                if (box->isVisible() && box->width() > 40 && box->height() > 20 &&
                    lightShare(box->grab().toImage()) > 0.5)
                    light << box->objectName() + QLatin1Char('/') +
                                 QLatin1String(box->metaObject()->className());
            AppTheme::apply(Preferences::Theme::System);
            QCoreApplication::processEvents();
            QVERIFY2(light.isEmpty(), qPrintable(m_wizard->page(i)->objectName() + QStringLiteral(": ") +
                                                 light.join(QStringLiteral(", "))));
            QVERIFY2(
                lightShare(dark) < 0.1,
                qPrintable(
                    QStringLiteral("%1: %2").arg(m_wizard->page(i)->objectName()).arg(lightShare(dark))));
        }
    }

    // The share of an image's pixels that are light (a white box left in a dark view).
    static double lightShare(const QImage &image)
    {
        qsizetype light = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                light += qGray(image.pixel(x, y)) > 200 ? 1 : 0;
        return double(light) / double(qsizetype(image.width()) * image.height());
    }

    bool idle() const
    {
        return !m_wizard->page<ReviewPage>()->isRunning() && !m_wizard->page<PreflightPage>()->isRunning() &&
               !m_wizard->page<TlsPage>()->isBusy();
    }

    // Georgian strings not merged into the catalogue yet can be tried out from a .qm of their own.
    static void applyLanguage(const QString &language)
    {
        QVERIFY(TranslationLoader::instance().apply(language));
    }

    QTableWidget *secretsTable() const
    {
        return m_wizard->page<SecretsPage>()->findChild<QTableWidget *>(QStringLiteral("secretsTable"));
    }

    int secretRow(const QString &key) const
    {
        for (int row = 0; row < secretsTable()->rowCount(); ++row)
            if (secretsTable()->item(row, 0)->text() == key)
                return row;
        return -1;
    }

private slots:
    void initTestCase()
    {
        REQUIRE_SERVICE("SUPADESK_TEST_SSH_PORT", "OpenSSH sshd (apt-get install openssh-server)");
        REQUIRE_SERVICE("SUPADESK_TEST_PG_PORT", "PostgreSQL 15 (apt-get install postgresql-15)");
        REQUIRE_SERVICE("SUPADESK_TEST_KEYRING", "a Secret Service keyring (gnome-keyring)");
        qputenv("HOME", m_dir.path().toUtf8());
        QFile::remove(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                      QStringLiteral("/supadesk/known_hosts"));
        applyLanguage(QStringLiteral("en"));

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
        m_stack.dbHost = QStringLiteral("127.0.0.1");
        m_stack.dbPort = testenv::value("SUPADESK_TEST_PG_PORT").toInt();

        QVERIFY(testenv::openSetupWizard(this, QStringLiteral("Supadesk setup wizard test"), &m_stack, true,
                                         m_secrets, m_connections, m_wizard));
        // The uptime probe would go to the machine's real paths; tst_setupprobe installs it into a
        // scratch root.
        m_wizard->page<ReviewPage>()->setPartEnabled(ReviewPage::Part::UptimeProbe, false);
    }

    void cleanupTestCase()
    {
        // Answers of the server arrive on the wizard's pages: let them come in before the pages go.
        QTRY_VERIFY_WITH_TIMEOUT(idle(), 30000);
        if (m_secrets)
            QVERIFY(m_secrets->removeAllNow(m_stack.id).ok());
        if (m_connections)
            m_connections->disconnect(this);
        m_wizard.reset();
        m_connections.reset();
    }

    void nextNextGivesAValidPlanWithoutAConnection()
    {
        QCOMPARE(m_wizard->currentIndex(), 0);
        auto *next = m_wizard->findChild<QPushButton *>(QStringLiteral("next"));
        auto *back = m_wizard->findChild<QPushButton *>(QStringLiteral("back"));
        QVERIFY(!back->isEnabled());
        QStringList headings;
        for (int i = 1; i < m_wizard->pageCount(); ++i) {
            QTest::mouseClick(next, Qt::LeftButton);
            QCOMPARE(m_wizard->currentIndex(), i);
            headings.append(m_wizard->findChild<QLabel *>(QStringLiteral("pageHeading"))->text());
            QVERIFY(!m_wizard->findChild<QLabel *>(QStringLiteral("pageExplanation"))->text().isEmpty());
        }
        QCOMPARE(headings.size(), 8);
        QCOMPARE(headings.last(), QStringLiteral("Review & apply"));
        QVERIFY(!next->isEnabled());

        auto *review = m_wizard->page<ReviewPage>();
        QVERIFY2(review->applyPlan().size() >= 4, qPrintable(review->applyPlan().describe()));
        QVERIFY(!review->findChild<QPushButton *>(QStringLiteral("apply"))->isEnabled()); // not connected
        QVERIFY(review->findChild<QPushButton *>(QStringLiteral("exportBundle"))->isEnabled());

        // The db container is restarted only when asked for, and only together with the settings.
        auto hasRestart = [review] {
            for (const ApplyStep &step : review->applyPlan().steps())
                if (step.id == u"restart-db")
                    return true;
            return false;
        };
        QVERIFY(!hasRestart());
        review->setPartEnabled(ReviewPage::Part::RestartDb, true);
        QVERIFY(hasRestart());
        QCOMPARE(review->applyPlan().steps().last().id, QStringLiteral("restart-db"));
        // Without the server's values, the note names every setting that needs a restart if it changes.
        const QString note = review->findChild<QLabel *>(QStringLiteral("restartSettings"))->text();
        QVERIFY2(note.contains(QLatin1String("if they change")) &&
                     note.contains(QLatin1String("shared_buffers")),
                 qPrintable(note));
        review->setPartEnabled(ReviewPage::Part::Tuning, false);
        QVERIFY(!hasRestart());
        review->setPartEnabled(ReviewPage::Part::Tuning, true);
        review->setPartEnabled(ReviewPage::Part::RestartDb, false);

        const QString out = m_dir.filePath(QStringLiteral("bundle"));
        QVERIFY(QDir().mkpath(out));
        const Status exported = review->exportBundle(out);
        QVERIFY2(exported.ok(), exported.ok() ? "" : qPrintable(exported.error().message));
        for (const char *name : {".env", "tuning.sql", "firewall.sh", "backup.sh", "crontab.txt", "README.md",
                                 "docker-compose.override.yml", "pgbouncer.ini", "postgresql.tuning.conf"})
            QVERIFY2(QFile::exists(out + QLatin1Char('/') + QLatin1String(name)), name);
        QCOMPARE(int(QFile::permissions(out + QStringLiteral("/.env")) & 0x0077), 0); // group, others
        QVERIFY(QFile::permissions(out + QStringLiteral("/firewall.sh")) & QFileDevice::ExeOwner);
        // Not read from the server: every secret is new, and the API keys verify with the new JWT_SECRET.
        const QByteArray env = readAll(out + QStringLiteral("/.env"));
        const QString jwtSecret = envValue(env, QStringLiteral("JWT_SECRET"));
        QVERIFY(jwtSecret.size() >= 32);
        QVERIFY(!SecretAudit::isExampleValue(QStringLiteral("JWT_SECRET"), jwtSecret));
        const Result<Jwt> anon = Jwt::parse(envValue(env, QStringLiteral("ANON_KEY")));
        QVERIFY(anon.ok());
        QVERIFY(anon.value().verifyHs256(jwtSecret.toUtf8()));
        // The firewall keeps this session's SSH port open.
        QVERIFY(readAll(out + QStringLiteral("/firewall.sh")).contains(QByteArray::number(m_stack.sshPort)));

        QTest::mouseClick(back, Qt::LeftButton);
        QCOMPARE(m_wizard->currentIndex(), m_wizard->pageCount() - 2);
        screenshots(QStringLiteral("offline-en"));
    }

    void connectReadsTheServer()
    {
        m_wizard->goTo(0);
        auto *connectButton =
            m_wizard->page<ConnectionPage>()->findChild<QPushButton *>(QStringLiteral("connect"));
        QVERIFY(connectButton->isEnabled());
        QTest::mouseClick(connectButton, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_wizard->plan()->isConnected(), 30000);
        // The server's .env is read: it is Supabase's example file.
        QTRY_VERIFY_WITH_TIMEOUT(m_wizard->plan()->serverEnv().has_value(), 15000);
        QVERIFY(m_wizard->plan()->serverEnv()->contains(QLatin1String("JWT_SECRET=")));
        QVERIFY(!connectButton->isEnabled());
        const QString state =
            m_wizard->page<ConnectionPage>()->findChild<QLabel *>(QStringLiteral("connectionState"))->text();
        QVERIFY2(state.contains(QLatin1String("Connected")), qPrintable(state));
    }

    void preflightReadsTheHost()
    {
        auto *preflight = m_wizard->page<PreflightPage>();
        m_wizard->goTo(1); // entering the page runs it
        QTRY_VERIFY_WITH_TIMEOUT(!preflight->findings().isEmpty() && !preflight->isRunning(), 30000);
        auto *table = preflight->findChild<QTableWidget *>(QStringLiteral("preflightTable"));
        QCOMPARE(table->rowCount(), preflight->findings().size());
        QStringList codes;
        QStringList levels;
        for (int row = 0; row < table->rowCount(); ++row) {
            codes.append(preflight->findings().at(row).code);
            levels.append(table->item(row, 0)->data(Qt::UserRole).toString());
        }
        QVERIFY2(codes.contains(QStringLiteral("preflight.cpu")), qPrintable(codes.join(u' ')));
        QVERIFY2(codes.contains(QStringLiteral("preflight.ram")), qPrintable(codes.join(u' ')));
        for (const QString &level : levels)
            QVERIFY(level == u"green" || level == u"amber" || level == u"red");
        // The tuning page is prefilled with this machine's size.
        QCOMPARE(m_wizard->plan()->host().cpus, QThread::idealThreadCount());
        QVERIFY(m_wizard->plan()->host().ramMb > 0);

        // Re-run reads the server again.
        auto *rerun = preflight->findChild<QPushButton *>(QStringLiteral("rerunPreflight"));
        QVERIFY(rerun->isEnabled());
        QTest::mouseClick(rerun, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!preflight->isRunning() && !preflight->findings().isEmpty(), 30000);
    }

    void secretsFlagExampleDefaultsAndStayMasked()
    {
        m_wizard->goTo(2);
        auto *page = m_wizard->page<SecretsPage>();
        const int jwtRow = secretRow(QStringLiteral("JWT_SECRET"));
        QVERIFY(jwtRow >= 0);
        QVERIFY2(secretsTable()->item(jwtRow, 2)->text().contains(QLatin1String("Example default")),
                 qPrintable(secretsTable()->item(jwtRow, 2)->text()));
        QVERIFY(page->findChild<QLabel *>(QStringLiteral("secretsSummary"))
                    ->text()
                    .contains(QLatin1String("example")));
        const QString jwt = page->valueOf(QStringLiteral("JWT_SECRET"));
        QVERIFY(!SecretAudit::isExampleValue(QStringLiteral("JWT_SECRET"), jwt));
        // Masked until shown.
        QVERIFY(!secretsTable()->item(jwtRow, 1)->text().contains(jwt));
        QTest::mouseClick(page->findChild<QToolButton *>(QStringLiteral("show_JWT_SECRET")), Qt::LeftButton);
        QCOMPARE(secretsTable()->item(jwtRow, 1)->text(), jwt);
        QTest::mouseClick(page->findChild<QToolButton *>(QStringLiteral("show_JWT_SECRET")), Qt::LeftButton);
        QVERIFY(!secretsTable()->item(jwtRow, 1)->text().contains(jwt));

        QTest::mouseClick(page->findChild<QToolButton *>(QStringLiteral("copy_JWT_SECRET")), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), jwt);
        // Marked for clipboard managers, which then keep it out of their history.
        QCOMPARE(QGuiApplication::clipboard()->mimeData()->data(QStringLiteral("x-kde-passwordManagerHint")),
                 QByteArray("secret"));

        // Regenerating JWT_SECRET signs both API keys again with the new secret.
        const QString anonBefore = page->valueOf(QStringLiteral("ANON_KEY"));
        QTest::mouseClick(page->findChild<QToolButton *>(QStringLiteral("regenerate_JWT_SECRET")),
                          Qt::LeftButton);
        const QString newJwt = page->valueOf(QStringLiteral("JWT_SECRET"));
        QVERIFY(newJwt != jwt);
        const QString anon = page->valueOf(QStringLiteral("ANON_KEY"));
        QVERIFY(anon != anonBefore);
        const Result<Jwt> parsed = Jwt::parse(anon);
        QVERIFY(parsed.ok());
        QVERIFY(parsed.value().verifyHs256(newJwt.toUtf8()));
        QCOMPARE(parsed.value().role(), QStringLiteral("anon"));
        QVERIFY(!parsed.value().verifyHs256(jwt.toUtf8()));
    }

    void tuningShowsTheServersCurrentValues()
    {
        m_wizard->goTo(3);
        auto *page = m_wizard->page<TuningPage>();
        QTRY_VERIFY_WITH_TIMEOUT(page->hasCurrentValues(), 30000);
        auto *table = page->findChild<QTableWidget *>(QStringLiteral("tuningTable"));
        int maxConnections = -1;
        for (int row = 0; row < table->rowCount(); ++row)
            if (table->item(row, 0)->text() == u"max_connections")
                maxConnections = row;
        QVERIFY(maxConnections >= 0);
        // The Current column holds what the server itself reports.
        QString serverValue;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("direct"));
            db.setHostName(testenv::value("SUPADESK_TEST_PG_HOST"));
            db.setPort(m_stack.dbPort);
            db.setUserName(QStringLiteral("postgres"));
            db.setDatabaseName(QStringLiteral("postgres"));
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SHOW max_connections")) && q.next());
            serverValue = q.value(0).toString();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("direct"));
        QCOMPARE(table->item(maxConnections, 2)->text(), serverValue);
        QCOMPARE(table->item(maxConnections, 1)->text(),
                 QString::number(m_wizard->plan()->host().connections));
        // Changing an input changes the recommendation.
        auto *connections = page->findChild<QSpinBox *>(QStringLiteral("connections"));
        connections->setValue(250);
        QCOMPARE(m_wizard->plan()->host().connections, 250);
        QCOMPARE(table->item(maxConnections, 1)->text(), QStringLiteral("250"));
        connections->setValue(100);
    }

    void aRestartOfTheDatabaseIsConfirmedFirst()
    {
        auto *review = m_wizard->page<ReviewPage>();
        m_wizard->goToPage(QStringLiteral("review"));
        QTRY_VERIFY_WITH_TIMEOUT(!review->isRunning(), 30000);
        auto *box = review->findChild<QCheckBox *>(QStringLiteral("partRestartDb"));
        QVERIFY(!box->isChecked());                                               // never without asking
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(6, box->height() / 2)); // on the indicator
        QVERIFY(box->isChecked());
        QCOMPARE(review->applyPlan().steps().last().id, QStringLiteral("restart-db"));
        // The tuning page read the server's values: the note names only the changes that need a restart.
        const QString note = review->findChild<QLabel *>(QStringLiteral("restartSettings"))->text();
        QVERIFY2(!note.contains(QLatin1String("if they change")), qPrintable(note));
        const QByteArray before = readAll(m_install + QStringLiteral("/.env"));
        QString question;
        QTimer::singleShot(0, this, [&] {
            auto *ask = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!ask)
                return;
            question = ask->text();
            ask->button(QMessageBox::Cancel)->click();
        });
        review->apply();
        QVERIFY2(question.contains(QLatin1String("restarted at the end")), qPrintable(question));
        if (note.startsWith(QLatin1String("Need a restart: ")))
            QVERIFY2(question.contains(note.mid(16)), qPrintable(question));
        QVERIFY(!review->isRunning());
        QCOMPARE(readAll(m_install + QStringLiteral("/.env")), before); // cancelled: nothing changed
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(6, box->height() / 2)); // on the indicator
        QVERIFY(!box->isChecked());
    }

    void firewallKeepsThisSessionsPort()
    {
        m_wizard->goTo(5);
        auto *port = m_wizard->page<FirewallPage>()->findChild<QSpinBox *>(QStringLiteral("sshPort"));
        QCOMPARE(port->value(), m_stack.sshPort);
        QVERIFY(port->isReadOnly());
        QCOMPARE(m_wizard->plan()->firewall().sshPort, m_stack.sshPort);
    }

    void applyEditsTheEnvAndKeepsABackup()
    {
        const QByteArray before = readAll(m_install + QStringLiteral("/.env"));
        auto *review = m_wizard->page<ReviewPage>();
        // No Docker or root crontab in the harness: apply the files only.
        review->setPartEnabled(ReviewPage::Part::Backups, false);
        review->setPartEnabled(ReviewPage::Part::Tuning, false);
        review->setPartEnabled(ReviewPage::Part::Recreate, false);
        m_wizard->goToPage(QStringLiteral("review")); // entering the page compares with the server
        QTRY_VERIFY_WITH_TIMEOUT(!review->isRunning(), 30000);
        QCOMPARE(review->applyPlan().size(), 2);
        review->preview();
        QTRY_VERIFY_WITH_TIMEOUT(!review->isRunning(), 30000);
        QVERIFY(review->lastReport() && review->lastReport()->dryRun);
        QCOMPARE(readAll(m_install + QStringLiteral("/.env")), before); // a preview changes nothing
        // The .env step's diff masks every secret it changes.
        const QString envDiff = review->lastReport()->outcomes.first().diff;
        QVERIFY(envDiff.contains(QLatin1String("JWT_SECRET")));
        for (const EnvAssignment &a : review->applyPlan().steps().first().assignments)
            if (a.key == u"JWT_SECRET")
                QVERIFY(!envDiff.contains(a.value));
        if (const QString dir = qEnvironmentVariable("SUPADESK_SCREENSHOT_DIR"); !dir.isEmpty())
            m_wizard->grab().save(dir + QStringLiteral("/setup-8-ReviewPage-preview-en.png"));

        QSignalSpy finished(review, &ReviewPage::applyFinished);
        review->apply(true);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QVERIFY2(finished.first().first().toBool(), qPrintable(review->lastReport()->summary()));
        auto *steps = review->findChild<QTableWidget *>(QStringLiteral("applySteps"));
        for (int row = 0; row < steps->rowCount(); ++row)
            QCOMPARE(steps->item(row, 2)->data(Qt::UserRole).toString(), QStringLiteral("applied"));

        const QByteArray after = readAll(m_install + QStringLiteral("/.env"));
        QVERIFY(after != before);
        const QString jwt = envValue(after, QStringLiteral("JWT_SECRET"));
        QVERIFY(!SecretAudit::isExampleValue(QStringLiteral("JWT_SECRET"), jwt));
        QVERIFY(Jwt::parse(envValue(after, QStringLiteral("SERVICE_ROLE_KEY")))
                    .value()
                    .verifyHs256(jwt.toUtf8()));
        QVERIFY(after.contains("############\n# Secrets")); // the file's own comments stay
        QVERIFY(QFile::exists(m_install + QStringLiteral("/docker-compose.override.yml")));

        const ApplyStepOutcome &envOutcome = review->lastReport()->outcomes.first();
        QVERIFY(!envOutcome.backupPath.isEmpty());
        QCOMPARE(readAll(envOutcome.backupPath), before);
        const QStringList backups =
            QDir(m_install).entryList({QStringLiteral(".env.supadesk-backup-*")}, QDir::Files | QDir::Hidden);
        QCOMPARE(backups.size(), 1);
        // The plan now starts from what the server holds: no secret needs replacing any more.
        QVERIFY(m_wizard->plan()->secrets().isEmpty());

        // Every secret the stack now runs with is in the keychain under its .env name, and the database
        // password also as the stack's database password.
        auto stored = [this](const QString &name) {
            const Result<QString> value = m_secrets->readNow(m_stack.id, name);
            return value.ok() ? value.value() : QString();
        };
        int storedCount = 0;
        for (const QString &key : SupabaseSecrets::secretKeys()) {
            const QString value = envValue(after, key);
            if (value.isEmpty())
                continue;
            QTRY_COMPARE(stored(SecretStore::envSecretName(key)), value);
            ++storedCount;
        }
        for (const char *key :
             {"JWT_SECRET", "ANON_KEY", "SERVICE_ROLE_KEY", "POSTGRES_PASSWORD", "DASHBOARD_PASSWORD"})
            QVERIFY2(!envValue(after, QLatin1String(key)).isEmpty(), key);
        QVERIFY(storedCount >= 5);
        QTRY_COMPARE(stored(SecretStore::DatabasePassword),
                     envValue(after, QStringLiteral("POSTGRES_PASSWORD")));

        // Leaving the page and coming back still shows what the apply did, not a fresh "pending".
        const QString summary = review->findChild<QLabel *>(QStringLiteral("reviewSummary"))->text();
        m_wizard->goTo(2);
        m_wizard->goToPage(QStringLiteral("review"));
        QTRY_VERIFY_WITH_TIMEOUT(idle(), 30000);
        QCOMPARE(steps->rowCount(), 2);
        for (int row = 0; row < steps->rowCount(); ++row)
            QCOMPARE(steps->item(row, 2)->data(Qt::UserRole).toString(), QStringLiteral("applied"));
        QCOMPARE(review->findChild<QLabel *>(QStringLiteral("reviewSummary"))->text(), summary);
        QVERIFY(!review->lastReport()->dryRun);
        // A change to the plan makes its steps pending again.
        review->setPartEnabled(ReviewPage::Part::Backups, true);
        QVERIFY(steps->rowCount() > 2);
        for (int row = 0; row < steps->rowCount(); ++row)
            QCOMPARE(steps->item(row, 2)->data(Qt::UserRole).toString(), QStringLiteral("pending"));
        // Back to the plan that was applied: its result shows again.
        review->setPartEnabled(ReviewPage::Part::Backups, false);
        QCOMPARE(steps->rowCount(), 2);
        for (int row = 0; row < steps->rowCount(); ++row)
            QCOMPARE(steps->item(row, 2)->data(Qt::UserRole).toString(), QStringLiteral("applied"));
        screenshots(QStringLiteral("en"));
        // Another language at run time: the same result, its steps described in that language.
        QStringList english;
        for (int row = 0; row < steps->rowCount(); ++row)
            english << steps->item(row, 1)->text();
        QVERIFY(TranslationLoader::instance().apply(QStringLiteral("ka")));
        QTRY_VERIFY(steps->item(0, 1) && steps->item(0, 1)->text() != english.first());
        QCOMPARE(steps->rowCount(), 2);
        for (int row = 0; row < steps->rowCount(); ++row) {
            QCOMPARE(steps->item(row, 2)->data(Qt::UserRole).toString(), QStringLiteral("applied"));
            QVERIFY2(steps->item(row, 1)->text() != english.at(row), qPrintable(english.at(row)));
        }
        QVERIFY(TranslationLoader::instance().apply(QStringLiteral("en")));
        QTRY_COMPARE(steps->item(0, 1)->text(), english.first());
    }

    void aFailedStepRollsBackTheEarlierOnes()
    {
        // A new dashboard password changes the .env; recreating the containers then fails (the harness
        // has no Docker daemon), so the .env must come back as it was.
        const QByteArray before = readAll(m_install + QStringLiteral("/.env"));
        m_wizard->goTo(2);
        m_wizard->page<SecretsPage>()->regenerate(QStringLiteral("DASHBOARD_PASSWORD"));
        auto *review = m_wizard->page<ReviewPage>();
        review->setPartEnabled(ReviewPage::Part::Recreate, true);
        m_wizard->goToPage(QStringLiteral("review"));
        QTRY_VERIFY_WITH_TIMEOUT(!review->isRunning(), 30000);
        QCOMPARE(review->applyPlan().size(), 3);
        QSignalSpy finished(review, &ReviewPage::applyFinished);
        review->apply(true);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QVERIFY(!finished.first().first().toBool());
        if (const QString dir = qEnvironmentVariable("SUPADESK_SCREENSHOT_DIR"); !dir.isEmpty())
            m_wizard->grab().save(dir + QStringLiteral("/setup-8-ReviewPage-rolledback-en.png"));
        QCOMPARE(readAll(m_install + QStringLiteral("/.env")), before);
        auto *steps = review->findChild<QTableWidget *>(QStringLiteral("applySteps"));
        QStringList states;
        for (int row = 0; row < steps->rowCount(); ++row)
            states.append(steps->item(row, 2)->data(Qt::UserRole).toString());
        // The .env was rolled back; the recreate step failed (and failed again after the rollback).
        QCOMPARE(states.first(), QStringLiteral("rolled-back"));
        QVERIFY2(states.last() == u"failed" || states.last() == u"rollback-failed",
                 qPrintable(states.join(u' ')));
        const QString summary = review->findChild<QLabel *>(QStringLiteral("reviewSummary"))->text();
        QCOMPARE(summary, review->lastReport()->summary());
        review->setPartEnabled(ReviewPage::Part::Recreate, false);
    }

    void aReopenedWizardTakesTheSecretsFromTheKeychain()
    {
        // A wizard of its own, not connected: the server's .env is not read, so the secrets can only
        // come from the keychain.
        ConnectionManager offline(m_secrets.get());
        SetupWorkspace second(&offline, m_secrets.get(),
                              [](const Stack &) { return std::optional<DbEndpoint>(); });
        second.resize(1100, 720);
        second.show();
        QVERIFY(QTest::qWaitForWindowExposed(&second));
        second.setStack(m_stack);
        second.goTo(2);
        QVERIFY(!second.plan()->serverEnv());
        const QByteArray env = readAll(m_install + QStringLiteral("/.env"));
        auto *page = second.page<SecretsPage>();
        QTRY_COMPARE_WITH_TIMEOUT(page->valueOf(QStringLiteral("JWT_SECRET")),
                                  envValue(env, QStringLiteral("JWT_SECRET")), 15000);
        auto *table = page->findChild<QTableWidget *>(QStringLiteral("secretsTable"));
        for (const QString &key : SupabaseSecrets::secretKeys()) {
            const QString value = envValue(env, key);
            if (value.isEmpty())
                continue;
            QCOMPARE(page->valueOf(key), value);
            for (const EnvAssignment &a : second.plan()->secrets())
                QVERIFY2(a.key != key, qPrintable(key)); // kept, not drawn anew
            for (int row = 0; row < table->rowCount(); ++row)
                if (table->item(row, 0)->text() == key) {
                    QVERIFY(!table->item(row, 1)->text().contains(value)); // masked
                    QVERIFY2(table->item(row, 2)->text().contains(QLatin1String("keychain")),
                             qPrintable(table->item(row, 2)->text()));
                }
        }
        QVERIFY(page->findChild<QLabel *>(QStringLiteral("secretsSummary"))
                    ->text()
                    .contains(QLatin1String("keychain")));
        if (const QString dir = qEnvironmentVariable("SUPADESK_SCREENSHOT_DIR"); !dir.isEmpty())
            second.grab().save(dir + QStringLiteral("/setup-3-SecretsPage-keychain-en.png"));
        // The bundle for a server Supadesk cannot reach carries the same secrets.
        second.goToPage(QStringLiteral("review"));
        const QString out = m_dir.filePath(QStringLiteral("bundle-keychain"));
        QVERIFY(QDir().mkpath(out));
        QVERIFY(second.page<ReviewPage>()->exportBundle(out).ok());
        const QByteArray exported = readAll(out + QStringLiteral("/.env"));
        for (const char *key : {"JWT_SECRET", "ANON_KEY", "SERVICE_ROLE_KEY", "POSTGRES_PASSWORD"})
            QCOMPARE(envValue(exported, QLatin1String(key)), envValue(env, QLatin1String(key)));
    }

    void georgian()
    {
        applyLanguage(QStringLiteral("ka"));
        QCOMPARE(TranslationLoader::instance().current(), QStringLiteral("ka"));
        QTest::qWait(50);
        screenshots(QStringLiteral("ka"));
        applyLanguage(QStringLiteral("en"));
        QCOMPARE(m_wizard->title(), QStringLiteral("Setup"));
    }
};

QTEST_MAIN(TestSetupWizard)
#include "tst_setupwizard.moc"
