// SPDX-License-Identifier: GPL-3.0-or-later
#include "endpointauditchecks.h"

#include "auditcontext.h"
#include "services/tls/tlsprober.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTimer>

namespace supadesk {

QStringList EndpointAuditChecks::checkIds() const
{
    return {EndpointVerdicts::TlsCertificate, EndpointVerdicts::HealthEndpoints,
            EndpointVerdicts::StudioExposed};
}

AuditCheckResults EndpointAuditChecks::run(const AuditContext &context, const QStringList &wanted)
{
    AuditCheckResults results;
    for (const QString &id : checkIds()) {
        if (!wanted.contains(id))
            continue;
        if (context.cancelled())
            break;
        if (context.starting)
            context.starting(id);
        if (id == EndpointVerdicts::TlsCertificate)
            results << tlsCertificate(context);
        else if (id == EndpointVerdicts::HealthEndpoints)
            results << healthEndpoints(context);
        else
            results << studioExposed(context);
    }
    return results;
}

TlsObservation EndpointAuditChecks::handshake(const QString &host, int port,
                                              const QList<QSslCertificate> &extraTrust, int timeoutMs)
{
    return TlsProber::probe(TlsTarget{host, QString(), port}, extraTrust, timeoutMs).observation;
}

EndpointAuditChecks::HttpAnswer EndpointAuditChecks::get(quint16 port, const QString &route,
                                                         const QList<QPair<QByteArray, QByteArray>> &headers,
                                                         int timeoutMs)
{
    HttpAnswer answer;
    answer.probe.route = route;
    QNetworkAccessManager manager;
    manager.setProxy(QNetworkProxy::NoProxy); // the forward's local end: a proxy could not reach it
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(route)));
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(timeoutMs);
    QElapsedTimer clock;
    clock.start();
    QNetworkReply *reply = manager.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs + 1000, &loop, &QEventLoop::quit); // a stuck connect, too
    if (!reply->isFinished())
        loop.exec();
    answer.probe.elapsedMs = clock.elapsed();
    if (!reply->isFinished()) {
        reply->abort();
        answer.probe.error = tr("timed out");
    } else {
        answer.probe.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = reply->readAll();
        if (answer.probe.httpStatus == 0)
            answer.probe.error = reply->error() == QNetworkReply::OperationCanceledError
                                     ? tr("timed out")
                                     : reply->errorString();
    }
    delete reply;
    return answer;
}

AuditCheckResult EndpointAuditChecks::tlsCertificate(const AuditContext &context) const
{
    if (!context.envError.isEmpty())
        return EndpointVerdicts::tlsUnknown(context.envError);
    const PublicUrl url = EndpointVerdicts::publicUrl(context.env);
    if (url.key.isEmpty())
        return EndpointVerdicts::tlsUnknown(
            tr("The .env sets none of SUPABASE_PUBLIC_URL, API_EXTERNAL_URL and SITE_URL."));
    TlsObservation tls;
    RenewalEvidence renewal;
    if (url.url.scheme() == QLatin1String("https") && !url.url.host().isEmpty()) {
        tls = handshake(url.url.host(), EndpointVerdicts::tlsPort(url.url), m_extraTrust, m_timeoutMs);
        if (tls.reached && context.exec) {
            const Result<ExecResult> r = context.exec(EndpointVerdicts::renewalCommand(), QByteArray());
            if (r.ok())
                renewal = EndpointVerdicts::parseRenewal(QString::fromUtf8(r.value().standardOutput),
                                                         context.env, context.layout.overlays);
            else
                renewal = EndpointVerdicts::parseRenewal(QString(), context.env, context.layout.overlays);
        }
    }
    return EndpointVerdicts::tlsCertificate(url, tls, renewal, context.now);
}

AuditCheckResult EndpointAuditChecks::healthEndpoints(const AuditContext &context) const
{
    if (context.gatewayPort == 0)
        return EndpointVerdicts::healthUnknown(tr("The stack has no gateway forward."));
    const QByteArray anonKey = context.env.value(QStringLiteral("ANON_KEY")).toUtf8();
    if (anonKey.isEmpty())
        return EndpointVerdicts::healthUnknown(context.envError.isEmpty()
                                                   ? tr("The .env has no ANON_KEY to call the gateway with.")
                                                   : context.envError);
    const QList<QPair<QByteArray, QByteArray>> headers{{"apikey", anonKey},
                                                       {"Authorization", "Bearer " + anonKey}};
    QList<RouteProbe> probes;
    for (const QString &route : EndpointVerdicts::healthRoutes()) {
        if (context.cancelled())
            break;
        probes << get(context.gatewayPort, route, headers, m_timeoutMs).probe;
    }
    return EndpointVerdicts::healthEndpoints(probes);
}

AuditCheckResult EndpointAuditChecks::studioExposed(const AuditContext &context) const
{
    std::optional<RouteProbe> root;
    QByteArray body;
    if (context.gatewayPort != 0) {
        const HttpAnswer answer = get(context.gatewayPort, QStringLiteral("/"), {}, m_timeoutMs);
        root = answer.probe;
        body = answer.body;
    }
    QStringList reasons;
    if (context.gatewayPort == 0)
        reasons << tr("The stack has no gateway forward.");
    if (!context.host.listeningKnown)
        reasons << (context.hostError.isEmpty() ? tr("The server's listening sockets are unknown.")
                                                : context.hostError);
    return EndpointVerdicts::studioExposed(root, body, context.host.listeningKnown, context.host.listening,
                                           context.layout.published, reasons.join(QLatin1Char(' ')));
}

} // namespace supadesk
