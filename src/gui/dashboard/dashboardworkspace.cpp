// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardworkspace.h"

#include "activitypanel.h"
#include "core/locale/displayformat.h"
#include "core/metrics/poolerseries.h"
#include "core/metrics/statsseries.h"
#include "db/historystore.h"
#include "fleetoverview.h"
#include "gui/common/messagewidget.h"
#include "historyretentiondialog.h"
#include "hostpanel.h"
#include "livechart.h"
#include "services/connectionmanager.h"
#include "services/databasesampler.h"
#include "services/host/fleethostsampler.h"
#include "services/statsfleet.h"
#include "standbytable.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace supadesk {

namespace {

// The charts' lines, in palette roles so that they follow the light or dark palette.
constexpr StatePalette::Role kBlue = StatePalette::Role::Accent, kRed = StatePalette::Role::BadMark,
                             kGreen = StatePalette::Role::OkMark, kAmber = StatePalette::Role::WarnMark,
                             kGrey = StatePalette::Role::IdleMark, kPurple = StatePalette::Role::Accent2;

constexpr double KiB = 1024.0;
constexpr double MiB = 1024.0 * 1024.0;

// Charts of a past range are read again from the history this often while they are shown.
constexpr qint64 ReloadEveryMs = 30'000;

} // namespace

