// SPDX-License-Identifier: GPL-3.0-or-later
#include "probeinstalldialog.h"

#include "services/uptime/uptimeprobeinstaller.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

namespace supadesk {

ProbeInstallDialog::ProbeInstallDialog(const QString &stackName, Mode mode, UptimeProbeInstaller *installer,
                                       UptimeProbeSettings settings, QWidget *parent)
    : QDialog(parent), m_stackName(stackName), m_mode(mode), m_installer(installer),
      m_settings(std::move(settings))
{
    setObjectName(QStringLiteral("ProbeInstallDialog"));
    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("intro"));
    m_intro->setWordWrap(true);
    m_stepsArea = new QScrollArea(this);
    m_stepsArea->setObjectName(QStringLiteral("steps"));
    m_stepsArea->setWidgetResizable(true);
    auto *rows = new QWidget(m_stepsArea);
    m_steps = new QGridLayout(rows);
    m_steps->setColumnStretch(1, 1);
    m_steps->setAlignment(Qt::AlignTop);
    m_stepsArea->setWidget(rows);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setTextVisible(false);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("result"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_buttons = new QDialogButtonBox(this);
    m_go = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_go->setObjectName(QStringLiteral("go"));
    m_cancel = m_buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_cancel->setObjectName(QStringLiteral("cancel"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_stepsArea, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_result);
    layout->addWidget(m_buttons);
    resize(640, 420);

    // The buttons never close the dialog on their own: Cancel while running stops the installer first.
    disconnect(m_buttons, nullptr, this, nullptr);
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
        m_progress->setRange(0, int(m_plan.steps.size()));
        m_progress->setValue(0);
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
    m_progress->setRange(0, count);
    if (QLabel *text = m_stepTexts.value(index)) {
        QFont bold = font();
        bold.setBold(true);
        text->setFont(bold);
        m_stepsArea->ensureWidgetVisible(text);
    }
}

void ProbeInstallDialog::setRows(const QStringList &texts, const QIcon &icon)
{
    qDeleteAll(m_stepIcons);
    qDeleteAll(m_stepTexts);
    m_stepIcons.clear();
    m_stepTexts.clear();
    QWidget *rows = m_stepsArea->widget();
    for (int i = 0; i < texts.size(); ++i) {
        auto *mark = new QLabel(rows);
        auto *text = new QLabel(texts.at(i), rows);
        text->setObjectName(QStringLiteral("stepText"));
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_steps->addWidget(mark, i, 0, Qt::AlignTop);
        m_steps->addWidget(text, i, 1);
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
    m_progress->setValue(index + 1);
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
    return m_result->text();
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
    m_progress->setVisible(m_stage == Stage::Checking || m_stage == Stage::Running);
    m_result->setVisible(m_stage == Stage::Done);
    switch (m_stage) {
    case Stage::Checking:
        m_progress->setRange(0, 0);
        setRows({}, QIcon());
        m_intro->setText(tr("Asking “%1” which user Supadesk logs in as and whether systemd runs there…")
                             .arg(m_stackName));
        break;
    case Stage::Confirm:
        m_intro->setText(install ? tr("Supadesk will make these changes on “%1”. Installing again later "
                                      "replaces the files and keeps a copy of any that changed.")
                                       .arg(m_stackName)
                                 : tr("Supadesk will remove the uptime probe from “%1”:").arg(m_stackName));
        setRows(m_plan.summary(), style()->standardIcon(QStyle::SP_FileIcon));
        break;
    case Stage::Running:
        m_intro->setText(install ? tr("Installing the uptime probe on “%1”…").arg(m_stackName)
                                 : tr("Removing the uptime probe from “%1”…").arg(m_stackName));
        break;
    case Stage::Done:
        m_intro->setText(QString());
        m_intro->setVisible(false);
        if (!m_error.isEmpty()) {
            m_result->setText(m_error);
            m_result->setStyleSheet(QStringLiteral("color: #b3261e;"));
        } else {
            m_result->setText(install ? (m_plan.intervalSeconds % 60 != 0
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
            m_result->setStyleSheet(QString());
        }
        break;
    }
    if (m_stage != Stage::Done)
        m_intro->setVisible(true);
}

void ProbeInstallDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_intro)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace supadesk
