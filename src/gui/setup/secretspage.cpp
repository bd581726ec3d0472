// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretspage.h"

#include "core/setup/secretaudit.h"
#include "core/setup/supabasesecrets.h"
#include "gui/common/messagewidget.h"
#include "gui/common/secretclipboard.h"
#include "itemroles.h"
#include "setupplan.h"
#include "ui_secretspage.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QToolButton>

namespace supadesk {

namespace {

enum Column { KeyColumn, ValueColumn, StateColumn, ActionsColumn, ColumnCount };

const QString kJwtSecret = QStringLiteral("JWT_SECRET");
constexpr int kClipboardSeconds = SecretClipboard::DefaultSeconds;

bool isApiKey(const QString &key)
{
    return key == QLatin1String("ANON_KEY") || key == QLatin1String("SERVICE_ROLE_KEY");
}

} // namespace

SecretsPage::SecretsPage(SetupPlan *plan, QWidget *parent)
    : SetupPage(plan, parent), m_ui(std::make_unique<Ui::SecretsPage>())
{
    m_ui->setupUi(this);
    m_ui->jwtWarningMessage->setType(MessageWidget::Type::Warning);
    m_ui->jwtWarningMessage->label()->setObjectName(QStringLiteral("jwtWarning"));
    ItemRoles::followPalette(m_ui->secretsTable);
    QHeaderView *header = m_ui->secretsTable->horizontalHeader();
    header->setSectionResizeMode(KeyColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ValueColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(StateColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ActionsColumn, QHeaderView::ResizeToContents);
    m_ui->secretsTable->setColumnWidth(ValueColumn, 150);

    connect(plan, &SetupPlan::secretsChanged, this, &SecretsPage::rebuild);
    connect(plan, &SetupPlan::storedSecretsLoaded, this, &SecretsPage::rebuild);
    connect(plan, &SetupPlan::stackChanged, this, [this] {
        m_shown.clear();
        m_rotatedByUser.clear();
        rebuild();
    });
    retranslateUi();
}

SecretsPage::~SecretsPage() = default;

QString SecretsPage::title() const
{
    return tr("Secrets");
}

QString SecretsPage::explanation() const
{
    return tr("Every secret the stack's .env needs, drawn from the operating system's secure random "
              "generator. Example values from Supabase's env.example are replaced; values that already look "
              "right are kept. Secrets stay in memory and go only to the server or to an exported bundle.");
}

void SecretsPage::retranslateUi()
{
    m_ui->retranslateUi(this);
    rebuild();
}

QString SecretsPage::valueOf(const QString &key) const
{
    for (const EnvAssignment &a : plan()->secrets())
        if (a.key == key)
            return a.value;
    return plan()->currentValues().value(key);
}

QString SecretsPage::masked(const QString &key) const
{
    if (m_shown.contains(key))
        return valueOf(key);
    // A fixed mask: not even the length shows.
    return QString(12, QChar(0x2022));
}

QString SecretsPage::stateText(const QString &key) const
{
    const QHash<QString, QString> server = plan()->serverValues();
    bool replaced = false;
    for (const EnvAssignment &a : plan()->secrets())
        replaced = replaced || a.key == key;
    if (!replaced)
        return server.contains(key) || !plan()->storedSecrets().contains(key)
                   ? tr("Kept: the server's value looks right.")
                   : tr("Kept: saved in the keychain when it was applied.");
    if (!plan()->serverEnv())
        return tr("New.");
    if (!server.contains(key) || server.value(key).isEmpty())
        return tr("New: missing on the server.");
    if (SecretAudit::isExampleValue(key, server.value(key)))
        return tr("Example default on the server: replaced.");
    if (m_rotatedByUser.contains(key))
        return tr("Rotated by you.");
    if (isApiKey(key) && m_rotatedByUser.contains(kJwtSecret))
        return tr("Signed again with the new JWT_SECRET.");
    const FindingList findings = SecretAudit::audit(server, plan()->now());
    for (const Finding &f : findings)
        if (f.key == key)
            return f.message;
    return tr("Replaced.");
}

void SecretsPage::rebuild()
{
    const QStringList keys = SupabaseSecrets::secretKeys();
    const QHash<QString, QString> server = plan()->serverValues();
    int examples = 0;
    for (const QString &key : keys)
        if (server.contains(key) && SecretAudit::isExampleValue(key, server.value(key)))
            ++examples;
    if (!plan()->serverEnv() && !plan()->storedSecrets().isEmpty())
        m_ui->secretsSummary->setText(
            tr("The server's .env was not read: the secrets saved in the keychain when they "
               "were applied are kept, the others are new."));
    else if (!plan()->serverEnv())
        m_ui->secretsSummary->setText(tr("The server's .env was not read: every secret below is new."));
    else if (examples > 0)
        m_ui->secretsSummary->setText(
            tr("%n example default(s) from env.example are in use on the server; they are "
               "replaced below.",
               nullptr, examples));
    else
        m_ui->secretsSummary->setText(tr("No example defaults are in use on the server."));

    m_ui->secretsTable->setRowCount(int(keys.size()));
    for (int row = 0; row < keys.size(); ++row) {
        const QString &key = keys.at(row);
        const bool example = server.contains(key) && SecretAudit::isExampleValue(key, server.value(key));
        auto *keyItem = new QTableWidgetItem(key);
        auto *valueItem = new QTableWidgetItem(masked(key));
        valueItem->setFont(QFont(QStringLiteral("monospace")));
        auto *stateItem = new QTableWidgetItem(stateText(key));
        stateItem->setToolTip(stateItem->text());
        if (example)
            ItemRoles::set(stateItem, StatePalette::Role::Bad);
        m_ui->secretsTable->setItem(row, KeyColumn, keyItem);
        m_ui->secretsTable->setItem(row, ValueColumn, valueItem);
        m_ui->secretsTable->setItem(row, StateColumn, stateItem);

        auto *actions = new QWidget(m_ui->secretsTable);
        auto *box = new QHBoxLayout(actions);
        box->setContentsMargins(2, 0, 2, 0);
        box->setSpacing(2);
        auto button = [&](const QString &name, const QString &text, const QString &tip) {
            auto *b = new QToolButton(actions);
            b->setObjectName(name + QLatin1Char('_') + key);
            b->setText(text);
            b->setToolTip(tip);
            box->addWidget(b);
            return b;
        };
        QToolButton *show = button(QStringLiteral("show"), m_shown.contains(key) ? tr("Hide") : tr("Show"),
                                   tr("Show or hide the value"));
        QToolButton *copy = button(
            QStringLiteral("copy"), tr("Copy"),
            tr("Copy the value to the clipboard (cleared after %n second(s))", nullptr, kClipboardSeconds));
        QToolButton *regen =
            button(QStringLiteral("regenerate"), tr("Regenerate"),
                   isApiKey(key) ? tr("Sign a new key with JWT_SECRET") : tr("Draw a new random value"));
        connect(show, &QToolButton::clicked, this, [this, key] {
            if (m_shown.contains(key))
                m_shown.remove(key);
            else
                m_shown.insert(key);
            rebuild();
        });
        connect(copy, &QToolButton::clicked, this,
                [this, key] { SecretClipboard::copy(valueOf(key), kClipboardSeconds); });
        connect(regen, &QToolButton::clicked, this, [this, key] { regenerate(key); });
        m_ui->secretsTable->setCellWidget(row, ActionsColumn, actions);
    }
    m_ui->secretsTable->resizeRowsToContents();
}

void SecretsPage::regenerate(const QString &key, bool confirmed)
{
    // A secret from the keychain was applied before: it is as live as one read from the server.
    const QHash<QString, QString> server = plan()->currentValues();
    const bool live = server.contains(key) && !server.value(key).isEmpty() &&
                      !SecretAudit::isExampleValue(key, server.value(key));
    if (!confirmed && live && (key == kJwtSecret || key == QLatin1String("POSTGRES_PASSWORD"))) {
        QMessageBox ask(QMessageBox::Warning, tr("Rotate %1?").arg(key),
                        key == kJwtSecret
                            ? tr("A new JWT_SECRET invalidates ANON_KEY and SERVICE_ROLE_KEY. Every app and "
                                 "client that uses them stops working until it gets the new keys.")
                            : tr("A new POSTGRES_PASSWORD on a running stack also needs the password of "
                                 "every internal role changed, or the services cannot log in."),
                        QMessageBox::Cancel, this);
        ask.setObjectName(QStringLiteral("ConfirmRotate"));
        QPushButton *rotate = ask.addButton(tr("Rotate"), QMessageBox::DestructiveRole);
        rotate->setObjectName(QStringLiteral("rotate"));
        ask.setDefaultButton(QMessageBox::Cancel);
        ask.exec();
        if (ask.clickedButton() != rotate)
            return;
    }
    EnvAssignments secrets = plan()->secrets();
    auto put = [&secrets](const QString &k, const QString &v) {
        for (EnvAssignment &a : secrets)
            if (a.key == k) {
                a.value = v;
                return;
            }
        secrets.append({k, v});
    };
    m_rotatedByUser.insert(key);
    if (key == kJwtSecret) {
        const QString jwt = SupabaseSecrets::generateOne(key, {}, plan()->now());
        put(key, jwt);
        for (const QString &api : {QStringLiteral("ANON_KEY"), QStringLiteral("SERVICE_ROLE_KEY")})
            put(api, SupabaseSecrets::generateOne(api, jwt, plan()->now()));
    } else {
        put(key, SupabaseSecrets::generateOne(key, valueOf(kJwtSecret), plan()->now()));
    }
    // Keep env.example's order, which is the order the page and the .env list them in.
    EnvAssignments ordered;
    for (const QString &k : SupabaseSecrets::secretKeys())
        for (const EnvAssignment &a : std::as_const(secrets))
            if (a.key == k)
                ordered.append(a);
    plan()->setSecrets(ordered);
}

} // namespace supadesk
