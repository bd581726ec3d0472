// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/styles/statepalette.h"

#include <QFrame>

class QLabel;

namespace supadesk {

// One key figure with its caption, e.g. "Last 7 days" over "99.982%", coloured by how it fared.
class FigureCard : public QFrame
{
    Q_OBJECT
public:
    explicit FigureCard(QWidget *parent = nullptr);

    void setCaption(const QString &caption);
    // A role colours the value (a missed target); none leaves it in the text colour.
    void setValue(const QString &value, std::optional<StatePalette::Role> role = std::nullopt);
    void setDetail(const QString &detail);
    QString value() const;

private:
    QLabel *m_caption;
    QLabel *m_value;
    QLabel *m_detail;
};

} // namespace supadesk
