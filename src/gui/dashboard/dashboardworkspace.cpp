#include "dashboardworkspace.h"

#include "livechart.h"
#include "services/statspoller.h"

#include <QAction>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QToolBar>
#include <QVBoxLayout>

namespace supadesk {

namespace {

// Series indices, in the order they are added.
enum { Commits = 0, Rollbacks = 1 };
enum { CacheHit = 0 };
enum { Active = 0, Idle = 1, IdleInTransaction = 2, Waiting = 3 };
enum { Returned = 0, Fetched = 1, Inserted = 2, Updated = 3, Deleted = 4 };

const QColor kBlue(0x1f, 0x6f, 0xeb), kRed(0xcf, 0x22, 0x2e), kGreen(0x2e, 0xa0, 0x43),
    kAmber(0xd2, 0x99, 0x22), kGrey(0x8c, 0x95, 0x9f), kPurple(0x82, 0x50, 0xdf);

} // namespace

DashboardWorkspace::DashboardWorkspace(EndpointResolver resolver, QWidget *parent)
    : DatabaseWorkspace(std::move(resolver), parent), m_poller(new StatsPoller(this))
{
    setObjectName(QStringLiteral("DashboardWorkspace"));
    m_toolbar = new QToolBar(this);
    m_pause = m_toolbar->addAction(QString());
    m_pause->setObjectName(QStringLiteral("pause"));
    m_pause->setCheckable(true);
    m_toolbar->addSeparator();
    m_intervalLabel = new QLabel(m_toolbar);
    m_toolbar->addWidget(m_intervalLabel);
    m_interval = new QSpinBox(m_toolbar);
    m_interval->setRange(1, 60);
    m_interval->setValue(2);
    m_toolbar->addWidget(m_interval);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);

    m_tps = new LiveChart(this);
    m_tps->addSeries(kBlue);
    m_tps->addSeries(kRed);
    m_cache = new LiveChart(this);
    m_cache->addSeries(kGreen);
    m_cache->addReferenceLine(kGrey);
    m_cache->setReferenceValue(1, 99);
    m_cache->setFixedRange(80, 100);
    m_connectionsChart = new LiveChart(this);
    for (const QColor &c : {kGreen, kBlue, kAmber, kRed})
        m_connectionsChart->addSeries(c);
    m_connectionsChart->addReferenceLine(kGrey);
    m_tuples = new LiveChart(this);
    for (const QColor &c : {kBlue, kPurple, kGreen, kAmber, kRed})
        m_tuples->addSeries(c);

    auto *grid = new QGridLayout;
    grid->addWidget(m_tps, 0, 0);
    grid->addWidget(m_cache, 0, 1);
    grid->addWidget(m_connectionsChart, 1, 0);
    grid->addWidget(m_tuples, 1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_toolbar);
    layout->addWidget(m_status);
    layout->addLayout(grid, 1);
    layout->addWidget(m_summary);

    connect(m_poller, &StatsPoller::sampled, this, &DashboardWorkspace::onSample);
    connect(m_poller, &StatsPoller::failed, this, [this](const QString &message) {
        m_error = message;
        updateStatus();
    });
    connect(m_pause, &QAction::toggled, this, [this] { restart(); });
    connect(m_interval, &QSpinBox::valueChanged, this,
            [this](int seconds) { m_poller->setInterval(seconds * 1000); });
    retranslateUi();
}

QString DashboardWorkspace::title() const
{
    return tr("Dashboard");
}

void DashboardWorkspace::retranslateUi()
{
    m_pause->setText(m_pause->isChecked() ? tr("Resume") : tr("Pause"));
    m_intervalLabel->setText(tr("Every"));
    m_interval->setSuffix(tr(" s"));
    m_tps->setTitles(tr("Transactions per second"), tr("transactions/s"));
    m_tps->setSeriesName(Commits, tr("Commits"));
    m_tps->setSeriesName(Rollbacks, tr("Rollbacks"));
    m_cache->setTitles(tr("Cache hit ratio"), tr("%"));
    m_cache->setSeriesName(CacheHit, tr("Hit ratio"));
    m_cache->setSeriesName(1, tr("99% target"));
    m_connectionsChart->setTitles(tr("Connections by state"), tr("connections"));
    m_connectionsChart->setSeriesName(Active, tr("Active"));
    m_connectionsChart->setSeriesName(Idle, tr("Idle"));
    m_connectionsChart->setSeriesName(IdleInTransaction, tr("Idle in transaction"));
    m_connectionsChart->setSeriesName(Waiting, tr("Waiting"));
    m_connectionsChart->setSeriesName(4, QStringLiteral("max_connections")); // a setting name, not prose
    m_tuples->setTitles(tr("Rows per second"), tr("rows/s"));
    m_tuples->setSeriesName(Returned, tr("Returned"));
    m_tuples->setSeriesName(Fetched, tr("Fetched"));
    m_tuples->setSeriesName(Inserted, tr("Inserted"));
    m_tuples->setSeriesName(Updated, tr("Updated"));
    m_tuples->setSeriesName(Deleted, tr("Deleted"));
    updateStatus();
}

