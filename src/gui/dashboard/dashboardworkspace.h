#pragma once

#include "db/dbendpoint.h"
#include "gui/common/databaseworkspace.h"

#include <functional>

class QAction;
class QLabel;
class QSpinBox;
class QToolBar;

namespace supadesk {

class LiveChart;
class StatsPoller;
struct StatsRates;
struct StatsSample;

// The Dashboard tab: live charts of the selected stack's database over its tunnel, sampled every
// few seconds on a thread of its own (one statement per sample).
class DashboardWorkspace : public DatabaseWorkspace
{
    Q_OBJECT
public:
    explicit DashboardWorkspace(EndpointResolver resolver, QWidget *parent = nullptr);

    QString title() const override;

    LiveChart *transactionsChart() const { return m_tps; }
    LiveChart *connectionsChart() const { return m_connectionsChart; }
    int samplesShown() const { return m_samples; }

protected:
    void endpointUpdated(bool changed) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void onSample(const StatsSample &sample, const StatsRates &rates);
    void restart();
    void updateStatus();

    StatsPoller *m_poller;
    QToolBar *m_toolbar;
    QAction *m_pause;
    QLabel *m_intervalLabel;
    QSpinBox *m_interval;
    QLabel *m_status;
    QLabel *m_summary;
    LiveChart *m_tps;
    LiveChart *m_cache;
    LiveChart *m_connectionsChart;
    LiveChart *m_tuples;
    int m_samples = 0;
    QString m_error;
    qint64 m_lastRoundTripUs = 0;
};

} // namespace supadesk
