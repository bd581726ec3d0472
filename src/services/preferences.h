#pragma once

#include <QByteArray>
#include <QString>

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

    QByteArray windowGeometry() const;
    QByteArray windowState() const;
    void setWindow(const QByteArray &geometry, const QByteArray &state);
    QString lastStackId() const;
    void setLastStackId(const QString &id);

private:
    QString m_file;
};

} // namespace supadesk
