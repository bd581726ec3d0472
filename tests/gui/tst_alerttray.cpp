// SPDX-License-Identifier: GPL-3.0-or-later
// The tray icon shows the fleet's worst state in StatePalette's mark colours and lists what fires;
// it decides nothing itself (AlertCenter does).
#include "gui/alerts/alerttray.h"
#include "gui/styles/statepalette.h"
#include "services/alerts/alertcenter.h"
#include "services/translationloader.h"

#include <QApplication>
#include <QtTest>

using namespace supadesk;

namespace {

QColor centre(const QIcon &icon)
{
    const QImage image = icon.pixmap(32, 32).toImage();
    return image.pixelColor(16, 16);
}

} // namespace

class TestAlertTray : public QObject
{
    Q_OBJECT

private slots:
    void worstStateAndWhatFires()
    {
        AlertCenter center;
        AlertTray tray(&center);
        const StatePalette palette = StatePalette::current();
        QCOMPARE(centre(tray.icon()->icon()), palette.color(StatePalette::Role::OkMark));
        QCOMPARE(tray.menuLines(),
                 (QStringList{QStringLiteral("No alert is firing"), QStringLiteral("Show Supadesk")}));

        center.componentChanged(QStringLiteral("prod"), QStringLiteral("rest"), true,
                                QStringLiteral("HTTP 503"));
        QCOMPARE(centre(tray.icon()->icon()), palette.color(StatePalette::Role::BadMark));
        QCOMPARE(tray.menuLines().first(), QStringLiteral("Critical — prod: rest is down: HTTP 503"));
        QCOMPARE(tray.toolTip(), QStringLiteral("Supadesk: 1 alert(s) firing"));
        center.componentChanged(QStringLiteral("stage"), QStringLiteral("auth"), true,
                                QStringLiteral("timeout"));
        QCOMPARE(tray.menuLines().size(), 3);

        center.componentChanged(QStringLiteral("prod"), QStringLiteral("rest"), false, {});
        center.forgetStack(QStringLiteral("stage"));
        QCOMPARE(centre(tray.icon()->icon()), palette.color(StatePalette::Role::OkMark));
        QCOMPARE(tray.menuLines().first(), QStringLiteral("No alert is firing"));

        QSignalSpy show(&tray, &AlertTray::showWindowRequested);
        tray.menu()->actions().last()->trigger();
        QCOMPARE(show.size(), 1);
    }

    // The menu as the user opens it while three alerts fire, in English and Georgian; with
    // SUPADESK_SCREENSHOT_DIR set, saved as tray-menu-<language>.png.
    void menuListsWhatFires_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("ka") << QStringLiteral("ka");
    }

    void menuListsWhatFires()
    {
        QFETCH(QString, language);
        QVERIFY(TranslationLoader::instance().apply(language));
        AlertCenter center;
        AlertTray tray(&center);
        center.componentChanged(QStringLiteral("production"), QStringLiteral("rest"), true,
                                QStringLiteral("HTTP 503"));
        center.componentChanged(QStringLiteral("staging"), QStringLiteral("auth"), true,
                                QStringLiteral("timeout"));
        center.componentChanged(QStringLiteral("production"), QStringLiteral("storage"), true,
                                QStringLiteral("connection refused"));
        const QStringList lines = tray.menuLines();
        QCOMPARE(lines.size(), 4);
        if (language == QLatin1String("ka")) {
            QVERIFY2(!lines.first().contains(QLatin1String("is down")), qPrintable(lines.first()));
            QVERIFY(lines.first().contains(QStringLiteral("კრიტიკული")));
        }
        QMenu *menu = tray.menu();
        menu->popup(QPoint(10, 10));
        QVERIFY(QTest::qWaitForWindowExposed(menu));
        QTest::qWait(50);
        // Every line fits: the menu is as wide as its longest line.
        for (QAction *a : menu->actions())
            QVERIFY2(menu->actionGeometry(a).width() >= menu->fontMetrics().horizontalAdvance(a->text()),
                     qPrintable(a->text()));
        const QString dir = qEnvironmentVariable("SUPADESK_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(menu->grab().save(dir + QStringLiteral("/tray-menu-%1.png").arg(language), "PNG"));
        menu->hide();
        TranslationLoader::instance().apply(QStringLiteral("en"));
    }

    void warningIsTheWarnMark()
    {
        const StatePalette palette = StatePalette::current();
        QCOMPARE(centre(AlertTray::iconFor(AlertSeverity::Warning)),
                 palette.color(StatePalette::Role::WarnMark));
        QCOMPARE(centre(AlertTray::iconFor(AlertSeverity::Info)),
                 palette.color(StatePalette::Role::WarnMark));
    }
};

QTEST_MAIN(TestAlertTray)
#include "tst_alerttray.moc"
