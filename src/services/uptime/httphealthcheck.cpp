// SPDX-License-Identifier: GPL-3.0-or-later
#include "httphealthcheck.h"

#include "core/uptime/probereason.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace supadesk {

HttpHealthCheck::HttpHealthCheck(QString component, QUrl url, int timeoutMs, QNetworkAccessManager *network,
                                 QObject *parent)
    : ComponentCheck(std::move(component), timeoutMs, parent), m_url(std::move(url)), m_network(network)
{}

void HttpHealthCheck::start()
{
    if (m_reply)
        return;
    QNetworkRequest request(m_url);
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!m_apiKey.isEmpty()) {
        request.setRawHeader("apikey", m_apiKey.toUtf8());
        request.setRawHeader("Authorization", "Bearer " + m_apiKey.toUtf8());
    }
    const qint64 startedAt = QDateTime::currentMSecsSinceEpoch();
    m_clock.start();
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::finished, this, [this, startedAt] {
        QNetworkReply *reply = m_reply;
        m_reply.clear();
        reply->deleteLater();
        ProbeResult r;
        r.tMs = startedAt;
        r.component = m_component;
        r.latencyMs = int(m_clock.elapsed());
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        // As the server probe's curl check: any 2xx or 3xx answer is up.
        if (status >= 200 && status < 400) {
            r.ok = true;
        } else if (status > 0) {
            r.reason = QStringLiteral("HTTP %1").arg(status);
        } else {
            switch (reply->error()) {
            case QNetworkReply::ConnectionRefusedError:
                r.reason = ProbeReason::connectionRefused();
                break;
            case QNetworkReply::OperationCanceledError:
            case QNetworkReply::TimeoutError:
                r.reason = ProbeReason::noAnswerWithin(double(m_timeoutMs) / 1000.0);
                break;
            default:
                r.reason = reply->errorString().simplified().left(200);
            }
        }
        emit finished(r);
    });
}

} // namespace supadesk