DashboardWorkspace::DashboardWorkspace(EndpointResolver resolver, StatsFleet *fleet, Preferences preferences,
                                       QWidget *parent)
    : DatabaseWorkspace(resolver, parent), m_resolver(std::move(resolver)),
      m_preferences(std::move(preferences)), m_fleet(fleet)
{
    setObjectName(QStringLiteral("DashboardWorkspace"));
    m_fleet->setRetention(m_preferences.historyRetention());
    m_toolbar = new QToolBar(this);
    m_pause = m_toolbar->addAction(QString());
    m_pause->setObjectName(QStringLiteral("pause"));
    m_pause->setCheckable(true);
    m_pause->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_toolbar->addSeparator();
    m_intervalLabel = new QLabel(m_toolbar);
    m_intervalLabel->setContentsMargins(0, 0, 4, 0); // not touching its spin box
    m_toolbar->addWidget(m_intervalLabel);
    m_interval = new QSpinBox(m_toolbar);
    m_interval->setRange(1, 60);
    m_interval->setValue(2);
    m_toolbar->addWidget(m_interval);
    m_toolbar->addSeparator();
    m_rangeLabel = new QLabel(m_toolbar);
    m_toolbar->addWidget(m_rangeLabel);
    m_range = new QComboBox(m_toolbar);
    m_range->setObjectName(QStringLiteral("range"));
    m_range->setSizeAdjustPolicy(QComboBox::AdjustToContents); // Georgian names are longer
    for (int i = 0; i < HistoryRange::all().size(); ++i)
        m_range->addItem(QString());
    m_toolbar->addWidget(m_range);
    m_resetZoom = m_toolbar->addAction(QString());
    m_resetZoom->setObjectName(QStringLiteral("resetZoom"));
    m_resetZoom->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_toolbar->addSeparator();
    m_fleetAction = m_toolbar->addAction(QString());
    m_fleetAction->setObjectName(QStringLiteral("fleet"));
    m_fleetAction->setCheckable(true);
    m_fleetAction->setVisible(false);
    m_fleetAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_toolbar->addSeparator();
    m_retentionAction = m_toolbar->addAction(QString());
    m_retentionAction->setObjectName(QStringLiteral("retention"));

    m_status = new MessageWidget(this);
    m_status->setObjectName(QStringLiteral("statusMessage"));
    m_status->label()->setObjectName(QStringLiteral("status"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);

    buildCharts();
    auto *chartsPage = new QWidget;
    m_chartsPage = chartsPage;
    auto *grid = new QGridLayout(chartsPage);
    grid->setContentsMargins(0, 0, 0, 0);
    m_standbys = new StandbyTable(chartsPage);
    connect(m_standbys, &StandbyTable::addStandbyRequested, this, [this] {
        if (stack())
            emit addStandbyRequested(stack()->id);
    });
    connect(m_standbys, &StandbyTable::failoverRequested, this, [this] {
        if (stack())
            emit failoverRequested(stack()->id);
    });
    layOutCharts(2);
    chartsPage->installEventFilter(this);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("charts"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(chartsPage);
    m_activity = new ActivityPanel(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("dashboardTabs"));
    m_tabs->addTab(scroll, QString());
    m_tabs->addTab(m_activity, QString());
    m_host = new HostPanel(this);
    m_tabs->addTab(m_host, QString());
    m_fleetHost = new FleetHostSampler(this);

    m_stackPage = new QWidget(this);
    auto *stackLayout = new QVBoxLayout(m_stackPage);
    stackLayout->setContentsMargins(0, 0, 0, 0);
    stackLayout->addWidget(m_tabs, 1);
    stackLayout->addWidget(m_summary);
    m_fleetView = new FleetOverview(this);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_stackPage);
    m_pages->addWidget(m_fleetView);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_toolbar);
    layout->addWidget(m_status);
    layout->addWidget(m_pages, 1);

    m_tick = new QTimer(this);
    m_tick->start(1000);
    connect(m_tick, &QTimer::timeout, this, &DashboardWorkspace::tick);
    connect(m_fleet, &StatsFleet::sampled, this, &DashboardWorkspace::onSample);
    connect(m_fleet, &StatsFleet::poolerSampled, this, &DashboardWorkspace::onPoolerSample);
    connect(m_fleet, &StatsFleet::poolerFailed, this, [this](const QString &key) {
        if (key == currentKey())
            updatePoolerNote();
    });
    connect(m_retentionAction, &QAction::triggered, this, &DashboardWorkspace::editRetention);
    // The Host tab's readings of the shown stack are its tile's too (it is not sampled twice).
    connect(m_host, &HostPanel::readingShown, this, [this] {
        if (const std::optional<HostReading> reading = m_host->lastReading())
            m_fleetHost->adopt(currentKey(), *reading);
    });
    auto showHost = [this](const QString &key) {
        m_fleetView->setHost(key, m_fleetHost->lastReading(key), m_fleetHost->problem(key));
    };
    connect(m_fleetHost, &FleetHostSampler::sampled, this, showHost);
    connect(m_fleetHost, &FleetHostSampler::failed, this, showHost);
    connect(m_fleet, &StatsFleet::failed, this, [this](const QString &key, const QString &message) {
        if (key != currentKey())
            return;
        m_error = message;
        updateStatus();
    });
    connect(m_fleet, &StatsFleet::historyNotice, this, [this](const QString &message) {
        m_historyNotice = message;
        updateStatus();
    });
    connect(m_pause, &QAction::toggled, this, [this](bool paused) {
        m_pause->setText(paused ? tr("Resume") : tr("Pause"));
        if (!paused && m_rangeValue != HistoryRange::Range::Live)
            reloadCharts();
        updateStatus();
    });
    connect(m_interval, &QSpinBox::valueChanged, this, [this](int seconds) {
        m_fleet->setInterval(seconds * 1000);
        m_host->setInterval(seconds * 1000);
        updateStatus();
    });
    connect(m_range, &QComboBox::activated, this,
            [this](int index) { setRange(HistoryRange::all().at(index)); });
    connect(m_resetZoom, &QAction::triggered, this, [this] {
        for (LiveChart *c : std::as_const(m_charts))
            c->resetZoom();
    });
    connect(m_fleetAction, &QAction::toggled, this, [this] { updatePage(); });
    connect(m_fleetView, &FleetOverview::stackActivated, this, [this](const QString &id) {
        m_fleetAction->setChecked(false);
        emit stackActivated(id);
    });
    retranslateUi();
    updatePage();
}

DashboardWorkspace::~DashboardWorkspace() = default;

