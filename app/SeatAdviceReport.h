#pragma once

#include "app/SeatAdvice.h"

#include <QJsonObject>
#include <QObject>

namespace clm::app {

class ApiClient;

// Loads what the seat advice of one license needs over the last 30 or 90
// days (hourly usage and who was refused: two requests) and computes it.
// Only the newest load counts; a failed one says why.
class SeatAdviceReport : public QObject
{
    Q_OBJECT
public:
    static constexpr int kTopCallers = 10;

    explicit SeatAdviceReport(ApiClient* api, QObject* parent = nullptr);

    // `license` as the API gives it (id, name, max_concurrent_seats).
    void load(const QJsonObject& license, int days);
    bool isLoading() const { return m_pending > 0; }
    QJsonObject license() const { return m_license; }
    int days() const { return m_days; }
    const SeatAdvice& advice() const { return m_advice; }
    // Every hour of the range, oldest first.
    const QList<SeatAdvice::Hour>& hours() const { return m_hours; }
    qint64 fromMs() const { return m_fromMs; }
    qint64 toMs() const { return m_toMs; }

    // The report as CSV (RFC 4180, UTF-8): the figures, the advice, who was
    // refused most, then every hour.
    QByteArray csv() const;

signals:
    void ready();
    void failed(const QString& message);

private:
    void finish();

    ApiClient* m_api;
    QJsonObject m_license;
    int m_days = 30;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;
    quint64 m_serial = 0;
    int m_pending = 0;
    QJsonObject m_usage;
    QJsonObject m_denials;
    QString m_error;
    SeatAdvice m_advice;
    QList<SeatAdvice::Hour> m_hours;
};

} // namespace clm::app
