#include "core/Metrics.h"

#include <QDir>
#include <QFile>
#include <QLocale>

#include <sys/resource.h>
#include <unistd.h>

#include <cmath>
#include <limits>

namespace clm::metrics {

Histogram::Histogram(std::vector<double> bounds)
    : m_bounds(std::move(bounds))
    , m_counts(new std::atomic<quint64>[m_bounds.size() + 1])
{
    for (size_t i = 0; i <= m_bounds.size(); ++i)
        m_counts[i].store(0, std::memory_order_relaxed);
}

void Histogram::observe(double value)
{
    size_t bucket = 0;
    while (bucket < m_bounds.size() && value > m_bounds[bucket])
        ++bucket;
    m_counts[bucket].fetch_add(1, std::memory_order_relaxed);
    m_sum.fetch_add(value, std::memory_order_relaxed);
}

std::vector<quint64> Histogram::cumulative() const
{
    std::vector<quint64> out(m_bounds.size() + 1);
    quint64 running = 0;
    for (size_t i = 0; i <= m_bounds.size(); ++i) {
        running += m_counts[i].load(std::memory_order_relaxed);
        out[i] = running;
    }
    return out;
}

std::vector<double> latencyBuckets()
{
    return {0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};
}

namespace {

QByteArray number(double value)
{
    if (std::isinf(value))
        return value > 0 ? QByteArrayLiteral("+Inf") : QByteArrayLiteral("-Inf");
    if (std::isnan(value))
        return QByteArrayLiteral("NaN");
    if (value == std::floor(value) && std::fabs(value) < 1e15)
        return QByteArray::number(static_cast<qint64>(value));
    return QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
}

// Label values escape backslash, double quote and line feed.
QByteArray escaped(const QString& value)
{
    QByteArray out;
    const QByteArray utf8 = value.toUtf8();
    out.reserve(utf8.size());
    for (char c : utf8) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '"')
            out += "\\\"";
        else if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
    return out;
}

} // namespace

void TextWriter::header(const QByteArray& name, const char* type, const char* help)
{
    m_text += "# HELP ";
    m_text += name;
    m_text += ' ';
    m_text += help;
    m_text += "\n# TYPE ";
    m_text += name;
    m_text += ' ';
    m_text += type;
    m_text += '\n';
}

void TextWriter::sample(const QByteArray& name, const QStringList& labelNames,
                        const QStringList& labelValues, double value, const char* suffix)
{
    m_text += name;
    m_text += suffix;
    if (!labelNames.isEmpty()) {
        m_text += '{';
        for (qsizetype i = 0; i < labelNames.size(); ++i) {
            if (i > 0)
                m_text += ',';
            m_text += labelNames.at(i).toLatin1();
            m_text += "=\"";
            m_text += escaped(labelValues.value(i));
            m_text += '"';
        }
        m_text += '}';
    }
    m_text += ' ';
    m_text += number(value);
    m_text += '\n';
}

void TextWriter::counter(const QByteArray& name, const char* help, double value)
{
    header(name, "counter", help);
    sample(name, {}, {}, value);
}

void TextWriter::gauge(const QByteArray& name, const char* help, double value)
{
    header(name, "gauge", help);
    sample(name, {}, {}, value);
}

void TextWriter::histogram(const QByteArray& name, const QStringList& labelNames,
                           const QStringList& labelValues, const Histogram& histogram)
{
    const std::vector<quint64> counts = histogram.cumulative();
    QStringList names = labelNames;
    names.append(QStringLiteral("le"));
    for (size_t i = 0; i < histogram.bounds().size(); ++i) {
        QStringList values = labelValues;
        values.append(QString::fromLatin1(number(histogram.bounds()[i])));
        sample(name, names, values, static_cast<double>(counts[i]), "_bucket");
    }
    QStringList values = labelValues;
    values.append(QStringLiteral("+Inf"));
    sample(name, names, values, static_cast<double>(counts.back()), "_bucket");
    sample(name, labelNames, labelValues, histogram.sum(), "_sum");
    sample(name, labelNames, labelValues, static_cast<double>(counts.back()), "_count");
}

template<>
void TextWriter::family(const QByteArray& name, const char* type, const char* help,
                        const Family<Counter>& family)
{
    header(name, type, help);
    for (const auto& [labels, child] : family.children())
        sample(name, family.labelNames(), labels, child->value());
}

template<>
void TextWriter::family(const QByteArray& name, const char* type, const char* help,
                        const Family<Histogram>& family)
{
    header(name, type, help);
    for (const auto& [labels, child] : family.children())
        histogram(name, family.labelNames(), labels, *child);
}

void writeProcessMetrics(TextWriter& out, const QByteArray& prefix, double startTimeSeconds)
{
    QFile statFile(QStringLiteral("/proc/self/stat"));
    double cpuSeconds = 0;
    double residentBytes = 0;
    if (statFile.open(QIODevice::ReadOnly)) {
        const QByteArray stat = statFile.readAll();
        // The fields after the command name (which may hold spaces) in "()":
        // utime and stime are the 14th and 15th, rss the 24th.
        const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
        const double ticks = static_cast<double>(sysconf(_SC_CLK_TCK));
        if (fields.size() > 21 && ticks > 0) {
            cpuSeconds = (fields.at(11).toDouble() + fields.at(12).toDouble()) / ticks;
            residentBytes = fields.at(21).toDouble() * static_cast<double>(sysconf(_SC_PAGESIZE));
        }
    }
    const auto name = [&prefix](const char* suffix) {
        return QByteArray(prefix + suffix);
    };
    out.counter(name("cpu_seconds_total"), "User and system CPU time spent, in seconds.",
                cpuSeconds);
    out.gauge(name("resident_memory_bytes"), "Resident memory size in bytes.", residentBytes);
    const auto fds = QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::Files | QDir::System);
    out.gauge(name("open_fds"), "Open file descriptors.", static_cast<double>(fds.size()));
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0)
        out.gauge(name("max_fds"), "The most file descriptors this process may open.",
                  static_cast<double>(limit.rlim_cur));
    out.gauge(name("start_time_seconds"), "Unix time the process started.", startTimeSeconds);
}

} // namespace clm::metrics
