// SPDX-License-Identifier: GPL-3.0-or-later
#include "poolingpage.h"

#include "core/locale/displayformat.h"
#include "core/setup/poolerplanner.h"
#include "setupplan.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace supadesk {

PoolingPage::PoolingPage(SetupPlan *plan, QWidget *parent) : SetupPage(plan, parent)
{
    setObjectName(QStringLiteral("PoolingPage"));
    m_poolerLabel = new QLabel(this);
    m_pooler = new QComboBox(this);
    m_pooler->setObjectName(QStringLiteral("pooler"));
    m_pooler->addItems({QString(), QString()});
    m_poolerLabel->setBuddy(m_pooler);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("poolSummary"));
    m_summary->setWordWrap(true);
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("poolTable"));
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_table->setColumnWidth(2, 240);
    m_previewLabel = new QLabel(this);
    m_preview = new QPlainTextEdit(this);
    m_preview->setObjectName(QStringLiteral("poolPreview"));
    m_preview->setReadOnly(true);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_caveat = new QLabel(this);
    m_caveat->setObjectName(QStringLiteral("preparedCaveat"));
    m_caveat->setWordWrap(true);
    m_caveat->setStyleSheet(
        QStringLiteral("QLabel { background: #ddf4ff; color: #0a3069; border: 1px solid #54aeff; "
                       "border-radius: 4px; padding: 6px; }"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_poolerLabel);
    top->addWidget(m_pooler);
    top->addStretch();
    auto *previewBox = new QWidget(this);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(m_previewLabel);
    previewLayout->addWidget(m_preview);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(previewBox);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_caveat);

    connect(m_pooler, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0 && SetupPlan::Pooler(index) != this->plan()->pooler())
            this->plan()->setPooler(SetupPlan::Pooler(index));
    });
    connect(plan, &SetupPlan::changed, this, &PoolingPage::rebuild);
    retranslateUi();
}

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
    m_poolerLabel->setText(tr("&Pooler:"));
    m_pooler->setItemText(0, tr("Supavisor (current Supabase)"));
    m_pooler->setItemText(1, QStringLiteral("PgBouncer")); // a name
    m_table->setHorizontalHeaderLabels({tr("Setting"), tr("Value"), tr("Formula"), tr("Why")});
    m_caveat->setText(
        tr("Transaction mode gives a client a server connection only for one transaction. Session state "
           "does not survive between transactions: SET, LISTEN, advisory locks and SQL PREPARE do not work "
           "as expected. Protocol-level prepared statements need PgBouncer 1.21 or newer "
           "(max_prepared_statements) or Supavisor; otherwise turn them off in the client (e.g. "
           "prepareThreshold=0 for JDBC, statement_cache_size=0 for asyncpg)."));
    rebuild();
}

void PoolingPage::rebuild()
{
    m_pooler->setCurrentIndex(int(plan()->pooler()));
    const Result<PoolerPlan> pool = PoolerPlanner::plan(plan()->host());
    if (!pool.ok()) {
        m_summary->setText(pool.error().message);
        m_table->setRowCount(0);
        m_preview->clear();
        return;
    }
    const PoolerPlan &p = pool.value();
    const DisplayFormat format;
    m_summary->setText(tr("Transaction mode. The pooler may hold %1 server connections (%2 of "
                          "max_connections %3): %4 per database and user, %5 in reserve, for up to %6 "
                          "clients.")
                           .arg(format.number(p.budget),
                                format.percent(PoolerPlanner::budgetPercent(plan()->host().workload), 0),
                                format.number(plan()->host().connections), format.number(p.defaultPoolSize),
                                format.number(p.reservePoolSize), format.number(p.maxClientConnections)));
    m_table->setRowCount(int(p.settings.size()));
    for (int row = 0; row < p.settings.size(); ++row) {
        const PgSetting &s = p.settings.at(row);
        const QStringList cells{s.name, s.value, s.formula, s.reason};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(cells.at(c));
            m_table->setItem(row, c, item);
        }
    }
    if (plan()->pooler() == SetupPlan::Pooler::Supavisor) {
        m_previewLabel->setText(tr("Lines in .env (Supavisor reads them when its container is recreated):"));
        QString text;
        for (const EnvAssignment &a : PoolerPlanner::supavisorEnv(p))
            text += a.key + QLatin1Char('=') + a.value + QLatin1Char('\n');
        m_preview->setPlainText(text);
    } else {
        m_previewLabel->setText(QStringLiteral("pgbouncer.ini:")); // a file name
        m_preview->setPlainText(PoolerPlanner::pgbouncerIni(p, PgBouncerTarget()));
    }
}

} // namespace supadesk
