// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspaceshots.h"

#include "mainwindow.h"
#include "setup/setuppage.h"
#include "setup/setupworkspace.h"

#include <QDir>
#include <QPixmap>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTimer>

namespace supadesk {

namespace {

QString slug(const QString &text)
{
    QString s = text.toLower().remove(QLatin1Char('&'));
    // Letters of any script: a Georgian tab is named in Georgian (the NN- prefix pairs the languages).
    s.replace(QRegularExpression(QStringLiteral("[^\\p{L}\\p{N}]+")), QStringLiteral("-"));
    while (s.startsWith(QLatin1Char('-')))
        s.remove(0, 1);
    while (s.endsWith(QLatin1Char('-')))
        s.chop(1);
    return s;
}

} // namespace

WorkspaceShots::WorkspaceShots(MainWindow *window, QString directory, int settleMs, QObject *parent)
    : QObject(parent), m_window(window), m_directory(std::move(directory)), m_settleMs(settleMs)
{}

QList<WorkspaceShots::View> WorkspaceShots::views() const
{
    QList<View> out;
    QTabWidget *tabs = m_window->workspaceTabs();
    for (int i = 0; i < tabs->count(); ++i) {
        QWidget *workspace = tabs->widget(i);
        const QString name = slug(tabs->tabText(i));
        const auto showWorkspace = [tabs, i] { tabs->setCurrentIndex(i); };
        out.append({showWorkspace, name});
        if (auto *setup = qobject_cast<SetupWorkspace *>(workspace)) {
            const int first = setup->currentIndex();
            for (int p = 0; p < setup->pageCount(); ++p)
                if (p != first)
                    out.append({[showWorkspace, setup, p] {
                                    showWorkspace();
                                    setup->goTo(p);
                                },
                                name + QLatin1Char('-') + slug(setup->page(p)->title())});
            out.append({[showWorkspace, setup, first] {
                            showWorkspace();
                            setup->goTo(first);
                        },
                        QString()}); // back where it was; not saved
        }
        for (QTabWidget *inner : workspace->findChildren<QTabWidget *>()) {
            if (!inner->isVisibleTo(workspace))
                continue;
            const int first = inner->currentIndex();
            for (int j = 0; j < inner->count(); ++j)
                if (j != first)
                    out.append({[showWorkspace, inner, j] {
                                    showWorkspace();
                                    inner->setCurrentIndex(j);
                                },
                                name + QLatin1Char('-') + slug(inner->tabText(j))});
            out.append({[inner, first] { inner->setCurrentIndex(first); }, QString()});
        }
    }
    return out;
}

void WorkspaceShots::start(std::function<void()> done)
{
    m_done = std::move(done);
    m_saved.clear();
    if (!QDir().mkpath(m_directory)) {
        qWarning("Cannot create %s", qPrintable(m_directory));
        return m_done();
    }
    m_pending = views();
    next();
}

void WorkspaceShots::next()
{
    while (!m_pending.isEmpty() && m_pending.first().name.isEmpty())
        m_pending.takeFirst().show(); // a restore step: nothing to wait for
    if (m_pending.isEmpty())
        return m_done();
    const View view = m_pending.takeFirst();
    view.show();
    QTimer::singleShot(m_settleMs, this, [this, name = view.name] {
        const QString file = QStringLiteral("%1/%2-%3.png")
                                 .arg(m_directory)
                                 .arg(m_saved.size() + 1, 2, 10, QLatin1Char('0'))
                                 .arg(name);
        if (m_window->grab().save(file, "PNG", 0)) // 0: the smallest file
            m_saved.append(file);
        else
            qWarning("Cannot write %s", qPrintable(file));
        next();
    });
}

} // namespace supadesk
