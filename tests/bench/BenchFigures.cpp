// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchFigures.h"

#include <QFile>
#include <QThread>
#include <algorithm>
#include <cmath>

namespace Helpline::Bench {

using namespace Qt::StringLiterals;

double Samples::percentile(double p) const
{
    if (m_values.isEmpty())
        return 0;
    QList<double> sorted = m_values;
    std::sort(sorted.begin(), sorted.end());
    const auto rank = static_cast<qsizetype>(std::ceil(p / 100.0 * double(sorted.size())));
    return sorted.at(std::clamp<qsizetype>(rank, 1, sorted.size()) - 1);
}

QString percentileLine(const Samples &samples)
{
    return u"n=%1 p50=%2 ms p95=%3 ms p99=%4 ms max=%5 ms"_s.arg(samples.count())
        .arg(samples.percentile(50), 0, 'f', 2)
        .arg(samples.percentile(95), 0, 'f', 2)
        .arg(samples.percentile(99), 0, 'f', 2)
        .arg(samples.max(), 0, 'f', 2);
}

QString machineDescription()
{
    QString model = u"unknown CPU"_s;
    QFile cpuinfo(u"/proc/cpuinfo"_s);
    if (cpuinfo.open(QIODevice::ReadOnly | QIODevice::Text)) {
        // /proc files claim a size of 0, so atEnd() is no guide: read it whole.
        const QStringList lines = QString::fromUtf8(cpuinfo.readAll()).split(u'\n');
        for (const QString &line : lines) {
            if (line.startsWith(u"model name"_s)) {
                model = line.section(u':', 1).trimmed();
                break;
            }
        }
    }
    return u"%1 cores (nproc), %2"_s.arg(QThread::idealThreadCount()).arg(model);
}

} // namespace Helpline::Bench
