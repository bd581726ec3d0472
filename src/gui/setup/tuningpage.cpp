// SPDX-License-Identifier: GPL-3.0-or-later
#include "tuningpage.h"

#include "core/setup/pgtuner.h"
#include "db/queryrunner.h"
#include "setupplan.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace supadesk {

namespace {

enum Column { NameColumn, ValueColumn, CurrentColumn, RestartColumn, FormulaColumn, ReasonColumn, Columns };

} // namespace

TuningPage::TuningPage(SetupPlan *plan, QWidget *parent)
    : SetupPage(plan, parent), m_runner(new QueryRunner(this))
{
    setObjectName(QStringLiteral("TuningPage"));
    m_ramLabel = new QLabel(this);
    m_ram = new QDoubleSpinBox(this);
    m_ram->setObjectName(QStringLiteral("ram"));
    m_ram->setRange(1, 4096);
    m_ram->setDecimals(1);
    m_cpusLabel = new QLabel(this);
    m_cpus = new QSpinBox(this);
    m_cpus->setObjectName(QStringLiteral("cpus"));
    m_cpus->setRange(1, 1024);
    m_storageLabel = new QLabel(this);
    m_storage = new QComboBox(this);
    m_storage->setObjectName(QStringLiteral("storage"));
    m_storage->addItems({QString(), QString()});
    m_connectionsLabel = new QLabel(this);
    m_connections = new QSpinBox(this);
    m_connections->setObjectName(QStringLiteral("connections"));
    m_connections->setRange(20, 10000);
    m_workloadLabel = new QLabel(this);
    m_workload = new QComboBox(this);
    m_workload->setObjectName(QStringLiteral("workload"));
    m_workload->addItems({QString(), QString(), QString(), QString()});
    m_readCurrent = new QPushButton(this);
    m_readCurrent->setObjectName(QStringLiteral("readCurrent"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("tuningStatus"));
    m_status->setWordWrap(true);
    m_ramLabel->setBuddy(m_ram);
    m_cpusLabel->setBuddy(m_cpus);
    m_storageLabel->setBuddy(m_storage);
    m_connectionsLabel->setBuddy(m_connections);
    m_workloadLabel->setBuddy(m_workload);

    m_table = new QTableWidget(0, Columns, this);
    m_table->setObjectName(QStringLiteral("tuningTable"));
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    auto *header = m_table->horizontalHeader();
    for (int c : {NameColumn, ValueColumn, CurrentColumn, RestartColumn})
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(FormulaColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(ReasonColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(FormulaColumn, 220);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("settingDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setMinimumHeight(m_details->fontMetrics().height() * 4);
    m_details->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto *inputs = new QGridLayout;
    inputs->addWidget(m_ramLabel, 0, 0);
    inputs->addWidget(m_ram, 0, 1);
    inputs->addWidget(m_cpusLabel, 0, 2);
    inputs->addWidget(m_cpus, 0, 3);
    inputs->addWidget(m_storageLabel, 0, 4);
    inputs->addWidget(m_storage, 0, 5);
    inputs->addWidget(m_connectionsLabel, 1, 0);
    inputs->addWidget(m_connections, 1, 1);
    inputs->addWidget(m_workloadLabel, 1, 2);
    inputs->addWidget(m_workload, 1, 3, 1, 3);
    inputs->setColumnStretch(6, 1);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_readCurrent);
    statusRow->addWidget(m_status, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(inputs);
    layout->addLayout(statusRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_details);

    for (QSpinBox *s : {m_cpus, m_connections})
        connect(s, &QSpinBox::valueChanged, this, &TuningPage::storeInputs);
    connect(m_ram, &QDoubleSpinBox::valueChanged, this, &TuningPage::storeInputs);
    for (QComboBox *c : {m_storage, m_workload})
        connect(c, &QComboBox::currentIndexChanged, this, &TuningPage::storeInputs);
    connect(m_readCurrent, &QPushButton::clicked, this, &TuningPage::readCurrentValues);
    connect(m_runner, &QueryRunner::finished, this, &TuningPage::onCurrentValues);
    connect(m_table, &QTableWidget::currentCellChanged, this, &TuningPage::showDetails);
    connect(plan, &SetupPlan::changed, this, [this] {
        loadInputs();
        rebuild();
    });
    connect(plan, &SetupPlan::stackChanged, this, [this] {
        m_current.clear();
        m_error.clear();
        rebuild();
    });
    connect(plan, &SetupPlan::connectionChanged, this, &TuningPage::rebuild);
    loadInputs();
    retranslateUi();
}

QString TuningPage::title() const
{
    return tr("PostgreSQL tuning");
}

QString TuningPage::explanation() const
{
    return tr("Memory, WAL, planner, autovacuum and logging settings computed from the host's size, its "
              "disks, the connections you expect and the kind of work. Each value shows its formula and "
              "why; they are applied with ALTER SYSTEM, so they survive re-creating the db container.");
}

void TuningPage::entered()
{
    if (m_current.isEmpty() && plan()->databaseEndpoint() && !m_runner->isRunning())
        readCurrentValues();
}

void TuningPage::retranslateUi()
{
    m_ramLabel->setText(tr("&RAM:"));
    m_ram->setSuffix(tr(" GiB"));
    m_cpusLabel->setText(tr("&vCPUs:"));
    m_storageLabel->setText(tr("&Storage:"));
    m_storage->setItemText(0, tr("SSD / NVMe"));
    m_storage->setItemText(1, tr("HDD (rotational)"));
    m_connectionsLabel->setText(tr("Co&nnections:"));
    m_workloadLabel->setText(tr("&Workload:"));
    m_workload->setItemText(0, tr("Web application"));
    m_workload->setItemText(1, tr("OLTP (many short transactions)"));
    m_workload->setItemText(2, tr("Analytics (few large queries)"));
    m_workload->setItemText(3, tr("Mixed"));
    m_readCurrent->setText(tr("Read &current values"));
    m_table->setHorizontalHeaderLabels(
        {tr("Setting"), tr("Recommended"), tr("Current"), tr("Restart"), tr("Formula"), tr("Why")});
    rebuild();
}

void TuningPage::loadInputs()
{
    if (m_loading)
        return;
    m_loading = true;
    const HostProfile &h = plan()->host();
    m_ram->setValue(double(h.ramMb) / 1024.0);
    m_cpus->setValue(h.cpus);
    m_storage->setCurrentIndex(h.storage == StorageKind::Ssd ? 0 : 1);
    m_connections->setValue(h.connections);
    m_workload->setCurrentIndex(int(h.workload));
    m_loading = false;
}

void TuningPage::storeInputs()
{
    if (m_loading)
        return;
    HostProfile h = plan()->host();
    h.ramMb = qRound64(m_ram->value() * 1024.0);
    h.cpus = m_cpus->value();
    h.storage = m_storage->currentIndex() == 0 ? StorageKind::Ssd : StorageKind::Hdd;
    h.connections = m_connections->value();
    h.workload = Workload(m_workload->currentIndex());
    m_loading = true; // the plan's change signal must not write the spin boxes back while typing
    plan()->setHost(h);
    m_loading = false;
}

void TuningPage::readCurrentValues()
{
    const std::optional<DbEndpoint> endpoint = plan()->databaseEndpoint();
    if (!endpoint || m_runner->isRunning())
        return rebuild();
    const Result<PgSettings> settings = PgTuner::tune(plan()->host());
    if (!settings.ok())
        return rebuild();
    QStringList names;
    for (const PgSetting &s : settings.value())
        names.append(QStringLiteral("'%1'").arg(s.name)); // names come from the tuner, never from input
    m_error.clear();
    m_runner->setEndpoint(*endpoint);
    // current_setting() prints a value the way SHOW does, which is what the comparison expects.
    m_runner->run(QStringLiteral("SELECT name, current_setting(name) FROM pg_settings WHERE name IN (%1)")
                      .arg(names.join(QLatin1Char(','))));
    rebuild();
}

void TuningPage::onCurrentValues(const QueryResult &result)
{
    if (!result.error.isEmpty()) {
        m_error = result.error;
    } else {
        m_current.clear();
        for (const QVariantList &row : result.rows)
            if (row.size() >= 2)
                m_current.insert(row.at(0).toString(), row.at(1).toString());
        plan()->setServerSettings(m_current); // the review names the changes that need a restart
    }
    rebuild();
}

void TuningPage::rebuild()
{
    const Result<PgSettings> settings = PgTuner::tune(plan()->host());
    const int selected = m_table->currentRow();
    if (!settings.ok()) {
        m_table->setRowCount(0);
        m_status->setText(settings.error().message);
        m_details->clear();
        return;
    }
    m_changes = TuningComparison::compare(settings.value(), m_current);
    m_readCurrent->setEnabled(plan()->databaseEndpoint().has_value() && !m_runner->isRunning());
    int changing = 0;
    for (const SettingChange &c : std::as_const(m_changes))
        changing += c.changes ? 1 : 0;
    if (m_runner->isRunning())
        m_status->setText(tr("Reading the current values through the tunnel…"));
    else if (!m_error.isEmpty())
        m_status->setText(tr("The current values could not be read: %1").arg(m_error));
    else if (!m_current.isEmpty())
        m_status->setText(
            TuningComparison::restartNeeded(m_changes)
                ? tr("%n setting(s) change; some need a restart of the db container.", nullptr, changing)
                : tr("%n setting(s) change; a reload is enough.", nullptr, changing));
    else if (!plan()->databaseEndpoint())
        m_status->setText(tr("Connect the stack to compare with the values the server runs with now."));
    else
        m_status->clear();

    const QColor changed(0x1f, 0x6f, 0xeb);
    m_table->setRowCount(int(m_changes.size()));
    for (int row = 0; row < m_changes.size(); ++row) {
        const SettingChange &c = m_changes.at(row);
        const PgSetting &s = c.proposed;
        auto *name = new QTableWidgetItem(s.name);
        auto *value = new QTableWidgetItem(s.value);
        auto *current = new QTableWidgetItem(m_current.isEmpty() ? QStringLiteral("—") : c.current);
        auto *restart = new QTableWidgetItem(s.needsRestart ? tr("yes") : tr("no"));
        auto *formula = new QTableWidgetItem(s.formula);
        auto *reason = new QTableWidgetItem(s.reason);
        formula->setToolTip(s.formula);
        reason->setToolTip(s.reason);
        if (!m_current.isEmpty() && c.changes) {
            QFont bold = value->font();
            bold.setBold(true);
            value->setFont(bold);
            value->setForeground(changed);
        }
        const QList<QTableWidgetItem *> items{name, value, current, restart, formula, reason};
        for (int column = 0; column < items.size(); ++column)
            m_table->setItem(row, column, items.at(column));
    }
    if (selected >= 0 && selected < m_table->rowCount())
        m_table->setCurrentCell(selected, 0);
    showDetails();
}

void TuningPage::showDetails()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_changes.size()) {
        m_details->setText(tr("Select a setting to read its formula and reason in full."));
        return;
    }
    const SettingChange &c = m_changes.at(row);
    QString text =
        QStringLiteral("<b>%1 = %2</b><br>").arg(c.proposed.name, c.proposed.value.toHtmlEscaped());
    text += tr("Formula: %1").arg(c.proposed.formula.toHtmlEscaped()) + QStringLiteral("<br>");
    text += c.proposed.reason.toHtmlEscaped();
    if (!m_current.isEmpty())
        text += QStringLiteral("<br>") +
                (c.changes ? tr("The server runs with %1 now.").arg(c.current.toHtmlEscaped())
                           : tr("The server already runs with this value."));
    m_details->setText(text);
}

} // namespace supadesk
