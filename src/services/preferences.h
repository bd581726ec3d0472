// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/metrics/rollup.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace supadesk {

// User preferences of the current profile (same settings file as the stack list).
class Preferences
{
public:
    explicit Preferences(QString settingsFile);

    // "en", "ka", or empty for "follow the system".
    QString language() const;
    void setLanguage(const QString &language);
    // The language to use now: the chosen one, or the system's.
    QString effectiveLanguage() const;

    // The colour theme: the desktop's palette, or Supadesk's own light or dark one.
    enum class Theme { System, Light, Dark };
    Theme theme() const;
    void setTheme(Theme theme);
    // "system", "light", "dark": the settings value and the --theme option.
    static QString themeName(Theme theme);
    static std::optional<Theme> themeFromName(const QString &name);

    QByteArray windowGeometry() const;
    QByteArray windowState() const;
    void setWindow(const QByteArray &geometry, const QByteArray &state);
    QString lastStackId() const;
    void setLastStackId(const QString &id);

    // How long the dashboard's history keeps raw samples and the minute and hour roll-ups, in days
    // (RetentionPolicy's defaults until set; stored values are clamped to its limits when read).
    RetentionPolicy historyRetention() const;
    void setHistoryRetention(const RetentionPolicy &policy);

private:
    QString m_file;
};

} // namespace supadesk
