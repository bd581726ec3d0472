#include "backuppage.h"

#include "core/setup/backupscriptwriter.h"
#include "setupplan.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
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
    load();
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

} // namespace supadesk
