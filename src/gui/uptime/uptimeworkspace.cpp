// SPDX-License-Identifier: GPL-3.0-or-later
#include "uptimeworkspace.h"
#include "core/locale/displayformat.h"

#include "exportreportdialog.h"
#include "figurecard.h"
#include "fleettablemodel.h"
#include "gui/alerts/alertsdialog.h"
#include "gui/common/messagewidget.h"
#include "gui/styles/statepalette.h"
#include "incidenttablemodel.h"
#include "maintenancedialog.h"
#include "probeinstalldialog.h"
#include "services/alerts/alertconfigstore.h"
#include "services/uptime/uptimemonitor.h"
#include "services/uptime/uptimeprobeinstaller.h"
#include "storeuptimesource.h"
#include "uptimechartwidget.h"
#include "uptimecolors.h"
#include "uptimereportcsv.h"
#include "uptimereportpdf.h"
#include "uptimesource.h"
#include "uptimetext.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cmath>

namespace supadesk {

UptimeWorkspace::UptimeWorkspace(std::function<StackList()> stacks, UptimeStore *store,
                                 ConnectionManager *connections, QWidget *parent)
    : Workspace(parent), m_source(new StoreUptimeSource(std::move(stacks), connections, store, this))
{
    build();
}

UptimeWorkspace::UptimeWorkspace(UptimeSource *source, QWidget *parent) : Workspace(parent), m_source(source)
{
    build();
}

void UptimeWorkspace::build()
{
    setObjectName(QStringLiteral("UptimeWorkspace"));
    const QDate today = QDate::currentDate();
    m_year = today.year();
    m_month = today.month();

    m_scopeLabel = new QLabel(this);
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("scope"));
    m_scope->addItems({QString(), QString()});
    m_scope->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_monthLabel = new QLabel(this);
    m_monthBox = new QComboBox(this);
    m_monthBox->setObjectName(QStringLiteral("month"));
    m_monthBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_targetLabel = new QLabel(this);
    m_target = new QDoubleSpinBox(this);
    m_target->setObjectName(QStringLiteral("target"));
    m_target->setRange(50.0, 99.999);
    m_target->setDecimals(3);
    m_target->setSingleStep(0.01);
    m_target->setValue(UptimeSource::defaultTarget * 100);
    m_target->setKeyboardTracking(false);
    const auto makeSpin = [this](const char *name, int min, int max, int value, QLabel **label,
                                 QLabel **unit) {
        auto *spin = new QSpinBox(this);
        spin->setObjectName(QString::fromLatin1(name));
        spin->setRange(min, max);
        spin->setValue(value);
        spin->setKeyboardTracking(false);
        *label = new QLabel(this);
        (*label)->setBuddy(spin);
        *unit = new QLabel(this);
        return spin;
    };
    m_interval = makeSpin("probeInterval", UptimeStackSettings::MinIntervalSeconds,
                          UptimeStackSettings::MaxIntervalSeconds,
                          UptimeStackSettings::DefaultIntervalSeconds, &m_intervalLabel, &m_intervalUnit);
    m_interval->setSingleStep(10);
    m_failures =
        makeSpin("failuresBeforeDown", UptimeStackSettings::MinFailures, UptimeStackSettings::MaxFailures,
                 UptimeStackSettings::DefaultFailures, &m_failuresLabel, &m_failuresUnit);