void DashboardWorkspace::buildCharts()
{
    for (int i = 0; i < ChartCount; ++i)
        m_charts.append(new LiveChart(this));
    auto series = [this](Chart c, std::initializer_list<StatePalette::Role> roles) {
        for (const StatePalette::Role role : roles)
            m_charts.at(c)->addSeries(role);
    };
    series(Transactions, {kBlue, kRed});
    series(CacheHit, {kGreen});
    m_cacheTargetLine = m_charts.at(CacheHit)->addReferenceLine(kGrey);
    m_charts.at(CacheHit)->setReferenceValue(m_cacheTargetLine, 99);
    m_charts.at(CacheHit)->setFixedRange(80, 100);
    series(Connections, {kGreen, kBlue, kAmber, kRed});
    m_maxConnectionsLine = m_charts.at(Connections)->addReferenceLine(kGrey);
    series(Rows, {kBlue, kPurple, kGreen, kAmber, kRed});
    series(WriteVolume, {kBlue, kAmber});
    series(Replication, {kRed, kPurple});
    series(ReplicationDelay, {kRed});
    series(Checkpoints, {kGreen, kRed});
    series(DatabaseSize, {kBlue});
    series(TransactionAge, {kAmber, kRed});
    series(Pooler, {kGreen, kRed, kBlue, kGrey});
    series(PoolerWait, {kAmber, kRed});
    for (Chart c : {WriteVolume, Replication, DatabaseSize, ReplicationDelay, TransactionAge, PoolerWait})
        m_charts.at(c)->setLabelFormat(QStringLiteral("%.1f"));

    m_bindings = {
        {StatsSeries::CommitsPerSecond, Transactions, 0, 1},
        {StatsSeries::RollbacksPerSecond, Transactions, 1, 1},
        {StatsSeries::CacheHitRatio, CacheHit, 0, 100},
        {StatsSeries::ConnectionsActive, Connections, 0, 1},
        {StatsSeries::ConnectionsIdle, Connections, 1, 1},
        {StatsSeries::ConnectionsIdleInTransaction, Connections, 2, 1},
        {StatsSeries::ConnectionsWaiting, Connections, 3, 1},
        {StatsSeries::TuplesReturnedPerSecond, Rows, 0, 1},
        {StatsSeries::TuplesFetchedPerSecond, Rows, 1, 1},
        {StatsSeries::TuplesInsertedPerSecond, Rows, 2, 1},
        {StatsSeries::TuplesUpdatedPerSecond, Rows, 3, 1},
        {StatsSeries::TuplesDeletedPerSecond, Rows, 4, 1},
        {StatsSeries::WalBytesPerSecond, WriteVolume, 0, 1 / KiB},
        {StatsSeries::TempBytesPerSecond, WriteVolume, 1, 1 / KiB},
        {StatsSeries::ReplicationLagBytes, Replication, 0, 1 / MiB},
        {StatsSeries::SlotRetainedBytes, Replication, 1, 1 / MiB},
        {StatsSeries::ReplicationLagSeconds, ReplicationDelay, 0, 1},
        {StatsSeries::CheckpointsTimed, Checkpoints, 0, 1},
        {StatsSeries::CheckpointsRequested, Checkpoints, 1, 1},
        {StatsSeries::DatabaseSize, DatabaseSize, 0, 1 / MiB},
        {StatsSeries::LongestTransaction, TransactionAge, 0, 1},
        {StatsSeries::OldestIdleInTransaction, TransactionAge, 1, 1},
        {PoolerSeries::ClientsActive, Pooler, 0, 1},
        {PoolerSeries::ClientsWaiting, Pooler, 1, 1},
        {PoolerSeries::ServersActive, Pooler, 2, 1},
        {PoolerSeries::ServersIdle, Pooler, 3, 1},
        {PoolerSeries::AverageWaitMs, PoolerWait, 0, 1},
        {PoolerSeries::MaxWaitMs, PoolerWait, 1, 1},
    };
}

QString DashboardWorkspace::title() const
{
    return tr("Dashboard");
}

void DashboardWorkspace::setFleetSource(std::function<StackList()> stacks)
{
    m_stacksSource = std::move(stacks);
    m_fleetAction->setVisible(bool(m_stacksSource));
    refreshTargets();
    updateHostTarget();
    updatePage();
}

void DashboardWorkspace::setPoolerResolver(EndpointResolver resolver)
{
    m_poolerResolver = std::move(resolver);
    refreshTargets();
    updatePoolerNote();
}

void DashboardWorkspace::setPoolerMetricsResolver(MetricsResolver resolver)
{
    m_poolerMetricsResolver = std::move(resolver);
    refreshTargets();
}

void DashboardWorkspace::setReconnectingSource(std::function<bool(const Stack &)> reconnecting)
{
    m_reconnecting = std::move(reconnecting);
    refreshTargets();
    updateStatus();
}

