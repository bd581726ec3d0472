// SPDX-License-Identifier: GPL-3.0-or-later
#include "stackdialog.h"

#include "ui_stackdialog.h"

#include "gui/styles/palettewatcher.h"
#include "gui/styles/statepalette.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFont>
#include <QLineEdit>

namespace supadesk {

StackDialog::StackDialog(const StackValidator &validator, const StackList &existing, QWidget *parent)
    : QDialog(parent), m_validator(validator), m_existing(existing), m_ui(std::make_unique<Ui::StackDialog>())
{
    m_ui->setupUi(this);
    StatePalette::setTextRole(m_ui->errors, StatePalette::Role::Bad);
    QFont errorFont = m_ui->errors->font();
    errorFont.setWeight(QFont::DemiBold);
    m_ui->errors->setFont(errorFont);
    // The red frames are style sheets, which hear no palette change: draw them again in the new theme.
    connect(PaletteWatcher::instance(), &PaletteWatcher::changed, this, &StackDialog::markInvalidFields);
    m_ui->errors->hide();
    // The combo's rows are the methods in this order; the form lists them as texts only.
    m_ui->auth->setItemData(0, int(AuthMethod::Agent));
    m_ui->auth->setItemData(1, int(AuthMethod::KeyFile));
    m_ui->auth->setItemData(2, int(AuthMethod::Password));
    m_ui->sshUser->setText(qEnvironmentVariable("USER"));

    // The server's defaults are the Stack's, not repeated in the form.
    const Stack defaults;
    m_ui->sshPort->setValue(defaults.sshPort);
    m_ui->installDir->setText(defaults.installDir);
    m_ui->dbHost->setText(defaults.dbHost);
    m_ui->dbPort->setValue(defaults.dbPort);
    m_ui->gatewayPort->setValue(defaults.gatewayPort);
    m_ui->poolerPort->setValue(defaults.poolerPort);
    m_ui->poolerMetricsPort->setValue(defaults.poolerMetricsPort);
    m_ui->dbName->setText(defaults.dbName);
    m_ui->dbUser->setText(defaults.dbUser);

    // The validator names the fields by these object names.
    const QList<QWidget *> fields = {
        m_ui->name,       m_ui->sshHost,           m_ui->sshPort, m_ui->sshUser, m_ui->keyFile,
        m_ui->jumpHosts,  m_ui->installDir,        m_ui->dbHost,  m_ui->dbPort,  m_ui->gatewayPort,
        m_ui->poolerPort, m_ui->poolerMetricsPort, m_ui->dbName,  m_ui->dbUser};
    for (QWidget *field : fields)
        m_fieldWidgets.insert(field->objectName(), field);

    connect(m_ui->auth, &QComboBox::currentIndexChanged, this, &StackDialog::updateAuthFields);
    connect(m_ui->browse, &QPushButton::clicked, this, &StackDialog::browseKeyFile);
    connect(m_ui->secret, &QLineEdit::textEdited, this, [this] { m_secretEdited = true; });

    updateAuthFields();
    m_ui->name->setFocus();
}

StackDialog::~StackDialog() = default;

void StackDialog::updateTexts()
{
    setWindowTitle(m_id.isEmpty() ? tr("Add stack") : tr("Edit stack"));
    m_ui->secretLabel->setText(m_ui->auth->currentData().toInt() == int(AuthMethod::Password)
                                   ? tr("Pass&word:")
                                   : tr("Pass&phrase:"));
    // An editable combo shows its line edit's placeholder, which the form cannot set.
    m_ui->group->lineEdit()->setPlaceholderText(tr("e.g. Production"));
}

void StackDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateTexts();
    }
    QDialog::changeEvent(event);
}

void StackDialog::updateAuthFields()
{
    const auto method = AuthMethod(m_ui->auth->currentData().toInt());
    m_ui->sshForm->setRowVisible(m_ui->keyRow, method == AuthMethod::KeyFile);
    m_ui->sshForm->setRowVisible(m_ui->secret, method != AuthMethod::Agent);
    updateTexts();
}