    const auto makeAction = [this](const char *name, const QKeySequence &shortcut) {
        auto *action = new QAction(this);
        action->setObjectName(QString::fromLatin1(name));
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        return action;
    };
    m_pull = makeAction("pullNow", QKeySequence(Qt::Key_F5));
    m_install = makeAction("installProbe", QKeySequence());
    m_export = makeAction("exportReport", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_alerts = makeAction("editAlerts", QKeySequence());
    const auto makeButton = [this](QAction *action) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed); // never clipped by a long status
        return button;
    };
    m_pullButton = makeButton(m_pull);
    m_uninstall = new QAction(this);
    m_uninstall->setObjectName(QStringLiteral("removeProbe"));
    m_installButton = makeButton(m_install);
    // Removing is rare: it sits in the install button's menu.
    auto *probeMenu = new QMenu(m_installButton);
    probeMenu->addAction(m_uninstall);
    m_installButton->setMenu(probeMenu);
    m_installButton->setPopupMode(QToolButton::MenuButtonPopup);
    m_exportButton = makeButton(m_export);
    m_alertsButton = makeButton(m_alerts);
    m_alertsButton->hide(); // until there is a store to keep the alerts in

    // Two rows, so longer (Georgian) labels never squeeze the buttons: what is shown and the
    // report on top, the state and the collecting actions below.
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_scopeLabel);
    bar->addWidget(m_scope);
    bar->addSpacing(8);
    bar->addWidget(m_monthLabel);
    bar->addWidget(m_monthBox);
    bar->addSpacing(8);
    bar->addWidget(m_targetLabel);
    bar->addWidget(m_target);
    bar->addStretch();
    bar->addWidget(m_exportButton);
    // How the stack is probed goes with the collecting actions, on the second row; the state below.
    auto *probing = new QHBoxLayout;
    probing->addWidget(m_intervalLabel);
    probing->addWidget(m_interval);
    probing->addWidget(m_intervalUnit);
    probing->addSpacing(8);
    probing->addWidget(m_failuresLabel);
    probing->addWidget(m_failures);
    probing->addWidget(m_failuresUnit);
    probing->addSpacing(8);
    m_status = new MessageWidget(this);
    m_status->setObjectName(QStringLiteral("statusMessage"));
    m_status->label()->setObjectName(QStringLiteral("status"));
    m_probeNote = new QLabel(this);
    m_probeNote->setObjectName(QStringLiteral("probeNote"));
    m_probeNote->setWordWrap(true);
    m_probeNote->setVisible(false);

    // The stack page: key figures, the month's days, then incidents / response times / maintenance.
    m_stackPage = new QWidget(this);
    auto *cards = new QGridLayout;
    cards->setSpacing(6);
    for (int i = 0; i < 6; ++i) {
        auto *card = new FigureCard(m_stackPage);
        card->setObjectName(QStringLiteral("card%1").arg(i));
        m_cards.append(card);
        cards->addWidget(card, 0, i);
        cards->setColumnStretch(i, 1);
    }
    m_dayChartTitle = new QLabel(m_stackPage);
    m_dayChart = new UptimeChartWidget(UptimeChartWidget::Kind::Days, m_stackPage);

    m_incidentModel = new IncidentTableModel(this);
    m_incidents = new QTableView(m_stackPage);
    m_incidents->setObjectName(QStringLiteral("incidents"));
    m_incidents->setModel(m_incidentModel);
    m_incidents->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_incidents->verticalHeader()->hide();
    m_incidents->horizontalHeader()->setStretchLastSection(true);
    m_incidents->setWordWrap(false);
    m_latencyChart = new UptimeChartWidget(UptimeChartWidget::Kind::Latency, m_stackPage);

    auto *maintenancePage = new QWidget(m_stackPage);
    m_maintenance = new QTreeWidget(maintenancePage);
    m_maintenance->setObjectName(QStringLiteral("maintenance"));
    m_maintenance->setRootIsDecorated(false);
    m_maintenance->setColumnCount(4);
    m_addMaintenance = new QPushButton(maintenancePage);
    m_addMaintenance->setObjectName(QStringLiteral("addMaintenance"));
    m_removeMaintenance = new QPushButton(maintenancePage);
    m_removeMaintenance->setObjectName(QStringLiteral("removeMaintenance"));
    m_maintenanceNote = new QLabel(maintenancePage);
    m_maintenanceNote->setWordWrap(true);
    auto *maintenanceButtons = new QVBoxLayout;
    maintenanceButtons->addWidget(m_addMaintenance);
    maintenanceButtons->addWidget(m_removeMaintenance);
    maintenanceButtons->addStretch();
    auto *maintenanceRow = new QHBoxLayout;
    maintenanceRow->addWidget(m_maintenance, 1);
    maintenanceRow->addLayout(maintenanceButtons);
    auto *maintenanceLayout = new QVBoxLayout(maintenancePage);
    maintenanceLayout->addWidget(m_maintenanceNote);
    maintenanceLayout->addLayout(maintenanceRow, 1);

    m_details = new QTabWidget(m_stackPage);
    m_details->setObjectName(QStringLiteral("details"));
    m_details->addTab(m_incidents, QString());
    m_details->addTab(m_latencyChart, QString());
    m_details->addTab(maintenancePage, QString());
    m_alertHistory = new QTreeWidget(m_stackPage);
    m_alertHistory->setObjectName(QStringLiteral("alertHistory"));
    m_alertHistory->setRootIsDecorated(false);
    m_alertHistory->setColumnCount(5);
    m_details->addTab(m_alertHistory, QString());

    auto *stackLayout = new QVBoxLayout(m_stackPage);
    stackLayout->setContentsMargins(0, 0, 0, 0);
    stackLayout->addLayout(cards);
    stackLayout->addWidget(m_dayChartTitle);
    stackLayout->addWidget(m_dayChart, 3);
    stackLayout->addWidget(m_details, 2);

    m_fleetPage = new QWidget(this);
    m_fleetModel = new FleetTableModel(this);
    m_fleetTable = new QTableView(m_fleetPage);
    m_fleetTable->setObjectName(QStringLiteral("fleet"));
    m_fleetTable->setModel(m_fleetModel);
    m_fleetTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_fleetTable->verticalHeader()->hide();
    m_fleetTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_fleetTable->horizontalHeader()->setStretchLastSection(true);
    auto *fleetLayout = new QVBoxLayout(m_fleetPage);
    fleetLayout->setContentsMargins(0, 0, 0, 0);
    fleetLayout->addWidget(m_fleetTable);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_stackPage);
    m_pages->addWidget(m_fleetPage);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    auto *statusRow = new QHBoxLayout;
    statusRow->addLayout(probing);
    statusRow->addStretch();
    statusRow->addWidget(m_pullButton);
    statusRow->addWidget(m_installButton);
    statusRow->addWidget(m_alertsButton);
    layout->addLayout(bar);
    layout->addLayout(statusRow);
    layout->addWidget(m_status); // the whole width: a sentence, not squeezed beside the buttons
    layout->addWidget(m_probeNote);
    layout->addWidget(m_pages, 1);

    connect(m_scope, &QComboBox::currentIndexChanged, this, [this](int index) { setFleetView(index == 1); });
    connect(m_monthBox, &QComboBox::currentIndexChanged, this, [this] {
        const QDate m = m_monthBox->currentData().toDate();
        if (m.isValid() && (m.year() != m_year || m.month() != m_month))
            setMonth(m.year(), m.month());
    });
    connect(m_target, &QDoubleSpinBox::valueChanged, this, &UptimeWorkspace::commitTarget);
    connect(m_interval, &QSpinBox::valueChanged, this, &UptimeWorkspace::commitProbeSettings);
    connect(m_failures, &QSpinBox::valueChanged, this, &UptimeWorkspace::commitProbeSettings);
    connect(m_pull, &QAction::triggered, this, &UptimeWorkspace::pullNow);
    connect(m_install, &QAction::triggered, this, &UptimeWorkspace::installProbe);
    connect(m_uninstall, &QAction::triggered, this, &UptimeWorkspace::removeProbe);
    connect(m_export, &QAction::triggered, this, &UptimeWorkspace::showExportDialog);
    connect(m_alerts, &QAction::triggered, this, &UptimeWorkspace::editAlerts);
    connect(m_addMaintenance, &QPushButton::clicked, this, &UptimeWorkspace::addMaintenance);
    connect(m_removeMaintenance, &QPushButton::clicked, this, &UptimeWorkspace::removeMaintenance);
    connect(m_maintenance, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_removeMaintenance->setEnabled(!m_maintenance->selectedItems().isEmpty()); });
    connect(m_fleetTable, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        // Opens that stack's details; the sidebar selection stays as the user left it.
        const QString id = index.data(FleetTableModel::StackIdRole).toString();
        for (const Stack &s : m_source->stacks())
            if (s.id == id) {
                m_stack = s;
                setFleetView(false);
            }
    });
    connect(m_source, &UptimeSource::changed, this, [this](const QString &id) {
        if (m_fleetView || (m_stack && m_stack->id == id))
            refresh();
    });
    connect(m_source, &UptimeSource::pullFinished, this, [this](const QString &, const QString &error) {
        m_busy = false;
        refresh();
        setStatus(error.isEmpty() ? tr("The server's probe log was pulled.")
                                  : tr("Pulling the probe log failed: %1").arg(error),
                  !error.isEmpty());
    });
    retranslateUi();
}