void DashboardWorkspace::setConnectionManager(const ConnectionManager *connections)
{
    if (!connections)
        return;
    setPoolerResolver([connections](const Stack &s) -> std::optional<DbEndpoint> {
        std::optional<DbEndpoint> endpoint = connections->databaseEndpoint(s);
        const StackConnection *link = connections->connection(s.id);
        if (!endpoint || !link || link->localPort(StackConnection::Pooler) == 0)
            return std::nullopt;
        endpoint->port = link->localPort(StackConnection::Pooler); // same role and password
        return endpoint;
    });
    setPoolerMetricsResolver([connections](const Stack &s) { return connections->poolerMetricsEndpoint(s); });
    setReconnectingSource([connections](const Stack &s) {
        return connections->state(s.id) == StackConnection::State::Reconnecting;
    });
    // The JWT secret arrives from the keychain after the tunnel is up, or after the Setup wizard's apply.
    connect(connections, &ConnectionManager::secretsLoaded, this, &DashboardWorkspace::refreshTargets);
    m_connections = connections;
    connect(connections, &ConnectionManager::stateChanged, this, &DashboardWorkspace::updateHostTarget);
    updateHostTarget();
}

void DashboardWorkspace::updateHostTarget()
{
    StackConnection *link = nullptr;
    if (m_connections && stack() && m_connections->state(stack()->id) == StackConnection::State::Connected)
        link = m_connections->connection(stack()->id);
    m_host->setHistory(m_fleet->historyDirectory(), m_fleet->retention());
    m_host->setInterval(m_interval->value() * 1000);
    m_host->setTarget(link, stack());

    QList<FleetHostSampler::Target> targets;
    if (m_connections && m_stacksSource) {
        for (const Stack &s : m_stacksSource())
            if (m_connections->state(s.id) == StackConnection::State::Connected)
                targets.append({s, m_connections->connection(s.id)});
    }
    m_fleetHost->setHistory(m_fleet->historyDirectory(), m_fleet->retention());
    m_fleetHost->setSampledElsewhere(link ? currentKey() : QString());
    m_fleetHost->watch(targets);
}

