// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QStringList>
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

// Labels and buttons under `root` whose text needs more room than the layout gave them, as
// "objectName: text": a wrapped label by its height, anything else by its width.
inline QStringList cutTexts(QWidget *root)
{
    QStringList cut;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(root))
            continue;
        QString text;
        if (auto *label = qobject_cast<QLabel *>(w)) {
            text = label->text();
            if (label->wordWrap()) {
                if (!text.isEmpty() && label->heightForWidth(label->width()) > label->height() + 1)
                    cut.append(w->objectName() + QStringLiteral(": ") + text);
                continue;
            }
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            text = button->text();
        }
        if (!text.isEmpty() && w->sizeHint().width() > w->width() + 1)
            cut.append(w->objectName() + QStringLiteral(": ") + text);
    }
    return cut;
}

} // namespace widgetlookup