QString UptimeWorkspace::title() const
{
    return tr("Uptime");
}

void UptimeWorkspace::setStack(const std::optional<Stack> &stack)
{
    m_stack = stack;
    refresh();
}

void UptimeWorkspace::connectionChanged()
{
    refresh();
}

void UptimeWorkspace::setMonitor(UptimeMonitor *monitor)
{
    if (m_monitor)
        m_monitor->disconnect(this);
    m_monitor = monitor;
    if (monitor)
        connect(monitor, &UptimeMonitor::gatewayProbingChanged, this, [this](const QString &id) {
            if (m_stack && m_stack->id == id)
                showProbeNote();
        });
    showProbeNote();
}

QString UptimeWorkspace::probeNoteText() const
{
    return m_probeNote->isHidden() ? QString() : m_probeNote->text();
}

// Said where the figures are, so that nobody reads missing gateway probes as a healthy gateway.
void UptimeWorkspace::showProbeNote()
{
    QString note;
    if (m_monitor && m_stack && !m_fleetView) {
        switch (m_monitor->gatewayProbing(m_stack->id)) {
        case UptimeMonitor::GatewayProbing::NoAnonKey:
            note = tr("Supadesk does not probe auth, rest, realtime and storage of “%1” itself: the keychain "
                      "holds no anon key for this stack, and Kong refuses those routes without it. The Setup "
                      "wizard stores the key; the server's probe reads it from the stack's .env.")
                       .arg(m_stack->name);
            break;
        case UptimeMonitor::GatewayProbing::KeychainFailed:
            note = tr("Supadesk does not probe auth, rest, realtime and storage of “%1” itself: the keychain "
                      "could not be read (%2).")
                       .arg(m_stack->name, m_monitor->gatewayProbingError(m_stack->id));
            break;
        case UptimeMonitor::GatewayProbing::NotConfigured:
            note = tr("Supadesk does not probe auth, rest, realtime and storage of “%1” itself; the server's "
                      "probe does.")
                       .arg(m_stack->name);
            break;
        case UptimeMonitor::GatewayProbing::Unknown:
        case UptimeMonitor::GatewayProbing::Probed:
            break;
        }
    }
    m_probeNote->setText(note);
    m_probeNote->setVisible(!note.isEmpty());
}

void UptimeWorkspace::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    refresh();
}

void UptimeWorkspace::setClock(std::function<qint64()> clock)
{
    m_clock = std::move(clock);
    const QDate today = QDateTime::fromMSecsSinceEpoch(now(), m_zone).date();
    m_year = today.year();
    m_month = today.month();
    retranslateUi();
}

