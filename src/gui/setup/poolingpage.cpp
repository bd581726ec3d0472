// SPDX-License-Identifier: GPL-3.0-or-later
#include "poolingpage.h"

#include "core/locale/displayformat.h"
#include "core/setup/poolerplanner.h"
#include "gui/common/messagewidget.h"
#include "setupplan.h"
#include "ui_poolingpage.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QHeaderView>
#include <QPlainTextEdit>
#include <QTableWidget>

namespace supadesk {

PoolingPage::PoolingPage(SetupPlan *plan, QWidget *parent)
    : SetupPage(plan, parent), m_ui(std::make_unique<Ui::PoolingPage>())
{
    m_ui->setupUi(this);
    QHeaderView *header = m_ui->poolTable->horizontalHeader();
    header->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(2, QHeaderView::Interactive);
    header->setSectionResizeMode(3, QHeaderView::Stretch);
    m_ui->poolTable->setColumnWidth(2, 240);
    m_ui->poolPreview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->preparedCaveatMessage->setType(MessageWidget::Type::Information);
    m_ui->preparedCaveatMessage->label()->setObjectName(QStringLiteral("preparedCaveat"));

    connect(m_ui->pooler, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0 && SetupPlan::Pooler(index) != this->plan()->pooler())
            this->plan()->setPooler(SetupPlan::Pooler(index));
    });
    connect(plan, &SetupPlan::changed, this, &PoolingPage::rebuild);
    retranslateUi();
}

PoolingPage::~PoolingPage() = default;

QString PoolingPage::title() const
{
    return tr("Connection pooling");
}

QString PoolingPage::explanation() const
{
    return tr("Applications should reach PostgreSQL through a pooler in transaction mode: many client "
              "connections share a few server connections. The pool is sized from max_connections and the "
              "vCPUs, leaving room for Supabase's own services.");
}

void PoolingPage::retranslateUi()
{
    m_ui->retranslateUi(this);
    rebuild();
}

void PoolingPage::rebuild()
{
    m_ui->pooler->setCurrentIndex(int(plan()->pooler()));
    const Result<PoolerPlan> pool = PoolerPlanner::plan(plan()->host());
    if (!pool.ok()) {
        m_ui->poolSummary->setText(pool.error().message);
        m_ui->poolTable->setRowCount(0);
        m_ui->poolPreview->clear();
        return;
    }
    const PoolerPlan &p = pool.value();
    const DisplayFormat format;
    m_ui->poolSummary->setText(
        tr("Transaction mode. The pooler may hold %1 server connections (%2 of "
           "max_connections %3): %4 per database and user, %5 in reserve, for up to %6 "
           "clients.")
            .arg(format.number(p.budget),
                 format.percent(PoolerPlanner::budgetPercent(plan()->host().workload), 0),
                 format.number(plan()->host().connections), format.number(p.defaultPoolSize),
                 format.number(p.reservePoolSize), format.number(p.maxClientConnections)));
    m_ui->poolTable->setRowCount(int(p.settings.size()));
    for (int row = 0; row < p.settings.size(); ++row) {
        const PgSetting &s = p.settings.at(row);
        const QStringList cells{s.name, s.value, s.formula, s.reason};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(cells.at(c));
            m_ui->poolTable->setItem(row, c, item);
        }
    }
    if (plan()->pooler() == SetupPlan::Pooler::Supavisor) {
        m_ui->previewLabel->setText(
            tr("Lines in .env (Supavisor reads them when its container is recreated):"));
        QString text;
        for (const EnvAssignment &a : PoolerPlanner::supavisorEnv(p))
            text += a.key + QLatin1Char('=') + a.value + QLatin1Char('\n');
        m_ui->poolPreview->setPlainText(text);
    } else {
        m_ui->previewLabel->setText(QStringLiteral("pgbouncer.ini:")); // a file name
        m_ui->poolPreview->setPlainText(PoolerPlanner::pgbouncerIni(p, PgBouncerTarget()));
    }
}

} // namespace supadesk