void DashboardWorkspace::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    DatabaseWorkspace::changeEvent(event);
}

void DashboardWorkspace::endpointUpdated(bool changed)
{
    if (!changed && m_poller->isRunning() == (endpoint().has_value() && !m_pause->isChecked()))
        return updateStatus();
    restart();
}

void DashboardWorkspace::restart()
{
    m_pause->setText(m_pause->isChecked() ? tr("Resume") : tr("Pause"));
    m_error.clear();
    if (endpoint() && !m_pause->isChecked())
        m_poller->start(*endpoint(), m_interval->value() * 1000);
    else
        m_poller->stop();
    updateStatus();
}

void DashboardWorkspace::onSample(const StatsSample &sample, const StatsRates &rates)
{
    m_error.clear();
    ++m_samples;
    m_lastRoundTripUs = sample.roundTripUs;
    const QDateTime now = QDateTime::currentDateTime();
    if (rates.commitsPerSecond)
        m_tps->append(Commits, now, *rates.commitsPerSecond);
    if (rates.rollbacksPerSecond)
        m_tps->append(Rollbacks, now, *rates.rollbacksPerSecond);
    if (rates.cacheHitRatio)
        m_cache->append(CacheHit, now, *rates.cacheHitRatio * 100);
    const ConnectionCounts &c = sample.connections;
    m_connectionsChart->setReferenceValue(4, c.maxConnections);
    m_connectionsChart->append(Active, now, c.active);
    m_connectionsChart->append(Idle, now, c.idle);
    m_connectionsChart->append(IdleInTransaction, now, c.idleInTransaction);
    m_connectionsChart->append(Waiting, now, c.waiting);
    const std::pair<int, std::optional<double>> tuples[] = {{Returned, rates.tuplesReturnedPerSecond},
                                                            {Fetched, rates.tuplesFetchedPerSecond},
                                                            {Inserted, rates.tuplesInsertedPerSecond},
                                                            {Updated, rates.tuplesUpdatedPerSecond},
                                                            {Deleted, rates.tuplesDeletedPerSecond}};
    for (const auto &[series, value] : tuples)
        if (value)
            m_tuples->append(series, now, *value);

    const QLocale locale;
    m_summary->setText(tr("Database size %1 · longest transaction %2 s · oldest idle in transaction %3 s · "
                          "%4 of %5 connections in use")
                           .arg(locale.formattedDataSize(sample.databaseSize))
                           .arg(sample.longestTransactionSeconds, 0, 'f', 1)
                           .arg(sample.oldestIdleInTransactionSeconds, 0, 'f', 1)
                           .arg(c.total)
                           .arg(c.maxConnections));
    updateStatus();
}

void DashboardWorkspace::updateStatus()
{
    QString text;
    if (!stack())
        text = tr("Select a stack in the list on the left.");
    else if (!endpoint())
        text = tr("Connect “%1” to see its live statistics (Stack ▸ Connect, Ctrl+K).").arg(stack()->name);
    else if (!m_error.isEmpty())
        text = tr("Sampling failed: %1").arg(m_error);
    else if (m_pause->isChecked())
        text = tr("Paused.");
    else if (m_samples == 0)
        text = tr("Waiting for the first sample…");
    else
        text = tr("Live: a sample every %n second(s); the last one took %1 ms.", nullptr, m_interval->value())
                   .arg(double(m_lastRoundTripUs) / 1000.0, 0, 'f', 1);
    m_status->setText(text);
    m_status->setStyleSheet(m_error.isEmpty() ? QString() : QStringLiteral("color: #b3261e;"));
}

} // namespace supadesk
