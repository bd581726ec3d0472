#pragma once

#include "core/result.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace supadesk {

// One line of Prometheus' text exposition format: `name{label="value",...} 1.5e+3 [timestamp]`.
struct PrometheusSample
{
    QString name;
    QMap<QString, QString> labels;
    double value = 0;
};

// A scrape in the text exposition format (version 0.0.4), as Supavisor's /metrics answers. Comment
// lines (# HELP, # TYPE) and blank lines are skipped; a line that is not a sample is counted and
// skipped, so one odd line does not lose the rest of the scrape.
class PrometheusText
{
public:
    // An error only when the text holds no sample at all although it is not empty.
    static Result<PrometheusText> parse(const QByteArray &text);

    const QList<PrometheusSample> &samples() const { return m_samples; }
    int skippedLines() const { return m_skipped; }

    // The sum over every series of a metric (all label sets); empty when the metric is absent, so
    // that a missing figure is not mistaken for a zero.
    std::optional<double> sum(const QString &name) const;
    bool hasPrefix(const QString &prefix) const;

private:
    static std::optional<PrometheusSample> parseLine(QStringView line);

    QList<PrometheusSample> m_samples;
    int m_skipped = 0;
};

} // namespace supadesk
