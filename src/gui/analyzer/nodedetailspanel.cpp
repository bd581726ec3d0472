// SPDX-License-Identifier: GPL-3.0-or-later
#include "nodedetailspanel.h"

#include "core/locale/displayformat.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace supadesk {

namespace {

QString scalarText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        return d == double(qint64(d)) ? DisplayFormat().number(qint64(d)) : DisplayFormat().exact(d);
    }
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Null:
        return QStringLiteral("null");
    default:
        return QString();
    }
}

// One row per key; objects and lists become sub-items so "Output", "Sort Key" or "Workers" stay readable.
void addValue(QTreeWidgetItem *parent, const QString &key, const QJsonValue &value)
{
    auto *item = new QTreeWidgetItem(parent, {key});
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            addValue(item, it.key(), it.value());
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        bool scalars = true;
        for (const QJsonValue &v : array)
            scalars = scalars && !v.isObject() && !v.isArray();
        if (scalars) {
            QStringList parts;
            for (const QJsonValue &v : array)
                parts << scalarText(v);
            item->setText(1, parts.join(QStringLiteral(", ")));
            item->setToolTip(1, parts.join(QLatin1Char('\n')));
            return;
        }
        for (qsizetype i = 0; i < array.size(); ++i)
            addValue(item, QStringLiteral("[%1]").arg(i), array.at(i));
    } else {
        item->setText(1, scalarText(value));
        item->setToolTip(1, item->text(1));
    }
}

QString ms(double value)
{
    return DisplayFormat().milliseconds(value);
}

} // namespace

NodeDetailsPanel::NodeDetailsPanel(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_tabs(new QTabWidget(this)),
      m_properties(new QTreeWidget(this)), m_json(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("nodeDetails"));
    m_title->setObjectName(QStringLiteral("nodeTitle"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_properties->setObjectName(QStringLiteral("nodeProperties"));
    m_properties->setColumnCount(2);
    m_properties->setAlternatingRowColors(true);
    m_properties->setUniformRowHeights(true);
    m_properties->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_properties->header()->setStretchLastSection(true);
    m_json->setObjectName(QStringLiteral("nodeJson"));
    m_json->setReadOnly(true);
    m_json->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_tabs->addTab(m_properties, QString());
    m_tabs->addTab(m_json, QString());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_tabs, 1);
    retranslateUi();
}

void NodeDetailsPanel::retranslateUi()
{
    m_tabs->setTabText(0, tr("Properties"));
    m_tabs->setTabText(1, tr("Raw JSON"));
    m_properties->setHeaderLabels({tr("Property"), tr("Value")});
    fill();
}

void NodeDetailsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void NodeDetailsPanel::setAnalysis(const PlanAnalysis &analysis)
{
    m_analysis = analysis;
    m_nodeId = 0;
    fill();
}

void NodeDetailsPanel::showNode(int nodeId)
{
    if (nodeId == m_nodeId)
        return;
    m_nodeId = m_analysis.plan().contains(nodeId) ? nodeId : 0;
    fill();
}

QTreeWidgetItem *NodeDetailsPanel::addGroup(const QString &title)
{
    auto *group = new QTreeWidgetItem(m_properties, {title});
    QFont font = group->font(0);
    font.setBold(true);
    group->setFont(0, font);
    group->setFirstColumnSpanned(true);
    group->setExpanded(true);
    return group;
}

void NodeDetailsPanel::fill()
{
    m_properties->clear();
    if (m_nodeId == 0) {
        m_title->setText(tr("Select a node to see all of its properties."));
        m_json->clear();
        return;
    }
    const PlanNode &n = m_analysis.plan().node(m_nodeId);
    const NodeMetrics &m = m_analysis.metrics(m_nodeId);
    const QString target = n.target();
    m_title->setText(target.isEmpty() ? tr("Node %1: %2").arg(n.id).arg(n.displayType())
                                      : tr("Node %1: %2 on %3").arg(n.id).arg(n.displayType(), target));

    // What the analysis derived comes first: it is what the reader compares across nodes.
    QTreeWidgetItem *derived = addGroup(tr("Analysis"));
    auto add = [derived](const QString &name, const QString &value) {
        auto *item = new QTreeWidgetItem(derived, {name, value});
        item->setToolTip(1, value);
    };
    const DisplayFormat format;
    if (m_analysis.hasTiming()) {
        add(tr("Self time"), ms(m.exclusiveMs));
        add(tr("Share of the total time"), format.percent(m.exclusivePercent));
        add(tr("Time with children"), ms(m.inclusiveMs));
    } else {
        add(tr("Self cost"), format.number(m.exclusiveCost, 2));
    }
    if (n.hasActuals) {
        add(tr("Rows (all loops)"), format.number(m.actualRowsTotal, 0));
        add(tr("Rows planned (all loops)"), format.number(m.plannedRowsTotal, 0));
        if (!m.misestimateText().isEmpty())
            add(tr("Misestimate"), m.misestimateText());
        if (m.rowsRemovedByFilterTotal > 0)
            add(tr("Rows removed by filter (all loops)"), format.number(m.rowsRemovedByFilterTotal, 0));
        if (m.processes > 1)
            add(tr("Processes"), format.number(m.processes));
    }
    const QList<PlanFinding> findings = m_analysis.findingsFor(m_nodeId);
    if (!findings.isEmpty()) {
        QTreeWidgetItem *group = addGroup(tr("Findings"));
        for (const PlanFinding &f : findings) {
            auto *item = new QTreeWidgetItem(group, {f.code, f.message});
            item->setToolTip(1, f.message);
        }
    }

    // Then every property EXPLAIN printed, with its own names, nested values as sub-items.
    QTreeWidgetItem *explain = addGroup(tr("EXPLAIN properties"));
    const QJsonObject properties = n.properties.toObject();
    for (auto it = properties.begin(); it != properties.end(); ++it)
        addValue(explain, it.key(), it.value());
    m_json->setPlainText(QString::fromUtf8(QJsonDocument(properties).toJson(QJsonDocument::Indented)));
}

} // namespace supadesk
