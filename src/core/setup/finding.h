// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace supadesk {

// One thing a generator or parser noticed that a person should act on: where it is (line, key),
// a stable code for scripts and tests, and a translated sentence that says what is wrong and the fix.
struct Finding
{
    enum class Severity { Warning, Error };

    Severity severity = Severity::Warning;
    QString code;
    QString key;
    int line = 0; // 1-based; 0 when the finding is not tied to a line
    QString message;
};

using FindingList = QList<Finding>;

} // namespace supadesk
