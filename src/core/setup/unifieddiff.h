// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <functional>

namespace supadesk {

// A unified diff (as `diff -u` prints it) between two texts, line based, with `context` unchanged
// lines around each change. Equal texts give an empty string. Texts without a final newline are
// marked "\ No newline at end of file", as diff does.
class UnifiedDiff
{
public:
    // `display`, if given, changes how each line is shown (e.g. masks a secret value); lines are
    // still compared as they are, so a changed secret shows as a changed line.
    static QString diff(const QString &before, const QString &after, const QString &beforeName,
                        const QString &afterName, int context = 3,
                        const std::function<QString(const QString &line)> &display = {});
    // The number of added and removed lines (for a summary "+3 −1").
    static void count(const QString &diffText, int *added, int *removed);
};

} // namespace supadesk
