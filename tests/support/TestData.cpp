#include "TestData.h"

#include <QDateTime>
#include <QJsonArray>

#include <cmath>
#include <numbers>

using namespace Qt::StringLiterals;

namespace clm::test {

HttpClient admin(const ServerFixture& fixture, const ServerFixture::Account& account)
{
    return fixture.client(account.access);
}

QString createLicense(HttpClient& client, const QString& name, const QString& product, int seats,
                      const QJsonObject& extra)
{
    QJsonObject body = extra;
    body.insert(u"name"_s, name);
    body.insert(u"product"_s, product);
    body.insert(u"max_concurrent_seats"_s, seats);
    const HttpReply reply = client.post(u"/api/v1/licenses/"_s, body);
    return reply.status == 201 ? reply.json.value("id"_L1).toString() : QString();
}

QString createWebhook(HttpClient& client, const QString& url, const QStringList& events)
{
    return client
            .post(u"/api/v1/webhooks/"_s,
                  {{u"url"_s, url}, {u"events"_s, QJsonArray::fromStringList(events)}})
            .json.value("id"_L1)
            .toString();
}

HttpReply acquire(const ServerFixture& fixture, const QString& token, const QString& product,
                  const QString& osUser, const QString& hardwareId)
{
    QJsonObject body{{u"product"_s, product}, {u"os_user"_s, osUser}};
    if (!hardwareId.isEmpty())
        body.insert(u"hardware_id"_s, hardwareId);
    return fixture.client(token).post(u"/api/v1/licenses/acquire"_s, body);
}

HttpReply release(const ServerFixture& fixture, const QString& token, const QString& sessionId)
{
    return fixture.client(token).post(u"/api/v1/licenses/release"_s,
                                      {{u"session_id"_s, sessionId}});
}

int recordUsage(TestDatabase& database, const QString& organizationId, const QString& licenseId,
                int seats, bool withDenials)
{
    const qint64 minute = 60'000;
    const qint64 now = QDateTime::currentMSecsSinceEpoch() / minute * minute;
    const qint64 midnight = QDate::currentDate().startOfDay().toMSecsSinceEpoch();
    int denialsToday = 0;
    QStringList rows;
    for (qint64 t = now - 24 * 60 * minute; t < now - 70 * minute; t += 15 * minute) {
        const QTime local = QDateTime::fromMSecsSinceEpoch(t).time();
        const double hour = local.hour() + local.minute() / 60.0;
        double load = 0.1;
        if (hour >= 8 && hour < 18)
            load = 0.55 + 0.45 * std::sin((hour - 8) / 10 * std::numbers::pi);
        if (hour >= 12 && hour < 13)
            load *= 0.7;
        const int used = static_cast<int>(std::lround(load * seats));
        const int denials = withDenials && used >= seats ? 1 + (local.minute() / 15) % 3 : 0;
        if (t >= midnight)
            denialsToday += denials;
        rows.append(u"('%1', '%2', %3, %4, %5)"_s.arg(organizationId, licenseId)
                            .arg(t)
                            .arg(used)
                            .arg(denials));
    }
    database.query(u"INSERT INTO usage_buckets (organization_id, license_id, bucket_start, "
                   "max_sessions, denials) VALUES "_s +
                   rows.join(u", "_s));
    return database.error().isEmpty() ? denialsToday : -1;
}

bool recordHistory(TestDatabase& database, const QString& organizationId, const QString& licenseId,
                   int seats, int peak, int days, const QStringList& refused)
{
    const qint64 hourMs = 3'600'000;
    const qint64 end = (QDateTime::currentMSecsSinceEpoch() - 24 * hourMs) / hourMs * hourMs;
    QStringList usage;
    QStringList denials;
    int n = 0;
    for (qint64 t = end - qint64(days) * 24 * hourMs; t < end; t += hourMs, ++n) {
        const QDateTime local = QDateTime::fromMSecsSinceEpoch(t);
        const int hour = local.time().hour();
        const bool workday = local.date().dayOfWeek() <= 5;
        int used = hour >= 9 && hour < 17 && workday
                           ? int(std::lround(peak * (0.6 + 0.4 * std::sin((hour - 9) / 8.0 *
                                                                          std::numbers::pi))))
                           : (workday && hour >= 7 && hour < 20 ? 1 : 0);
        // Some days are busier than others.
        if (used > 0 && n % 5 == 0)
            used = std::max(1, used - 1);
        used = std::min(used, peak);
        int refusedNow = 0;
        if (used >= seats && !refused.isEmpty()) {
            const int callers = 1 + (n % 7 == 0 ? 2 : n % 3 == 0 ? 1 : 0);
            for (int c = 0; c < std::min<int>(callers, int(refused.size())); ++c) {
                const QStringList who = refused.at(c).split(u'/');
                const int count = 1 + (n + c) % 4;
                refusedNow += count;
                // The enrolled machine's own hardware id when it is one.
                denials.append(u"('%1', '%2', %3, coalesce((SELECT hardware_id FROM devices "
                               "WHERE organization_id = '%1' AND hostname = '%4' LIMIT 1), "
                               "'hw-%4'), '%5', '%4', %6, %7)"_s.arg(organizationId, licenseId)
                                       .arg(t)
                                       .arg(who.value(0), who.value(1))
                                       .arg(count)
                                       .arg(t + 20 * 60'000));
            }
        }
        usage.append(u"('%1', '%2', %3, %4, %5)"_s.arg(organizationId, licenseId)
                             .arg(t)
                             .arg(used)
                             .arg(refusedNow));
    }
    database.query(u"INSERT INTO usage_buckets (organization_id, license_id, bucket_start, "
                   "max_sessions, denials) VALUES "_s +
                   usage.join(u", "_s));
    if (database.error().isEmpty() && !denials.isEmpty())
        database.query(u"INSERT INTO usage_denials (organization_id, license_id, bucket_start, "
                       "hardware_id, os_user, hostname, denials, last_at) VALUES "_s +
                       denials.join(u", "_s));
    return database.error().isEmpty();
}

} // namespace clm::test
