// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QApplication>
#include <QDialog>
#include <QTimer>
#include <QWidget>

#include <functional>

// How GUI tests reach into a window: a child by its object name, and a modal dialog once exec() has
// opened it. A missing child ends the test at once with its name: the form changed under the test.
namespace widgetlookup {

template <typename T> T *child(QWidget *parent, const char *name)
{
    T *w = parent->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qFatal("widget %s not found", name);
    return w;
}

// Runs `fill` on the modal dialog once it is open (exec() blocks the caller).
inline void whenDialogOpens(std::function<void(QDialog *)> fill)
{
    QTimer::singleShot(0, [fill] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            whenDialogOpens(fill);
            return;
        }
        fill(dialog);
    });
}

} // namespace widgetlookup
