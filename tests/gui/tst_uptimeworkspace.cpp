// SPDX-License-Identifier: GPL-3.0-or-later
// The Uptime workspace on a constructed month: key figures, incidents, the editable SLA target,
// maintenance windows added and removed (with confirmation), the fleet worst first, the report
// written from the workspace, and the same screens in Georgian (screenshots with
// SUPADESK_SCREENSHOT_DIR).
#include "gui/styles/statepalette.h"
#include "gui/uptime/figurecard.h"
#include "gui/uptime/fleettablemodel.h"
#include "gui/uptime/maintenancedialog.h"
#include "gui/uptime/memoryuptimesource.h"
#include "gui/uptime/uptimetext.h"
#include "gui/uptime/uptimeworkspace.h"
#include "services/translationloader.h"
#include "uptimescenario.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTranslator>
#include <QTreeWidget>
#include <QtTest>

using namespace supadesk;
namespace sc = uptimescenario;

class TestUptimeWorkspace : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<MemoryUptimeSource> m_source;
    std::unique_ptr<UptimeWorkspace> m_workspace;

    void screenshot(const QString &name)
    {
        // Lay out with the texts just set (a language change posts the layout requests).
        QCoreApplication::sendPostedEvents();
        m_workspace->layout()->activate();
        if (const QString dir = qEnvironmentVariable("SUPADESK_SCREENSHOT_DIR"); !dir.isEmpty())
            m_workspace->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    }

    template <typename T> T *child(const char *name) const
    {
        return m_workspace->findChild<T *>(QString::fromLatin1(name));
    }

    QString card(int index) const
    {
        return m_workspace->findChild<FigureCard *>(QStringLiteral("card%1").arg(index))->value();
    }

    // Runs `handle` on the next modal dialog, once it is up.
    void onNextDialog(std::function<void(QWidget *)> handle)
    {
        QTimer::singleShot(0, this, [this, handle] {
            QWidget *dialog = QApplication::activeModalWidget();
            if (!dialog)
                return onNextDialog(handle);
            handle(dialog);
        });
    }

    void selectStack(int index) { m_workspace->setStack(sc::stacks().at(index)); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        TranslationLoader::instance().apply(QStringLiteral("en"));
        m_source = std::make_unique<MemoryUptimeSource>([] { return sc::stacks(); });
        m_source->setProbes(QStringLiteral("prod-id"), sc::prod());
        m_source->setProbes(QStringLiteral("staging-id"), sc::staging());
        QVERIFY(
            m_source
                ->addMaintenance(QStringLiteral("prod-id"), sc::prodMaintenance(), QStringLiteral("upgrade"))
                .ok());
        QVERIFY(m_source->setTarget(QStringLiteral("staging-id"), 0.9995).ok());
        m_workspace = std::make_unique<UptimeWorkspace>(m_source.get());
        m_workspace->setTimeZone(QTimeZone::utc());
        m_workspace->setClock([] { return sc::monthEnd() + 6 * 3600'000; });
        m_workspace->setMonth(2026, 11);
        m_workspace->resize(1100, 760);
        m_workspace->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_workspace.get()));
    }

    void withoutAStackItSaysWhatToDo()
    {
        m_workspace->setStack(std::nullopt);
        QVERIFY(m_workspace->statusText().contains(QLatin1String("Select a stack")));
        QVERIFY(!child<QDoubleSpinBox>("target")->isEnabled());
    }

    void stackFigures()
    {
        selectStack(0);
        QVERIFY(m_workspace->overview().has_value());
        const UptimeText text;
        QCOMPARE(card(4), text.percent(sc::prodAvailability()));
        QCOMPARE(card(5), text.minutes(0.001 * (sc::kMonthMinutes - sc::kProdMaintenanceMinutes) -
                                       sc::kProdDownMinutes));
        // The last 24 hours (to 1 Dec 06:00) hold the month's last 18 hours, all up.
        QCOMPARE(card(0), text.percent(1.0));
        auto *incidents = child<QTableView>("incidents");
        QCOMPARE(incidents->model()->rowCount(), 3);
        QCOMPARE(incidents->model()->index(0, 0).data().toString(), QStringLiteral("03/11/2026 10:00"));
        QCOMPARE(incidents->model()->index(0, 4).data().toString(), QStringLiteral("connection refused"));
        QVERIFY(
            incidents->model()->index(2, 4).data().toString().contains(QLatin1String("No probe results")));
        QCOMPARE(child<QTreeWidget>("maintenance")->topLevelItemCount(), 1);
        QVERIFY2(m_workspace->statusText().contains(QLatin1String("meets its target")),
                 qPrintable(m_workspace->statusText()));
        screenshot(QStringLiteral("uptime-stack-en"));
        child<QTabWidget>("details")->setCurrentIndex(1);
        screenshot(QStringLiteral("uptime-latency-en"));
        child<QTabWidget>("details")->setCurrentIndex(2);
        screenshot(QStringLiteral("uptime-maintenance-en"));
        child<QTabWidget>("details")->setCurrentIndex(0);
    }

    // The Alerts tab: what the server's alerter sent, newest first, one row per alert, with how long it
    // lasted and who was told; an undelivered one in the Bad colour.
    void alertHistoryTab()
    {
        m_source->setAlertHistory(
            QStringLiteral("prod-id"),
            AlertLog::parse("2026-11-03T10:00:00Z\tdown_rest\tfiring\thook\tqueued\trefused\n"
                            "2026-11-03T10:01:00Z\tdown_rest\tfiring\thook\tdelivered\tHTTP 200\n"
                            "2026-11-03T10:20:00Z\tdown_rest\tresolved\thook\tdelivered\tHTTP 200\n"
                            "2026-11-20T08:00:00Z\tdisk\tfiring\thook\trefused\tHTTP 404: no hook\n"));
        selectStack(0);
        const QStringList rows = m_workspace->alertHistoryRows();
        QCOMPARE(rows.size(), 2);
        QVERIFY2(rows.at(0).startsWith(QLatin1String("disk|20/11/2026 08:00|still firing|")),
                 qPrintable(rows.at(0)));
        QVERIFY(rows.at(0).endsWith(QLatin1String("|hook: refused")));
        QCOMPARE(rows.at(1), QStringLiteral("down_rest|03/11/2026 10:00|03/11/2026 10:20|") +
                                 UptimeText().duration(20 * 60000) + QStringLiteral("|hook: delivered"));
        auto *tree = child<QTreeWidget>("alertHistory");
        QCOMPARE(tree->topLevelItem(0)->foreground(4).color(),
                 StatePalette::forPalette(tree->palette()).color(StatePalette::Role::Bad));
        child<QTabWidget>("details")->setCurrentIndex(3);
        screenshot(QStringLiteral("uptime-alerts-en"));
        child<QTabWidget>("details")->setCurrentIndex(0);
        m_source->setAlertHistory(QStringLiteral("prod-id"), {});
    }

    void targetIsEditablePerStack()
    {
        selectStack(0);
        auto *target = child<QDoubleSpinBox>("target");
        QCOMPARE(target->value(), 99.9);
        target->setValue(99.95);
        QCOMPARE(m_source->target(QStringLiteral("prod-id")), 0.9995);
        QCOMPARE(m_workspace->overview()->metTarget(), std::optional<bool>(false));
        QVERIFY(m_workspace->statusText().contains(QLatin1String("below its target")));
        selectStack(1);
        QCOMPARE(target->value(), 99.95);
        selectStack(0);
        target->setValue(99.9);
        QCOMPARE(m_source->target(QStringLiteral("prod-id")), 0.999);
        QCOMPARE(m_source->target(QStringLiteral("staging-id")), 0.9995);
    }

    // "Probe every [N] s" and "Down after [N] failures" are the stack's own; a higher threshold turns
    // short runs of failures into blips, so the month's figures follow at once.
    void probeSettingsAreEditablePerStack()
    {
        selectStack(0);
        auto *interval = child<QSpinBox>("probeInterval");
        auto *failures = child<QSpinBox>("failuresBeforeDown");
        QVERIFY(interval && failures);
        QVERIFY(!interval->toolTip().isEmpty() && !failures->toolTip().isEmpty());
        QCOMPARE(interval->value(), 60);
        QCOMPARE(failures->value(), 2);
        QCOMPARE(interval->minimum(), 10);
        QCOMPARE(interval->maximum(), 3600);
        QCOMPARE(failures->maximum(), 10);
        const int incidentsBefore = child<QTableView>("incidents")->model()->rowCount();
        QVERIFY(incidentsBefore > 0);

        interval->setValue(30);
        failures->setValue(10);
        QCOMPARE(m_source->probeSettings(QStringLiteral("prod-id")), (UptimeStackSettings{30, 10}));
        QVERIFY2(m_workspace->statusText().contains(QLatin1String("every 30 s")),
                 qPrintable(m_workspace->statusText()));
        QVERIFY(child<QTableView>("incidents")->model()->rowCount() < incidentsBefore);
        screenshot(QStringLiteral("uptime-probe-settings-en"));

        selectStack(1);
        QCOMPARE(interval->value(), 60);
        QCOMPARE(failures->value(), 2);
        selectStack(0);
        QCOMPARE(interval->value(), 30);
        QCOMPARE(failures->value(), 10);
        interval->setValue(60);
        failures->setValue(2);
        QCOMPARE(m_source->probeSettings(QStringLiteral("prod-id")), UptimeStackSettings());
        QCOMPARE(child<QTableView>("incidents")->model()->rowCount(), incidentsBefore);
    }

    void maintenanceWindowsAreAddedAndRemovedWithConfirmation()
    {
        selectStack(0);
        const double before = *m_workspace->overview()->monthReport.availability;
        // Declare the 3 Nov outage as maintenance: it stops counting.
        onNextDialog([](QWidget *w) {
            auto *dialog = qobject_cast<MaintenanceDialog *>(w);
            QVERIFY(dialog);
            dialog->findChild<QDateTimeEdit *>(QStringLiteral("start"))
                ->setDateTime(QDateTime(QDate(2026, 11, 3), QTime(9, 55)));
            dialog->findChild<QDateTimeEdit *>(QStringLiteral("end"))
                ->setDateTime(QDateTime(QDate(2026, 11, 3), QTime(10, 30)));
            dialog->findChild<QLineEdit *>(QStringLiteral("note"))->setText(QStringLiteral("failover test"));
            dialog->accept();
        });
        QTest::mouseClick(child<QPushButton>("addMaintenance"), Qt::LeftButton);
        QCOMPARE(m_source->maintenance(QStringLiteral("prod-id")).value().size(), 2);
        QCOMPARE(m_source->maintenance(QStringLiteral("prod-id")).value().last().range,
                 (TimeRange{sc::at(3, 9, 55), sc::at(3, 10, 30)}));
        QCOMPARE(m_workspace->overview()->incidents.size(), 2);
        QVERIFY(*m_workspace->overview()->monthReport.availability > before);
        auto *tree = child<QTreeWidget>("maintenance");
        QCOMPARE(tree->topLevelItemCount(), 2);

        // Cancelling the confirmation keeps the window.
        tree->setCurrentItem(tree->topLevelItem(1));
        onNextDialog([](QWidget *w) {
            auto *box = qobject_cast<QMessageBox *>(w);
            QVERIFY(box);
            box->button(QMessageBox::Cancel)->click();
        });
        QTest::mouseClick(child<QPushButton>("removeMaintenance"), Qt::LeftButton);
        QCOMPARE(m_source->maintenance(QStringLiteral("prod-id")).value().size(), 2);

        tree->setCurrentItem(tree->topLevelItem(1));
        onNextDialog([](QWidget *w) {
            auto *box = qobject_cast<QMessageBox *>(w);
            QVERIFY(box);
            for (QAbstractButton *b : box->buttons())
                if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                    b->click();
        });
        QTest::mouseClick(child<QPushButton>("removeMaintenance"), Qt::LeftButton);
        QCOMPARE(m_source->maintenance(QStringLiteral("prod-id")).value().size(), 1);
        QCOMPARE(*m_workspace->overview()->monthReport.availability, before);
    }

    void fleetIsWorstFirst()
    {
        m_workspace->setFleetView(true);
        const QList<UptimeOverview> &rows = m_workspace->fleet()->stacks();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).stackName, QStringLiteral("staging"));
        QCOMPARE(rows.at(1).stackName, QStringLiteral("prod"));
        auto *table = child<QTableView>("fleet");
        QCOMPARE(table->model()->index(0, FleetTableModel::Month).data().toString(),
                 UptimeText().percent(sc::stagingAvailability()));
        QVERIFY2(m_workspace->statusText().contains(QLatin1String("1 stack missed its target")),
                 qPrintable(m_workspace->statusText()));
        screenshot(QStringLiteral("uptime-fleet-en"));
        // A double click opens that stack.
        emit table->doubleClicked(table->model()->index(1, 0));
        QCOMPARE(child<QComboBox>("scope")->currentIndex(), 0);
        QCOMPARE(m_workspace->overview()->stackName, QStringLiteral("prod"));
    }

    void reportFromTheWorkspace()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("november.pdf"));
        // The alerts that fired in November go into the report as its alerts, the others do not.
        m_source->setAlertHistory(
            QStringLiteral("prod-id"),
            AlertLog::parse("2026-10-31T10:00:00Z\tdisk\tfiring\thook\tdelivered\tHTTP 200\n"
                            "2026-11-03T10:00:00Z\tdown_rest\tfiring\thook\tdelivered\tHTTP 200\n"
                            "2026-11-03T10:20:00Z\tdown_rest\tresolved\thook\tdelivered\tHTTP 200\n"));
        const Status written = m_workspace->exportReport(
            pdf, {QStringLiteral("prod-id"), QStringLiteral("staging-id")}, 2026, 11, QStringLiteral("en"));
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));
        QVERIFY(QFileInfo(pdf).size() > 10'000);
        QFile csv(m_dir.filePath(QStringLiteral("november.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray csvText = csv.readAll();
        QVERIFY(csvText.contains("month,prod,"));
        QVERIFY2(csvText.contains(
                     "alert,prod,2026-11-03T10:00:00+00:00,2026-11-03T10:20:00+00:00,,,20.00,,,,down_rest,"
                     "hook: delivered"),
                 csvText.right(600).replace('\r', ' ').constData());
        QVERIFY(!csvText.contains(",disk,"));
        m_source->setAlertHistory(QStringLiteral("prod-id"), {});
        const Status none = m_workspace->exportReport(pdf, {}, 2026, 11, QStringLiteral("en"));
        QVERIFY(!none.ok());
        QCOMPARE(none.error().code, QStringLiteral("uptime.report.nostacks"));
    }

    void georgian()
    {
        QVERIFY(TranslationLoader::instance().apply(QStringLiteral("ka")));
        QTRY_VERIFY(m_workspace->title() != QLatin1String("Uptime"));
        // Every widget has retranslated itself once the language-change events are delivered.
        QTRY_VERIFY(child<QComboBox>("scope")->itemText(0) != QLatin1String("Selected stack"));
        m_workspace->setFleetView(false);
        selectStack(0);
        QVERIFY(!m_workspace->statusText().contains(QLatin1String("meets")));
        // The reason was stored in English; it is said in the language chosen now.
        QAbstractItemModel *incidents = child<QTableView>("incidents")->model();
        QCOMPARE(incidents->index(0, 4).data().toString(), QStringLiteral("კავშირი უარყოფილია"));
        // Times, figures and the widgets that format by themselves follow the language too.
        QCOMPARE(incidents->index(0, 0).data().toString(), QStringLiteral("03.11.2026 10:00"));
        QCOMPARE(child<QDoubleSpinBox>("target")->text(),
                 QStringLiteral("99,900%")); // CLDR: no space before the sign
        QVERIFY(child<QSpinBox>("probeInterval")->toolTip().startsWith(QStringLiteral("რამდენად")));
        screenshot(QStringLiteral("uptime-stack-ka"));
        child<QTabWidget>("details")->setCurrentIndex(1);
        screenshot(QStringLiteral("uptime-latency-ka"));
        child<QTabWidget>("details")->setCurrentIndex(2);
        screenshot(QStringLiteral("uptime-maintenance-ka"));
        child<QTabWidget>("details")->setCurrentIndex(0);
        m_workspace->setFleetView(true);
        screenshot(QStringLiteral("uptime-fleet-ka"));
        TranslationLoader::instance().apply(QStringLiteral("en"));
        QTRY_COMPARE(m_workspace->title(), QStringLiteral("Uptime"));
        m_workspace->setFleetView(false);
        QCOMPARE(incidents->index(0, 4).data().toString(), QStringLiteral("connection refused"));
        QCOMPARE(child<QDoubleSpinBox>("target")->text(), QStringLiteral("99.900%"));
    }
};

QTEST_MAIN(TestUptimeWorkspace)
#include "tst_uptimeworkspace.moc"
