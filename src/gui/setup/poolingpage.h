// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "setuppage.h"

#include <memory>

namespace supadesk {

namespace Ui {
class PoolingPage;
}

// Page 5: transaction pooling sized from max_connections and vCPUs, for Supavisor (POOLER_* in .env) or
// PgBouncer (pgbouncer.ini), with the prepared-statement caveat of transaction mode.
class PoolingPage : public SetupPage
{
    Q_OBJECT
public:
    explicit PoolingPage(SetupPlan *plan, QWidget *parent = nullptr);
    ~PoolingPage() override;

    QString title() const override;
    QString explanation() const override;

protected:
    void retranslateUi() override;

private:
    void rebuild();

    std::unique_ptr<Ui::PoolingPage> m_ui; // ui/setup/poolingpage.ui
};

} // namespace supadesk
