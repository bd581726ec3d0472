// SPDX-License-Identifier: GPL-3.0-or-later
#include "probeinstalldialog.h"

#include "ui_probeinstalldialog.h"

#include "gui/styles/statepalette.h"
#include "services/uptime/uptimeprobeinstaller.h"

#include <QEvent>
#include <QPushButton>
#include <QStyle>

namespace supadesk {

ProbeInstallDialog::ProbeInstallDialog(const QString &stackName, Mode mode, UptimeProbeInstaller *installer,
                                       UptimeProbeSettings settings, QWidget *parent)
    : QDialog(parent), m_stackName(stackName), m_mode(mode), m_installer(installer),
      m_settings(std::move(settings)), m_ui(std::make_unique<Ui::ProbeInstallDialog>())
{
    m_ui->setupUi(this);
    m_ui->stepRows->setAlignment(Qt::AlignTop);
    // Buttons of our own: their texts change with the stage and are not Qt's standard ones.
    m_go = m_ui->buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_go->setObjectName(QStringLiteral("go"));
    m_cancel = m_ui->buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_cancel->setObjectName(QStringLiteral("cancel"));

    // The buttons never close the dialog on their own: Cancel while running stops the installer first.
    disconnect(m_ui->buttons, nullptr, this, nullptr);
    connect(m_go, &QPushButton::clicked, this, [this] {
        if (m_stage != Stage::Confirm || !m_installer)
            return;
        if (const Status started = m_installer->run(); !started) {
            m_error = started.error().message;
            setStage(Stage::Done);
            return;
        }
        QStringList texts;
        for (const UptimeProbeStep &step : std::as_const(m_plan.steps))
            texts.append(step.description);
        setRows(texts, style()->standardIcon(QStyle::SP_ArrowRight));
        m_ui->progress->setRange(0, int(m_plan.steps.size()));
        m_ui->progress->setValue(0);
        setStage(Stage::Running);
    });
    connect(m_cancel, &QPushButton::clicked, this, &ProbeInstallDialog::reject);
    if (m_installer) {
        connect(m_installer, &UptimeProbeInstaller::prepared, this, &ProbeInstallDialog::showPlan);
        connect(m_installer, &UptimeProbeInstaller::stepStarted, this, &ProbeInstallDialog::stepStarted);
        connect(m_installer, &UptimeProbeInstaller::stepFinished, this, &ProbeInstallDialog::stepFinished);
        connect(m_installer, &UptimeProbeInstaller::finished, this, &ProbeInstallDialog::finished);
    }
    setStage(Stage::Checking);
}

ProbeInstallDialog::~ProbeInstallDialog() = default;

void ProbeInstallDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (!m_started) {
        m_started = true;
        start();
    }
}

void ProbeInstallDialog::start()
{
    if (!m_installer)
        return;
    const Status started =
        m_mode == Mode::Install ? m_installer->prepareInstall(m_settings) : m_installer->prepareUninstall();
    if (!started) {
        m_error = started.error().message;
        setStage(Stage::Done);
    }
}

void ProbeInstallDialog::reject()
{
    if (m_stage == Stage::Running && m_installer) {
        m_installer->cancel();
        m_cancel->setEnabled(false); // the step in flight ends first, then finished() comes
        return;
    }
    if (m_stage == Stage::Done && m_succeeded)
        return accept();
    QDialog::reject();
}

void ProbeInstallDialog::showPlan(const UptimeProbeInstallPlan &plan)
{
    m_plan = plan;
    setStage(Stage::Confirm);
}

void ProbeInstallDialog::stepStarted(int index, int count, const QString &)
{
    m_ui->progress->setRange(0, count);
    if (QLabel *text = m_stepTexts.value(index)) {
        QFont bold = font();
        bold.setBold(true);
        text->setFont(bold);
        m_ui->steps->ensureWidgetVisible(text);
    }
}

void ProbeInstallDialog::setRows(const QStringList &texts, const QIcon &icon)
{
    qDeleteAll(m_stepIcons);
    qDeleteAll(m_stepTexts);
    m_stepIcons.clear();
    m_stepTexts.clear();
    QWidget *rows = m_ui->rows;
    for (int i = 0; i < texts.size(); ++i) {
        auto *mark = new QLabel(rows);
        auto *text = new QLabel(texts.at(i), rows);
        text->setObjectName(QStringLiteral("stepText"));
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_ui->stepRows->addWidget(mark, i, 0, Qt::AlignTop);
        m_ui->stepRows->addWidget(text, i, 1);
        m_stepIcons.append(mark);
        m_stepTexts.append(text);
        setRowIcon(i, icon);
    }
}

void ProbeInstallDialog::setRowIcon(int index, const QIcon &icon)
{
    if (QLabel *mark = m_stepIcons.value(index)) {
        const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
        mark->setPixmap(icon.pixmap(size, size));
    }
}

