// SPDX-License-Identifier: GPL-3.0-or-later
// The Audit workspace in the main window as the app builds it (offscreen): the fleet matrix of two
// stacks worst first with each cell's status, a stack's page with its evidence, the Fix button that
// opens the Setup wizard's page, the SQL fix that asks first, the "new" mark of a check that turned
// from pass to fail, the report as PDF and CSV, and a real run over the harness's stack kept in the
// history. Screenshots in English and Georgian go to SUPADESK_SCREENSHOT_DIR (default /tmp/audit-shots).
#include "app/services/appservices.h"
#include "app/services/windowservices.h"
#include "core/audit/auditresult.h"
#include "db/audithistorystore.h"
#include "gui/audit/auditmatrixmodel.h"
#include "gui/audit/auditreportcsv.h"
#include "gui/audit/auditworkspace.h"
#include "gui/mainwindow.h"
#include "gui/setup/firewallpage.h"
#include "gui/setup/secretspage.h"
#include "gui/setup/setupworkspace.h"
#include "harness/appwindow.h"
#include "harness/harnessstack.h"
#include "harness/testenv.h"
#include "services/translationloader.h"
#include "widgetlookup.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace supadesk;

using widgetlookup::child;
using widgetlookup::whenDialogOpens;

namespace {

QString shotDir()
{
    const QString dir = qEnvironmentVariable("SUPADESK_SCREENSHOT_DIR", QStringLiteral("/tmp/audit-shots"));
    QDir().mkpath(dir);
    return dir;
}

AuditCheckResult check(const QString &id, AuditArea area, AuditStatus status, const QString &title,
                       const QString &evidence, AuditFix fix = {})
{
    AuditCheckResult c;
    c.id = id;
    c.area = area;
    c.status = status;
    c.title = title;
    c.evidence = evidence;
    c.why = QStringLiteral("The production checklist asks for it.");
    c.fixText = status == AuditStatus::Pass ? QString() : QStringLiteral("Fix it as the guide says.");
    c.fix = fix;
    return c;
}

AuditFix setupFix(const QString &page)
{
    AuditFix f;
    f.kind = AuditFix::Kind::SetupPage;
    f.setupPage = page;
    return f;
}

const QString kRlsSql = QStringLiteral("ALTER TABLE public.notes ENABLE ROW LEVEL SECURITY;");

// A stack's checks: `bad` fails the keys, the firewall and RLS; otherwise most pass.
AuditReport report(const Stack &stack, const QDateTime &at, bool bad)
{
    AuditFix sql;
    sql.kind = AuditFix::Kind::Sql;
    sql.preview = kRlsSql;
    AuditFix rotation;
    rotation.kind = AuditFix::Kind::PasswordRotation;
    AuditReport r;
    r.stackId = stack.id;
    r.stackName = stack.name;
    r.startedAt = at;
    r.finishedAt = at.addSecs(9);
    r.checks = {
        check(QStringLiteral("demo-jwt-keys"), AuditArea::Host, bad ? AuditStatus::Fail : AuditStatus::Pass,
              QStringLiteral("Example API keys"),
              bad ? QStringLiteral(
                        "ANON_KEY in /opt/supabase/docker/.env:12 is the example token (iss supabase-demo), "
                        "expires 9 January 2027")
                  : QStringLiteral("Own keys, signed with the stack's JWT secret"),
              setupFix(QStringLiteral("secrets"))),
        check(QStringLiteral("firewall-active"), AuditArea::Host, bad ? AuditStatus::Fail : AuditStatus::Warn,
              QStringLiteral("Firewall"), QStringLiteral("ufw is inactive"),
              setupFix(QStringLiteral("firewall"))),
        check(QStringLiteral("default-passwords"), AuditArea::Host,
              bad ? AuditStatus::Warn : AuditStatus::Pass, QStringLiteral("Default passwords"),
              QStringLiteral("DASHBOARD_PASSWORD is the example value"), rotation),
        check(QStringLiteral("backups-recent"), AuditArea::Host, AuditStatus::Unknown,
              QStringLiteral("Recent backups"),
              QStringLiteral("No sudo: the backup directory could not be read")),
        check(QStringLiteral("disk-space"), AuditArea::Host, AuditStatus::Pass, QStringLiteral("Disk space"),
              QStringLiteral("61% free on /var/lib/docker")),
        check(QStringLiteral("rls-disabled-in-public"), AuditArea::Database,
              bad ? AuditStatus::Fail : AuditStatus::Pass, QStringLiteral("RLS disabled in public"),
              QStringLiteral("public.notes is readable by anon without RLS"), sql),
        check(QStringLiteral("unindexed-foreign-keys"), AuditArea::Database, AuditStatus::Warn,
              QStringLiteral("Unindexed foreign keys"), QStringLiteral("public.orders(customer_id)")),
    };
    return r;
}

} // namespace

