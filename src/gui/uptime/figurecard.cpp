// SPDX-License-Identifier: GPL-3.0-or-later
#include "figurecard.h"

#include <QLabel>
#include <QVBoxLayout>

namespace supadesk {

FigureCard::FigureCard(QWidget *parent) : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    m_caption = new QLabel(this);
    m_caption->setObjectName(QStringLiteral("caption"));
    m_caption->setWordWrap(true);
    m_value = new QLabel(this);
    m_value->setObjectName(QStringLiteral("value"));
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_value->setFont(big);
    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("detail"));
    m_detail->setWordWrap(true);
    m_detail->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->setSpacing(2);
    layout->addWidget(m_caption);
    layout->addWidget(m_value);
    layout->addWidget(m_detail);
    layout->addStretch();
    // Minimum, not Maximum: a wrapped caption or detail in a narrow card takes the lines it needs.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
}

void FigureCard::setCaption(const QString &caption)
{
    m_caption->setText(caption);
}

void FigureCard::setValue(const QString &value, std::optional<StatePalette::Role> role)
{
    m_value->setText(value);
    StatePalette::setTextRole(m_value, role);
}

void FigureCard::setDetail(const QString &detail)
{
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
}

QString FigureCard::value() const
{
    return m_value->text();
}

} // namespace supadesk
