// SPDX-License-Identifier: GPL-3.0-or-later
// The fleet overview's host lines: a reading of this machine (its real /proc and df, read with the fleet's
// own batch) with the captured containers shows the load with the CPUs, memory, the fullest disk with its
// days until full and the containers in trouble; a stack whose host could not be read says so, with the
// reason in the tooltip. English and Georgian at the main window's default size and at 1280×720 with no
// text cut; with SUPADESK_SCREENSHOT_DIR set, saved as fleet-host-<size>-<language>.png.
#include "core/host/hostsampleparser.h"
#include "gui/dashboard/fleetoverview.h"
#include "gui/dashboard/fleettile.h"
#include "services/translationloader.h"
#include "widgetlookup.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QtTest>

using namespace supadesk;

using widgetlookup::cutTexts;

namespace {

QString fixture(const QString &name)
{
    QFile f(QStringLiteral(SUPADESK_TEST_DATA_DIR "/host/") + name);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

HostReading reading(bool troubled)
{
    QProcess sh;
    sh.start(QStringLiteral("/bin/sh"),
             {QStringLiteral("-c"), HostSampleParser::stateCommand(QStringLiteral("/nonexistent"))});
    sh.waitForFinished(30000);
    HostReading r;
    r.sample = HostSampleParser::parse(sh.readAllStandardOutput());
    r.sample.tMs = QDateTime::currentMSecsSinceEpoch();
    r.sample.docker = DockerState::Ok;
    r.sample.dockerError.clear();
    r.sample.containers =
        HostSampleParser::parseContainers(fixture(QStringLiteral("docker-inspect.json")), {});
    if (!troubled)
        r.sample.containers = r.sample.containers.mid(0, 2); // db and kong, both healthy
    if (troubled && !r.sample.mounts.isEmpty())
        r.daysUntilFull.insert(r.sample.mounts.first().mountPoint, 12.6);
    return r;
}

FleetStatus status(const QString &name, bool up)
{
    FleetStatus s;
    s.stackId = QStringLiteral("id-") + name;
    s.name = name;
    s.connected = true;
    s.sampling = up;
    s.error = up ? QString() : QStringLiteral("connection refused");
    if (up) {
        s.secondsSinceSample = 1;
        s.tps = 42.5;
        s.connectionsUsedRatio = 0.31;
        s.cacheHitRatio = 0.9991;
        s.databaseSize = 812LL * 1024 * 1024;
    }
    return s;
}

} // namespace

class TestFleetHostTiles : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { TranslationLoader::instance().apply(QStringLiteral("en")); }

    void tilesShowTheHost()
    {
        FleetOverview overview;
        overview.resize(1100, 720);
        overview.setHost(QStringLiteral("id-production"), reading(true));
        overview.setHost(QStringLiteral("id-analytics"), reading(false));
        overview.setHost(QStringLiteral("id-staging"), std::nullopt,
                         QStringLiteral("Connection reset by peer"));
        overview.setStatuses({status(QStringLiteral("production"), true),
                              status(QStringLiteral("staging"), false),
                              status(QStringLiteral("analytics"), true)},
                             2);
        overview.show();
        QVERIFY(QTest::qWaitForWindowExposed(&overview));
        auto tile = [&](const QString &name) {
            return overview.findChild<FleetTile *>(QStringLiteral("fleetTile-") + name);
        };
        FleetTile *production = tile(QStringLiteral("production"));
        QVERIFY(production && production->host());
        const HostReading r = reading(true);
        QVERIFY(production->hostText(0).contains(QStringLiteral("CPU")));
        QVERIFY2(production->hostText(1).endsWith(QLatin1String("%")), qPrintable(production->hostText(1)));
        QVERIFY2(production->hostText(2).startsWith(r.sample.mounts.first().mountPoint + QLatin1Char(':')) ||
                     production->host()->fullestDisk->mountPoint != r.sample.mounts.first().mountPoint,
                 qPrintable(production->hostText(2)));
        QCOMPARE(production->hostText(3), QStringLiteral("3 of 7 in trouble"));
        // The troubled count is coloured as bad.
        QVERIFY(production->findChild<QLabel *>(QStringLiteral("host3"))
                    ->styleSheet()
                    .contains(QLatin1String("color")));
        FleetTile *analytics = tile(QStringLiteral("analytics"));
        QCOMPARE(analytics->hostText(3), QStringLiteral("all 2 fine"));
        QVERIFY(analytics->findChild<QLabel *>(QStringLiteral("host3"))->styleSheet().isEmpty());
        FleetTile *staging = tile(QStringLiteral("staging"));
        QVERIFY(!staging->host());
        QCOMPARE(staging->hostText(0), QStringLiteral("not read"));
        QCOMPARE(staging->findChild<QLabel *>(QStringLiteral("host0"))->toolTip(),
                 QStringLiteral("Connection reset by peer"));

        // A reading that arrives later reaches the tile at once.
        overview.setHost(QStringLiteral("id-staging"), reading(false));
        QCOMPARE(staging->hostText(3), QStringLiteral("all 2 fine"));
    }

    void shows_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        QTest::newRow("en-default") << QStringLiteral("en") << QSize(1100, 720);
        QTest::newRow("en-1280") << QStringLiteral("en") << QSize(1280, 720);
        QTest::newRow("ka-default") << QStringLiteral("ka") << QSize(1100, 720);
        QTest::newRow("ka-1280") << QStringLiteral("ka") << QSize(1280, 720);
    }

    void shows()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        QVERIFY(TranslationLoader::instance().apply(language));
        FleetOverview overview;
        overview.resize(size);
        overview.setHost(QStringLiteral("id-production"), reading(true));
        overview.setHost(QStringLiteral("id-analytics"), reading(false));
        overview.setHost(QStringLiteral("id-staging"), std::nullopt,
                         QStringLiteral("Connection reset by peer"));
        overview.setStatuses({status(QStringLiteral("production"), true),
                              status(QStringLiteral("staging"), false),
                              status(QStringLiteral("analytics"), true)},
                             2);
        overview.show();
        QVERIFY(QTest::qWaitForWindowExposed(&overview));
        QTest::qWait(50);
        if (language == QLatin1String("ka"))
            QVERIFY(overview.tiles().first()->hostText(3) != QStringLiteral("3 of 7 in trouble"));
        const QString dir = qEnvironmentVariable("SUPADESK_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(overview.grab().save(
                dir + QStringLiteral("/fleet-host-%1-%2.png")
                          .arg(size.width() == 1280 ? QStringLiteral("1280") : QStringLiteral("default"),
                               language),
                "PNG"));
        const QStringList cut = cutTexts(&overview);
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestFleetHostTiles)
#include "tst_fleethosttiles.moc"
