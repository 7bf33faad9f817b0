#include "app/UsageHistory.h"

#include "app/ApiClient.h"
#include "app/ApiErrors.h"
#include "app/Endpoints.h"
#include "core/Time.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace clm::app {

UsageHistory::UsageHistory(ApiClient* api, QObject* parent)
    : QObject(parent)
    , m_api(api)
{}

int UsageHistory::bucketSeconds(Range range)
{
    switch (range) {
    case Range::LastHour:
        return 60;
    case Range::Last24Hours:
        return 3600;
    case Range::Last7Days:
        return 6 * 3600;
    case Range::Last30Days:
        return 86400;
    }
    return 3600;
}

qint64 UsageHistory::spanSeconds(Range range)
{
    switch (range) {
    case Range::LastHour:
        return 3600;
    case Range::Last24Hours:
        return 24 * 3600;
    case Range::Last7Days:
        return 7 * 24 * 3600;
    case Range::Last30Days:
        return 30 * 24 * 3600;
    }
    return 24 * 3600;
}

UsageHistory::Range UsageHistory::rangeOfBucket(int bucket, Range fallback)
{
    for (const Range range :
         {Range::LastHour, Range::Last24Hours, Range::Last7Days, Range::Last30Days}) {
        if (bucketSeconds(range) == bucket)
            return range;
    }
    return fallback;
}

QString UsageHistory::path(const QString& licenseId, qint64 fromMs, int bucket)
{
    QUrlQuery query;
    query.addQueryItem(u"from"_s, time::rfc3339(fromMs));
    query.addQueryItem(u"bucket"_s, QString::number(bucket));
    return endpoints::usage(licenseId) + u'?' + query.toString(QUrl::FullyEncoded);
}

QList<UsageHistory::Point> UsageHistory::parse(const QJsonObject& answer)
{
    QList<Point> points;
    const QJsonArray array = answer.value("points"_L1).toArray();
    points.reserve(array.size());
    for (const QJsonValue& value : array) {
        const QJsonObject object = value.toObject();
        const auto t = time::parseRfc3339(object.value("t"_L1).toString());
        if (!t)
            continue;
        points.append(
                {*t, object.value("max_sessions"_L1).toInt(), object.value("denials"_L1).toInt()});
    }
    return points;
}

void UsageHistory::setRange(Range range)
{
    if (range == m_range)
        return;
    m_range = range;
    emit rangeChanged(range);
    refresh();
}

void UsageHistory::setLicense(const QString& licenseId)
{
    if (licenseId == m_licenseId)
        return;
    m_licenseId = licenseId;
    refresh();
}

void UsageHistory::refresh()
{
    if (m_licenseId.isEmpty())
        return;
    const QString licenseId = m_licenseId;
    const quint64 serial = ++m_serial; // only the newest request counts
    const int bucket = bucketSeconds(m_range);
    const qint64 from = QDateTime::currentMSecsSinceEpoch() - spanSeconds(m_range) * 1000;
    m_api->get(path(licenseId, from, bucket), this,
               [this, serial, bucket, licenseId](const RestReply& reply) {
                   if (serial != m_serial)
                       return;
                   if (reply.isSuccess()) {
                       m_history.insert(licenseId, {bucket, parse(reply.json)});
                   } else if (reply.status == 404) {
                       m_history.remove(licenseId); // not (or no longer) ours
                   } else {
                       emit errorOccurred(ApiErrors::describe(reply));
                       return;
                   }
                   emit changed(licenseId);
               });
}

QList<UsageHistory::Point> UsageHistory::points(const QString& licenseId) const
{
    return m_history.value(licenseId).points;
}

int UsageHistory::bucketSecondsOf(const QString& licenseId) const
{
    return m_history.value(licenseId).bucketSeconds;
}

} // namespace clm::app
