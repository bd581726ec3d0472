// SPDX-License-Identifier: GPL-3.0-or-later
#include "tlspage.h"

#include "core/audit/stacklayout.h"
#include "core/tls/pgsslconfig.h"
#include "core/tls/studioproxyauth.h"
#include "core/tls/tlspreflight.h"
#include "core/tls/tlssetupplan.h"
#include "gui/common/messagewidget.h"
#include "services/secretstore.h"
#include "services/stackconnection.h"
#include "services/tls/tlsnameresolver.h"
#include "setupplan.h"
#include "ui_tlspage.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QHostAddress>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QtConcurrent/QtConcurrentRun>

namespace supadesk {

TlsPage::TlsPage(SetupPlan *plan, QWidget *parent)
    : SetupPage(plan, parent), m_ui(std::make_unique<Ui::TlsPage>())
{
    m_ui->setupUi(this);
    m_ui->tlsErrorMessage->setType(MessageWidget::Type::Error);
    m_ui->tlsErrorMessage->label()->setObjectName(QStringLiteral("tlsError"));
    m_ui->tlsErrorMessage->hide(); // shown with an error
    m_ui->tlsCheckMessage->label()->setObjectName(QStringLiteral("tlsCheck"));
    m_ui->tlsCheckMessage->hide();
    m_ui->tlsVerifyMessage->label()->setObjectName(QStringLiteral("tlsVerify"));
    m_ui->tlsVerifyMessage->hide();
    m_ui->tlsConfig->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->tlsEnv->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    connect(m_ui->tlsEnabled, &QCheckBox::toggled, this, &TlsPage::store);
    for (QCheckBox *box : {m_ui->dbSslEnabled, m_ui->dbRequireSsl})
        connect(box, &QCheckBox::toggled, this, &TlsPage::store);
    connect(m_ui->studioProxyAuth, &QCheckBox::toggled, this, [this](bool on) {
        if (m_loading)
            return;
        if (on)
            makeStudioPassword();
        else
            setStudioAuth(StudioAuth::Gateway, QString());
    });
    for (QLineEdit *edit : {m_ui->apiName, m_ui->studioName, m_ui->acmeEmail, m_ui->closePorts})
        connect(edit, &QLineEdit::textEdited, this, &TlsPage::store);
    for (QRadioButton *radio : {m_ui->proxyCaddy, m_ui->proxyNginx, m_ui->installHost, m_ui->installCompose,
                                m_ui->dbCertSelf, m_ui->dbCertProxy})
        connect(radio, &QRadioButton::toggled, this, [this](bool on) {
            if (on)
                store();
        });
    connect(plan, &SetupPlan::changed, this, &TlsPage::load);
    connect(plan, &SetupPlan::connectionChanged, this, &TlsPage::updateState);
    connect(plan, &SetupPlan::stackChanged, this, [this] {
        // What was checked on another server says nothing about this one.
        m_checkFacts.reset();
        m_lastVerify.reset();
        showCheck();
        showVerify();
    });
    connect(m_ui->checkTls, &QPushButton::clicked, this, &TlsPage::checkNamesAndPorts);
    connect(m_ui->verifyTls, &QPushButton::clicked, this, &TlsPage::verifyHttps);
    retranslateUi();
}

TlsPage::~TlsPage() = default;

QString TlsPage::title() const
{
    return tr("HTTPS");
}

QString TlsPage::explanation() const
{
    return tr("A reverse proxy in front of the gateway serves HTTPS with a certificate that renews itself, "
              "redirects HTTP and passes Realtime's WebSockets on. Once HTTPS answers, the gateway's own "
              "ports are closed from outside and the .env's public addresses become https.");
}

void TlsPage::entered()
{
    readLayout();
}

void TlsPage::retranslateUi()
{
    m_ui->retranslateUi(this);
    load();
    showCheck();
    showVerify();
    updateState();
}

QString TlsPage::commandPrefix() const
{
    QString user = plan()->stack() ? plan()->stack()->sshUser : QString();
    if (StackConnection *c = plan()->connection())
        user = c->settings().ssh.user;
    return user == QLatin1String("root") ? QString() : QStringLiteral("sudo -n ");
}

void TlsPage::readLayout()
{
    StackConnection *connection = plan()->connection();
    if (!connection)
        return;
    ++m_busy;
    updateState();
    connection->exec(
        StackLayoutReader::readCommand(plan()->installDir()), this, [this](Result<ExecResult> r) {
            --m_busy;
            if (r.ok() && r.value().exitStatus == 0)
                plan()->setStackLayout(StackLayoutReader::read(
                    StackLayoutReader::parseReadOutput(r.value().standardOutput), plan()->serverValues()));
            updateState();
        });
    // pg_hba.conf as it is, for the rules Review shows and the apply rewrites.
    ++m_busy;
    const PgTransitInput defaults;
    connection->exec(PgTransitPlanner::readCommand(commandPrefix() + defaults.psqlCommand,
                                                   commandPrefix() + defaults.dbShell),
                     this, [this](Result<ExecResult> r) {
                         --m_busy;
                         QString path;
                         QString text;
                         if (r.ok() && r.value().exitStatus == 0)
                             PgTransitPlanner::parseRead(QString::fromUtf8(r.value().standardOutput), &path,
                                                         &text);
                         plan()->setPgHba(path, text);
                         updateState();
                     });
}

void TlsPage::load()
{
    if (m_loading)
        return;
    m_loading = true;
    const TlsSetupOptions &o = plan()->tls();
    m_ui->tlsEnabled->setChecked(o.enabled);
    auto setText = [](QLineEdit *edit, const QString &text) {
        if (!edit->hasFocus())
            edit->setText(text);
    };
    setText(m_ui->apiName, o.site.apiName);
    setText(m_ui->studioName, o.site.studioName);
    setText(m_ui->acmeEmail, o.site.email);
    QStringList ports;
    for (int p : o.closePorts)
        ports << QString::number(p);
    setText(m_ui->closePorts, ports.join(QStringLiteral(", ")));
    (o.proxy == TlsProxyKind::Caddy ? m_ui->proxyCaddy : m_ui->proxyNginx)->setChecked(true);
    (o.install == TlsInstallMode::HostPackage ? m_ui->installHost : m_ui->installCompose)->setChecked(true);
    m_ui->studioProxyAuth->setChecked(o.site.studioAuth == StudioAuth::Proxy);
    m_ui->dbSslEnabled->setChecked(o.database.enabled);
    (o.database.source == PgCertificateSource::Proxy ? m_ui->dbCertProxy : m_ui->dbCertSelf)
        ->setChecked(true);
    m_ui->dbRequireSsl->setChecked(o.database.requireSslFromOutside);
    m_loading = false;
    showPreview();
    updateState();
}

void TlsPage::store()
{
    if (m_loading)
        return;
    TlsSetupOptions o = plan()->tls();
    o.enabled = m_ui->tlsEnabled->isChecked();
    o.site.apiName = m_ui->apiName->text().trimmed();
    o.site.studioName = m_ui->studioName->text().trimmed();
    o.site.email = m_ui->acmeEmail->text().trimmed();
    o.proxy = m_ui->proxyNginx->isChecked() ? TlsProxyKind::Nginx : TlsProxyKind::Caddy;
    o.install =
        m_ui->installCompose->isChecked() ? TlsInstallMode::ComposeService : TlsInstallMode::HostPackage;
    o.database.enabled = m_ui->dbSslEnabled->isChecked();
    o.database.source =
        m_ui->dbCertProxy->isChecked() ? PgCertificateSource::Proxy : PgCertificateSource::SelfSigned;
    o.database.requireSslFromOutside = m_ui->dbRequireSsl->isChecked();
    bool portsOk = false;
    o.closePorts = TlsSetupPlanner::parsePorts(m_ui->closePorts->text(), &portsOk);
    m_loading = true;
    plan()->setTls(o);
    m_loading = false;
    // A check of other names or another proxy no longer holds.
    m_checkFacts.reset();
    showCheck();
    showPreview();
    if (!portsOk)
        showError(tr("Ports are numbers from 1 to 65535, separated by commas."));
    updateState();
}

void TlsPage::showPreview()
{
    TlsApplyInput input;
    input.options = plan()->tls();
    input.options.enabled = true; // the preview shows what would be applied
    input.env = EnvFile::parse(plan()->serverEnv().value_or(QString()));
    input.layout = plan()->stackLayout();
    input.installDir = plan()->installDir();
    const TlsSetupOptions &o = input.options;
    const bool named = !o.site.apiName.isEmpty();
    Status valid = named ? TlsSetupPlanner::validate(o, input.layout) : Status(success());
    if (valid.ok() && o.database.enabled)
        valid = PgTransitPlanner::validate(TlsSetupPlanner::transitInput(input));
    showError(valid.ok() ? QString() : valid.error().message);
    if (!named || !valid.ok()) {
        m_ui->tlsConfig->setPlainText(named ? QString()
                                            : tr("Enter the public name to see the configuration."));
        m_ui->tlsEnv->clear();
        return;
    }
    const QString overlay = TlsSetupPlanner::overlayFor(o, input.layout);
    m_ui->configLabel->setText(overlay.isEmpty()
                                   ? tr("Proxy configuration (%1):").arg(TlsSetupPlanner::configPath(o))
                                   : tr("Proxy configuration:"));
    m_ui->tlsConfig->setPlainText(
        overlay.isEmpty()
            ? TlsSetupPlanner::configText(input)
            : tr("Supabase's %1 runs the proxy as a service of the stack; it is configured through the .env "
                 "(PROXY_DOMAIN) below.")
                  .arg(overlay));
    QString changes = TlsSetupPlanner::envChangesText(TlsSetupPlanner::envPlan(input));
    if (o.site.studioAuth == StudioAuth::Proxy)
        changes +=
            QStringLiteral("\n\n") + tr("Studio asks for the user %1 and a password kept in the keychain "
                                        "(entry %2 of this stack).")
                                         .arg(o.site.studioUser, StudioProxyAuth::secretName());
    if (o.database.enabled && o.database.requireSslFromOutside) {
        // The pg_hba.conf rules the apply rewrites, as read from the server.
        const QStringList rules = PgSslConfig::requireSsl(plan()->pgHbaText()).changes;
        changes += QStringLiteral("\n\npg_hba.conf:\n") +
                   (plan()->pgHbaText().isEmpty()
                        ? tr("Not read: the server must be connected and its database container running.")
                    : rules.isEmpty() ? tr("Every rule for other addresses already requires SSL.")
                                      : rules.join(QLatin1Char('\n')));
    }
    m_ui->tlsEnv->setPlainText(changes);
}

void TlsPage::showError(const QString &message)
{
    m_ui->tlsErrorMessage->setText(message);
    m_ui->tlsErrorMessage->setVisible(!message.isEmpty());
}

void TlsPage::updateState()
{
    const bool connected = plan()->isConnected();
    const bool named = !plan()->tls().site.apiName.isEmpty();
    m_ui->checkTls->setEnabled(connected && named && !isBusy());
    m_ui->verifyTls->setEnabled(named && !isBusy());
    for (QWidget *w : std::initializer_list<QWidget *>{
             m_ui->apiName, m_ui->studioName, m_ui->acmeEmail, m_ui->proxyCaddy, m_ui->proxyNginx,
             m_ui->installHost, m_ui->installCompose, m_ui->closePorts, m_ui->studioProxyAuth})
        w->setEnabled(m_ui->tlsEnabled->isChecked());
    m_ui->dbCertSelf->setEnabled(m_ui->dbSslEnabled->isChecked());
    m_ui->dbCertProxy->setEnabled(m_ui->dbSslEnabled->isChecked());
    m_ui->dbRequireSsl->setEnabled(m_ui->dbSslEnabled->isChecked());
}

void TlsPage::setStudioAuth(StudioAuth auth, const QString &hash)
{
    TlsSetupOptions o = plan()->tls();
    o.site.studioAuth = auth;
    o.site.studioUser = auth == StudioAuth::Proxy ? StudioProxyAuth::defaultUser() : QString();
    o.site.studioPassHash = hash;
    m_loading = true;
    m_ui->studioProxyAuth->setChecked(auth == StudioAuth::Proxy);
    plan()->setTls(o);
    m_loading = false;
    showPreview();
    updateState();
}

void TlsPage::makeStudioPassword()
{
    StackConnection *connection = plan()->connection();
    if (!connection || !plan()->stack() || !plan()->secretStore()) {
        setStudioAuth(StudioAuth::Gateway, QString());
        showError(tr("Connect to the server first: it hashes Studio's new password."));
        return;
    }
    ++m_busy;
    updateState();
    const QString password = StudioProxyAuth::newPassword();
    const QString stackId = plan()->stack()->id;
    // The password travels on the command's standard input; only its bcrypt hash comes back.
    connection->exec(StudioProxyAuth::hashCommand(), password.toUtf8() + '\n', this,
                     [this, password, stackId](Result<ExecResult> r) {
                         const Result<QString> hash =
                             r.ok() ? StudioProxyAuth::parseHash(QString::fromUtf8(r.value().standardOutput +
                                                                                   r.value().standardError))
                                    : Result<QString>(r.error());
                         if (!hash.ok()) {
                             --m_busy;
                             setStudioAuth(StudioAuth::Gateway, QString());
                             showError(hash.error().message);
                             return;
                         }
                         plan()->secretStore()->write(stackId, StudioProxyAuth::secretName(), password,
                                                      [this, hash](Status stored) {
                                                          --m_busy;
                                                          if (!stored.ok()) {
                                                              setStudioAuth(StudioAuth::Gateway, QString());
                                                              showError(stored.error().message);
                                                              return;
                                                          }
                                                          setStudioAuth(StudioAuth::Proxy, hash.value());
                                                          emit studioPasswordReady();
                                                      });
                     });
}

void TlsPage::checkNamesAndPorts()
{
    StackConnection *connection = plan()->connection();
    if (!connection || isBusy())
        return;
    TlsApplyInput input;
    input.options = plan()->tls();
    input.env = EnvFile::parse(plan()->serverEnv().value_or(QString()));
    input.layout = plan()->stackLayout();
    ++m_busy;
    updateState();
    m_ui->tlsCheckMessage->showMessage(tr("Checking names and ports…"), MessageWidget::Type::Plain);
    m_ui->tlsCheckMessage->show();
    const QString sshHost = plan()->stack() ? plan()->stack()->sshHost : QString();
    // One command: who holds 80/443 (only root sees the process; without sudo the sockets are still
    // listed, unnamed), then the server's own addresses.
    const QString ss = TlsPreflight::portsCommand(input.options.site.httpPort, input.options.site.httpsPort);
    const QString prefix = commandPrefix();
    const QString command =
        (prefix.isEmpty() ? ss : QStringLiteral("{ %1%2 2>/dev/null || %2; }").arg(prefix, ss)) +
        QStringLiteral("; echo @@addresses; hostname -I");
    connection->exec(command, this, [this, input, sshHost](Result<ExecResult> r) {
        if (!r.ok()) {
            --m_busy;
            m_checkFacts = CheckFacts{input, {}, {}, {}, r.error().message};
            showCheck();
            updateState();
            emit checkFinished(false);
            return;
        }
        const QString out = QString::fromUtf8(r.value().standardOutput);
        const qsizetype mark = out.indexOf(QStringLiteral("@@addresses"));
        CheckFacts facts{input, mark < 0 ? out : out.left(mark), {}, {}, {}};
        if (mark >= 0)
            facts.serverAddresses =
                out.mid(mark + 11).split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        auto *watcher = new QFutureWatcher<CheckFacts>(this);
        connect(watcher, &QFutureWatcher<CheckFacts>::finished, this, [this, watcher] {
            watcher->deleteLater();
            --m_busy;
            m_checkFacts = watcher->result();
            showCheck();
            updateState();
            emit checkFinished(m_lastCheck && m_lastCheck->ok());
        });
        watcher->setFuture(QtConcurrent::run([facts, sshHost]() mutable {
            // The address this computer reaches the server at counts as the server's too (behind NAT
            // `hostname -I` shows only the private one).
            if (!sshHost.isEmpty())
                for (const QStringList &a : TlsNameResolver::resolve({sshHost}))
                    facts.serverAddresses << a;
            facts.resolved = TlsNameResolver::resolve(facts.input.options.site.names());
            return facts;
        }));
    });
}

void TlsPage::showCheck()
{
    // Judged again from the facts read, so the message follows a language change.
    if (m_checkFacts)
        m_lastCheck = m_checkFacts->execError.isEmpty()
                          ? TlsSetupPlanner::preflight(m_checkFacts->input, m_checkFacts->ss,
                                                       m_checkFacts->resolved, m_checkFacts->serverAddresses)
                          : Status(Error{ErrorCode::SshExec,
                                         tr("Cannot check the server: %1").arg(m_checkFacts->execError)});
    else
        m_lastCheck.reset();
    if (!m_lastCheck) {
        if (!isBusy())
            m_ui->tlsCheckMessage->hide();
        return;
    }
    if (m_lastCheck->ok())
        m_ui->tlsCheckMessage->showMessage(
            tr("The names resolve to this server and ports 80 and 443 are free or the proxy's."),
            MessageWidget::Type::Positive);
    else
        m_ui->tlsCheckMessage->showMessage(m_lastCheck->error().message, MessageWidget::Type::Error);
    m_ui->tlsCheckMessage->show();
}

void TlsPage::verifyHttps()
{
    if (isBusy())
        return;
    TlsVerifyRequest request;
    const TlsSetupOptions &o = plan()->tls();
    request.name = o.site.names().first();
    request.httpsPort = o.site.httpsPort;
    request.httpPort = o.site.httpPort;
    // Kong answers its health routes only with a key.
    const QString anon = plan()->currentValues().value(QStringLiteral("ANON_KEY"));
    if (!anon.isEmpty()) {
        request.routes << QStringLiteral("/auth/v1/health");
        request.headers << qMakePair(QByteArray("apikey"), anon.toUtf8());
        // Realtime behind the gateway: the upgrade must come through the proxy (Kong checks the key).
        request.webSocketUpgradePath = QStringLiteral("/realtime/v1/websocket?vsn=1.0.0");
    }
    ++m_busy;
    updateState();
    m_ui->tlsVerifyMessage->showMessage(tr("Verifying HTTPS from this computer…"),
                                        MessageWidget::Type::Plain);
    m_ui->tlsVerifyMessage->show();
    auto *watcher = new QFutureWatcher<TlsVerifyReport>(this);
    connect(watcher, &QFutureWatcher<TlsVerifyReport>::finished, this, [this, watcher, request] {
        watcher->deleteLater();
        const TlsVerifyReport direct = watcher->result();
        // The public name is not reachable from here (DNS not yet visible, a private network): the
        // same checks through the SSH tunnel, the name still sent as SNI.
        m_verifiedThroughTunnel = false;
        if (TlsVerifier::unreachable(direct) && plan()->isConnected()) {
            verifyThroughTunnel(request, direct);
            return;
        }
        finishVerify(direct);
    });
    watcher->setFuture(QtConcurrent::run([request] { return TlsVerifier::verify(request); }));
}

void TlsPage::verifyThroughTunnel(const TlsVerifyRequest &request, const TlsVerifyReport &direct)
{
    StackConnection::Settings settings = plan()->connection()->settings();
    settings.forwards = {
        PortForward{QStringLiteral("https"), 0, QStringLiteral("127.0.0.1"), quint16(request.httpsPort)},
        PortForward{QStringLiteral("http"), 0, QStringLiteral("127.0.0.1"), quint16(request.httpPort)}};
    auto *tunnel = new StackConnection(settings, this);
    m_ui->tlsVerifyMessage->showMessage(
        tr("%1 is not reachable from this computer: verifying through the SSH tunnel…").arg(request.name),
        MessageWidget::Type::Plain);
    auto done = [this, tunnel](const TlsVerifyReport &report) {
        tunnel->disconnectFromStack();
        tunnel->deleteLater();
        finishVerify(report);
    };
    connect(tunnel, &StackConnection::stateChanged, this,
            [this, tunnel, request, direct, done](StackConnection::State state) {
                if (state == StackConnection::State::Failed) {
                    done(direct);
                    return;
                }
                if (state != StackConnection::State::Connected)
                    return;
                disconnect(tunnel, &StackConnection::stateChanged, this, nullptr);
                const TlsVerifyRequest through =
                    TlsVerifier::throughTunnel(request, tunnel->localPort(QStringLiteral("https")),
                                               tunnel->localPort(QStringLiteral("http")));
                auto *watcher = new QFutureWatcher<TlsVerifyReport>(this);
                connect(watcher, &QFutureWatcher<TlsVerifyReport>::finished, this, [this, watcher, done] {
                    watcher->deleteLater();
                    m_verifiedThroughTunnel = true;
                    done(watcher->result());
                });
                watcher->setFuture(QtConcurrent::run([through] { return TlsVerifier::verify(through); }));
            });
    if (!tunnel->connectToStack())
        done(direct);
}

void TlsPage::finishVerify(const TlsVerifyReport &report)
{
    --m_busy;
    m_lastVerify = report;
    showVerify();
    updateState();
    emit verifyFinished(m_lastVerify->status.ok());
}

void TlsPage::showVerify()
{
    if (!m_lastVerify) {
        if (!isBusy())
            m_ui->tlsVerifyMessage->hide();
        return;
    }
    QStringList lines = m_lastVerify->passed;
    // Said here, not in the report, so that it follows a language change.
    if (m_verifiedThroughTunnel)
        lines.prepend(tr("Checked through the SSH tunnel with the public name as SNI."));
    if (m_lastVerify->status.ok())
        m_ui->tlsVerifyMessage->showMessage(tr("HTTPS works.") + QLatin1Char('\n') +
                                                lines.join(QLatin1Char('\n')),
                                            MessageWidget::Type::Positive);
    else
        m_ui->tlsVerifyMessage->showMessage(
            (lines + QStringList{m_lastVerify->status.error().message}).join(QLatin1Char('\n')),
            MessageWidget::Type::Error);
    m_ui->tlsVerifyMessage->show();
}

} // namespace supadesk