QStringList ProbeInstallDialog::rows() const
{
    QStringList out;
    for (const QLabel *text : m_stepTexts)
        out.append(text->text());
    return out;
}

void ProbeInstallDialog::stepFinished(int index, const UptimeProbeStepOutcome &outcome)
{
    m_ui->progress->setValue(index + 1);
    QLabel *text = m_stepTexts.value(index);
    if (!text)
        return;
    text->setFont(font());
    setRowIcon(index, style()->standardIcon(outcome.ok ? QStyle::SP_DialogApplyButton
                                                       : QStyle::SP_MessageBoxCritical));
    if (!outcome.backupPath.isEmpty())
        text->setText(
            tr("%1 (the previous file was kept as %2)").arg(outcome.description, outcome.backupPath));
    else if (!outcome.ok && !outcome.detail.isEmpty())
        text->setText(tr("%1: %2").arg(outcome.description, outcome.detail));
}

void ProbeInstallDialog::finished(const UptimeProbeInstallReport &report)
{
    m_succeeded = report.ok;
    m_error = report.ok ? QString() : report.error.message;
    m_resultDetail = report.logDirectory;
    setStage(Stage::Done);
}

QString ProbeInstallDialog::resultText() const
{
    return m_ui->result->text();
}

void ProbeInstallDialog::setStage(Stage stage)
{
    m_stage = stage;
    retranslateUi();
}

void ProbeInstallDialog::retranslateUi()
{
    const bool install = m_mode == Mode::Install;
    setWindowTitle(install ? tr("Install uptime probe") : tr("Remove uptime probe"));
    m_go->setText(install ? tr("Install") : tr("Remove"));
    m_go->setVisible(m_stage == Stage::Checking || m_stage == Stage::Confirm);
    m_go->setEnabled(m_stage == Stage::Confirm);
    m_go->setDefault(m_stage == Stage::Confirm);
    m_cancel->setText(m_stage == Stage::Done      ? tr("Close")
                      : m_stage == Stage::Running ? tr("Stop")
                                                  : tr("Cancel"));
    if (m_stage != Stage::Running)
        m_cancel->setEnabled(true);
    m_ui->progress->setVisible(m_stage == Stage::Checking || m_stage == Stage::Running);
    m_ui->result->setVisible(m_stage == Stage::Done);
    switch (m_stage) {
    case Stage::Checking:
        m_ui->progress->setRange(0, 0);
        setRows({}, QIcon());
        m_ui->intro->setText(tr("Asking “%1” which user Supadesk logs in as and whether systemd runs there…")
                                 .arg(m_stackName));
        break;
    case Stage::Confirm:
        m_ui->intro->setText(install
                                 ? tr("Supadesk will make these changes on “%1”. Installing again later "
                                      "replaces the files and keeps a copy of any that changed.")
                                       .arg(m_stackName)
                                 : tr("Supadesk will remove the uptime probe from “%1”:").arg(m_stackName));
        setRows(m_plan.summary(), style()->standardIcon(QStyle::SP_FileIcon));
        break;
    case Stage::Running:
        m_ui->intro->setText(install ? tr("Installing the uptime probe on “%1”…").arg(m_stackName)
                                     : tr("Removing the uptime probe from “%1”…").arg(m_stackName));
        break;
    case Stage::Done:
        m_ui->intro->setText(QString());
        m_ui->intro->setVisible(false);
        if (!m_error.isEmpty()) {
            m_ui->result->setText(m_error);
            StatePalette::setTextRole(m_ui->result, StatePalette::Role::Bad);
        } else {
            m_ui->result->setText(install
                                      ? (m_plan.intervalSeconds % 60 != 0
                                             ? tr("The uptime probe is installed on “%1” and runs every %n "
                                                  "second(s); its first round is in the log already. Use "
                                                  "“Pull now” to fetch it.",
                                                  nullptr, m_plan.intervalSeconds)
                                         : m_plan.intervalMinutes == 1
                                             ? tr("The uptime probe is installed on “%1” and runs every "
                                                  "minute; its first round "
                                                  "is in the log already. Use “Pull now” to fetch it.")
                                             : tr("The uptime probe is installed on “%1” and runs every %n "
                                                  "minute(s); its first "
                                                  "round is in the log already. Use “Pull now” to fetch it.",
                                                  nullptr, m_plan.intervalMinutes))
                                            .arg(m_stackName)
                                      : tr("The uptime probe was removed from “%1”. Its log in %2 was kept.")
                                            .arg(m_stackName, m_resultDetail));
            StatePalette::setTextRole(m_ui->result, std::nullopt);
        }
        break;
    }
    if (m_stage != Stage::Done)
        m_ui->intro->setVisible(true);
}

void ProbeInstallDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_go) {
        m_ui->retranslateUi(this);
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

} // namespace supadesk
