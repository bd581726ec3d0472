// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "componentcheck.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace supadesk {

// An HTTP health endpoint answers 2xx or 3xx within the timeout (as the server probe's curl check
// judges it); otherwise the reason is "HTTP 503", "connection refused", "no answer within 5 s"...
// Kong wants the anon key as the "apikey" header for most routes.
class HttpHealthCheck : public ComponentCheck
{
    Q_OBJECT
public:
    HttpHealthCheck(QString component, QUrl url, int timeoutMs, QNetworkAccessManager *network,
                    QObject *parent = nullptr);
    void setUrl(const QUrl &url) { m_url = url; }
    QUrl url() const { return m_url; }
    void setApiKey(const QString &key) { m_apiKey = key; }
    void start() override;

private:
    QUrl m_url;
    QString m_apiKey;
    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
    QElapsedTimer m_clock;
};

} // namespace supadesk
