// SPDX-License-Identifier: GPL-3.0-or-later
// The Dashboard's Host tab: a reading of this machine (its real /proc and df) with the captured
// containers shows every figure, each disk with its forecast and every container coloured through the
// StatePalette, in English and in Georgian, at 1280×720 with no text cut; the logs dialog filters and
// pauses; Restart asks first and tells docker's answer. With SUPADESK_SCREENSHOT_DIR set, the panel is
// saved as host-panel-<language>.png (the logs dialog is in gui_tst_georgianfit's list).
#include "core/host/hostsampleparser.h"
#include "gui/dashboard/containerlogsdialog.h"
#include "gui/dashboard/hostpanel.h"
#include "gui/styles/statepalette.h"
#include "harness/harnessstack.h"
#include "services/stackconnection.h"
#include "services/translationloader.h"
#include "widgetlookup.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTimer>
#include <QtTest>

using namespace supadesk;

using widgetlookup::cutTexts;

namespace {

QString fixture(const QString &name)
{
    QFile f(QStringLiteral(SUPADESK_TEST_DATA_DIR "/host/") + name);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

HostReading reading()
{
    QProcess sh;
    sh.start(QStringLiteral("/bin/sh"),
             {QStringLiteral("-c"), HostSampleParser::command(QStringLiteral("/nonexistent"))});
    sh.waitForFinished(30000);
    HostReading r;
    r.sample = HostSampleParser::parse(sh.readAllStandardOutput());
    r.sample.tMs = QDateTime::currentMSecsSinceEpoch();
    r.sample.docker = DockerState::Ok;
    r.sample.dockerError.clear();
    r.sample.containers = HostSampleParser::parseContainers(fixture(QStringLiteral("docker-inspect.json")),
                                                            fixture(QStringLiteral("docker-stats.jsonl")));
    r.rates.cpuBusyPercent = 37.5;
    r.rates.rxBytesPerSecond = 182'400;
    r.rates.txBytesPerSecond = 1'250'000;
    r.roundTripUs = 48'200;
    if (!r.sample.mounts.isEmpty())
        r.daysUntilFull.insert(r.sample.mounts.first().mountPoint, 12.6);
    return r;
}

int rowOf(QTableWidget *t, const QString &name)
{
    for (int row = 0; row < t->rowCount(); ++row)
        if (t->item(row, 0)->text() == name)
            return row;
    return -1;
}

} // namespace

class TestHostPanel : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { TranslationLoader::instance().apply(QStringLiteral("en")); }