void UptimeWorkspace::setMonth(int year, int month)
{
    m_year = year;
    m_month = month;
    const int index = m_monthBox->findData(QDate(year, month, 1));
    if (index >= 0 && index != m_monthBox->currentIndex()) {
        const QSignalBlocker block(m_monthBox);
        m_monthBox->setCurrentIndex(index);
    }
    refresh();
}

void UptimeWorkspace::setFleetView(bool fleet)
{
    m_fleetView = fleet;
    if (m_scope->currentIndex() != (fleet ? 1 : 0)) {
        const QSignalBlocker block(m_scope);
        m_scope->setCurrentIndex(fleet ? 1 : 0);
    }
    refresh();
}

qint64 UptimeWorkspace::now() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

void UptimeWorkspace::retranslateUi()
{
    m_scopeLabel->setText(tr("Show:"));
    // The percent sign as the language writes it (CLDR: "99.9%", "99,9%"; no space in either).
    m_target->setSuffix(DisplayFormat().locale().percent());
    m_scope->setItemText(0, tr("Selected stack"));
    m_scope->setItemText(1, tr("All stacks"));
    m_monthLabel->setText(tr("Month:"));
    {
        // The months a report is usually asked for: this one and the twelve before it.
        const QSignalBlocker block(m_monthBox);
        m_monthBox->clear();
        const QDate today = QDateTime::fromMSecsSinceEpoch(now(), m_zone).date();
        const QDate thisMonth(today.year(), today.month(), 1);
        for (int i = 0; i <= 12; ++i) {
            const QDate m = thisMonth.addMonths(-i);
            m_monthBox->addItem(UptimeText().monthTitle(m.year(), m.month()), m);
        }
        const QDate chosen(m_year, m_month, 1);
        if (m_monthBox->findData(chosen) < 0)
            m_monthBox->addItem(UptimeText().monthTitle(chosen.year(), chosen.month()), chosen);
        m_monthBox->setCurrentIndex(m_monthBox->findData(chosen));
    }
    m_targetLabel->setText(tr("SLA target:"));
    m_target->setToolTip(
        tr("The availability this stack should reach each month. Downtime up to what the target "
           "allows is the month's error budget."));
    const QString intervalTip = tr(
        "How often this stack is probed: by Supadesk while it is open, and by the server's probe "
        "when it is installed again (cron there runs only in whole minutes). Applies from the next round.");
    m_intervalLabel->setText(tr("Probe every"));
    m_intervalUnit->setText(tr("s"));
    for (QWidget *w : {static_cast<QWidget *>(m_intervalLabel), static_cast<QWidget *>(m_interval),
                       static_cast<QWidget *>(m_intervalUnit)})
        w->setToolTip(intervalTip);
    const QString failuresTip =
        tr("A component counts as down only after this many failed probes in a row; a shorter run is a "
           "blip and counts as up. Changing it recomputes this stack's history.");
    m_failuresLabel->setText(tr("Down after"));
    m_failuresUnit->setText(tr("failures"));
    for (QWidget *w : {static_cast<QWidget *>(m_failuresLabel), static_cast<QWidget *>(m_failures),
                       static_cast<QWidget *>(m_failuresUnit)})
        w->setToolTip(failuresTip);
    m_pull->setText(tr("Pull now"));
    m_pull->setToolTip(tr("Fetch the new lines of the server's probe log now (F5)."));
    m_install->setText(tr("Install probe on server…"));
    m_install->setToolTip(tr("Install the small script and timer that record this stack's availability at "
                             "its probe interval on the server itself, even while Supadesk is closed."));
    m_uninstall->setText(tr("Remove probe from server…"));
    m_uninstall->setToolTip(tr("Stop the server's probe and remove its files; the log it wrote stays."));
    m_export->setText(tr("Export report…"));
    m_alerts->setText(tr("Alerts…"));
    m_alerts->setToolTip(tr("The rules that alert about this stack and the channels that carry the alerts "
                            "(webhook, Slack, Telegram, e-mail), sent by the server's probe."));
    m_export->setToolTip(tr("Write a month's uptime report as PDF and CSV (Ctrl+Shift+R)."));
    const QStringList captions = {tr("Last 24 hours"), tr("Last 7 days"), tr("Last 30 days"),
                                  tr("Last 90 days"),  tr("Month"),       tr("Error budget left")};
    for (int i = 0; i < m_cards.size(); ++i)
        m_cards.at(i)->setCaption(captions.at(i));
    m_details->setTabText(0, tr("Incidents"));
    m_details->setTabText(1, tr("Response times"));
    m_details->setTabText(2, tr("Maintenance"));
    m_details->setTabText(3, tr("Alerts"));
    m_alertHistory->setHeaderLabels({tr("Rule"), tr("Fired"), tr("Resolved"), tr("Duration"), tr("Told")});
    m_maintenance->setHeaderLabels({tr("Start"), tr("End"), tr("Duration"), tr("Note")});
    m_addMaintenance->setText(tr("Add…"));
    m_removeMaintenance->setText(tr("Remove…"));
    refresh();
}

