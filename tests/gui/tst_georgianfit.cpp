// SPDX-License-Identifier: GPL-3.0-or-later
// No text is cut at 1280×720, in Georgian (the longer language) and in English: every workspace,
// every Setup page, every tab inside a workspace and every dialog, with the language loaded as the
// app loads it. A label or button whose size hint is wider than the width the layout gave it, a
// word-wrapped label shorter than its text needs, a toolbar that pushed items into its overflow
// menu and a chart legend that shortened a series name are all collected, and the test fails
// listing every one of them with its object name and text.
#include "app/services/appservices.h"
#include "app/services/windowservices.h"
#include "core/metrics/rollup.h"
#include "gui/alerts/alertsdialog.h"
#include "gui/analyzer/parametervaluesdialog.h"
#include "gui/audit/auditexportdialog.h"
#include "gui/audit/passwordrotationdialog.h"
#include "gui/backups/pitrrestoredialog.h"
#include "gui/common/aboutdialog.h"
#include "gui/common/preferencesdialog.h"
#include "gui/dashboard/containerlogsdialog.h"
#include "gui/dashboard/historyretentiondialog.h"
#include "gui/mainwindow.h"
#include "gui/stacks/secretpromptdialog.h"
#include "gui/stacks/stackdialog.h"
#include "gui/uptime/exportreportdialog.h"
#include "gui/uptime/maintenancedialog.h"
#include "gui/uptime/probeinstalldialog.h"
#include "gui/workspaceshots.h"
#include "harness/appwindow.h"
#include "harness/harnessstack.h"
#include "harness/testenv.h"
#include "services/translationloader.h"

#include <QAbstractButton>
#include <QChartView>
#include <QGraphicsTextItem>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QToolBar>
#include <QtTest>

using namespace supadesk;

namespace {

// Where a widget is, for the failure message: its object name and those of its named ancestors.
QString pathOf(const QWidget *w, const QWidget *root)
{
    QStringList names;
    for (const QWidget *p = w; p && p != root; p = p->parentWidget())
        if (!p->objectName().isEmpty() && !p->objectName().startsWith(QLatin1String("qt_")))
            names.prepend(p->objectName());
    if (names.isEmpty() || names.last() != w->objectName())
        names.append(QString::fromLatin1(w->metaObject()->className()));
    return names.join(QLatin1Char('/'));
}

// A label that shortens its text on purpose (with "…") and shows the whole of it as a tooltip.
bool elidedByDesign(const QLabel *label)
{
    return label->property("elides").toBool() ||
           (label->text().endsWith(QChar(0x2026)) && !label->toolTip().isEmpty());
}

void checkText(QWidget *w, const QWidget *root, QStringList &cut)
{
    QString text;
    if (auto *label = qobject_cast<QLabel *>(w)) {
        text = label->text();
        if (text.isEmpty() || elidedByDesign(label))
            return;
        if (label->wordWrap()) {
            // Wrapped text needs height, not width: cut when the lines do not fit.
            const int needed = label->heightForWidth(label->width());
            if (needed > label->height() + 1)
                cut.append(QStringLiteral("%1 \"%2\": %3 px high, needs %4")
                               .arg(pathOf(w, root), text)
                               .arg(label->height())
                               .arg(needed));
            return;
        }
    } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
        text = button->text();
        if (text.isEmpty())
            return; // icon-only buttons such as a tab bar's scroll arrows
    } else {
        return;
    }
    if (w->sizeHint().width() > w->width() + 1)
        cut.append(QStringLiteral("%1 \"%2\": %3 px wide, needs %4")
                       .arg(pathOf(w, root), text)
                       .arg(w->width())
                       .arg(w->sizeHint().width()));
}

