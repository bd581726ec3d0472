// SPDX-License-Identifier: GPL-3.0-or-later
#include "backuppage.h"

#include "core/locale/displayformat.h"

#include "core/setup/backupscriptwriter.h"
#include "services/stackconnection.h"
#include "setupplan.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTime>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace supadesk {

BackupPage::BackupPage(SetupPlan *plan, QWidget *parent) : SetupPage(plan, parent)
{
    setObjectName(QStringLiteral("BackupPage"));
    m_timeLabel = new QLabel(this);
    m_time = new QTimeEdit(this);
    m_time->setObjectName(QStringLiteral("backupTime"));
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_retentionLabel = new QLabel(this);
    m_retention = new QSpinBox(this);
    m_retention->setObjectName(QStringLiteral("retentionDays"));
    m_retention->setRange(1, 3650);
    m_dirLabel = new QLabel(this);
    m_dir = new QLineEdit(this);
    m_dir->setObjectName(QStringLiteral("backupDir"));
    m_remoteLabel = new QLabel(this);
    m_remote = new QLineEdit(this);
    m_remote->setObjectName(QStringLiteral("rcloneRemote"));
    m_remoteNote = new QLabel(this);
    m_remoteNote->setWordWrap(true);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("backupError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #cf222e;"));
    m_cronLabel = new QLabel(this);
    m_cron = new QLineEdit(this);
    m_cron->setObjectName(QStringLiteral("crontabLine"));
    m_cron->setReadOnly(true);
    m_cron->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_scriptLabel = new QLabel(this);
    m_script = new QPlainTextEdit(this);
    m_script->setObjectName(QStringLiteral("backupScript"));
    m_script->setReadOnly(true);
    m_script->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_script->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_run = new QPushButton(this);
    m_run->setObjectName(QStringLiteral("runBackupNow"));
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("cancelBackup"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("backupProgress"));
    m_progress->setRange(0, 0); // how long pg_dump takes is not known in advance
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("backupResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_log = new QPlainTextEdit(this);
    m_log->setObjectName(QStringLiteral("backupLog"));
    m_log->setReadOnly(true);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setMaximumBlockCount(1000);
    m_log->setMaximumHeight(110);
    m_timeLabel->setBuddy(m_time);
    m_retentionLabel->setBuddy(m_retention);
    m_dirLabel->setBuddy(m_dir);
    m_remoteLabel->setBuddy(m_remote);

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(m_timeLabel, m_time);
    form->addRow(m_retentionLabel, m_retention);
    form->addRow(m_dirLabel, m_dir);
    form->addRow(m_remoteLabel, m_remote);
    form->addRow(QString(), m_remoteNote);
    auto *left = new QVBoxLayout;
    left->addLayout(form);
    left->addWidget(m_error);
    auto *runRow = new QHBoxLayout;
    runRow->addWidget(m_run);
    runRow->addWidget(m_cancel);
    runRow->addStretch();
    left->addLayout(runRow);
    left->addWidget(m_progress);
    left->addWidget(m_result);
    left->addWidget(m_log);
    left->addStretch();
    auto *right = new QVBoxLayout;
    right->addWidget(m_cronLabel);
    right->addWidget(m_cron);
    right->addWidget(m_scriptLabel);
    right->addWidget(m_script, 1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(left, 2);
    layout->addLayout(right, 3);

    connect(m_time, &QTimeEdit::timeChanged, this, &BackupPage::store);
    connect(m_retention, &QSpinBox::valueChanged, this, &BackupPage::store);
    connect(m_dir, &QLineEdit::textEdited, this, &BackupPage::store);
    connect(m_remote, &QLineEdit::textEdited, this, &BackupPage::store);
    connect(plan, &SetupPlan::changed, this, &BackupPage::load);
    connect(plan, &SetupPlan::connectionChanged, this, &BackupPage::updateRunState);
    connect(plan, &SetupPlan::stackChanged, this, [this] {
        if (isRunning())
            return;
        m_lastRun.reset();
        m_log->clear();
        showResult();
    });
    connect(m_run, &QPushButton::clicked, this, &BackupPage::runNow);
    connect(m_cancel, &QPushButton::clicked, this, &BackupPage::cancelRun);
    retranslateUi();
}

QString BackupPage::title() const
{
    return tr("Backups");
}

QString BackupPage::explanation() const
{
    return tr("A nightly pg_dump in custom format taken inside the db container, checked with pg_restore "
              "--list before it counts, its size logged, old dumps removed after the retention period and, "
              "if you name an rclone remote, copied off the server.");
}

void BackupPage::retranslateUi()
{
    m_timeLabel->setText(tr("&Every day at:"));
    m_retentionLabel->setText(tr("&Keep for:"));
    m_retention->setSuffix(tr(" days"));
    m_dirLabel->setText(tr("&Directory on the server:"));
    m_remoteLabel->setText(tr("&rclone remote:"));
    m_remote->setPlaceholderText(tr("optional, e.g. b2:my-bucket/supabase"));
    m_remoteNote->setText(tr("A copy on the same server is lost with the server: name a remote that "
                             "`rclone config` set up on it."));
    m_cronLabel->setText(tr("Line in root's crontab:"));
    m_scriptLabel->setText(QStringLiteral("backup.sh:")); // a file name
    m_run->setText(tr("R&un now"));
    m_run->setToolTip(tr("Run backup.sh on the server once, now, and show the dump it wrote"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setShortcut(QKeySequence(Qt::Key_Escape)); // after setText, which resets it
    m_cancel->setToolTip(tr("Stop the backup and remove its partial dump (Esc)"));
    load();
    updateRunState();
    showResult();
}

void BackupPage::load()
{
    if (m_loading)
        return;
    m_loading = true;
    const BackupOptions &b = plan()->backup();
    m_time->setTime(QTime(b.hour, b.minute));
    m_retention->setValue(b.retentionDays);
    if (!m_dir->hasFocus())
        m_dir->setText(b.backupDir);
    if (!m_remote->hasFocus())
        m_remote->setText(b.rcloneRemote);
    m_cron->setText(BackupScriptWriter::crontabLine(b));
    m_cron->setCursorPosition(0); // the schedule at the start of the line is what matters
    const Result<QString> script = BackupScriptWriter::script(b);
    m_script->setPlainText(script.ok() ? script.value() : QString());
    m_error->setText(script.ok() ? QString() : script.error().message);
    m_loading = false;
}

void BackupPage::store()
{
    if (m_loading)
        return;
    BackupOptions b = plan()->backup();
    b.hour = m_time->time().hour();
    b.minute = m_time->time().minute();
    b.retentionDays = m_retention->value();
    b.backupDir = m_dir->text().trimmed();
    b.rcloneRemote = m_remote->text().trimmed();
    plan()->setBackup(b);
}

bool BackupPage::isRunning() const
{
    return m_backupRun && m_backupRun->isRunning();
}

void BackupPage::runNow()
{
    StackConnection *connection = plan()->connection();
    if (!connection || isRunning())
        return;
    const BackupOptions options = plan()->backup();
    const Result<QString> script = BackupScriptWriter::script(options);
    if (!script.ok()) {
        m_error->setText(script.error().message);
        return;
    }
    QString prefix;
    if (m_prefix) {
        prefix = *m_prefix;
    } else if (connection->settings().ssh.user != QLatin1String("root")) {
        prefix = QStringLiteral("sudo -n"); // docker and the backup directory need root
    }
    delete m_backupRun;
    m_backupRun = new BackupRun(connection, this);
    connect(m_backupRun, &BackupRun::progress, this, [this](const QString &line) {
        m_log->appendPlainText(QTime::currentTime().toString(QStringLiteral("HH:mm:ss ")) + line);
    });
    connect(m_backupRun, &BackupRun::finished, this, [this](bool ok) {
        m_lastRun = m_backupRun->outcome();
        if (!m_lastRun->output.isEmpty())
            m_log->appendPlainText(m_lastRun->output);
        updateRunState();
        showResult();
        emit runFinished(ok);
    });
    m_log->clear();
    m_lastRun.reset();
    m_backupRun->start(script.value(), options, prefix);
    updateRunState();
    showResult();
}

void BackupPage::cancelRun()
{
    if (!isRunning())
        return;
    m_backupRun->cancel();
    m_cancel->setEnabled(false);
}

void BackupPage::updateRunState()
{
    const bool running = isRunning();
    m_run->setEnabled(!running && plan()->isConnected());
    m_cancel->setEnabled(running);
    m_progress->setVisible(running);
    for (QWidget *w : std::initializer_list<QWidget *>{m_time, m_retention, m_dir, m_remote})
        w->setEnabled(!running);
}

void BackupPage::showResult()
{
    QString text;
    QString color = QStringLiteral("#57606a");
    if (isRunning()) {
        text = tr("The backup runs on the server…");
    } else if (!m_lastRun) {
        text = plan()->isConnected() ? QString() : tr("Connect the stack to run a backup from here.");
    } else if (m_lastRun->ok) {
        text = tr("Backup written: %1\nSize: %2\nVerified: pg_restore --list read %n entry(ies) back.",
                  nullptr, m_lastRun->entries)
                   .arg(m_lastRun->dumpFile, DisplayFormat().bytes(m_lastRun->bytes));
        color = QStringLiteral("#1a7f37");
    } else if (m_lastRun->cancelled) {
        text = m_lastRun->error;
    } else {
        text = tr("The backup failed: %1").arg(m_lastRun->error);
        color = QStringLiteral("#cf222e");
    }
    m_result->setStyleSheet(QStringLiteral("color: %1;").arg(color));
    m_result->setText(text);
    m_result->setVisible(!text.isEmpty());
    m_log->setVisible(!m_log->document()->isEmpty() && (isRunning() || m_lastRun));
}

} // namespace supadesk