void StackDialog::browseKeyFile()
{
    const QString start =
        m_ui->keyFile->text().isEmpty() ? QDir::homePath() + QStringLiteral("/.ssh") : m_ui->keyFile->text();
    const QString file = QFileDialog::getOpenFileName(this, tr("Choose a private key"), start);
    if (!file.isEmpty())
        m_ui->keyFile->setText(file);
}

void StackDialog::setGroups(const QStringList &groups)
{
    const QString current = m_ui->group->currentText();
    m_ui->group->clear();
    m_ui->group->addItems(groups);
    m_ui->group->setCurrentText(current);
}

void StackDialog::setStack(const Stack &s)
{
    m_id = s.id;
    m_ui->name->setText(s.name);
    m_ui->group->setCurrentText(s.group);
    m_ui->sshHost->setText(s.sshHost);
    m_ui->sshPort->setValue(s.sshPort);
    m_ui->sshUser->setText(s.sshUser);
    m_ui->auth->setCurrentIndex(m_ui->auth->findData(int(s.authMethod)));
    m_ui->keyFile->setText(s.keyFile);
    m_ui->jumpHosts->setText(s.jumpHosts);
    m_ui->installDir->setText(s.installDir);
    m_ui->dbHost->setText(s.dbHost);
    m_ui->dbPort->setValue(s.dbPort);
    m_ui->gatewayPort->setValue(s.gatewayPort);
    m_ui->poolerPort->setValue(s.poolerPort);
    m_ui->poolerMetricsPort->setValue(s.poolerMetricsPort);
    m_ui->dbName->setText(s.dbName);
    m_ui->dbUser->setText(s.dbUser);
    m_ui->autoConnect->setChecked(s.autoConnect);
    updateAuthFields();
}

Stack StackDialog::stack() const
{
    Stack s;
    s.id = m_id.isEmpty() ? Stack::newId() : m_id;
    s.name = m_ui->name->text().trimmed();
    s.group = m_ui->group->currentText().trimmed();
    s.sshHost = m_ui->sshHost->text().trimmed();
    s.sshPort = m_ui->sshPort->value();
    s.sshUser = m_ui->sshUser->text().trimmed();
    s.authMethod = AuthMethod(m_ui->auth->currentData().toInt());
    s.keyFile = s.authMethod == AuthMethod::KeyFile ? m_ui->keyFile->text().trimmed() : QString();
    s.jumpHosts = m_ui->jumpHosts->text().trimmed();
    s.installDir = m_ui->installDir->text().trimmed();
    s.dbHost = m_ui->dbHost->text().trimmed();
    s.dbPort = m_ui->dbPort->value();
    s.gatewayPort = m_ui->gatewayPort->value();
    s.poolerPort = m_ui->poolerPort->value();
    s.poolerMetricsPort = m_ui->poolerMetricsPort->value();
    s.dbName = m_ui->dbName->text().trimmed();
    s.dbUser = m_ui->dbUser->text().trimmed();
    s.autoConnect = m_ui->autoConnect->isChecked();
    return s;
}

QString StackDialog::secret() const
{
    return m_ui->secret->text();
}

void StackDialog::markInvalidFields()
{
    const QString frame = QStringLiteral("border: 1px solid %1;")
                              .arg(StatePalette::current().name(StatePalette::Role::BadMark));
    for (auto it = m_fieldWidgets.cbegin(); it != m_fieldWidgets.cend(); ++it)
        it.value()->setStyleSheet(m_invalidFields.contains(it.key()) ? frame : QString());
}

void StackDialog::showErrors(const QList<FieldError> &errors)
{
    m_ui->errors->setVisible(!errors.isEmpty());
    m_ui->errors->setText(StackValidator::summary(errors));
    m_invalidFields.clear();
    for (const FieldError &e : errors)
        m_invalidFields.insert(e.field);
    markInvalidFields();
    if (!errors.isEmpty()) {
        if (QWidget *first = m_fieldWidgets.value(errors.first().field)) {
            m_ui->tabs->setCurrentWidget(first->parentWidget() == m_ui->keyRow ? m_ui->keyRow->parentWidget()
                                                                               : first->parentWidget());
            first->setFocus();
        }
    }
}

void StackDialog::accept()
{
    const QList<FieldError> errors = m_validator.validate(stack(), m_existing);
    showErrors(errors);
    if (errors.isEmpty())
        QDialog::accept();
}

} // namespace supadesk
