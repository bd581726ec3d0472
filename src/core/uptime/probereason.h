// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace supadesk {

// Why a probe failed, as stored and as shown. Reasons are stored in English, in the same phrases the
// server's probe script writes ("connection refused", "no answer within 5 s"), so that the history
// does not depend on the language Supadesk ran in when it recorded them; they are translated only
// when shown, in the language of the moment (or of a report). Text that is not one of these phrases
// (a database's own error message, a row stored translated by an older version) is shown as stored.
class ProbeReason
{
    Q_DECLARE_TR_FUNCTIONS(supadesk::ProbeReason)
public:
    static inline const char *context = "supadesk::ProbeReason";

    // The stored forms the app's own checks write.
    static QString connectionRefused();
    static QString noAnswerWithin(double seconds);
    static QString notAnSshServer();
    static QString unexpectedAnswer(); // SELECT 1 answered something else

    // Finds which known phrase a stored reason is: its source text (marked for translation under
    // `context`) and the argument for %1, if any. False for any other text.
    static bool recognise(const QString &stored, const char **source, QString *argument);

    // `translate(context, source)` gives the translation of a marked source text, or an empty
    // string when there is none (English).
    using Translate = std::function<QString(const char *context, const char *source)>;
    // The reason for people in the interface's language.
    static QString display(const QString &stored);
    // The same through another catalogue (a report in a chosen language); `numberText` formats the
    // argument of "no answer within %1 s" in that language.
    static QString display(const QString &stored, const Translate &translate,
                           const std::function<QString(double)> &numberText);
};

} // namespace supadesk
