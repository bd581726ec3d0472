// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "setuppage.h"

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QTableWidget;

namespace supadesk {

// Page 5: transaction pooling sized from max_connections and vCPUs, for Supavisor (POOLER_* in .env) or
// PgBouncer (pgbouncer.ini), with the prepared-statement caveat of transaction mode.
class PoolingPage : public SetupPage
{
    Q_OBJECT
public:
    explicit PoolingPage(SetupPlan *plan, QWidget *parent = nullptr);

    QString title() const override;
    QString explanation() const override;

protected:
    void retranslateUi() override;

private:
    void rebuild();

    QLabel *m_poolerLabel;
    QComboBox *m_pooler;
    QLabel *m_summary;
    QTableWidget *m_table;
    QLabel *m_previewLabel;
    QPlainTextEdit *m_preview;
    QLabel *m_caveat;
};

} // namespace supadesk
