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

} // namespace clm::test