void UptimeWorkspace::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_scope)
        retranslateUi();
    Workspace::changeEvent(event);
}

void UptimeWorkspace::setStatus(const QString &text, bool error)
{
    m_status->showMessage(text, error ? MessageWidget::Type::Error : MessageWidget::Type::Plain);
}

QString UptimeWorkspace::statusText() const
{
    return m_status->text();
}

void UptimeWorkspace::refresh()
{
    if (!m_scope)
        return;
    m_pages->setCurrentWidget(m_fleetView ? m_fleetPage : m_stackPage);
    const bool haveStack = m_stack.has_value();
    m_target->setEnabled(haveStack && !m_fleetView);
    for (QWidget *w : {static_cast<QWidget *>(m_intervalLabel), static_cast<QWidget *>(m_interval),
                       static_cast<QWidget *>(m_intervalUnit), static_cast<QWidget *>(m_failuresLabel),
                       static_cast<QWidget *>(m_failures), static_cast<QWidget *>(m_failuresUnit)})
        w->setVisible(!m_fleetView);
    m_interval->setEnabled(haveStack && !m_fleetView);
    m_failures->setEnabled(haveStack && !m_fleetView);
    if (haveStack) {
        const UptimeStackSettings probing = m_source->probeSettings(m_stack->id);
        const QSignalBlocker blockInterval(m_interval);
        const QSignalBlocker blockFailures(m_failures);
        m_interval->setValue(probing.probeIntervalSeconds);
        m_failures->setValue(probing.failuresBeforeDown);
    }
    m_pull->setEnabled(haveStack && !m_fleetView && m_source->canPull() && !m_busy);
    m_install->setEnabled(haveStack && !m_fleetView && m_source->canInstallProbe() && !m_busy);
    m_uninstall->setEnabled(m_install->isEnabled());
    m_alerts->setEnabled(haveStack && !m_fleetView && m_alertConfig && !m_busy);
    m_export->setEnabled(!m_source->stacks().isEmpty());
    showProbeNote();
    if (m_fleetView)
        showFleet();
    else
        showOverview();
}

void UptimeWorkspace::showFleet()
{
    QList<UptimeOverview> rows;
    QStringList failures;
    for (const Stack &s : m_source->stacks()) {
        Result<UptimeOverview> o = m_source->overview(s, m_year, m_month, m_zone, now());
        if (o)
            rows.append(std::move(o).value());
        else
            failures.append(QStringLiteral("%1: %2").arg(s.name, o.error().message));
    }
    m_fleetModel->setStacks(rows);
    const UptimeText text;
    int missed = 0;
    for (const UptimeOverview &o : std::as_const(rows))
        missed += o.metTarget().value_or(true) ? 0 : 1;
    if (!failures.isEmpty())
        setStatus(tr("Some figures could not be read: %1").arg(failures.join(QStringLiteral("; "))), true);
    else if (rows.isEmpty())
        setStatus(tr("Add a stack to see its uptime."));
    else
        setStatus(tr("%n stack(s) missed their target in %1; the worst are listed first.", nullptr, missed)
                      .arg(text.monthTitle(m_year, m_month)));
}