class TestAuditWorkspace : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<AppServices> m_services;
    std::unique_ptr<MainWindow> m_window;
    Stack m_prod;
    Stack m_staging;
    const QDateTime m_monday = QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);

    AuditWorkspace *audit() const
    {
        for (int i = 0; i < m_window->workspaceTabs()->count(); ++i)
            if (auto *w = qobject_cast<AuditWorkspace *>(m_window->workspaceTabs()->widget(i)))
                return w;
        qFatal("no audit workspace");
    }
    SetupWorkspace *setup() const
    {
        return qobject_cast<SetupWorkspace *>(m_window->workspaceTabs()->widget(0));
    }
    QAbstractItemModel *matrix() const { return child<QTableView>(audit(), "matrix")->model(); }
    int matrixRow(const QString &checkId) const
    {
        for (int r = 0; r < matrix()->rowCount(); ++r)
            if (matrix()->index(r, 0).data(AuditMatrixModel::CheckIdRole).toString() == checkId)
                return r;
        return -1;
    }
    void shoot(const QString &name)
    {
        QTest::qWait(50);
        QVERIFY(m_window->grab().save(QDir(shotDir()).filePath(name + QStringLiteral(".png"))));
    }
    void selectCheck(const QString &id)
    {
        auto *checks = child<QTableView>(audit(), "checks");
        for (int r = 0; r < checks->model()->rowCount(); ++r)
            if (checks->model()->index(r, 0).data(Qt::UserRole + 2).toString() == id)
                checks->setCurrentIndex(checks->model()->index(r, 1));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_services = std::make_unique<AppServices>(
            testenv::appLocations(m_dir.path(), QStringLiteral("Supadesk audit GUI test")));
        QVERIFY(m_services->auditHistory());
        m_prod = testenv::harnessStack(QStringLiteral("prod"));
        m_staging = testenv::harnessStack(QStringLiteral("staging"));
        QVERIFY(m_services->stacks().add(m_staging).ok());
        QVERIFY(m_services->stacks().add(m_prod).ok());
        m_window = std::make_unique<MainWindow>(windowServices(*m_services));
        m_window->resize(1100, 720);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->selectStack(m_prod.id);
        m_window->workspaceTabs()->setCurrentWidget(audit());
    }

    void saysWhatToDoBeforeTheFirstRun()
    {
        auto *fleet = child<QStackedWidget>(audit(), "fleetStack");
        QCOMPARE(fleet->currentWidget()->objectName(), QStringLiteral("fleetEmpty"));
        QVERIFY(child<QLabel>(audit(), "fleetEmpty")->text().contains(QLatin1String("Run audit")));
        QVERIFY(child<QLabel>(audit(), "stackEmpty")->text().contains(QLatin1String("prod")));
        QCOMPARE(m_window->workspaceTabs()->tabText(4), QStringLiteral("Audit"));
    }

    void matrixShowsTheWorstFirst()
    {
        // Staging's run first; prod (worse) must still come first.
        audit()->addReport(report(m_staging, m_monday, false));
        audit()->addReport(report(m_prod, m_monday, false)); // the run before: keys passed
        audit()->addReport(report(m_prod, m_monday.addDays(1), true));
        QCOMPARE(matrix()->columnCount(), 2);
        QCOMPARE(matrix()->headerData(0, Qt::Horizontal).toString(), m_prod.name);
        QCOMPARE(matrix()->headerData(1, Qt::Horizontal).toString(), m_staging.name);
        // The score row first, then the host checks, worst first.
        QCOMPARE(matrix()->index(0, 0).data(AuditMatrixModel::RowKindRole).toInt(),
                 int(AuditMatrixModel::RowKind::Score));
        const int prodScore = report(m_prod, m_monday, true).score();
        QCOMPARE(matrix()->index(0, 0).data(AuditMatrixModel::ScoreRole).toInt(), prodScore);
        QVERIFY(prodScore < report(m_staging, m_monday, false).score());
        QVERIFY(matrixRow(QStringLiteral("demo-jwt-keys")) < matrixRow(QStringLiteral("disk-space")));
        QVERIFY(matrixRow(QStringLiteral("disk-space")) <
                matrixRow(QStringLiteral("rls-disabled-in-public")));
        // Cells carry their status, in words and as data.
        const int keys = matrixRow(QStringLiteral("demo-jwt-keys"));
        QCOMPARE(matrix()->index(keys, 0).data(AuditMatrixModel::StatusRole).toString(),
                 QStringLiteral("fail"));
        QCOMPARE(matrix()->index(keys, 1).data(AuditMatrixModel::StatusRole).toString(),
                 QStringLiteral("pass"));
        QCOMPARE(matrix()->index(matrixRow(QStringLiteral("backups-recent")), 1).data().toString(),
                 QStringLiteral("Could not check"));
        QVERIFY(matrix()->index(keys, 0).data(Qt::BackgroundRole).isValid());
        // Keys turned from pass to fail on prod: "new"; RLS failed too but passed before as well → new.
        QVERIFY(matrix()->index(keys, 0).data(AuditMatrixModel::NewFailureRole).toBool());
        QCOMPARE(matrix()->index(keys, 0).data().toString(), QStringLiteral("Fail · new"));
        QVERIFY(!matrix()
                     ->index(matrixRow(QStringLiteral("firewall-active")), 0)
                     .data(AuditMatrixModel::NewFailureRole)
                     .toBool()); // it warned before
        // Both runs of prod are in the history.
        const auto scores = m_services->auditHistory()->scores(m_prod.id);
        QVERIFY(scores.ok());
        QCOMPARE(scores.value().size(), 2);
        audit()->showFleet();
        shoot(QStringLiteral("audit-fleet-en-1100x720"));
    }

    void stackPageListsEvidence()
    {
        audit()->showStackPage(m_prod.id, QStringLiteral("demo-jwt-keys"));
        auto *checks = child<QTableView>(audit(), "checks");
        QCOMPARE(checks->model()->rowCount(), 7);
        // Failures first.
        QCOMPARE(checks->model()->index(0, 0).data(Qt::UserRole + 1).toString(), QStringLiteral("fail"));
        QVERIFY(child<QLabel>(audit(), "evidence")->text().contains(QLatin1String("supabase-demo")));
        QVERIFY(child<QLabel>(audit(), "stackHeading")->text().contains(m_prod.name));
        QVERIFY(child<QWidget>(audit(), "scoreTrend")->isVisibleTo(audit()));
        shoot(QStringLiteral("audit-stack-en-1100x720"));
    }

    void fixOpensTheSetupPage()
    {
        audit()->showStackPage(m_prod.id, QStringLiteral("demo-jwt-keys"));
        auto *fix = child<QPushButton>(audit(), "fixButton");
        QVERIFY(fix->isVisibleTo(audit()));
        fix->click();
        QCOMPARE(m_window->workspaceTabs()->currentWidget(), setup());
        QVERIFY(qobject_cast<SecretsPage *>(setup()->page(setup()->currentIndex())));
        m_window->workspaceTabs()->setCurrentWidget(audit());
        selectCheck(QStringLiteral("firewall-active"));
        fix->click();
        QVERIFY(qobject_cast<FirewallPage *>(setup()->page(setup()->currentIndex())));
        QVERIFY(!setup()->goToPage(QStringLiteral("no-such-page")));
        m_window->workspaceTabs()->setCurrentWidget(audit());
    }

    void sqlFixAsksFirst()
    {
        audit()->showStackPage(m_prod.id, QStringLiteral("rls-disabled-in-public"));
        QStringList confirmed;
        const auto connection = connect(audit(), &AuditWorkspace::fixConfirmed, this,
                                        [&](const QString &stackId, const AuditCheckResult &c) {
                                            confirmed.append(stackId + QLatin1Char('/') + c.id);
                                        });
        QString shown;
        bool monospace = false;
        whenDialogOpens([&](QDialog *dialog) {
            QCOMPARE(dialog->objectName(), QStringLiteral("ConfirmAuditFix"));
            auto *preview = child<QPlainTextEdit>(dialog, "fixPreview");
            shown = preview->toPlainText();
            monospace = QFontInfo(preview->font()).fixedPitch();
            child<QPushButton>(dialog, "cancelAuditFix")->click();
        });
        child<QPushButton>(audit(), "fixButton")->click();
        QCOMPARE(shown, kRlsSql);
        QVERIFY(monospace);
        QVERIFY(confirmed.isEmpty()); // cancelled: nothing asked of the applier
        whenDialogOpens([](QDialog *dialog) { child<QPushButton>(dialog, "confirmAuditFix")->click(); });
        child<QPushButton>(audit(), "fixButton")->click();
        QCOMPARE(confirmed, QStringList{m_prod.id + QStringLiteral("/rls-disabled-in-public")});
        disconnect(connection);

        // The password check asks for the rotation.
        QStringList rotations;
        connect(audit(), &AuditWorkspace::rotationRequested, this,
                [&](const QString &id) { rotations.append(id); });
        selectCheck(QStringLiteral("default-passwords"));
        child<QPushButton>(audit(), "fixButton")->click();
        QCOMPARE(rotations, QStringList{m_prod.id});
    }

    void reportAsPdfAndCsv()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("audit.pdf"));
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("ka")}) {
            const QString path =
                QDir(shotDir()).filePath(QStringLiteral("audit-report-%1.pdf").arg(language));
            QVERIFY(audit()->exportReport(path, language).ok());
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY(file.read(5) == "%PDF-");
        }
        QVERIFY(audit()->exportReport(pdf, QStringLiteral("en")).ok());
        QFile csv(m_dir.filePath(QStringLiteral("audit.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QStringList lines =
            QString::fromUtf8(csv.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), AuditReportCsv::header().join(QLatin1Char(',')));
        QCOMPARE(lines.size(), 1 + 2 * 7);
        QVERIFY(lines.at(1).startsWith(m_prod.name + QStringLiteral(",2026-11-03T09:00:00Z,")));
        QVERIFY(lines.join(QLatin1Char('\n')).contains(QLatin1String("demo-jwt-keys,fail")));
    }

    void screenshotsIn1280x720AndGeorgian()
    {
        m_window->resize(1280, 720);
        audit()->showFleet();
        shoot(QStringLiteral("audit-fleet-en-1280x720"));
        audit()->showStackPage(m_prod.id, QStringLiteral("demo-jwt-keys"));
        shoot(QStringLiteral("audit-stack-en-1280x720"));
        m_window->setLanguage(QStringLiteral("ka"));
        QTRY_VERIFY(m_window->workspaceTabs()->tabText(4) != QStringLiteral("Audit"));
        QCOMPARE(m_window->workspaceTabs()->tabText(4), QStringLiteral("აუდიტი"));
        shoot(QStringLiteral("audit-stack-ka-1280x720"));
        audit()->showFleet();
        shoot(QStringLiteral("audit-fleet-ka-1280x720"));
        m_window->resize(1100, 720);
        shoot(QStringLiteral("audit-fleet-ka-1100x720"));
        audit()->showStackPage(m_prod.id, QStringLiteral("demo-jwt-keys"));
        shoot(QStringLiteral("audit-stack-ka-1100x720"));
        m_window->setLanguage(QStringLiteral("en"));
        QTRY_COMPARE(m_window->workspaceTabs()->tabText(4), QStringLiteral("Audit"));
    }

    // The real runner over the harness's sshd and PostgreSQL: the report arrives, is shown and kept.
    void runOverTheHarnessStack()
    {
        // Connected the way a user does it: the window asks about the harness's host key once.
        QTimer trust;
        connect(&trust, &QTimer::timeout, this, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (box && box->objectName() == QLatin1String("UnknownHostKey"))
                for (QAbstractButton *b : box->buttons())
                    if (b->objectName() == QLatin1String("trust"))
                        return b->click();
        });
        trust.start(50);
        m_window->selectStack(m_prod.id);
        m_window->connectStack();
        QTRY_COMPARE_WITH_TIMEOUT(m_services->connections().state(m_prod.id),
                                  StackConnection::State::Connected, 30000);
        trust.stop();
        const int before = m_services->auditHistory()->scores(m_prod.id).value().size();
        const auto firstRun = m_services->auditHistory()->lastRun(m_prod.id).value();
        // F5 runs the selected stack's audit (where the platform gives the window the focus; the
        // offscreen one may not, and then the action F5 is bound to is triggered).
        auto *run = audit()->findChild<QAction *>(QStringLiteral("runAudit"));
        QCOMPARE(run->shortcut(), QKeySequence(Qt::Key_F5));
        m_window->activateWindow();
        if (QTest::qWaitForWindowActive(m_window.get(), 2000)) {
            child<QPushButton>(audit(), "fixButton")->setFocus();
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_F5);
        } else {
            run->trigger();
        }
        QVERIFY(audit()->isRunning());
        QVERIFY(!audit()->runAudit()); // one run at a time
        QVERIFY(child<QWidget>(audit(), "progress")->isVisibleTo(audit()));
        QTRY_VERIFY_WITH_TIMEOUT(!audit()->isRunning(), 120000);
        const auto last = m_services->auditHistory()->lastRun(m_prod.id);
        QVERIFY(last.ok() && last.value().has_value());
        QVERIFY(last.value()->startedAt > firstRun->startedAt);
        QCOMPARE(last.value()->stackId, m_prod.id);
        QVERIFY(!last.value()->cancelled);
        // What the run found is what the workspace shows now.
        bool shown = false;
        for (const AuditReport &r : audit()->reports())
            shown = shown || (r.stackId == m_prod.id &&
                              r.startedAt.toSecsSinceEpoch() == last.value()->startedAt.toSecsSinceEpoch());
        QVERIFY(shown);
        QVERIFY(m_services->auditHistory()->scores(m_prod.id).value().size() >= before);
        QVERIFY(!child<QWidget>(audit(), "progress")->isVisibleTo(audit()));
        QVERIFY(child<QLabel>(audit(), "auditStatus")->text().contains(QLatin1String("Audit finished")));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_services.reset();
    }
};

QTEST_MAIN(TestAuditWorkspace)
#include "tst_auditworkspace.moc"