void DashboardWorkspace::editRetention()
{
    HistoryRetentionDialog dialog(m_fleet->retention(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_preferences.setHistoryRetention(dialog.policy());
    m_fleet->setRetention(dialog.policy());
    m_host->setHistory(m_fleet->historyDirectory(), dialog.policy());
    m_fleetHost->setHistory(m_fleet->historyDirectory(), dialog.policy());
}

bool DashboardWorkspace::isReconnecting() const
{
    return stack() && !endpoint() && m_reconnecting && m_reconnecting(*stack());
}

void DashboardWorkspace::retranslateUi()
{
    m_pause->setText(m_pause->isChecked() ? tr("Resume") : tr("Pause"));
    m_pause->setToolTip(tr("Freeze the charts; samples are still recorded in the history (Ctrl+Shift+P)"));
    m_intervalLabel->setText(tr("Every"));
    m_interval->setSuffix(tr(" s"));
    m_rangeLabel->setText(tr("Range"));
    const QStringList ranges = {tr("Live (last 5 minutes)"), tr("Last hour"), tr("Last 24 hours"),
                                tr("Last 7 days"), tr("Last 30 days")};
    for (int i = 0; i < ranges.size(); ++i)
        m_range->setItemText(i, ranges.at(i));
    m_resetZoom->setText(tr("Reset Zoom"));
    m_resetZoom->setToolTip(tr("Show the whole range again (Ctrl+0). Zoom with the mouse wheel, pan by "
                               "dragging; right-click a chart to export it."));
    m_fleetAction->setText(tr("Fleet Overview"));
    m_fleetAction->setToolTip(tr("All stacks at a glance (Ctrl+Shift+F)"));
    m_retentionAction->setText(tr("History Retention…"));
    m_retentionAction->setToolTip(tr("How long the local history keeps samples and summaries"));
    m_tabs->setTabText(0, tr("Charts"));
    m_tabs->setTabText(1, tr("Activity"));
    m_tabs->setTabText(m_tabs->indexOf(m_host), tr("Host"));

    LiveChart *c = m_charts.at(Transactions);
    c->setTitles(tr("Transactions per second"), tr("transactions/s"));
    c->setSeriesName(0, tr("Commits"));
    c->setSeriesName(1, tr("Rollbacks"));
    c = m_charts.at(CacheHit);
    c->setTitles(tr("Cache hit ratio"), tr("%"));
    c->setSeriesName(0, tr("Hit ratio"));
    c->setSeriesName(m_cacheTargetLine, tr("99% target"));
    c = m_charts.at(Connections);
    c->setTitles(tr("Connections by state"), tr("connections"));
    c->setSeriesName(0, tr("Active"));
    c->setSeriesName(1, tr("Idle"));
    c->setSeriesName(2, tr("Idle in transaction"));
    c->setSeriesName(3, tr("Waiting"));
    c->setSeriesName(m_maxConnectionsLine, QStringLiteral("max_connections")); // a setting name, not prose
    c = m_charts.at(Rows);
    c->setTitles(tr("Rows per second"), tr("rows/s"));
    c->setSeriesName(0, tr("Returned"));
    c->setSeriesName(1, tr("Fetched"));
    c->setSeriesName(2, tr("Inserted"));
    c->setSeriesName(3, tr("Updated"));
    c->setSeriesName(4, tr("Deleted"));
    c = m_charts.at(WriteVolume);
    c->setTitles(tr("WAL and temporary files written"), tr("KiB/s"));
    c->setSeriesName(0, tr("WAL"));
    c->setSeriesName(1, tr("Temporary files"));
    c = m_charts.at(Replication);
    c->setTitles(tr("Replication lag and slot retention"), tr("MiB"));
    c->setSeriesName(0, tr("Largest standby lag"));
    c->setSeriesName(1, tr("WAL held by a slot"));
    c = m_charts.at(ReplicationDelay);
    c->setTitles(tr("Replication delay"), tr("seconds"));
    c->setSeriesName(0, tr("Largest standby replay delay"));
    c = m_charts.at(Checkpoints);
    c->setTitles(tr("Checkpoints per sample"), tr("checkpoints"));
    c->setSeriesName(0, tr("Timed"));
    c->setSeriesName(1, tr("Requested"));
    c = m_charts.at(DatabaseSize);
    c->setTitles(tr("Database size"), tr("MiB"));
    c->setSeriesName(0, tr("Size"));
    c = m_charts.at(TransactionAge);
    c->setTitles(tr("Oldest transactions"), tr("seconds"));
    c->setSeriesName(0, tr("Longest running transaction"));
    c->setSeriesName(1, tr("Oldest idle in transaction"));
    titlePoolerCharts(m_poolerIsSupavisor);
    updatePoolerNote();
    updateStatus();
}

void DashboardWorkspace::layOutCharts(int columns)
{
    if (columns == m_chartColumns)
        return;
    m_chartColumns = columns;
    auto *grid = static_cast<QGridLayout *>(m_chartsPage->layout());
    // Related charts side by side (or one under the other); the standby table right under the two
    // replication charts.
    const Chart pairs[][2] = {{Transactions, CacheHit},
                              {Connections, Rows},
                              {Pooler, PoolerWait},
                              {WriteVolume, Checkpoints},
                              {Replication, ReplicationDelay},
                              {DatabaseSize, TransactionAge}};
    int row = 0;
    for (const auto &pair : pairs) {
        for (int i = 0; i < 2; ++i) {
            grid->removeWidget(m_charts.at(pair[i]));
            grid->addWidget(m_charts.at(pair[i]), columns == 2 ? row : row + i, columns == 2 ? i : 0);
        }
        row += columns == 2 ? 1 : 2;
        if (pair[0] == Replication) {
            grid->removeWidget(m_standbys);
            grid->addWidget(m_standbys, row++, 0, 1, columns);
        }
    }
    for (int c = 0; c < 2; ++c)
        grid->setColumnStretch(c, c < columns ? 1 : 0);
}

bool DashboardWorkspace::eventFilter(QObject *watched, QEvent *event)
{
    // Two columns from about 1000 pixels: narrower, a chart's legend no longer fits in Georgian.
    if (watched == m_chartsPage && event->type() == QEvent::Resize)
        layOutCharts(m_chartsPage->width() >= 960 ? 2 : 1);
    return Workspace::eventFilter(watched, event);
}

void DashboardWorkspace::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    DatabaseWorkspace::changeEvent(event);
}

QString DashboardWorkspace::currentKey() const
{
    return stack() ? StatsFleet::keyOf(*stack()) : QString();
}

void DashboardWorkspace::endpointUpdated(bool changed)
{
    Q_UNUSED(changed)
    m_activity->setEndpoint(endpoint());
    refreshTargets();
    if (currentKey() != m_shownKey) {
        // Another stack: its own history, its own sessions.
        m_shownKey = currentKey();
        m_samples = 0;
        m_error.clear();
        m_activity->setSessions({});
        m_standbys->clear();
        for (LiveChart *c : std::as_const(m_charts))
            c->setNote(QString());
        reloadCharts();
    }
    updatePoolerNote();
    updateHostTarget();
    updatePage();
}

PoolerMetricsEndpoint DashboardWorkspace::poolerMetricsOf(const Stack &s) const
{
    return m_poolerMetricsResolver ? m_poolerMetricsResolver(s).value_or(PoolerMetricsEndpoint{})
                                   : PoolerMetricsEndpoint{};
}

void DashboardWorkspace::refreshTargets()
{
    QList<StatsFleet::Target> targets;
    if (m_stacksSource) {
        const QString selected = currentKey();
        for (const Stack &s : m_stacksSource()) {
            // The selected stack's endpoint is the one the main window last told us about.
            const bool isSelected = StatsFleet::keyOf(s) == selected;
            targets.append({s, isSelected ? endpoint() : (m_resolver ? m_resolver(s) : std::nullopt),
                            m_poolerResolver ? m_poolerResolver(s) : std::nullopt, poolerMetricsOf(s),
                            m_reconnecting && m_reconnecting(s)});
        }
    } else if (stack()) {
        targets.append({*stack(), endpoint(), m_poolerResolver ? m_poolerResolver(*stack()) : std::nullopt,
                        poolerMetricsOf(*stack()), m_reconnecting && m_reconnecting(*stack())});
    }
    // Only the stack on screen shows its sessions.
    m_fleet->setActivityKey(currentKey());
    m_fleet->watch(targets);
}

void DashboardWorkspace::showFleet(bool show)
{
    m_fleetAction->setChecked(show);
    updatePage();
}

void DashboardWorkspace::updatePage()
{
    const bool fleet = m_stacksSource && (!stack() || m_fleetAction->isChecked());
    m_pages->setCurrentWidget(fleet ? static_cast<QWidget *>(m_fleetView) : m_stackPage);
    if (fleet)
        m_fleetView->setStatuses(m_fleet->statuses(), m_interval->value());
    for (QWidget *w : std::initializer_list<QWidget *>{m_range, m_rangeLabel})
        w->setEnabled(!fleet);
    m_resetZoom->setEnabled(!fleet);
    updateStatus();
}

void DashboardWorkspace::setRange(HistoryRange::Range range)
{
    m_rangeValue = range;
    m_range->setCurrentIndex(int(HistoryRange::all().indexOf(range)));
    reloadCharts();
    updateStatus();
}

HistoryStore *DashboardWorkspace::reader()
{
    if (!m_reader) {
        m_reader = std::make_unique<HistoryStore>(m_fleet->historyDirectory());
        if (!m_reader->openForReading().ok()) {
            m_reader.reset(); // nothing recorded yet: try again on the next load
            return nullptr;
        }
    }
    return m_reader.get();
}

void DashboardWorkspace::reloadCharts()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_lastReloadMs = now;
    const qint64 span = HistoryRange::spanMs(m_rangeValue);
    const HistoryRange::Resolution resolution = HistoryRange::resolution(m_rangeValue);
    const qint64 bucket = HistoryRange::bucketMs(resolution);
    const HistoryResolution stored = resolution == HistoryRange::Resolution::Raw ? HistoryResolution::Raw
                                     : resolution == HistoryRange::Resolution::Minute
                                         ? HistoryResolution::Minute
                                         : HistoryResolution::Hour;
    HistoryStore *store = m_shownKey.isEmpty() ? nullptr : reader();
    for (LiveChart *c : std::as_const(m_charts))
        c->clearPoints();
    for (const Binding &b : std::as_const(m_bindings)) {
        QList<QPointF> points;
        if (store) {
            const auto buckets = store->query(m_shownKey, b.metric, now - span, now + 1, stored);
            if (buckets.ok()) {
                points.reserve(buckets.value().size());
                // A bucket's mean is drawn at its middle (the current bucket at most at "now"): the
                // line then lines up with the live one.
                for (const RollupBucket &r : buckets.value())
                    points.append(QPointF(double(std::min(r.startMs + bucket / 2, now)), r.mean() * b.scale));
            }
        }
        m_charts.at(b.chart)->setPoints(b.series, points);
    }
    if (store) {
        const auto limit = store->query(m_shownKey, StatsSeries::MaxConnections, now - span, now + 1, stored);
        if (limit.ok() && !limit.value().isEmpty())
            m_charts.at(Connections)->setReferenceValue(m_maxConnectionsLine, limit.value().constLast().max);
    }
    for (LiveChart *c : std::as_const(m_charts)) {
        c->setSpanMs(span);
        c->setTimeRange(now - span, now);
    }
}

