// SPDX-License-Identifier: GPL-3.0-or-later
#include "addstandbydialog.h"

#include "core/replication/replicarules.h"
#include "services/replication/replicastacklink.h"
#include "services/replication/replicastacksetup.h"
#include "services/secretstore.h"
#include "ui_addstandbydialog.h"

#include <QCloseEvent>
#include <QHeaderView>
#include <QPushButton>
#include <QThread>

namespace supadesk {

AddStandbyDialog::AddStandbyDialog(const Stack &primary, const StackList &stacks, SettingsProvider settings,
                                   QString databasePassword, SecretStore *secrets, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::AddStandbyDialog>()), m_primary(primary),
      m_settings(std::move(settings)), m_databasePassword(std::move(databasePassword)), m_secrets(secrets)
{
    m_ui->setupUi(this);
    m_ui->primaryName->setText(primary.name);
    for (const Stack &s : stacks)
        if (s.id != primary.id) {
            m_candidates.append(s);
            m_ui->standbyStack->addItem(s.name, s.id);
        }
    // The description takes the width; a long one is elided and shown whole in its tooltip.
    m_ui->steps->header()->setStretchLastSection(false);
    m_ui->steps->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->steps->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_ui->progress->setRange(0, 100);
    m_ui->progress->setValue(0);
    connect(m_ui->standbyStack, &QComboBox::currentIndexChanged, this, [this] {
        updateDataDir();
        choicesChanged();
    });
    connect(m_ui->dataDir, &QLineEdit::textEdited, this, [this] {
        m_dataDirEdited = true;
        choicesChanged();
    });
    connect(m_ui->synchronous, &QCheckBox::toggled, this, &AddStandbyDialog::choicesChanged);
    connect(m_ui->previewButton, &QPushButton::clicked, this, &AddStandbyDialog::preview);
    connect(m_ui->runButton, &QPushButton::clicked, this, &AddStandbyDialog::runSetup);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &AddStandbyDialog::cancelRun);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::reject);
    updateDataDir();
    if (m_candidates.isEmpty())
        setStatus([] {
            return tr("Add the standby's server as a stack first: it needs an SSH endpoint of its own.");
        });
    updateButtons();
}