// Qt Charts shortens a legend entry that does not fit to "abc...": the text shown is then none of
// the series' names.
void checkLegend(QChartView *view, const QWidget *root, QStringList &cut)
{
    QLegend *legend = view->chart()->legend();
    if (!legend->isVisible())
        return;
    QStringList names;
    for (QLegendMarker *marker : legend->markers())
        names.append(marker->label());
    QList<QGraphicsItem *> items = legend->childItems();
    while (!items.isEmpty()) {
        QGraphicsItem *item = items.takeFirst();
        items.append(item->childItems());
        auto *text = qgraphicsitem_cast<QGraphicsTextItem *>(item);
        if (!text || !text->isVisible())
            continue;
        const QString shown = text->toPlainText();
        if (!shown.isEmpty() && !names.contains(shown) &&
            (shown.endsWith(QLatin1String("...")) || shown.endsWith(QChar(0x2026))))
            cut.append(
                QStringLiteral("%1 legend \"%2\" (of %3)").arg(pathOf(view, root), shown, names.join(", ")));
    }
}

QStringList cutTexts(QWidget *root)
{
    QStringList cut;
    const auto widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisibleTo(root))
            continue;
        checkText(w, root, cut);
        if (auto *toolbar = qobject_cast<QToolBar *>(w)) {
            auto *more = toolbar->findChild<QWidget *>(QStringLiteral("qt_toolbar_ext_button"));
            if (more && more->isVisibleTo(root))
                cut.append(QStringLiteral("%1: items in the overflow menu").arg(pathOf(w, root)));
        }
        if (auto *chart = qobject_cast<QChartView *>(w))
            checkLegend(chart, root, cut);
    }
    return cut;
}

// With SUPADESK_SCREENSHOT_DIR set, each dialog is saved there as Name-language.png (scripts/screenshots).
void screenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("SUPADESK_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"), "PNG", 0));
}

Stack stack(const QString &name, const QString &group)
{
    Stack s;
    s.name = name;
    s.group = group;
    s.sshHost = QStringLiteral("db.%1.example").arg(name);
    s.sshUser = QStringLiteral("ops");
    return s;
}

} // namespace

