// SPDX-License-Identifier: GPL-3.0-or-later
#include "tuningpage.h"

#include "core/setup/pgtuner.h"
#include "db/queryrunner.h"
#include "itemroles.h"
#include "setupplan.h"
#include "ui_tuningpage.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>

namespace supadesk {

namespace {

enum Column { NameColumn, ValueColumn, CurrentColumn, RestartColumn, FormulaColumn, ReasonColumn, Columns };

} // namespace

TuningPage::TuningPage(SetupPlan *plan, QWidget *parent)
    : SetupPage(plan, parent), m_ui(std::make_unique<Ui::TuningPage>()), m_runner(new QueryRunner(this))
{
    m_ui->setupUi(this);
    ItemRoles::followPalette(m_ui->tuningTable);
    auto *header = m_ui->tuningTable->horizontalHeader();
    for (int c : {NameColumn, ValueColumn, CurrentColumn, RestartColumn})
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(FormulaColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(ReasonColumn, QHeaderView::Stretch);
    m_ui->tuningTable->setColumnWidth(FormulaColumn, 220);
    m_ui->settingDetails->setMinimumHeight(m_ui->settingDetails->fontMetrics().height() * 4);

    for (QSpinBox *s : {m_ui->cpus, m_ui->connections})
        connect(s, &QSpinBox::valueChanged, this, &TuningPage::storeInputs);
    connect(m_ui->ram, &QDoubleSpinBox::valueChanged, this, &TuningPage::storeInputs);
    for (QComboBox *c : {m_ui->storage, m_ui->workload})
        connect(c, &QComboBox::currentIndexChanged, this, &TuningPage::storeInputs);
    connect(m_ui->readCurrent, &QPushButton::clicked, this, &TuningPage::readCurrentValues);
    connect(m_runner, &QueryRunner::finished, this, &TuningPage::onCurrentValues);
    connect(m_ui->tuningTable, &QTableWidget::currentCellChanged, this, &TuningPage::showDetails);
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

TuningPage::~TuningPage() = default;

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
    m_ui->retranslateUi(this);
    rebuild();
}

void TuningPage::loadInputs()
{
    if (m_loading)
        return;
    m_loading = true;
    const HostProfile &h = plan()->host();
    m_ui->ram->setValue(double(h.ramMb) / 1024.0);
    m_ui->cpus->setValue(h.cpus);
    m_ui->storage->setCurrentIndex(h.storage == StorageKind::Ssd ? 0 : 1);
    m_ui->connections->setValue(h.connections);
    m_ui->workload->setCurrentIndex(int(h.workload));
    m_loading = false;
}

void TuningPage::storeInputs()
{
    if (m_loading)
        return;
    HostProfile h = plan()->host();
    h.ramMb = qRound64(m_ui->ram->value() * 1024.0);
    h.cpus = m_ui->cpus->value();
    h.storage = m_ui->storage->currentIndex() == 0 ? StorageKind::Ssd : StorageKind::Hdd;
    h.connections = m_ui->connections->value();
    h.workload = Workload(m_ui->workload->currentIndex());
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
    const int selected = m_ui->tuningTable->currentRow();
    if (!settings.ok()) {
        m_ui->tuningTable->setRowCount(0);
        m_ui->tuningStatus->setText(settings.error().message);
        m_ui->settingDetails->clear();
        return;
    }
    m_changes = TuningComparison::compare(settings.value(), m_current);
    m_ui->readCurrent->setEnabled(plan()->databaseEndpoint().has_value() && !m_runner->isRunning());
    int changing = 0;
    for (const SettingChange &c : std::as_const(m_changes))
        changing += c.changes ? 1 : 0;
    if (m_runner->isRunning())
        m_ui->tuningStatus->setText(tr("Reading the current values through the tunnel…"));
    else if (!m_error.isEmpty())
        m_ui->tuningStatus->setText(tr("The current values could not be read: %1").arg(m_error));
    else if (!m_current.isEmpty())
        m_ui->tuningStatus->setText(
            TuningComparison::restartNeeded(m_changes)
                ? tr("%n setting(s) change; some need a restart of the db container.", nullptr, changing)
                : tr("%n setting(s) change; a reload is enough.", nullptr, changing));
    else if (!plan()->databaseEndpoint())
        m_ui->tuningStatus->setText(
            tr("Connect the stack to compare with the values the server runs with now."));
    else
        m_ui->tuningStatus->clear();

    m_ui->tuningTable->setRowCount(int(m_changes.size()));
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
            ItemRoles::set(value, StatePalette::Role::Info);
        }
        const QList<QTableWidgetItem *> items{name, value, current, restart, formula, reason};
        for (int column = 0; column < items.size(); ++column)
            m_ui->tuningTable->setItem(row, column, items.at(column));
    }
    if (selected >= 0 && selected < m_ui->tuningTable->rowCount())
        m_ui->tuningTable->setCurrentCell(selected, 0);
    showDetails();
}

void TuningPage::showDetails()
{
    const int row = m_ui->tuningTable->currentRow();
    if (row < 0 || row >= m_changes.size()) {
        m_ui->settingDetails->setText(tr("Select a setting to read its formula and reason in full."));
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
    m_ui->settingDetails->setText(text);
}

} // namespace supadesk