AddStandbyDialog::~AddStandbyDialog()
{
    cancelRun();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

QString AddStandbyDialog::statusText() const
{
    return m_ui->status->text();
}

Stack AddStandbyDialog::standby() const
{
    const int i = m_ui->standbyStack->currentIndex();
    return i >= 0 && i < m_candidates.size() ? m_candidates.at(i) : Stack();
}

void AddStandbyDialog::updateDataDir()
{
    if (m_dataDirEdited || m_candidates.isEmpty())
        return;
    m_ui->dataDir->setText(ReplicaStackLink::defaultDataDir(ReplicaRules::slotName(standby().name)));
}

void AddStandbyDialog::choicesChanged()
{
    // A plan is only good for the choices it was made with.
    m_previewed = false;
    m_ui->steps->clear();
    m_stepStatus.clear();
    updateButtons();
}

void AddStandbyDialog::updateButtons()
{
    const bool running = isRunning();
    const bool ready = !m_candidates.isEmpty() && !m_ui->dataDir->text().trimmed().isEmpty();
    m_ui->previewButton->setEnabled(!running && ready);
    m_ui->runButton->setEnabled(!running && ready && m_previewed);
    m_ui->cancelButton->setEnabled(running);
    m_ui->closeButton->setEnabled(!running);
    for (QWidget *w : {static_cast<QWidget *>(m_ui->standbyStack), static_cast<QWidget *>(m_ui->dataDir),
                       static_cast<QWidget *>(m_ui->synchronous)})
        w->setEnabled(!running);
}

void AddStandbyDialog::preview()
{
    start(true);
}

void AddStandbyDialog::runSetup()
{
    if (m_previewed)
        start(false);
}

void AddStandbyDialog::cancelRun()
{
    QMutexLocker lock(&m_mutex);
    if (m_running) {
        m_running->cancel();
        setStatus(
            [] { return tr("Cancelling: the step under way finishes, then the steps done are undone."); });
    }
}

void AddStandbyDialog::setStep(int index, const QString &description, std::optional<ApplyStepStatus> status)
{
    while (m_ui->steps->topLevelItemCount() <= index) {
        new QTreeWidgetItem(m_ui->steps);
        m_stepStatus.append(std::nullopt);
    }
    QTreeWidgetItem *item = m_ui->steps->topLevelItem(index);
    if (!description.isEmpty()) {
        item->setText(0, tr("%1. %2").arg(index + 1).arg(description));
        item->setToolTip(0, description);
    }
    m_stepStatus[index] = status;
    item->setText(1, status ? ApplyReport::statusName(*status) : tr("running"));
    // Rows are as tall as their wrapped description.
    m_ui->steps->doItemsLayout();
}

void AddStandbyDialog::setStatus(std::function<QString()> text)
{
    m_status = std::move(text);
    m_ui->status->setText(m_status ? m_status() : QString());
}

void AddStandbyDialog::retranslateRunTime()
{
    m_ui->primaryName->setText(m_primary.name);
    if (m_status)
        m_ui->status->setText(m_status());
    for (int i = 0; i < m_ui->steps->topLevelItemCount(); ++i)
        m_ui->steps->topLevelItem(i)->setText(
            1, m_stepStatus.value(i) ? ApplyReport::statusName(*m_stepStatus.value(i)) : tr("running"));
}

void AddStandbyDialog::start(bool dryRun)
{
    if (isRunning() || m_candidates.isEmpty())
        return;
    ReplicaStackSetupRequest r;
    r.primary = m_primary;
    r.standby = standby();
    r.primarySettings = m_settings(r.primary);
    r.standbySettings = m_settings(r.standby);
    r.databasePassword = m_databasePassword;
    r.standbyDataDir = m_ui->dataDir->text().trimmed();
    r.synchronous = m_ui->synchronous->isChecked();
    if (m_secrets)
        if (const auto kept = m_secrets->readNow(m_primary.id, SecretStore::ReplicationPassword); kept.ok())
            r.replicationPassword = kept.value();
    if (dryRun) {
        m_ui->steps->clear();
        m_stepStatus.clear();
    }
    m_ui->progress->setValue(0);
    setStatus([dryRun] { return dryRun ? tr("Checking both servers…") : tr("Setting up the standby…"); });

    m_thread = QThread::create([this, r, dryRun] {
        ReplicaStackSetup setup;
        {
            QMutexLocker lock(&m_mutex);
            m_running = &setup;
        }
        connect(&setup, &ReplicaStackSetup::stepStarted, this,
                [this](int index, const QString &description) { setStep(index, description, std::nullopt); });
        connect(&setup, &ReplicaStackSetup::stepFinished, this,
                [this](int index, ApplyStepStatus status, const QString &) {
                    setStep(index, QString(), status);
                });
        connect(&setup, &ReplicaStackSetup::progress, m_ui->progress, &QProgressBar::setValue);
        connect(&setup, &ReplicaStackSetup::logLine, m_ui->status, &QLabel::setText);
        const ReplicaSetupOutcome outcome = setup.run(r, dryRun);
        {
            QMutexLocker lock(&m_mutex);
            m_running = nullptr;
        }
        QMetaObject::invokeMethod(
            this, [this, dryRun, outcome] { finish(dryRun, outcome); }, Qt::QueuedConnection);
    });
    m_thread->start();
    updateButtons();
}

void AddStandbyDialog::finish(bool dryRun, const ReplicaSetupOutcome &outcome)
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    for (int i = 0; i < outcome.report.steps.size(); ++i)
        setStep(i, outcome.report.steps.at(i).description, outcome.report.outcomes.value(i).status);
    if (!outcome.ok()) {
        m_previewed = false;
        const QString why = outcome.error.message;
        setStatus([dryRun, why] {
            return dryRun ? tr("Refused before any change: %1").arg(why)
                          : tr("The standby was not set up: %1").arg(why);
        });
    } else if (dryRun) {
        m_previewed = true;
        setStatus([] { return tr("Both servers passed the checks. These steps run when you press Run."); });
    } else {
        m_ui->progress->setValue(100);
        const QString standbyName = standby().name;
        const QString primaryName = m_primary.name;
        setStatus(
            [standbyName, primaryName] { return tr("%1 streams from %2.").arg(standbyName, primaryName); });
        if (m_secrets && !outcome.password.isEmpty())
            m_secrets->write(m_primary.id, SecretStore::ReplicationPassword, outcome.password, [](Status) {});
    }
    updateButtons();
    if (!dryRun)
        emit runFinished(outcome.ok());
}

void AddStandbyDialog::closeEvent(QCloseEvent *event)
{
    // A run is not left half done behind a closed window: cancel it, and close once it has rolled back.
    if (isRunning()) {
        cancelRun();
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

void AddStandbyDialog::reject()
{
    if (isRunning()) {
        cancelRun();
        return;
    }
    QDialog::reject();
}

void AddStandbyDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateRunTime();
    }
    QDialog::changeEvent(event);
}

} // namespace supadesk