class TestGeorgianFit : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        REQUIRE_SERVICE("SUPADESK_TEST_KEYRING", "a Secret Service keyring (gnome-keyring)");
        REQUIRE_SERVICE("SUPADESK_TEST_SSH_PORT", "OpenSSH sshd (apt-get install openssh-server)");
        REQUIRE_SERVICE("SUPADESK_TEST_PG_PORT", "PostgreSQL 15 (apt-get install postgresql-15)");
        // Supadesk's known_hosts of this test's own, trusting the harness's server already.
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("xdg")).toUtf8());
        const QString knownHosts = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                                   QStringLiteral("/supadesk");
        QVERIFY(QDir().mkpath(knownHosts));
        QVERIFY(QFile::copy(qEnvironmentVariable("SUPADESK_TEST_SSH_KNOWN_HOSTS"),
                            knownHosts + QStringLiteral("/known_hosts")));
    }

    void cleanup() { TranslationLoader::instance().apply(QStringLiteral("en")); }

    void nothingIsCut_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        // The smallest screen Supadesk is laid out for, and the window's default size.
        QTest::newRow("Georgian 1280x720") << QStringLiteral("ka") << QSize(1280, 720);
        QTest::newRow("English 1280x720") << QStringLiteral("en") << QSize(1280, 720);
        QTest::newRow("Georgian 1100x720") << QStringLiteral("ka") << QSize(1100, 720);
        QTest::newRow("English 1100x720") << QStringLiteral("en") << QSize(1100, 720);
    }

    void nothingIsCut()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        QVERIFY(TranslationLoader::instance().apply(language));
        const QString dir = m_dir.filePath(QStringLiteral("%1-%2").arg(language).arg(size.width()));
        QVERIFY(QDir().mkpath(dir));
        auto services =
            std::make_unique<AppServices>(testenv::appLocations(dir, QStringLiteral("Supadesk fit test")));
        // The first stack is the harness's server, connected: the workspaces show what they show with data.
        Stack live = testenv::harnessStack(QStringLiteral("production-eu"));
        live.group = QStringLiteral("Production");
        QVERIFY(services->stacks().add(live));
        QVERIFY(services->stacks().add(stack(QStringLiteral("staging"), QStringLiteral("Staging"))));
        auto window = std::make_unique<MainWindow>(windowServices(*services));
        window->resize(size);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        window->selectStack(live.id);
        QVERIFY(testenv::connectStack(services->connections(), live));
        QTest::qWait(1500); // the Dashboard's first samples
        QCOMPARE(window->size(), size);

        QStringList cut;
        const auto note = [&cut](const QString &where, const QStringList &found) {
            for (const QString &f : found)
                cut.append(where + QStringLiteral(": ") + f);
        };
        note(QStringLiteral("main"), cutTexts(window.get()));
        WorkspaceShots tour(window.get(), QString(), 0);
        int views = 0;
        for (const WorkspaceShots::View &view : tour.views()) {
            view.show();
            if (view.name.isEmpty())
                continue;
            ++views;
            QTest::qWait(200); // layouts settle and views load through the event loop
            note(view.name, cutTexts(window.get()));
        }
        QVERIFY2(views >= 4 + 8, qPrintable(QString::number(views)));

        // Every dialog, as the window opens it (its own default size).
        const StackList stacks = services->stacks().stacks();
        auto *stackDialog = new StackDialog(StackValidator(), stacks, window.get());
        QList<QDialog *> dialogs{
            stackDialog,
            new PreferencesDialog(language, window.get()),
            new AboutDialog(window.get()),
            new MaintenanceDialog(stacks.first().name, QTimeZone::utc(), QDateTime::currentMSecsSinceEpoch(),
                                  window.get()),
            new ExportReportDialog(stacks, {stacks.first().id}, QDate::currentDate(), window.get()),
            new ProbeInstallDialog(stacks.first().name, ProbeInstallDialog::Mode::Install, nullptr, {},
                                   window.get()),
            new ProbeInstallDialog(stacks.first().name, ProbeInstallDialog::Mode::Remove, nullptr, {},
                                   window.get()),
            new HistoryRetentionDialog(RetentionPolicy(), window.get()),
            new ContainerLogsDialog(QStringLiteral("supabase-db"), window.get()),
            new ParameterValuesDialog(
                QStringLiteral("SELECT * FROM orders WHERE customer_id = $1 AND status = $2"), 2,
                window.get()),
            new SecretPromptDialog(SecretPromptDialog::Kind::Password,
                                   QStringLiteral("ops@db.production-eu.example"), false, window.get()),
            new SecretPromptDialog(SecretPromptDialog::Kind::Passphrase,
                                   QStringLiteral("/home/ops/.ssh/id_ed25519"), true, window.get()),
            new AuditExportDialog(window.get()),
            new PasswordRotationDialog(stacks.first().name, PasswordRotationTarget{}, nullptr, window.get()),
            new AlertsDialog(stacks.first(), &services->alertConfig(), nullptr, window.get()),
            new PitrRestoreDialog(PitrStatus(), stacks.first().name, nullptr, PitrServerPaths(),
                                  window.get()),
        };
        QStringList names;
        for (QDialog *dialog : std::as_const(dialogs)) {
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            QTest::qWait(20);
            QString name =
                QString::fromLatin1(dialog->metaObject()->className()).section(QLatin1String("::"), -1);
            if (names.contains(name))
                name += QString::number(names.count(name) + 1); // ProbeInstallDialog2: the removal
            names.append(
                QString::fromLatin1(dialog->metaObject()->className()).section(QLatin1String("::"), -1));
            note(name, cutTexts(dialog));
            screenshot(dialog, name + QLatin1Char('-') + language);
            for (QTabWidget *tabs : dialog->findChildren<QTabWidget *>())
                for (int i = 1; i < tabs->count(); ++i) {
                    tabs->setCurrentIndex(i);
                    QTest::qWait(20);
                    note(name + QLatin1Char('/') + tabs->tabText(i), cutTexts(dialog));
                    screenshot(dialog, QStringLiteral("%1-%2-%3").arg(name).arg(i + 1).arg(language));
                }
            dialog->hide();
        }
        qDeleteAll(dialogs);
        QVERIFY2(cut.isEmpty(),
                 qPrintable(QStringLiteral("%1 cut texts in %2:\n").arg(cut.size()).arg(language) +
                            cut.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestGeorgianFit)
#include "tst_georgianfit.moc"
