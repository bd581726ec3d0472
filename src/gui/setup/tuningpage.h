// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/setup/tuningcomparison.h"
#include "setuppage.h"

#include <QHash>
#include <memory>

namespace supadesk {

namespace Ui {
class TuningPage;
}

class QueryRunner;
struct QueryResult;

// Page 4: PostgreSQL settings for the host. The inputs come from preflight (RAM, vCPUs, SSD/HDD) and the
// user (connections, workload); the table shows every value with its formula and reason and, when the
// database is reachable through the tunnel, what the server runs with now and what needs a restart.
class TuningPage : public SetupPage
{
    Q_OBJECT
public:
    explicit TuningPage(SetupPlan *plan, QWidget *parent = nullptr);
    ~TuningPage() override;

    QString title() const override;
    QString explanation() const override;
    void entered() override;

    // Reads the server's current values through the tunnel (when the database is reachable).
    void readCurrentValues();
    bool hasCurrentValues() const { return !m_current.isEmpty(); }

protected:
    void retranslateUi() override;

private:
    void loadInputs();
    void storeInputs();
    void rebuild();
    void showDetails();
    void onCurrentValues(const QueryResult &result);

    std::unique_ptr<Ui::TuningPage> m_ui; // ui/setup/tuningpage.ui
    QueryRunner *m_runner;
    QHash<QString, QString> m_current;
    QList<SettingChange> m_changes;
    QString m_error;
    bool m_loading = false;
};

} // namespace supadesk