void UptimeWorkspace::showOverview()
{
    const UptimeText text;
    m_overview.reset();
    if (!m_stack) {
        m_dayChart->clear();
        m_latencyChart->clear();
        m_incidentModel->clear();
        m_maintenance->clear();
        m_alertHistory->clear();
        for (FigureCard *card : std::as_const(m_cards)) {
            card->setValue(QStringLiteral("—"));
            card->setDetail(QString());
        }
        m_addMaintenance->setEnabled(false);
        m_removeMaintenance->setEnabled(false);
        return setStatus(tr("Select a stack in the list on the left, or show all stacks."));
    }
    const Result<UptimeOverview> result = m_source->overview(*m_stack, m_year, m_month, m_zone, now());
    if (!result)
        return setStatus(
            tr("The uptime history of “%1” could not be read: %2").arg(m_stack->name, result.error().message),
            true);
    m_overview = result.value();
    const UptimeOverview &o = *m_overview;
    {
        const QSignalBlocker block(m_target);
        m_target->setValue(o.target * 100);
    }
    const auto colored = [&](const std::optional<double> &a) {
        return UptimeColors::textRole(UptimeColors::grade(a, o.target));
    };
    const std::optional<double> values[] = {o.last24h, o.last7d, o.last30d, o.last90d,
                                            o.monthReport.availability};
    for (int i = 0; i < 5; ++i)
        m_cards.at(i)->setValue(text.percent(values[i]), colored(values[i]));
    m_cards.at(4)->setCaption(text.monthTitle(o.year, o.month));
    m_cards.at(4)->setDetail(o.hasData() ? tr("%n incident(s)", nullptr, int(o.incidents.size()))
                                         : QString());
    m_cards.at(5)->setValue(o.hasData() ? text.minutes(o.budget.remainingMinutes) : QStringLiteral("—"),
                            o.budget.remainingMinutes < 0
                                ? UptimeColors::textRole(UptimeColors::Grade::WellBelow)
                                : std::nullopt);
    m_cards.at(5)->setDetail(tr("of %1 allowed").arg(text.minutes(o.budget.allowedMinutes)));

    m_dayChartTitle->setText(
        QStringLiteral("<b>%1</b>")
            .arg(tr("Availability by day, %1 (%2)")
                     .arg(text.monthTitle(o.year, o.month), QString::fromUtf8(o.zone.id()))));
    m_dayChart->setUptime(o);
    m_latencyChart->setUptime(o);
    m_incidentModel->setUptime(o);
    m_incidents->resizeColumnsToContents();

    m_maintenance->clear();
    const Result<QList<MaintenanceWindow>> windows = m_source->maintenance(m_stack->id);
    if (windows)
        for (const MaintenanceWindow &w : windows.value()) {
            auto *item = new QTreeWidgetItem(m_maintenance, {text.dateTime(w.range.startMs, m_zone),
                                                             text.dateTime(w.range.endMs, m_zone),
                                                             text.duration(w.range.length()), w.note});
            item->setData(0, Qt::UserRole, w.id);
        }
    for (int c = 0; c < 3; ++c)
        m_maintenance->resizeColumnToContents(c);
    m_addMaintenance->setEnabled(true);
    m_removeMaintenance->setEnabled(!m_maintenance->selectedItems().isEmpty());
    m_maintenanceNote->setText(tr("Downtime inside these windows is not counted against the target."));

    // Newest first: what fired, when, how long, and whether the channels got it.
    m_alertHistory->clear();
    const QList<AlertIncident> alerts = AlertLog::incidents(m_source->alertHistory(m_stack->id));
    const QDateTime nowUtc = QDateTime::fromMSecsSinceEpoch(now(), QTimeZone::utc());
    for (auto it = alerts.crbegin(); it != alerts.crend(); ++it) {
        auto *item = new QTreeWidgetItem(
            m_alertHistory,
            {it->rule, text.dateTime(it->firedAt.toMSecsSinceEpoch(), m_zone),
             it->firing() ? tr("still firing") : text.dateTime(it->resolvedAt.toMSecsSinceEpoch(), m_zone),
             text.duration(it->durationMs(nowUtc)), it->toldText()});
        if (!it->delivered())
            item->setForeground(4, StatePalette::forPalette(palette()).color(StatePalette::Role::Bad));
    }
    for (int c = 0; c < 4; ++c)
        m_alertHistory->resizeColumnToContents(c);

    if (!o.hasData())
        setStatus(
            m_source->canInstallProbe()
                ? tr("No uptime history for “%1” in %2 yet. Install the probe on the server so it records "
                     "availability every minute, even while Supadesk is closed.")
                      .arg(m_stack->name, text.monthTitle(o.year, o.month))
                : tr("No uptime history for “%1” in %2 yet.")
                      .arg(m_stack->name, text.monthTitle(o.year, o.month)));
    else
        setStatus(o.metTarget().value_or(false)
                      ? tr("“%1” meets its target of %2 in %3.")
                            .arg(m_stack->name, text.percent(o.target, 2), text.monthTitle(o.year, o.month))
                      : tr("“%1” is below its target of %2 in %3.")
                            .arg(m_stack->name, text.percent(o.target, 2), text.monthTitle(o.year, o.month)),
                  false);
}

void UptimeWorkspace::commitTarget()
{
    if (!m_stack)
        return;
    const double target = std::round(m_target->value() * 1000.0) / 100000.0;
    if (m_overview && std::abs(m_overview->target - target) < 1e-9)
        return;
    const Status saved = m_source->setTarget(m_stack->id, target);
    if (!saved)
        return setStatus(saved.error().message, true);
    refresh();
}

void UptimeWorkspace::commitProbeSettings()
{
    if (!m_stack)
        return;
    const UptimeStackSettings settings{m_interval->value(), m_failures->value()};
    if (m_source->probeSettings(m_stack->id) == settings)
        return;
    const QString name = m_stack->name;
    const Status saved = m_source->setProbeSettings(m_stack->id, settings);
    if (!saved)
        return setStatus(saved.error().message, true);
    // The app's prober of a connected stack takes them from its next round.
    if (m_monitor)
        m_monitor->reloadProbeSettings(m_stack->id);
    refresh();
    setStatus(tr("“%1” is now probed every %2 s and counts as down after %n failure(s) in a row, from the "
                 "next round on.",
                 nullptr, settings.failuresBeforeDown)
                  .arg(name, DisplayFormat().number(settings.probeIntervalSeconds)));
}

