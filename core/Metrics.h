#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <vector>

namespace clm::metrics {

// Instruments in the Prometheus text exposition format (version 0.0.4),
// written from any thread without locks on the hot path (one atomic add);
// a family of labelled instruments takes a short lock to find its child.

class Counter
{
public:
    void add(double value = 1) { m_value.fetch_add(value, std::memory_order_relaxed); }
    double value() const { return m_value.load(std::memory_order_relaxed); }

private:
    std::atomic<double> m_value{0};
};

class Histogram
{
public:
    // `bounds`: the upper bounds of the buckets, ascending (+Inf is implied).
    explicit Histogram(std::vector<double> bounds);
    void observe(double value);

    const std::vector<double>& bounds() const { return m_bounds; }
    // Cumulative counts per bound, then the total count; and the sum.
    std::vector<quint64> cumulative() const;
    double sum() const { return m_sum.load(std::memory_order_relaxed); }

private:
    std::vector<double> m_bounds;
    std::unique_ptr<std::atomic<quint64>[]> m_counts; // one per bound, plus +Inf
    std::atomic<double> m_sum{0};
};

// Buckets for latencies in seconds, 0.5 ms to 10 s.
std::vector<double> latencyBuckets();

// Instruments of one name told apart by label values (in the order of the
// family's label names). Children live as long as the family.
template<class Instrument>
class Family
{
public:
    template<class... Args>
    explicit Family(QStringList labelNames, Args... instrumentArgs)
        : m_labelNames(std::move(labelNames))
        , m_make([=] { return std::make_unique<Instrument>(instrumentArgs...); })
    {}

    Instrument& at(const QStringList& labelValues)
    {
        std::lock_guard lock(m_mutex);
        auto& slot = m_children[labelValues];
        if (!slot)
            slot = m_make();
        return *slot;
    }
    const QStringList& labelNames() const { return m_labelNames; }
    // A copy of the children's addresses, in label order.
    std::vector<std::pair<QStringList, const Instrument*>> children() const
    {
        std::lock_guard lock(m_mutex);
        std::vector<std::pair<QStringList, const Instrument*>> out;
        for (const auto& [labels, child] : m_children)
            out.emplace_back(labels, child.get());
        return out;
    }

private:
    const QStringList m_labelNames;
    std::function<std::unique_ptr<Instrument>()> m_make;
    mutable std::mutex m_mutex;
    std::map<QStringList, std::unique_ptr<Instrument>> m_children;
};

// Writes the exposition text: a family's HELP and TYPE once, then samples.
class TextWriter
{
public:
    void header(const QByteArray& name, const char* type, const char* help);
    void sample(const QByteArray& name, const QStringList& labelNames,
                const QStringList& labelValues, double value, const char* suffix = "");
    void counter(const QByteArray& name, const char* help, double value);
    void gauge(const QByteArray& name, const char* help, double value);
    void histogram(const QByteArray& name, const QStringList& labelNames,
                   const QStringList& labelValues, const Histogram& histogram);
    template<class Instrument>
    void family(const QByteArray& name, const char* type, const char* help,
                const Family<Instrument>& family);

    QByteArray text() const { return m_text; }

private:
    QByteArray m_text;
};

template<>
void TextWriter::family(const QByteArray& name, const char* type, const char* help,
                        const Family<Counter>& family);
template<>
void TextWriter::family(const QByteArray& name, const char* type, const char* help,
                        const Family<Histogram>& family);

// The figures every Prometheus client library exports about its process
// (CPU, resident memory, open and most file descriptors, start time), read
// from /proc, named `<prefix>cpu_seconds_total` and so on: "process_" for a
// program scraped on its own, another prefix for one whose text is merged
// into another exporter's (clmd's into node_exporter's, which has its own).
void writeProcessMetrics(TextWriter& out, const QByteArray& prefix, double startTimeSeconds);

// The Content-Type of the text format.
inline constexpr const char* kContentType = "text/plain; version=0.0.4; charset=utf-8";

} // namespace clm::metrics
