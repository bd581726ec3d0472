// SPDX-License-Identifier: GPL-3.0-or-later
#include "backuppage.h"

#include "core/locale/displayformat.h"

#include "core/setup/backupscriptwriter.h"
#include "gui/common/messagewidget.h"
#include "services/backup/backupkey.h"
#include "services/secretstore.h"
#include "services/stackconnection.h"
#include "setupplan.h"
#include "ui_backuppage.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTime>
#include <QTimeEdit>

namespace supadesk {

BackupPage::BackupPage(SetupPlan *plan, QWidget *parent)
    : SetupPage(plan, parent), m_ui(std::make_unique<Ui::BackupPage>())
{
    m_ui->setupUi(this);
    m_ui->backupErrorMessage->setType(MessageWidget::Type::Error);
    m_ui->backupErrorMessage->label()->setObjectName(QStringLiteral("backupError"));
    m_ui->backupErrorMessage->hide(); // shown with an error
    m_ui->backupResultMessage->label()->setObjectName(QStringLiteral("backupResult"));
    m_ui->crontabLine->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->backupScript->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->backupLog->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->backupProgress->hide(); // shown while a backup runs

    connect(m_ui->backupTime, &QTimeEdit::timeChanged, this, &BackupPage::store);
    connect(m_ui->retentionDays, &QSpinBox::valueChanged, this, &BackupPage::store);
    connect(m_ui->backupDir, &QLineEdit::textEdited, this, &BackupPage::store);
    connect(m_ui->rcloneRemote, &QLineEdit::textEdited, this, &BackupPage::store);
    connect(m_ui->encryptBackups, &QCheckBox::clicked, this, &BackupPage::setEncrypted);
    connect(plan, &SetupPlan::changed, this, &BackupPage::load);
    connect(plan, &SetupPlan::connectionChanged, this, &BackupPage::updateRunState);
    connect(plan, &SetupPlan::stackChanged, this, [this] {
        if (isRunning())
            return;
        m_lastRun.reset();
        m_ui->backupLog->clear();
        showResult();
    });
    connect(m_ui->runBackupNow, &QPushButton::clicked, this, &BackupPage::runNow);
    connect(m_ui->cancelBackup, &QPushButton::clicked, this, &BackupPage::cancelRun);
    retranslateUi();
}

BackupPage::~BackupPage() = default;

QString BackupPage::title() const
{
    return tr("Backups");
}

QString BackupPage::explanation() const
{
    return tr("A nightly pg_dump in custom format taken inside the db container, checked with pg_restore "
              "--list before it counts, with the roles and the Storage files beside it, sizes logged, "
              "optionally encrypted with gpg, old backups removed after the retention period and, if you "
              "name an rclone remote, copied off the server.");
}

void BackupPage::retranslateUi()
{
    m_ui->retranslateUi(this);
    m_ui->cancelBackup->setShortcut(QKeySequence(Qt::Key_Escape)); // after setText, which resets it
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
    m_ui->backupTime->setTime(QTime(b.hour, b.minute));
    m_ui->retentionDays->setValue(b.retentionDays);
    if (!m_ui->backupDir->hasFocus())
        m_ui->backupDir->setText(b.backupDir);
    if (!m_ui->rcloneRemote->hasFocus())
        m_ui->rcloneRemote->setText(b.rcloneRemote);
    m_ui->encryptBackups->setChecked(!b.encryptKeyFile.isEmpty());
    m_ui->crontabLine->setText(BackupScriptWriter::crontabLine(b));
    m_ui->crontabLine->setCursorPosition(0); // the schedule at the start of the line is what matters
    const Result<QString> script = BackupScriptWriter::script(b);
    m_ui->backupScript->setPlainText(script.ok() ? script.value() : QString());
    showError(script.ok() ? QString() : script.error().message);
    m_loading = false;
}

void BackupPage::store()
{
    if (m_loading)
        return;
    BackupOptions b = plan()->backup();
    b.hour = m_ui->backupTime->time().hour();
    b.minute = m_ui->backupTime->time().minute();
    b.retentionDays = m_ui->retentionDays->value();
    b.backupDir = m_ui->backupDir->text().trimmed();
    b.rcloneRemote = m_ui->rcloneRemote->text().trimmed();
    plan()->setBackup(b);
}

void BackupPage::setEncrypted(bool on)
{
    BackupOptions b = plan()->backup();
    if (!on) {
        // The key stays in the keychain: the backups already made with it still need it.
        b.encryptKeyFile.clear();
        b.encryptPublicKey.clear();
        plan()->setBackup(b);
        return;
    }
    const std::optional<Stack> &stack = plan()->stack();
    SecretStore *secrets = plan()->secretStore();
    if (!stack || !secrets) {
        m_ui->encryptBackups->setChecked(false);
        showError(tr("Choose the stack first: its backup key is kept in the keychain under its name."));
        return;
    }
    const QString stackId = stack->id;
    const QString stackName = stack->name;
    const QPointer<BackupPage> self(this);
    const auto use = [self](const QByteArray &publicKey) {
        if (!self)
            return;
        BackupOptions options = self->plan()->backup();
        options.encryptKeyFile = BackupScriptWriter::defaultKeyFile();
        options.encryptPublicKey = publicKey;
        self->plan()->setBackup(options);
    };
    const auto refuse = [self](const QString &message) {
        if (!self)
            return;
        self->m_ui->encryptBackups->setChecked(false);
        self->showError(message);
    };
    // A key the stack already has is kept: a new one would leave the older backups unreadable.
    secrets->read(stackId, BackupKey::SecretName, [=](const Result<QString> &kept) {
        if (kept.ok()) {
            const Result<QByteArray> publicKey = BackupKey::publicHalf(kept.value().toUtf8());
            publicKey.ok() ? use(publicKey.value()) : refuse(publicKey.error().message);
            return;
        }
        const Result<BackupKey> made = BackupKey::make(stackName);
        if (!made.ok()) {
            refuse(made.error().message);
            return;
        }
        const QByteArray publicKey = made.value().publicKey;
        secrets->write(
            stackId, BackupKey::SecretName, QString::fromLatin1(made.value().secretKey),
            [=](const Status &written) { written.ok() ? use(publicKey) : refuse(written.error().message); });
    });
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
        showError(script.error().message);
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
        m_ui->backupLog->appendPlainText(QTime::currentTime().toString(QStringLiteral("HH:mm:ss ")) + line);
    });
    connect(m_backupRun, &BackupRun::finished, this, [this](bool ok) {
        m_lastRun = m_backupRun->outcome();
        if (!m_lastRun->output.isEmpty())
            m_ui->backupLog->appendPlainText(m_lastRun->output);
        updateRunState();
        showResult();
        emit runFinished(ok);
    });
    m_ui->backupLog->clear();
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
    m_ui->cancelBackup->setEnabled(false);
}