void DashboardWorkspace::onSample(const QString &key, const StatsSample &sample, const StatsRates &rates)
{
    if (key != currentKey() || m_pause->isChecked())
        return;
    m_error.clear();
    ++m_samples;
    m_lastRoundTripUs = sample.roundTripUs;
    m_activity->setSessions(sample.activity);
    m_standbys->setSample(sample, endpoint() ? endpoint()->user : QString());
    updateNotes(sample);
    const ConnectionCounts &c = sample.connections;
    m_charts.at(Connections)->setReferenceValue(m_maxConnectionsLine, c.maxConnections);
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    if (m_rangeValue == HistoryRange::Range::Live) {
        const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs);
        QHash<QString, double> values;
        for (const auto &[metric, value] : StatsSeries::values(sample, rates))
            values.insert(metric, value);
        for (const Binding &b : std::as_const(m_bindings))
            if (const auto it = values.constFind(b.metric); it != values.constEnd())
                m_charts.at(b.chart)->append(b.series, now, *it * b.scale);
    } else if (nowMs - m_lastReloadMs >= ReloadEveryMs) {
        reloadCharts();
    }

    const DisplayFormat format;
    m_summary->setText(tr("Database size %1 · longest transaction %2 s · oldest idle in transaction %3 s · "
                          "%4 of %5 connections in use")
                           .arg(format.bytes(sample.databaseSize),
                                format.number(sample.longestTransactionSeconds, 1),
                                format.number(sample.oldestIdleInTransactionSeconds, 1),
                                format.number(c.total), format.number(c.maxConnections)));
    updateStatus();
}

