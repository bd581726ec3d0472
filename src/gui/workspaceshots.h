// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace supadesk {

class MainWindow;

// Saves the main window as PNG files, one per view: every workspace tab, every page of the Setup
// wizard and every tab inside a workspace (Slow queries, Activity, Response times…), each shown for
// a while first so that it can load what it shows. For documentation, and for checking by eye that
// a demo shows real data (`supadesk --quit-after-ms MS --screenshots DIR`). Files are named
// NN-workspace[-view].png, in the order shown.
class WorkspaceShots : public QObject
{
    Q_OBJECT
public:
    WorkspaceShots(MainWindow *window, QString directory, int settleMs, QObject *parent = nullptr);

    // Goes through every view, then calls `done` (also when the directory cannot be made).
    void start(std::function<void()> done);
    QStringList saved() const { return m_saved; }

    // One view of the tour: `show` brings it up; an empty name marks a step that only puts a
    // workspace back as it was. Public so that a test can go through the same views.
    struct View
    {
        std::function<void()> show;
        QString name;
    };
    QList<View> views() const;

private:
    void next();

    MainWindow *m_window;
    QString m_directory;
    int m_settleMs;
    QList<View> m_pending;
    QStringList m_saved;
    std::function<void()> m_done;
};

} // namespace supadesk
