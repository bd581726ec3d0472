// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArrayView>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace supadesk {

// One line of Prometheus' text exposition format: `name{label="value",...} 1.5e+3 [timestamp]`.
// The labels are kept as written and decoded only when asked for: summing a scrape needs none of them.
struct PrometheusSample
{
    QByteArray name;
    QByteArray labelBlock; // what stood between the braces
    double value = 0;

    QMap<QString, QString> labels() const;
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

    // Reads `name="value",...` up to and including the closing brace from `i` (just after the
    // opening one); false for a malformed block. Fills `labels` when given.
    static bool scanLabels(QByteArrayView line, qsizetype &i, QMap<QString, QString> *labels);

private:
    static std::optional<PrometheusSample> parseLine(QByteArrayView line);

    QList<PrometheusSample> m_samples;
    int m_skipped = 0;
};

} // namespace supadesk
