#include "app/SeatAdviceReport.h"

#include "app/ApiClient.h"
#include "app/ApiErrors.h"
#include "app/Endpoints.h"
#include "app/ListExporter.h"
#include "core/RestClient.h"
#include "core/Time.h"

#include <QDateTime>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace clm::app {

SeatAdviceReport::SeatAdviceReport(ApiClient* api, QObject* parent)
    : QObject(parent)
    , m_api(api)
{}

void SeatAdviceReport::load(const QJsonObject& license, int days)
{
    m_license = license;
    m_days = days;
    const quint64 serial = ++m_serial;
    // Whole hours: the last one is the hour now running.
    m_toMs = QDateTime::currentMSecsSinceEpoch();
    m_fromMs = (m_toMs - qint64(days) * 86'400'000) / 3'600'000 * 3'600'000 + 3'600'000;
    const QString id = license.value("id"_L1).toString();
    m_pending = 2;
    m_error.clear();
    m_usage = {};
    m_denials = {};
    auto answered = [this, serial](QJsonObject* into) {
        return [this, serial, into](const RestReply& reply) {
            if (serial != m_serial)
                return;
            if (reply.isSuccess())
                *into = reply.json;
            else if (m_error.isEmpty())
                m_error = ApiErrors::describe(reply);
            if (--m_pending == 0)
                finish();
        };
    };
    // Both answers cover the same range, ending now as this side counts it.
    QUrlQuery range;
    range.addQueryItem(u"from"_s, time::rfc3339(m_fromMs));
    range.addQueryItem(u"to"_s, time::rfc3339(m_toMs));
    QUrlQuery usage = range;
    usage.addQueryItem(u"bucket"_s, u"3600"_s);
    m_api->get(endpoints::usage(id) + u'?' + usage.toString(QUrl::FullyEncoded), this,
               answered(&m_usage));
    QUrlQuery query = range;
    query.addQueryItem(u"limit"_s, QString::number(kTopCallers));
    m_api->get(endpoints::denials(id) + u'?' + query.toString(QUrl::FullyEncoded), this,
               answered(&m_denials));
}

void SeatAdviceReport::finish()
{
    if (!m_error.isEmpty()) {
        emit failed(m_error);
        return;
    }
    m_hours = SeatAdvice::hoursFrom(m_usage, m_denials);
    m_advice = SeatAdvice::compute(m_license.value("max_concurrent_seats"_L1).toInt(), m_days,
                                   m_hours, SeatAdvice::callersFrom(m_denials));
    emit ready();
}

QByteArray SeatAdviceReport::csv() const
{
    const SeatAdvice& a = m_advice;
    QByteArray out;
    auto row = [&out](const QStringList& fields) {
        out += ListExporter::record(fields);
    };
    // Text others typed is written as ListExporter does (no formulas).
    auto text = [](const QString& value) {
        return ListExporter::fieldText(value);
    };
    row({u"license"_s, text(m_license.value("name"_L1).toString())});
    row({u"product"_s, text(m_license.value("product"_L1).toString())});
    row({u"from"_s, time::rfc3339(m_fromMs)});
    row({u"to"_s, time::rfc3339(m_toMs)});
    row({u"seats"_s, QString::number(a.seats)});
    row({u"peak"_s, QString::number(a.peak)});
    row({u"p95"_s, QString::number(a.p95)});
    row({u"p95_working_hours"_s, QString::number(a.p95WorkingHours)});
    row({u"hours_at_limit"_s, QString::number(a.hoursAtLimit)});
    row({u"denials"_s, QString::number(a.denials)});
    row({u"extra_seats_for_95_percent"_s, QString::number(a.extraSeatsFor95)});
    row({u"advice"_s, a.sentence()});
    row({});
    row({u"hostname"_s, u"hardware_id"_s, u"os_user"_s, u"denials"_s, u"last_at"_s});
    for (const SeatAdvice::Caller& c : a.denied)
        row({text(c.hostname), text(c.hardwareId), text(c.osUser), QString::number(c.denials),
             time::rfc3339(c.lastAtMs)});
    row({});
    row({u"hour"_s, u"peak_seats"_s, u"denials"_s, u"refused_callers"_s});
    for (const SeatAdvice::Hour& h : m_hours)
        row({time::rfc3339(h.t), QString::number(h.peak), QString::number(h.denials),
             QString::number(h.refused)});
    return out;
}

} // namespace clm::app
