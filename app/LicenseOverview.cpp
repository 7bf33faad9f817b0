#include "app/LicenseOverview.h"

#include "app/ApiClient.h"
#include "app/ApiErrors.h"
#include "app/Endpoints.h"
#include "app/ListWalker.h"
#include "app/TimeText.h"
#include "app/UsageHistory.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QTimer>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace clm::app {

LicenseOverview::LicenseOverview(ApiClient* api, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_walker(new ListWalker(api, this))
{
    connect(m_walker, &ListWalker::pageLoaded, this,
            [this](const QList<QJsonObject>& sessions) { m_incoming += sessions; });
    connect(m_walker, &ListWalker::finished, this, [this] {
        m_holders = std::exchange(m_incoming, {});
        std::sort(m_holders.begin(), m_holders.end(),
                  [](const QJsonObject& a, const QJsonObject& b) {
                      return a.value("started_at"_L1).toString() <
                             b.value("started_at"_L1).toString();
                  });
        done();
    });
    connect(m_walker, &ListWalker::failed, this, [this](const QString& message) {
        m_incoming.clear();
        m_error = message;
        emit errorOccurred(message);
        done();
    });
}

QString LicenseOverview::licenseId() const
{
    return m_license.value("id"_L1).toString();
}

void LicenseOverview::setLicense(const QJsonObject& license)
{
    const bool other = license.value("id"_L1) != m_license.value("id"_L1);
    m_license = license;
    if (other) {
        m_holders.clear();
        m_denialsToday = 0;
        m_lastDenialMs.reset();
        m_lastDenialBy.clear();
        m_countedUntilMs.reset();
        ++m_serial; // the old license's refusals, still loading, are dropped
        m_walker->cancel();
        m_pending = 0;
    }
    if (licenseId().isEmpty()) {
        emit changed();
        return;
    }
    if (other)
        reload();
    else
        emit changed();
}

void LicenseOverview::reload()
{
    if (licenseId().isEmpty())
        return;
    ++m_serial;
    m_error.clear();
    m_pending = 2;
    loadHolders();
    loadDenials();
}

void LicenseOverview::loadHolders()
{
    m_incoming.clear();
    m_walker->start(endpoints::sessions(), u"active=true&license="_s + licenseId());
}

void LicenseOverview::loadDenials()
{
    // Minute buckets since local midnight: the count for today, and the
    // minute of the last refusal.
    const qint64 midnight = QDate::currentDate().startOfDay().toMSecsSinceEpoch();
    const quint64 serial = m_serial;
    const QString id = licenseId();
    m_api->get(UsageHistory::path(id, midnight, 60), this,
               [this, serial, midnight, id](const RestReply& reply) {
                   if (serial != m_serial)
                       return;
                   if (reply.isSuccess()) {
                       int denials = 0;
                       std::optional<qint64> last;
                       for (const UsageHistory::Point& point : UsageHistory::parse(reply.json)) {
                           if (point.t < midnight || point.denials == 0)
                               continue;
                           denials += point.denials;
                           last = point.t;
                       }
                       m_denialsToday = denials;
                       // Refusals up to the answer's time are in this count; a live
                       // event of one of them that arrives later is not counted again.
                       m_countedUntilMs =
                               reply.serverDateMs.value_or(QDateTime::currentMSecsSinceEpoch());
                       // A live event's exact time and caller stay when they are newer.
                       if (last && (!m_lastDenialMs || *last > *m_lastDenialMs + 60'000)) {
                           m_lastDenialMs = last;
                           m_lastDenialBy.clear();
                       }
                   } else {
                       m_error = ApiErrors::describe(reply);
                       emit errorOccurred(m_error);
                   }
                   done();
               });
}

void LicenseOverview::done()
{
    if (m_pending > 0)
        --m_pending;
    emit changed();
}

void LicenseOverview::handleEvent(const QJsonObject& event)
{
    const QString id = licenseId();
    if (id.isEmpty())
        return;
    const QString type = event.value("type"_L1).toString();
    if (type == "session.denied"_L1) {
        if (event.value("license_id"_L1).toString() != id)
            return;
        m_lastDenialMs = TimeText::parse(event.value("at"_L1).toString());
        if (!m_lastDenialMs)
            m_lastDenialMs = QDateTime::currentMSecsSinceEpoch();
        if (!m_countedUntilMs || *m_lastDenialMs > *m_countedUntilMs)
            ++m_denialsToday;
        // Times have whole seconds: a refusal in the second of the last
        // answer may or may not be in it. The server's count settles it.
        if (m_countedUntilMs && *m_lastDenialMs >= *m_countedUntilMs - 1000)
            QTimer::singleShot(500, this, [this, id] {
                if (id == licenseId())
                    loadDenials();
            });
        const QString user = event.value("os_user"_L1).toString();
        m_lastDenialBy = user;
        emit changed();
        // The event names the machine by its hardware id; its host name is
        // what the admin knows it by.
        const QString hardwareId = event.value("hardware_id"_L1).toString();
        if (hardwareId.isEmpty())
            return;
        const QString query =
                u"search="_s + QString::fromLatin1(QUrl::toPercentEncoding(hardwareId));
        m_api->get(endpoints::page(endpoints::devices(), query, 1, 1), this,
                   [this, id, user, hardwareId](const RestReply& reply) {
                       if (id != licenseId() || m_lastDenialBy != user || !reply.isSuccess())
                           return;
                       const QJsonObject device =
                               reply.json.value("results"_L1).toArray().first().toObject();
                       if (device.value("hardware_id"_L1).toString() != hardwareId)
                           return;
                       const QString host = device.value("hostname"_L1).toString();
                       m_lastDenialBy = user.isEmpty() ? host : tr("%1 on %2").arg(user, host);
                       emit changed();
                   });
        return;
    }
    if (type == "session.started"_L1 || type == "session.ended"_L1) {
        if (event.value("session"_L1).toObject().value("license_id"_L1).toString() == id) {
            // The walker drops the walk it replaces; the refusals loading
            // meanwhile still count.
            m_pending = std::max(m_pending, 1);
            loadHolders();
        }
    }
}

LicenseOverview::Expiry LicenseOverview::expiry(const QJsonObject& license, qint64 nowMs)
{
    const auto at = TimeText::parse(license.value("expires_at"_L1).toString());
    if (!at)
        return Expiry::Never;
    if (*at <= nowMs)
        return Expiry::Expired;
    return *at - nowMs <= qint64(kExpiryWarningDays) * 86'400'000 ? Expiry::Soon : Expiry::Later;
}

std::optional<int> LicenseOverview::daysLeft(const QJsonObject& license, qint64 nowMs)
{
    const auto at = TimeText::parse(license.value("expires_at"_L1).toString());
    if (!at)
        return std::nullopt;
    return TimeText::daysUntil(*at, nowMs);
}

} // namespace clm::app
