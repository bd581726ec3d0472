// SPDX-License-Identifier: GPL-3.0-or-later
#include "probereason.h"

#include <QLocale>
#include <QRegularExpression>

namespace supadesk {

namespace {

// The phrases of the app's checks and of resources/probe/supadesk-uptime-probe.sh, as stored.
const char *const kConnectionRefused = QT_TRANSLATE_NOOP("supadesk::ProbeReason", "connection refused");
const char *const kNoAnswerWithin = QT_TRANSLATE_NOOP("supadesk::ProbeReason", "no answer within %1 s");
const char *const kNotSsh =
    QT_TRANSLATE_NOOP("supadesk::ProbeReason", "the port does not answer as an SSH server");
const char *const kUnexpected = QT_TRANSLATE_NOOP("supadesk::ProbeReason", "SELECT 1 did not answer 1");
const char *const kFixed[] = {
    kConnectionRefused,
    kNotSsh,
    kUnexpected,
    QT_TRANSLATE_NOOP("supadesk::ProbeReason", "cannot resolve host"),
    QT_TRANSLATE_NOOP("supadesk::ProbeReason", "TLS handshake failed"),
    QT_TRANSLATE_NOOP("supadesk::ProbeReason", "curl is not installed"),
    QT_TRANSLATE_NOOP("supadesk::ProbeReason", "neither psql nor pg_isready is installed"),
};
const char *const kCurlStatus = QT_TRANSLATE_NOOP("supadesk::ProbeReason", "curl failed with status %1");

} // namespace

QString ProbeReason::connectionRefused()
{
    return QString::fromLatin1(kConnectionRefused);
}

QString ProbeReason::noAnswerWithin(double seconds)
{
    // English digits whatever the interface's locale: the stored form is read back by recognise().
    return QString::fromLatin1(kNoAnswerWithin).arg(QLocale::c().toString(seconds, 'g', 6));
}

QString ProbeReason::notAnSshServer()
{
    return QString::fromLatin1(kNotSsh);
}

QString ProbeReason::unexpectedAnswer()
{
    return QString::fromLatin1(kUnexpected);
}

bool ProbeReason::recognise(const QString &stored, const char **source, QString *argument)
{
    argument->clear();
    for (const char *fixed : kFixed)
        if (stored == QLatin1String(fixed)) {
            *source = fixed;
            return true;
        }
    // "no answer within 5 s" from the app, "no answer within 5s" from the server's script.
    static const QRegularExpression timeout(QStringLiteral("^no answer within (\\d+(?:\\.\\d+)?) ?s$"));
    if (const QRegularExpressionMatch m = timeout.match(stored); m.hasMatch()) {
        *source = kNoAnswerWithin;
        *argument = m.captured(1);
        return true;
    }
    static const QRegularExpression curl(QStringLiteral("^curl failed with status (\\d+)$"));
    if (const QRegularExpressionMatch m = curl.match(stored); m.hasMatch()) {
        *source = kCurlStatus;
        *argument = m.captured(1);
        return true;
    }
    return false;
}

QString ProbeReason::display(const QString &stored)
{
    return display(
        stored, [](const char *ctx, const char *source) { return QCoreApplication::translate(ctx, source); },
        [](double value) { return QLocale().toString(value, 'g', 6); });
}

QString ProbeReason::display(const QString &stored, const Translate &translate,
                             const std::function<QString(double)> &numberText)
{
    const char *source = nullptr;
    QString argument;
    if (!recognise(stored, &source, &argument))
        return stored;
    QString text = translate(context, source);
    if (text.isEmpty())
        text = QString::fromLatin1(source);
    if (argument.isEmpty())
        return text;
    if (source == kNoAnswerWithin)
        return text.arg(numberText(argument.toDouble()));
    return text.arg(argument);
}

} // namespace supadesk