    void showsAReading_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("ka") << QStringLiteral("ka");
    }

    void showsAReading()
    {
        QFETCH(QString, language);
        QVERIFY(TranslationLoader::instance().apply(language));
        HostPanel panel;
        Stack stack;
        stack.id = QStringLiteral("s1");
        stack.name = QStringLiteral("production");
        panel.setTarget(nullptr, stack);
        panel.resize(1280, 720);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const HostReading r = reading();
        QVERIFY(!r.sample.mounts.isEmpty());
        panel.showReading(r);
        QTest::qWait(100);

        QTableWidget *containers = panel.containerTable();
        QCOMPARE(containers->rowCount(), 7);
        const StatePalette palette = StatePalette::forPalette(panel.palette());
        const int storage = rowOf(containers, QStringLiteral("supabase-storage"));
        const int db = rowOf(containers, QStringLiteral("supabase-db"));
        const int auth = rowOf(containers, QStringLiteral("supabase-auth"));
        QVERIFY(storage >= 0 && db >= 0 && auth >= 0);
        QCOMPARE(containers->item(storage, 1)->foreground().color(), palette.color(StatePalette::Role::Bad));
        QCOMPARE(containers->item(storage, 4)->text(),
                 language == QLatin1String("ka") ? QStringLiteral("დიახ") : QStringLiteral("yes"));
        QCOMPARE(containers->item(db, 1)->foreground().color(), palette.color(StatePalette::Role::Ok));
        QCOMPARE(containers->item(auth, 3)->text(), QStringLiteral("7"));
        QCOMPARE(containers->item(auth, 1)->foreground().color(), palette.color(StatePalette::Role::Bad));
        QCOMPARE(containers->item(db, 1)->text(), HostPanel::stateText(QStringLiteral("running")));
        if (language == QLatin1String("ka"))
            QVERIFY(containers->item(db, 1)->text() != QLatin1String("running"));
        QVERIFY(containers->item(db, 5)->text().startsWith(QStringLiteral("3")));

        QTableWidget *disks = panel.diskTable();
        QCOMPARE(disks->rowCount(), r.sample.mounts.size());
        QVERIFY2(disks->item(0, 4)->text().contains(QLatin1String("12")),
                 qPrintable(disks->item(0, 4)->text()));
        QCOMPARE(disks->item(0, 4)->foreground().color(), palette.color(StatePalette::Role::Warn));

        const QStringList cut = cutTexts(&panel);
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));

        // Selecting a container enables Logs and Restart only with a connection.
        panel.selectContainer(QStringLiteral("supabase-db"));
        QCOMPARE(panel.selectedContainer(), QStringLiteral("supabase-db"));
        QVERIFY(!panel.findChild<QPushButton *>(QStringLiteral("restartButton"))->isEnabled());

        const QString dir = qEnvironmentVariable("SUPADESK_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(panel.grab().save(dir + QStringLiteral("/host-panel-%1.png").arg(language), "PNG"));
    }

    void noDocker()
    {
        HostPanel panel;
        HostReading r = reading();
        r.sample.containers.clear();
        r.sample.docker = DockerState::NotFound;
        panel.showReading(r);
        QCOMPARE(panel.containerTable()->rowCount(), 0);
        QVERIFY(panel.findChild<QLabel *>(QStringLiteral("dockerNote"))
                    ->text()
                    .contains(QLatin1String("not installed")));
    }

    void restartAsksAndTellsAFailure()
    {
        REQUIRE_SERVICE("SUPADESK_TEST_SSH_PORT", "OpenSSH sshd (apt-get install openssh-server)");
        StackConnection connection(testenv::harnessSsh());
        QVERIFY(connection.connectToStack().ok());
        QVERIFY(testenv::waitFor([&] { return connection.state() == StackConnection::State::Connected; }));
        HostPanel panel;
        Stack stack;
        stack.id = QStringLiteral("s2");
        stack.name = QStringLiteral("staging");
        stack.installDir = QStringLiteral("/nonexistent");
        panel.setInterval(60000);
        panel.setTarget(&connection, stack);
        // The first reading over SSH: this machine, which has no docker daemon, and on a fresh Debian no
        // docker at all (the batch also looks in /usr/local/bin and /snap/bin).
        const bool hasDockerCli = !QStandardPaths::findExecutable(QStringLiteral("docker")).isEmpty() ||
                                  QFile::exists(QStringLiteral("/usr/local/bin/docker")) ||
                                  QFile::exists(QStringLiteral("/snap/bin/docker"));
        QVERIFY(testenv::waitFor([&] { return panel.lastReading().has_value(); }));
        QCOMPARE(panel.lastReading()->sample.docker,
                 hasDockerCli ? DockerState::Unavailable : DockerState::NotFound);
        QVERIFY(panel.lastReading()->sample.memory.has_value());
        panel.showReading(reading()); // the captured containers, to have one to act on
        panel.selectContainer(QStringLiteral("supabase-db"));
        auto *restart = panel.findChild<QPushButton *>(QStringLiteral("restartButton"));
        QVERIFY(restart->isEnabled());

        // Cancel: nothing happens. Yes: docker restart runs, and its failure is told with docker's words.
        QString asked;
        auto answer = [&](QMessageBox::StandardButton button) {
            QTimer::singleShot(0, this, [&asked, button] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                if (!box)
                    return;
                asked = box->text();
                box->button(button)->click();
            });
        };
        answer(QMessageBox::Cancel);
        restart->click();
        QVERIFY(asked.contains(QLatin1String("supabase-db")) && asked.contains(QLatin1String("staging")));
        QVERIFY(!panel.statusText().contains(QLatin1String("Restarting")));
        answer(QMessageBox::Yes);
        restart->click();
        QVERIFY(testenv::waitFor(
            [&] { return panel.statusText().contains(QLatin1String("could not be restarted")); }));
        // Docker's own words: no daemon, or no docker.
        QVERIFY2(
            panel.statusText().contains(hasDockerCli ? QLatin1String("daemon") : QLatin1String("not found")),
            qPrintable(panel.statusText()));
    }

    void logsFilterAndPause()
    {
        ContainerLogsDialog dialog(QStringLiteral("supabase-db"));
        dialog.show();
        // The follower's output as it arrives, in pieces that split lines.
        dialog.append(QByteArray("GET /rest 200\nPOST /au"));
        dialog.append(QByteArray("th 500\nGET /rest 200\n"));
        QCOMPARE(dialog.lines().size(), 3);
        QCOMPARE(dialog.lines().at(1), QStringLiteral("POST /auth 500"));
        auto *filter = dialog.findChild<QLineEdit *>(QStringLiteral("filter"));
        filter->setText(QStringLiteral("500"));
        QCOMPARE(dialog.shownText(), QStringLiteral("POST /auth 500"));
        auto *pause = dialog.findChild<QPushButton *>(QStringLiteral("pauseButton"));
        pause->setChecked(true);
        dialog.append(QByteArray("PATCH /x 500\n"));
        QCOMPARE(dialog.shownText(), QStringLiteral("POST /auth 500")); // frozen while paused
        pause->setChecked(false);
        QCOMPARE(dialog.shownText(), QStringLiteral("POST /auth 500\nPATCH /x 500"));
        filter->clear();
        QCOMPARE(dialog.shownText().count(QLatin1Char('\n')), 3);
    }
};

QTEST_MAIN(TestHostPanel)
#include "tst_hostpanel.moc"