void UptimeWorkspace::addMaintenance()
{
    if (!m_stack)
        return;
    // Proposes the next whole hour: windows are usually planned ahead.
    const qint64 hour = 3600 * 1000;
    MaintenanceDialog dialog(m_stack->name, m_zone, (now() / hour + 1) * hour, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Status added = m_source->addMaintenance(m_stack->id, dialog.range(), dialog.note());
    if (!added)
        return setStatus(added.error().message, true);
    refresh();
    pushAlertSettings(*m_stack); // the server's alerter is silent in the new window too
}

void UptimeWorkspace::removeMaintenance()
{
    const QList<QTreeWidgetItem *> selected = m_maintenance->selectedItems();
    if (!m_stack || selected.isEmpty())
        return;
    QTreeWidgetItem *item = selected.first();
    QMessageBox confirm(QMessageBox::Question, tr("Remove maintenance window"),
                        tr("Remove the maintenance window from %1 to %2? Downtime in that time will count "
                           "against the target again.")
                            .arg(item->text(0), item->text(1)),
                        QMessageBox::Cancel, this);
    QPushButton *remove = confirm.addButton(tr("Remove"), QMessageBox::DestructiveRole);
    confirm.setDefaultButton(QMessageBox::Cancel);
    confirm.exec();
    if (confirm.clickedButton() != remove)
        return;
    const Status removed = m_source->removeMaintenance(m_stack->id, item->data(0, Qt::UserRole).toLongLong());
    if (!removed)
        return setStatus(removed.error().message, true);
    refresh();
    pushAlertSettings(*m_stack);
}

void UptimeWorkspace::pullNow()
{
    if (!m_stack || !m_source->canPull() || m_busy)
        return;
    m_busy = true;
    setStatus(tr("Pulling the probe log of “%1”…").arg(m_stack->name));
    m_source->pullNow(*m_stack);
}

void UptimeWorkspace::installProbe()
{
    runProbeDialog(true);
}

void UptimeWorkspace::removeProbe()
{
    runProbeDialog(false);
}

std::optional<Result<UptimeProbeAlerts>> UptimeWorkspace::alertsForServer(const Stack &stack,
                                                                          const UptimeProbeSettings &settings)
{
    if (!m_alertConfig || !m_secrets || m_alertConfig->effective(stack.id).channels.isEmpty())
        return std::nullopt;
    QList<TimeRange> windows;
    if (const auto found = m_source->maintenance(stack.id))
        for (const MaintenanceWindow &w : found.value())
            if (w.range.endMs > now())
                windows.append(w.range);
    return m_alertConfig->forInstall(stack, settings, *m_secrets, windows);
}

void UptimeWorkspace::pushAlertSettings(const Stack &stack)
{
    if (!m_source->canInstallProbe())
        return;
    const UptimeProbeSettings settings =
        UptimeProbeSettings::forStack(stack, m_source->probeSettings(stack.id).probeIntervalSeconds);
    const std::optional<Result<UptimeProbeAlerts>> alerts = alertsForServer(stack, settings);
    if (!alerts)
        return;
    if (!*alerts)
        return setStatus(
            tr("The alerts of “%1” are saved on this computer but cannot be sent to the server: %2")
                .arg(stack.name, alerts->error().message),
            true);
    QString why;
    UptimeProbeInstaller *installer = m_source->probeInstaller(stack, this, &why);
    if (!installer)
        return setStatus(
            tr("The alerts of “%1” are saved on this computer; the server keeps its settings until "
               "the stack is connected and they are saved again.")
                .arg(stack.name));
    const QString name = stack.name;
    connect(installer, &UptimeProbeInstaller::finished, this,
            [this, installer, name](const UptimeProbeInstallReport &report) {
                installer->deleteLater();
                if (!report.ok)
                    return setStatus(tr("The alerts of “%1” are saved on this computer; the server's alerter "
                                        "was not updated: %2")
                                         .arg(name, report.error.message),
                                     true);
                QStringList backups;
                for (const UptimeProbeStepOutcome &step : report.steps)
                    if (!step.backupPath.isEmpty())
                        backups.append(step.backupPath);
                setStatus(backups.isEmpty()
                              ? tr("The alerts of “%1” are in force on the server.").arg(name)
                              : tr("The alerts of “%1” are in force on the server; the previous settings are "
                                   "kept as %2.")
                                    .arg(name, backups.join(QStringLiteral(", "))));
            });
    if (const Status started = installer->updateAlerts(std::move(*alerts).value()); !started) {
        installer->deleteLater();
        setStatus(
            tr("The alerts of “%1” are saved on this computer; the server's alerter was not updated: %2")
                .arg(name, started.error().message),
            true);
    }
}

void UptimeWorkspace::runProbeDialog(bool install)
{
    if (!m_stack || !m_source->canInstallProbe() || m_busy)
        return;
    QString why;
    UptimeProbeInstaller *installer = m_source->probeInstaller(*m_stack, this, &why);
    if (!installer)
        return setStatus(why, true);
    const Stack stack = *m_stack;
    m_busy = true;
    refresh();
    // The dialog asks the server first, then lists exactly what it will change and waits for "Install".
    UptimeProbeSettings settings =
        UptimeProbeSettings::forStack(stack, m_source->probeSettings(stack.id).probeIntervalSeconds);
    // The alerter goes with the probe when the stack's alerts have somewhere to go.
    if (install) {
        if (std::optional<Result<UptimeProbeAlerts>> alerts = alertsForServer(stack, settings)) {
            if (!*alerts) {
                installer->deleteLater();
                m_busy = false;
                refresh();
                return setStatus(
                    tr("The alerts of “%1” cannot be installed: %2").arg(stack.name, alerts->error().message),
                    true);
            }
            settings.alerts = std::move(*alerts).value();
        }
    }
    ProbeInstallDialog dialog(stack.name,
                              install ? ProbeInstallDialog::Mode::Install : ProbeInstallDialog::Mode::Remove,
                              installer, settings, this);
    dialog.exec();
    const bool succeeded = dialog.succeeded();
    installer->deleteLater();
    m_busy = false;
    refresh();
    if (!succeeded && dialog.error().isEmpty())
        return; // cancelled before anything changed
    if (!succeeded)
        return setStatus(
            install ? tr("The uptime probe was not installed on “%1”: %2").arg(stack.name, dialog.error())
                    : tr("The uptime probe was not removed from “%1”: %2").arg(stack.name, dialog.error()),
            true);
    if (!install)
        return setStatus(
            tr("The uptime probe was removed from “%1”; its log stays on the server.").arg(stack.name));
    setStatus(tr("The uptime probe is installed on “%1”.").arg(stack.name));
    // Its first round is in the log already: fetch it so the history starts now.
    if (m_source->canPull())
        pullNow();
}

QStringList UptimeWorkspace::alertHistoryRows() const
{
    QStringList rows;
    for (int i = 0; i < m_alertHistory->topLevelItemCount(); ++i) {
        QStringList cells;
        for (int c = 0; c < m_alertHistory->columnCount(); ++c)
            cells.append(m_alertHistory->topLevelItem(i)->text(c));
        rows.append(cells.join(QLatin1Char('|')));
    }
    return rows;
}

void UptimeWorkspace::setAlerts(AlertConfigStore *store, SecretStore *secrets)
{
    m_alertConfig = store;
    m_secrets = secrets;
    m_alertsButton->setVisible(store != nullptr);
    refresh();
}

void UptimeWorkspace::editAlerts()
{
    if (!m_stack || !m_alertConfig || m_busy)
        return;
    AlertsDialog dialog(*m_stack, m_alertConfig, m_secrets, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!dialog.installRequested()) {
        setStatus(tr("The alerts of “%1” are saved on this computer; install the probe to send them "
                     "from the server.")
                      .arg(m_stack->name));
        // Where the alerter is installed already, the new settings go to it at once.
        return pushAlertSettings(*m_stack);
    }
    installProbe();
}

void UptimeWorkspace::showExportDialog()
{
    const StackList stacks = m_source->stacks();
    if (stacks.isEmpty())
        return;
    ExportReportDialog dialog(stacks, m_fleetView || !m_stack ? QStringList() : QStringList{m_stack->id},
                              QDate(m_year, m_month, 1), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QDate month = dialog.month();
    const Status written =
        exportReport(dialog.pdfPath(), dialog.stackIds(), month.year(), month.month(), dialog.language());
    if (!written) {
        if (written.error().code != QLatin1String("uptime.report.cancelled"))
            QMessageBox::warning(this, tr("Report not written"), written.error().message);
        return;
    }
    setStatus(tr("Report written to %1 and %2.")
                  .arg(dialog.pdfPath(), ExportReportDialog::csvPathFor(dialog.pdfPath())));
}

Status UptimeWorkspace::exportReport(const QString &pdfPath, const QStringList &stackIds, int year, int month,
                                     const QString &language)
{
    UptimeText text;
    if (!text.setLanguage(language))
        return Error{QStringLiteral("uptime.report.language"),
                     tr("The %1 translation could not be loaded.").arg(language)};
    QList<UptimeOverview> overviews;
    QProgressDialog progress(tr("Computing the report…"), tr("Cancel"), 0, int(stackIds.size()), this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    const StackList stacks = m_source->stacks();
    // The report keeps the order of the stack list, which is how people group their stacks.
    for (const Stack &s : stacks) {
        if (!stackIds.contains(s.id))
            continue;
        if (progress.wasCanceled())
            return Error{QStringLiteral("uptime.report.cancelled"), tr("The report was cancelled.")};
        Result<UptimeOverview> o = m_source->overview(s, year, month, m_zone, now());
        if (!o)
            return Error{o.error().code,
                         tr("The figures of “%1” could not be read: %2").arg(s.name, o.error().message)};
        // The alerts that fired in the month, from the server's history as last pulled.
        for (const AlertIncident &a : AlertLog::incidents(m_source->alertHistory(s.id))) {
            const qint64 at = a.firedAt.toMSecsSinceEpoch();
            if (at >= o.value().monthRange.startMs && at < o.value().monthRange.endMs)
                o.value().alerts.append(a);
        }
        overviews.append(std::move(o).value());
        progress.setValue(progress.value() + 1);
    }
    if (overviews.isEmpty())
        return Error{QStringLiteral("uptime.report.nostacks"),
                     tr("Choose at least one stack for the report.")};
    UptimeReportPdf::Options options;
    options.year = year;
    options.month = month;
    options.zone = m_zone;
    options.generatedAtMs = now();
    if (const Status pdf = UptimeReportPdf::write(pdfPath, overviews, options, text); !pdf)
        return pdf;
    return UptimeReportCsv::write(ExportReportDialog::csvPathFor(pdfPath), overviews);
}

} // namespace supadesk