void BackupPage::updateRunState()
{
    const bool running = isRunning();
    m_ui->runBackupNow->setEnabled(!running && plan()->isConnected());
    m_ui->cancelBackup->setEnabled(running);
    m_ui->backupProgress->setVisible(running);
    for (QWidget *w : std::initializer_list<QWidget *>{m_ui->backupTime, m_ui->retentionDays, m_ui->backupDir,
                                                       m_ui->rcloneRemote})
        w->setEnabled(!running);
}

void BackupPage::showError(const QString &message)
{
    m_ui->backupErrorMessage->setText(message);
    m_ui->backupErrorMessage->setVisible(!message.isEmpty());
}

void BackupPage::showResult()
{
    QString text;
    MessageWidget::Type type = MessageWidget::Type::Plain;
    if (isRunning()) {
        text = tr("The backup runs on the server…");
    } else if (!m_lastRun) {
        text = plan()->isConnected() ? QString() : tr("Connect the stack to run a backup from here.");
    } else if (m_lastRun->ok) {
        text = tr("Backup written: %1\nSize: %2\nVerified: pg_restore --list read %n entry(ies) back.",
                  nullptr, m_lastRun->entries)
                   .arg(m_lastRun->dumpFile, DisplayFormat().bytes(m_lastRun->bytes));
        type = MessageWidget::Type::Positive;
    } else if (m_lastRun->cancelled) {
        text = m_lastRun->error;
    } else {
        text = tr("The backup failed: %1").arg(m_lastRun->error);
        type = MessageWidget::Type::Error;
    }
    m_ui->backupResultMessage->showMessage(text, type);
    m_ui->backupResultMessage->setVisible(!text.isEmpty());
    m_ui->backupLog->setVisible(!m_ui->backupLog->document()->isEmpty() && (isRunning() || m_lastRun));
}

} // namespace supadesk