void DashboardWorkspace::onPoolerSample(const QString &key, const PoolerSample &sample)
{
    if (key != currentKey() || m_pause->isChecked())
        return;
    updatePoolerNote();
    if (m_rangeValue != HistoryRange::Range::Live)
        return;
    const QDateTime now = QDateTime::currentDateTime();
    const auto values = PoolerSeries::values(sample);
    for (const auto &[metric, value] : values)
        for (const Binding &b : std::as_const(m_bindings))
            if (b.metric == metric)
                m_charts.at(b.chart)->append(b.series, now, value * b.scale);
}

void DashboardWorkspace::titlePoolerCharts(bool supavisor)
{
    m_poolerIsSupavisor = supavisor;
    LiveChart *c = m_charts.at(Pooler);
    LiveChart *wait = m_charts.at(PoolerWait);
    // Supavisor's metrics have no waiting clients, no server connections and no longest wait: those
    // lines are hidden rather than left empty for the user to wonder about.
    for (int series : {1, 2, 3})
        c->setSeriesShown(series, !supavisor);
    wait->setSeriesShown(1, !supavisor);
    if (supavisor) {
        c->setTitles(tr("Pooler (Supavisor): client connections"), tr("connections"));
        c->setSeriesName(0, tr("Clients connected"));
        wait->setTitles(tr("Pooler (Supavisor): wait for a database connection"), tr("ms"));
        wait->setSeriesName(0, tr("Average wait per checkout"));
        return;
    }
    c->setTitles(tr("Pooler: clients and server connections"), tr("connections"));
    c->setSeriesName(0, tr("Clients active"));
    c->setSeriesName(1, tr("Clients waiting"));
    c->setSeriesName(2, tr("Servers active"));
    c->setSeriesName(3, tr("Servers idle"));
    wait->setTitles(tr("Pooler: client wait time"), tr("ms"));
    wait->setSeriesName(0, tr("Average wait per transaction"));
    wait->setSeriesName(1, tr("Longest current wait"));
}

