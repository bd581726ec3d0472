// SPDX-License-Identifier: GPL-3.0-or-later
// The Backups tab's point-in-time recovery page and the "Restore to a point in time" dialog, shown from
// readings: a failing archiver is red with the segment that failed, the base backups and the restorable
// window are listed; in the dialog a time outside the window is refused with the earliest time (the same
// rule as the CLI's pitr.target), a restored instance's tables, rows and last replayed transaction are
// reported, and the replacement stays closed until the stack's name is typed. Screenshots in English and
// Georgian at the default size and 1280x720. (The restore itself over SSH: services_tst_pitrserver.)
#include "core/backup/pitrserverrestore.h"
#include "gui/backups/pitrpage.h"
#include "gui/backups/pitrrestoredialog.h"
#include "gui/common/messagewidget.h"
#include "services/translationloader.h"

#include <QDateTimeEdit>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QtTest>

using namespace supadesk;

namespace {

template <typename T> T *child(QWidget *parent, const char *name)
{
    T *w = parent->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qFatal("widget %s not found", name);
    return w;
}

QDateTime at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

PitrStatus sample(bool failing)
{
    ArchiverStats a;
    a.archiveMode = QStringLiteral("on");
    a.archivedCount = 412;
    a.lastArchivedWal = QStringLiteral("00000001000000000000019C");
    a.lastArchivedTime = at("2026-12-07T21:40:12Z");
    if (failing) {
        a.failedCount = 7;
        a.lastFailedWal = QStringLiteral("00000001000000000000019D");
        a.lastFailedTime = at("2026-12-07T21:55:40Z");
    }
    QList<BaseBackupInfo> bases;
    for (const auto &[stamp, start, stop, wal] :
         {std::tuple{"20261206T014700Z", "2026-12-06T01:47:00Z", "2026-12-06T01:49:31Z",
                     "000000010000000000000120"},
          std::tuple{"20261207T014700Z", "2026-12-07T01:47:00Z", "2026-12-07T01:50:02Z",
                     "000000010000000000000171"}}) {
        BaseBackupInfo b;
        b.label = QStringLiteral("supadesk-") + QLatin1String(stamp);
        b.startTime = at(start);
        b.stopTime = at(stop);
        b.startWal = QLatin1String(wal);
        bases << b;
    }
    QStringList wal;
    for (int i = 0x120; i <= 0x19C; ++i)
        wal << QStringLiteral("0000000100000000%1").arg(i, 8, 16, QLatin1Char('0')).toUpper();
    return PitrRules::evaluate(a, wal, bases, at("2026-12-07T22:00:00Z"));
}

PitrScratchRestore restoredSample(const PitrStatus &status)
{
    PitrScratchRestore r;
    r.scratchDir = QStringLiteral("/var/tmp/supadesk-pitr-20261207T220512345");
    r.base = status.baseBackups.last();
    r.target = at("2026-12-07T14:03:00Z");
    r.lastReplayed = at("2026-12-07T14:02:58Z");
    for (const auto &[name, rows] : {std::pair{"auth.users", 1834}, std::pair{"public.orders", 52311},
                                     std::pair{"public.invoices", 9120}, std::pair{"storage.objects", 4410}})
        r.tables << PitrScratchTable{QStringLiteral("postgres"), QLatin1String(name), rows};
    return r;
}

void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("SUPADESK_SCREENSHOT_DIR", QStringLiteral("/tmp/backups-shots"));
    QDir().mkpath(dir);
    QVERIFY(widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
}

} // namespace

class TestPitrPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TranslationLoader::instance().apply(QStringLiteral("en")); }
    void cleanupTestCase() { TranslationLoader::instance().apply(QStringLiteral("en")); }

    void aFailingArchiverIsRed()
    {
        PitrPage page;
        page.setStack(QStringLiteral("s1"), QStringLiteral("production"), nullptr);
        page.showStatus(sample(true));
        auto *state = child<QLabel>(&page, "stateLabel");
        QVERIFY2(state->text().contains(QLatin1String("00000001000000000000019D")),
                 qPrintable(state->text()));
        QVERIFY(state->font().bold());
        QVERIFY(child<QLabel>(&page, "lastFailedValue")->font().bold());
        QVERIFY(child<QLabel>(&page, "lastArchivedValue")
                    ->text()
                    .contains(QLatin1String("00000001000000000000019C")));
        auto *bases = child<QTableWidget>(&page, "baseTable");
        QCOMPARE(bases->rowCount(), 2);
        QCOMPARE(bases->item(0, 0)->text(), QStringLiteral("20261207T014700Z")); // newest first
        QVERIFY(!child<QLabel>(&page, "windowValue")->text().isEmpty());
        // Offline: nothing to restore with.
        QVERIFY(!child<QPushButton>(&page, "restoreButton")->isEnabled());

        page.showStatus(sample(false));
        QVERIFY(!state->font().bold());
        QVERIFY(!child<QLabel>(&page, "lastFailedValue")->font().bold());
    }

    void aTimeOutsideTheWindowIsRefused()
    {
        const PitrStatus status = sample(false);
        PitrRestoreDialog dialog(status, QStringLiteral("production"), nullptr, PitrServerPaths(), nullptr);
        dialog.setTarget(at("2026-12-05T10:00:00Z"));
        QVERIFY2(dialog.targetProblem().contains(QLatin1String("2026-12-06T01:49:31Z")),
                 qPrintable(dialog.targetProblem()));
        QVERIFY(!child<MessageWidget>(&dialog, "message")->isHidden());
        QVERIFY(!dialog.startRestore());
        dialog.setTarget(at("2026-12-08T10:00:00Z"));
        QVERIFY2(dialog.targetProblem().contains(QLatin1String("2026-12-06T01:49:31Z")),
                 qPrintable(dialog.targetProblem()));
        dialog.setTarget(at("2026-12-07T14:03:00Z"));
        QVERIFY(dialog.targetProblem().isEmpty());
        QVERIFY(child<MessageWidget>(&dialog, "message")->isHidden());
    }

    void theRestoreIsReportedAndTheReplacementNeedsTheName()
    {
        const PitrStatus status = sample(false);
        PitrRestoreDialog dialog(status, QStringLiteral("production"), nullptr, PitrServerPaths(), nullptr);
        QVERIFY(!child<QGroupBox>(&dialog, "replaceGroup")->isEnabled());
        dialog.showRestored(restoredSample(status));
        const QString text = child<QPlainTextEdit>(&dialog, "resultText")->toPlainText();
        QVERIFY2(text.contains(QLatin1String("public.orders")) && text.contains(QLatin1String("52311")) &&
                     text.contains(QLatin1String("2026-12-07 14:02:58")),
                 qPrintable(text));
        QVERIFY(child<QGroupBox>(&dialog, "replaceGroup")->isEnabled());
        child<QLineEdit>(&dialog, "confirmEdit")->setText(QStringLiteral("productio"));
        QVERIFY(!child<QPushButton>(&dialog, "replaceButton")->isEnabled());
        QVERIFY(!dialog.replaceLive());
        QVERIFY(PitrServerRestore::confirmed(QStringLiteral("production"), QStringLiteral("production")));
        QVERIFY(!PitrServerRestore::confirmed(QStringLiteral("production"), QStringLiteral("Production")));
    }

    void screenshotsInEnglishAndGeorgian()
    {
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("ka")}) {
            TranslationLoader::instance().apply(language);
            const PitrStatus status = sample(true); // its sentences in the language of the moment
            PitrPage page;
            page.setStack(QStringLiteral("s1"), QStringLiteral("production"), nullptr);
            page.showStatus(status);
            PitrRestoreDialog dialog(sample(false), QStringLiteral("production"), nullptr, PitrServerPaths(),
                                     nullptr);
            dialog.showRestored(restoredSample(sample(false)));
            dialog.setTarget(at("2026-12-05T10:00:00Z"));
            for (const QSize size : {QSize(), QSize(1280, 720)}) {
                const QString suffix =
                    size.isValid() ? QStringLiteral("1280x720-") : QStringLiteral("default-");
                page.resize(size.isValid() ? size : QSize(1100, 640));
                page.show();
                QTest::qWait(50);
                screenshot(&page, QStringLiteral("pitr-page-") + suffix + language);
                if (size.isValid())
                    dialog.resize(size);
                dialog.show();
                QTest::qWait(50);
                screenshot(&dialog, QStringLiteral("pitr-dialog-") + suffix + language);
            }
        }
        TranslationLoader::instance().apply(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestPitrPage)
#include "tst_pitrpage.moc"
