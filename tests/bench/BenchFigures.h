// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Helpline::Bench {

// Timings of one kind of operation, in milliseconds, and how they compare to a target.
class Samples
{
public:
    void add(double milliseconds) { m_values.append(milliseconds); }
    void append(const Samples &other) { m_values.append(other.m_values); }
    qsizetype count() const { return m_values.size(); }

    // Nearest-rank percentile (0 < p <= 100); 0 when there are no samples.
    double percentile(double p) const;
    double median() const { return percentile(50); }
    double max() const { return percentile(100); }

private:
    QList<double> m_values;
};

// "p50=1.23 ms p95=… p99=… max=…": one figure line, the same shape in every bench.
QString percentileLine(const Samples &samples);

// "2 cores, Intel(R) Xeon(R) …": what the figures were measured on.
QString machineDescription();

} // namespace Helpline::Bench