void DashboardWorkspace::updatePoolerNote()
{
    const std::optional<PoolerSample> last = m_fleet->lastPoolerSample(currentKey());
    const bool supavisor = last && last->pooler == PoolerSample::Pooler::Supavisor;
    if (supavisor != m_poolerIsSupavisor)
        titlePoolerCharts(supavisor);
    QString note;
    if (stack() && endpoint()) {
        PoolerProblem problem = m_fleet->poolerProblem(currentKey());
        const std::optional<DbEndpoint> pooler = m_poolerResolver ? m_poolerResolver(*stack()) : std::nullopt;
        if (!pooler)
            problem.kind = PoolerProblem::Kind::NoEndpoint;
        note = problem.advice(pooler ? pooler->user : endpoint()->user, stack()->poolerPort);
    }
    m_charts.at(Pooler)->setNote(note);
    m_charts.at(PoolerWait)->setNote(note);
}

void DashboardWorkspace::updateNotes(const StatsSample &sample)
{
    QString replication;
    if (!sample.fullVisibility && sample.standbys.isEmpty())
        replication = tr("Replication figures are visible to superusers and members of pg_read_all_stats "
                         "only: GRANT pg_read_all_stats TO the dashboard's role.");
    else if (sample.inRecovery)
        replication = tr("This server is a standby: lag is shown on its primary.");
    else if (sample.standbys.isEmpty() && sample.replicationSlots.isEmpty())
        replication = tr("No standby is connected and no replication slot exists.");
    m_charts.at(Replication)->setNote(replication);
    m_charts.at(ReplicationDelay)
        ->setNote(replication.isEmpty() && sample.standbys.isEmpty() ? tr("No standby is connected.")
                                                                     : replication);
    m_charts.at(Connections)
        ->setNote(
            sample.connections.hidden > 0
                ? tr("%n session(s) of other roles are hidden from this role: GRANT pg_read_all_stats to see "
                     "their state.",
                     nullptr, sample.connections.hidden)
                : QString());
}

void DashboardWorkspace::tick()
{
    if (m_stacksSource)
        refreshTargets();
    if (m_pages->currentWidget() == m_fleetView)
        m_fleetView->setStatuses(m_fleet->statuses(), m_interval->value());
    else if (isReconnecting())
        updateStatus(); // the age of the last sample grows
}

void DashboardWorkspace::updateStatus()
{
    QString text;
    bool error = false;
    if (m_pages->currentWidget() == m_fleetView)
        text = tr("Fleet overview: %n stack(s).", nullptr, int(m_fleet->keys().size()));
    else if (!stack())
        text = tr("Select a stack in the list on the left.");
    else if (isReconnecting()) {
        const qint64 last = m_fleet->lastSuccessMs(currentKey());
        text = last > 0 ? tr("Reconnecting to “%1”… The charts show what was known %2 s ago.")
                              .arg(stack()->name,
                                   DisplayFormat().number(
                                       double(QDateTime::currentMSecsSinceEpoch() - last) / 1000.0, 0))
                        : tr("Reconnecting to “%1”… No sample has arrived yet.").arg(stack()->name);
    } else if (!endpoint())
        text = tr("Connect “%1” to see its live statistics (Stack ▸ Connect, Ctrl+K).").arg(stack()->name);
    else if (!m_error.isEmpty()) {
        text = tr("Sampling failed: %1").arg(m_error);
        error = true;
    } else if (m_pause->isChecked())
        text = tr("Paused: the charts are frozen; samples are still recorded in the history.");
    else if (m_samples == 0)
        text = tr("Waiting for the first sample…");
    else
        text = tr("Live: a sample every %n second(s); the last one took %1 ms.", nullptr, m_interval->value())
                   .arg(DisplayFormat().number(double(m_lastRoundTripUs) / 1000.0, 1));
    if (!m_historyNotice.isEmpty())
        text += QLatin1Char('\n') + m_historyNotice;
    m_status->showMessage(text, error ? MessageWidget::Type::Error : MessageWidget::Type::Plain);
}

} // namespace supadesk
