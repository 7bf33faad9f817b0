#include "daemon/SeatManager.h"

#include "core/Jwks.h"
#include "core/RestClient.h"
#include "core/Time.h"
#include "daemon/DeviceState.h"
#include "daemon/LeaseCache.h"
#include "daemon/ServerLink.h"
#include "daemon/TrustedClock.h"

#include <QLoggingCategory>

#include <memory>

Q_LOGGING_CATEGORY(lcSeats, "clm.daemon.seats")

using namespace Qt::StringLiterals;

namespace clm::daemon {

namespace {

QString seatKey(const QString& osUser, const QString& product)
{
    return product + u'\n' + osUser;
}

QJsonValue timeOrNull(std::optional<qint64> msecs)
{
    return msecs ? QJsonValue(time::rfc3339(*msecs)) : QJsonValue(QJsonValue::Null);
}

} // namespace

struct SeatManager::Seat
{
    QString key;
    QString product;
    QString osUser;
    std::optional<Lease> lease;
    QSet<quint64> holders;
    QList<Continuation> waiters;
    bool acquiring = false;
    bool online = false;         // the server confirmed the session since the last failure
    bool releasePending = false; // the linger ended while the server was away
    QString lostReason;          // why the server refused to re-acquire
    QString lostMessage;
    int heartbeatIntervalMs = 60000;
    QTimer heartbeatTimer;
    QTimer lingerTimer;
};

SeatManager::SeatManager(ServerLink* link, DeviceState* device, LeaseCache* cache,
                         TrustedClock* clock, Settings settings, QObject* parent)
    : QObject(parent)
    , m_link(link)
    , m_device(device)
    , m_cache(cache)
    , m_clock(clock)
    , m_settings(std::move(settings))
    , m_random(std::random_device{}())
{
    connect(m_link, &ServerLink::reachableChanged, this, [this](bool reachable) {
        if (reachable)
            reestablish();
    });
}

SeatManager::~SeatManager() = default;

QJsonObject SeatManager::denial(const QString& reason, const QString& message)
{
    return {{u"ok"_s, false},
            {u"status"_s, reason == "bad_request"_L1 ? u"error"_s : u"denied"_s},
            {u"reason"_s, reason},
            {u"message"_s, message}};
}

// ---- seats ---------------------------------------------------------------

SeatManager::Seat& SeatManager::ensureSeat(const QString& osUser, const QString& product)
{
    const QString key = seatKey(osUser, product);
    auto it = m_seats.find(key);
    if (it != m_seats.end())
        return *it->second;
    auto seat = std::make_unique<Seat>();
    seat->key = key;
    seat->product = product;
    seat->osUser = osUser;
    seat->heartbeatTimer.setSingleShot(true);
    seat->lingerTimer.setSingleShot(true);
    connect(&seat->heartbeatTimer, &QTimer::timeout, this, [this, key] { heartbeat(key); });
    connect(&seat->lingerTimer, &QTimer::timeout, this, [this, key] {
        auto found = m_seats.find(key);
        if (found == m_seats.end())
            return;
        Seat& s = *found->second;
        if (!s.holders.isEmpty() || (s.lease && s.lease->isBorrowed(m_clock->nowMs())))
            return;
        qCInfo(lcSeats).noquote() << "releasing" << s.product << "of" << s.osUser
                                  << "after the linger time";
        endSession(s);
    });
    Seat& ref = *seat;
    m_seats.emplace(key, std::move(seat));
    return ref;
}

SeatManager::Seat* SeatManager::findSeat(const QString& osUser, const QString& product)
{
    auto it = m_seats.find(seatKey(osUser, product));
    return it == m_seats.end() ? nullptr : it->second.get();
}

void SeatManager::removeSeat(Seat& seat)
{
    for (quint64 holder : std::as_const(seat.holders))
        m_holdings[holder].remove(seat.key);
    QList<Continuation> waiters = std::move(seat.waiters);
    const QString key = seat.key;
    m_seats.erase(key);
    for (const auto& waiter : waiters)
        waiter(Outcome::Refused, denial(u"no_seats"_s, u"the seat was given up"_s));
}

void SeatManager::restore()
{
    int discarded = 0;
    const QList<Lease> leases = m_cache->all(&discarded);
    const qint64 now = m_clock->nowMs();
    for (const Lease& cached : leases) {
        const LeaseCheck check = verifyLease(cached.token, m_device->jwks(), m_settings.hardwareId,
                                             cached.product, cached.osUser, cached.sessionId);
        if (!check.ok()) {
            qCWarning(lcSeats).noquote() << "discarded a cached lease for" << cached.product << "of"
                                         << cached.osUser << ":" << check.message;
            m_cache->remove(cached.product, cached.osUser);
            continue;
        }
        // Rebuilt from the verified claims: the row's own columns only
        // matter where the signature does not reach (license, borrow end).
        Lease lease =
                leaseFromClaims(cached.token, check.claims, cached.license, cached.borrowedUntilMs);
        if (lease.expiresAtMs <= now) {
            m_cache->remove(lease.product, lease.osUser);
            // The server cuts a lease at the license's end: a tool asking
            // offline is told the license ended, not that nothing is cached.
            if (licenseOver(lease)) {
                Seat& seat = ensureSeat(lease.osUser, lease.product);
                seat.lostReason = u"license_expired"_s;
                seat.lostMessage =
                        u"the license expired at "_s + time::rfc3339(*lease.licenseExpiresAtMs);
            }
            continue;
        }
        m_clock->observeServerTime(lease.issuedAtMs);
        Seat& seat = ensureSeat(lease.osUser, lease.product);
        seat.lease = lease;
        qCInfo(lcSeats).noquote() << "restored the lease of" << lease.product << "for"
                                  << lease.osUser
                                  << (lease.isBorrowed(now) ? "(borrowed)" : "(lingering)");
        startLingerIfIdle(seat);
    }
    if (discarded > 0)
        qCWarning(lcSeats) << discarded << "altered lease cache rows were discarded";
}

void SeatManager::forEachSeat(const std::function<void(Seat&)>& action)
{
    // Over a snapshot of the keys: the action may remove seats.
    std::vector<QString> keys;
    for (const auto& [key, seat] : m_seats)
        keys.push_back(key);
    for (const QString& key : keys) {
        auto it = m_seats.find(key);
        if (it != m_seats.end())
            action(*it->second);
    }
}

void SeatManager::dropAll()
{
    forEachSeat([this](Seat& seat) {
        if (seat.lease)
            m_cache->remove(seat.product, seat.osUser);
        removeSeat(seat);
    });
    for (const Lease& lease : m_cache->all())
        m_cache->remove(lease.product, lease.osUser);
}

// ---- local operations ----------------------------------------------------

void SeatManager::checkout(quint64 holder, const QString& osUser, const QString& product,
                           Reply reply)
{
    if (!m_device->isEnrolled()) {
        reply(notEnrolled());
        return;
    }
    Seat& seat = ensureSeat(osUser, product);
    seat.lingerTimer.stop();
    seat.releasePending = false;
    const QString key = seat.key;
    auto deliver = [this, key, holder, reply](Outcome outcome, const QJsonObject& refused) {
        auto it = m_seats.find(key);
        if (it == m_seats.end()) {
            reply(refused.isEmpty() ? denial(u"no_seats"_s, u"the seat was given up"_s) : refused);
            return;
        }
        Seat& s = *it->second;
        QJsonObject answer;
        if (outcome == Outcome::Online)
            answer = grant(s, false);
        else if (outcome == Outcome::Unreachable)
            answer = offlineAnswer(s);
        else
            answer = refused;
        const bool granted = answer.value("ok"_L1).toBool();
        if (reply(answer) && granted) {
            s.holders.insert(holder);
            m_holdings[holder].insert(key);
        }
    };
    const bool leaseValid =
            seat.lease && seat.lease->expiresAtMs > m_clock->nowMs() && !licenseOver(*seat.lease);
    const bool serverAway = m_link->isKnown() && !m_link->isReachable();
    // Confirmed online, or known to be away with a lease to serve from:
    // answer at once rather than make the tool wait for the network.
    if (!seat.acquiring && leaseValid && (serverAway || (seat.online && m_link->isReachable()))) {
        deliver(serverAway ? Outcome::Unreachable : Outcome::Online, {});
        if (Seat* s = findSeat(osUser, product))
            startLingerIfIdle(*s);
        return;
    }
    ensureSession(seat, deliver);
}

void SeatManager::release(quint64 holder, const QString& osUser, const QString& product,
                          Reply reply)
{
    Seat* seat = findSeat(osUser, product);
    if (!seat) {
        reply({{u"ok"_s, true}, {u"status"_s, u"released"_s}});
        return;
    }
    seat->holders.remove(holder);
    m_holdings[holder].remove(seat->key);
    if (!seat->holders.isEmpty() || (seat->lease && seat->lease->isBorrowed(m_clock->nowMs()))) {
        // Others still hold it, or it is borrowed: `return` ends a borrow.
        reply({{u"ok"_s, true}, {u"status"_s, u"released"_s}});
        return;
    }
    seat->lingerTimer.stop();
    endSession(*seat, [reply](bool released) {
        QJsonObject answer{{u"ok"_s, true}, {u"status"_s, u"released"_s}};
        if (!released)
            answer.insert(u"pending"_s, true); // ended on the server once it is back
        reply(answer);
    });
}

void SeatManager::borrow(const QString& osUser, const QString& product, qint64 seconds, Reply reply)
{
    if (!m_device->isEnrolled()) {
        reply(notEnrolled());
        return;
    }
    Seat& seat = ensureSeat(osUser, product);
    seat.lingerTimer.stop();
    const QString key = seat.key;
    ensureSession(seat, [this, key, seconds, reply](Outcome outcome, const QJsonObject& refused) {
        auto it = m_seats.find(key);
        if (outcome == Outcome::Refused || it == m_seats.end()) {
            reply(refused.isEmpty() ? denial(u"no_seats"_s, u"the seat was given up"_s) : refused);
            return;
        }
        Seat& s = *it->second;
        if (outcome == Outcome::Unreachable || !s.lease) {
            reply(denial(u"server_unreachable"_s,
                         u"a seat can only be borrowed while the license server answers"_s));
            return;
        }
        const QJsonObject body{{u"session_id"_s, s.lease->sessionId}, {u"seconds"_s, seconds}};
        m_link->request(
                "POST", u"/api/v1/licenses/borrow"_s, body, this,
                [this, key, reply](const RestReply& answer) {
                    auto found = m_seats.find(key);
                    if (found == m_seats.end()) {
                        reply(denial(u"no_seats"_s, u"the seat was given up"_s));
                        return;
                    }
                    Seat& b = *found->second;
                    if (!answer.reached()) {
                        reply(denial(u"server_unreachable"_s, answer.message()));
                        startLingerIfIdle(b);
                        return;
                    }
                    if (!answer.isSuccess()) {
                        if (serverHoldsNoSession(answer)) {
                            dropLease(b);
                            b.online = false;
                        }
                        reply(refusal(answer));
                        startLingerIfIdle(b);
                        return;
                    }
                    const auto until =
                            time::parseRfc3339(answer.json.value("borrowed_until"_L1).toString());
                    QString error;
                    if (!until ||
                        !adoptLease(b, answer.json.value("signed_license"_L1).toString().toLatin1(),
                                    b.lease ? b.lease->license : QJsonObject(), until, &error)) {
                        reply(denial(u"server_unreachable"_s,
                                     u"the server's borrowed lease did not verify: "_s + error));
                        return;
                    }
                    b.lingerTimer.stop();
                    qCInfo(lcSeats).noquote() << "borrowed" << b.product << "for" << b.osUser
                                              << "until" << time::rfc3339(*until);
                    reply({{u"ok"_s, true},
                           {u"status"_s, u"borrowed"_s},
                           {u"session_id"_s, b.lease->sessionId},
                           {u"borrowed_until"_s, time::rfc3339(*until)},
                           {u"lease_expires_at"_s, time::rfc3339(b.lease->expiresAtMs)}});
                });
    });
}

void SeatManager::giveBack(const QString& osUser, const QString& product, Reply reply)
{
    Seat* seat = findSeat(osUser, product);
    if (!seat || !seat->lease || !seat->lease->borrowedUntilMs) {
        qCInfo(lcSeats).noquote() << "nothing borrowed to return for" << product << osUser;
        reply({{u"ok"_s, true}, {u"status"_s, u"returned"_s}});
        return;
    }
    const QString key = seat->key;
    const QJsonObject body{{u"session_id"_s, seat->lease->sessionId}};
    m_link->request("POST", u"/api/v1/licenses/release"_s, body, this,
                    [this, key, reply](const RestReply& answer) {
                        auto it = m_seats.find(key);
                        if (!answer.reached()) {
                            reply(denial(u"server_unreachable"_s,
                                         u"a borrowed seat can only be returned while the "
                                         "license server answers; it ends by itself when the "
                                         "borrow does"_s));
                            return;
                        }
                        // Refused for another reason than "no such session"
                        // (a server error, throttling): the borrow goes on.
                        if (!answer.isSuccess() && !serverHoldsNoSession(answer)) {
                            qCWarning(lcSeats).noquote()
                                    << "returning the borrowed seat failed:" << answer.status
                                    << answer.message();
                            reply(denial(u"server_unreachable"_s,
                                         u"the license server did not take the seat back: "_s +
                                                 answer.message()));
                            return;
                        }
                        if (it != m_seats.end()) {
                            Seat& s = *it->second;
                            dropLease(s);
                            s.online = false;
                            s.heartbeatTimer.stop();
                            if (s.holders.isEmpty())
                                removeSeat(s);
                            else
                                acquire(s); // tools still running keep a seat
                        }
                        reply({{u"ok"_s, true}, {u"status"_s, u"returned"_s}});
                    });
}

void SeatManager::holderGone(quint64 holder)
{
    const QSet<QString> keys = m_holdings.take(holder);
    for (const QString& key : keys) {
        auto it = m_seats.find(key);
        if (it == m_seats.end())
            continue;
        it->second->holders.remove(holder);
        startLingerIfIdle(*it->second);
    }
}

// ---- sessions with the server --------------------------------------------

void SeatManager::ensureSession(Seat& seat, Continuation next)
{
    seat.waiters.append(std::move(next));
    if (!seat.acquiring)
        acquire(seat);
}

void SeatManager::acquire(Seat& seat)
{
    seat.acquiring = true;
    seat.heartbeatTimer.stop();
    const QJsonObject body{{u"product"_s, seat.product},
                           {u"hardware_id"_s, m_settings.hardwareId},
                           {u"os_user"_s, seat.osUser},
                           {u"client"_s, QString::fromUtf8(m_settings.clientName)}};
    const QString key = seat.key;
    m_link->request("POST", u"/api/v1/licenses/acquire"_s, body, this,
                    [this, key](const RestReply& reply) { onAcquired(key, reply, false); });
}

void SeatManager::onAcquired(const QString& key, const RestReply& reply, bool jwksRefreshed)
{
    auto it = m_seats.find(key);
    if (it == m_seats.end()) {
        // Given up (returned, released) while the acquire was under way:
        // the session it started is nobody's, so it ends now rather than
        // hold a seat until it lapses.
        const QString sessionId = reply.json.value("session_id"_L1).toString();
        if (reply.isSuccess() && !sessionId.isEmpty()) {
            qCInfo(lcSeats).noquote()
                    << "releasing session" << sessionId << "acquired for a seat given up meanwhile";
            m_link->request("POST", u"/api/v1/licenses/release"_s, {{u"session_id"_s, sessionId}},
                            this, [](const RestReply&) {});
        }
        return;
    }
    Seat& seat = *it->second;
    if (!reply.reached()) {
        seat.acquiring = false;
        seat.online = false;
        finishWaiters(seat, Outcome::Unreachable, {});
        return;
    }
    if (!reply.isSuccess()) {
        seat.acquiring = false;
        seat.online = false;
        const QJsonObject refused = refusal(reply);
        // The server holds no seat for us: a cached lease must not serve.
        dropLease(seat);
        seat.lostReason = refused.value("reason"_L1).toString();
        seat.lostMessage = refused.value("message"_L1).toString();
        qCInfo(lcSeats).noquote() << "the server refused" << seat.product << "for" << seat.osUser
                                  << ":" << seat.lostReason;
        // Tools still running on this seat get it back when one frees up.
        if (!seat.holders.isEmpty())
            seat.heartbeatTimer.start(seat.heartbeatIntervalMs);
        finishWaiters(seat, Outcome::Refused, refused);
        return;
    }
    const QByteArray token = reply.json.value("signed_license"_L1).toString().toLatin1();
    QJsonObject license = reply.json.value("license"_L1).toObject();
    const LeaseCheck check =
            verifyLease(token, m_device->jwks(), m_settings.hardwareId, seat.product, seat.osUser);
    if (check.error == LeaseCheck::Error::UnknownKey && !jwksRefreshed) {
        // The server rotated its keys: fetch them and look again.
        refreshJwks([this, key, reply](bool) { onAcquired(key, reply, true); });
        return;
    }
    seat.acquiring = false;
    const int interval = reply.json.value("heartbeat_interval_seconds"_L1).toInt(60);
    seat.heartbeatIntervalMs = std::max(1, interval) * 1000;
    // The same session again (a borrow survives a reconnect).
    std::optional<qint64> borrowedUntil;
    if (seat.lease && seat.lease->sessionId == check.claims.value("sub"_L1).toString())
        borrowedUntil = seat.lease->borrowedUntilMs;
    QString error;
    if (!adoptLease(seat, token, license, borrowedUntil, &error)) {
        qCWarning(lcSeats).noquote() << "the server's lease did not verify:" << error;
        finishWaiters(
                seat, Outcome::Refused,
                denial(u"server_unreachable"_s, u"the server's lease did not verify: "_s + error));
        return;
    }
    seat.online = true;
    seat.lostReason.clear();
    seat.lostMessage.clear();
    scheduleHeartbeat(seat);
    finishWaiters(seat, Outcome::Online, {});
}

void SeatManager::finishWaiters(Seat& seat, Outcome outcome, const QJsonObject& refused)
{
    const QString key = seat.key;
    const QList<Continuation> waiters = std::move(seat.waiters);
    seat.waiters.clear();
    for (const auto& waiter : waiters)
        waiter(outcome, refused);
    // Only now may an idle seat go (callers must not touch `seat` after this).
    auto it = m_seats.find(key);
    if (it != m_seats.end())
        startLingerIfIdle(*it->second);
}

void SeatManager::scheduleHeartbeat(Seat& seat)
{
    // 80 to 100 % of the interval the server asked for: machines that
    // started together drift apart instead of beating in step.
    std::uniform_int_distribution<int> jitter(seat.heartbeatIntervalMs * 4 / 5,
                                              seat.heartbeatIntervalMs);
    seat.heartbeatTimer.start(std::max(500, jitter(m_random)));
}

void SeatManager::heartbeat(const QString& key)
{
    auto it = m_seats.find(key);
    if (it == m_seats.end())
        return;
    Seat& seat = *it->second;
    if (seat.acquiring)
        return;
    if (!seat.lease) {
        // Lost earlier (no seats): try again for the tools still running.
        if (!seat.holders.isEmpty())
            acquire(seat);
        return;
    }
    m_link->request("POST", u"/api/v1/licenses/heartbeat"_s,
                    {{u"session_id"_s, seat.lease->sessionId}}, this,
                    [this, key](const RestReply& reply) { onHeartbeat(key, reply, false); });
}

void SeatManager::onHeartbeat(const QString& key, const RestReply& reply, bool jwksRefreshed)
{
    auto it = m_seats.find(key);
    if (it == m_seats.end())
        return;
    Seat& seat = *it->second;
    if (!seat.lease)
        return;
    if (!reply.reached()) {
        seat.online = false; // the link probes and calls reestablish()
        return;
    }
    if (!reply.isSuccess()) {
        if (serverHoldsNoSession(reply)) {
            qCInfo(lcSeats).noquote() << "the server ended the session of" << seat.product << "for"
                                      << seat.osUser << "(" << reply.errorCode() << ")";
            dropLease(seat);
            seat.online = false;
            if (!seat.holders.isEmpty())
                acquire(seat); // transparently, for the tools still running
            else
                removeSeat(seat);
            return;
        }
        qCWarning(lcSeats).noquote() << "heartbeat refused:" << reply.message();
        scheduleHeartbeat(seat);
        return;
    }
    const QByteArray token = reply.json.value("signed_license"_L1).toString().toLatin1();
    const LeaseCheck check = verifyLease(token, m_device->jwks(), m_settings.hardwareId,
                                         seat.product, seat.osUser, seat.lease->sessionId);
    if (check.error == LeaseCheck::Error::UnknownKey && !jwksRefreshed) {
        refreshJwks([this, key, reply](bool) { onHeartbeat(key, reply, true); });
        return;
    }
    const qint64 now = m_clock->nowMs();
    std::optional<qint64> borrowedUntil = seat.lease->borrowedUntilMs;
    if (borrowedUntil && *borrowedUntil <= now)
        borrowedUntil.reset(); // the borrow is over; an ordinary seat again
    QString error;
    if (!adoptLease(seat, token, seat.lease->license, borrowedUntil, &error))
        qCWarning(lcSeats).noquote() << "a renewed lease did not verify:" << error;
    seat.online = true;
    scheduleHeartbeat(seat);
    startLingerIfIdle(seat);
}

bool SeatManager::serverHoldsNoSession(const RestReply& reply) const
{
    const QString code = reply.errorCode();
    return reply.status == 404 || reply.status == 401 || code == "session_expired"_L1;
}

void SeatManager::endSession(Seat& seat, std::function<void(bool released)> done)
{
    seat.heartbeatTimer.stop();
    // A checkout from now on asks the server again instead of trusting a
    // session that is about to end.
    seat.online = false;
    if (!seat.lease) {
        removeSeat(seat);
        if (done)
            done(true);
        return;
    }
    const QString key = seat.key;
    m_link->request("POST", u"/api/v1/licenses/release"_s,
                    {{u"session_id"_s, seat.lease->sessionId}}, this,
                    [this, key, done = std::move(done)](const RestReply& reply) {
                        auto it = m_seats.find(key);
                        if (it == m_seats.end()) {
                            if (done)
                                done(reply.reached());
                            return;
                        }
                        Seat& s = *it->second;
                        if (!s.holders.isEmpty()) {
                            // Claimed again while the release was under way.
                            if (done)
                                done(false);
                            if (reply.reached()) {
                                dropLease(s);
                                if (!s.acquiring)
                                    acquire(s);
                            }
                            return;
                        }
                        if (!reply.reached()) {
                            // Kept: the server holds the seat until the lease ends, so
                            // the lease may still serve offline; released once the
                            // server is back.
                            s.online = false;
                            s.releasePending = true;
                            if (done)
                                done(false);
                            return;
                        }
                        m_cache->remove(s.product, s.osUser);
                        removeSeat(s);
                        if (done)
                            done(true);
                    });
}

void SeatManager::startLingerIfIdle(Seat& seat)
{
    if (!seat.holders.isEmpty() || !seat.waiters.isEmpty() || seat.acquiring)
        return;
    if (seat.lease && seat.lease->isBorrowed(m_clock->nowMs()))
        return;
    if (!seat.lease) {
        removeSeat(seat);
        return;
    }
    if (!seat.lingerTimer.isActive() && !seat.releasePending)
        seat.lingerTimer.start(m_settings.lingerMs);
}

void SeatManager::reestablish()
{
    forEachSeat([this](Seat& seat) {
        if (seat.acquiring || seat.online)
            return;
        if (seat.releasePending && seat.holders.isEmpty()) {
            seat.releasePending = false;
            endSession(seat);
        } else if (!seat.holders.isEmpty() ||
                   (seat.lease && seat.lease->isBorrowed(m_clock->nowMs()))) {
            qCInfo(lcSeats).noquote() << "re-establishing" << seat.product << "for" << seat.osUser;
            acquire(seat);
        }
    });
}

void SeatManager::refreshJwks(std::function<void(bool)> done)
{
    m_jwksWaiters.append(std::move(done));
    if (m_refreshingJwks)
        return;
    m_refreshingJwks = true;
    m_link->request(
            "GET", u"/.well-known/jwks.json"_s, {}, this,
            [this](const RestReply& reply) {
                m_refreshingJwks = false;
                QString error;
                const auto keys =
                        reply.isSuccess() ? Jwks::fromJson(reply.json, &error) : std::nullopt;
                bool ok = false;
                if (keys && !keys->isEmpty()) {
                    ok = m_device->saveJwks(*keys, &error);
                    if (ok)
                        qCInfo(lcSeats) << "refreshed the server's lease keys:" << keys->size();
                }
                if (!ok)
                    qCWarning(lcSeats).noquote() << "cannot refresh the lease keys:"
                                                 << (error.isEmpty() ? reply.message() : error);
                const auto waiters = std::move(m_jwksWaiters);
                m_jwksWaiters.clear();
                for (const auto& waiter : waiters)
                    waiter(ok);
            },
            false);
}

bool SeatManager::adoptLease(Seat& seat, const QByteArray& token, const QJsonObject& license,
                             std::optional<qint64> borrowedUntilMs, QString* error)
{
    const LeaseCheck check =
            verifyLease(token, m_device->jwks(), m_settings.hardwareId, seat.product, seat.osUser);
    if (!check.ok()) {
        if (error)
            *error = check.message;
        return false;
    }
    Lease lease = leaseFromClaims(token, check.claims, license, borrowedUntilMs);
    m_clock->observeServerTime(lease.issuedAtMs);
    // The clock's record first: a cached lease without one counts as
    // tampering after a crash.
    if (!m_clock->isDistrusted())
        m_cache->saveClock(m_clock->serverAnchorNowMs(), m_clock->wallAnchorNowMs());
    m_cache->put(lease);
    seat.lease = lease;
    return true;
}

void SeatManager::dropLease(Seat& seat)
{
    if (seat.lease)
        m_cache->remove(seat.product, seat.osUser);
    seat.lease.reset();
}

// ---- answers -------------------------------------------------------------

QJsonObject SeatManager::grant(Seat& seat, bool offline) const
{
    const Lease& lease = *seat.lease;
    // What a tool may do comes from the signed claims (CLI.md): the cached
    // copy of the acquire answer is only trusted for the name.
    const QJsonObject license{{u"id"_s, lease.licenseId.isEmpty() ? lease.license.value("id"_L1)
                                                                  : QJsonValue(lease.licenseId)},
                              {u"name"_s, lease.license.value("name"_L1)},
                              {u"product"_s, seat.product},
                              {u"expires_at"_s, timeOrNull(lease.licenseExpiresAtMs)},
                              {u"features"_s, lease.features}};
    QJsonObject answer{{u"ok"_s, true},
                       {u"status"_s, u"granted"_s},
                       {u"session_id"_s, lease.sessionId},
                       {u"lease_expires_at"_s, time::rfc3339(lease.expiresAtMs)},
                       {u"offline"_s, offline},
                       {u"license"_s, license}};
    if (lease.borrowedUntilMs)
        answer.insert(u"borrowed_until"_s, time::rfc3339(*lease.borrowedUntilMs));
    return answer;
}

QJsonObject SeatManager::offlineAnswer(Seat& seat)
{
    if (!seat.lease) {
        if (!seat.lostReason.isEmpty())
            return denial(seat.lostReason, seat.lostMessage);
        return denial(u"server_unreachable"_s,
                      u"the license server cannot be reached and no valid lease is cached"_s);
    }
    // The wall clock alone never decides: set backwards, it would stretch
    // the lease.
    if (m_clock->tampered())
        return denial(u"clock_tampered"_s,
                      u"the system clock was set back; an offline lease cannot be trusted until "
                      "the license server is reached again"_s);
    // Before the lease's own end: a lease never outlives its license, even
    // where the server that signed it did not cut it (API.md).
    if (licenseOver(*seat.lease))
        return denial(u"license_expired"_s, u"the license expired at "_s +
                                                    time::rfc3339(*seat.lease->licenseExpiresAtMs));
    if (m_clock->nowMs() >= seat.lease->expiresAtMs)
        return denial(u"offline_lease_expired"_s,
                      u"the license server cannot be reached and the offline lease ended at "_s +
                              time::rfc3339(seat.lease->expiresAtMs));
    return grant(seat, true);
}

QJsonObject SeatManager::refusal(const RestReply& reply) const
{
    const QString code = reply.errorCode();
    if (code == "no_seats"_L1 || code == "license_inactive"_L1 || code == "license_expired"_L1 ||
        code == "borrow_not_allowed"_L1)
        return denial(code, reply.message());
    if (reply.status == 401)
        return m_notEnrolledMessage.isEmpty()
                       ? denial(u"not_enrolled"_s,
                                u"the server refused this machine's device token (disabled, or "
                                "enrolled again); enroll the machine again"_s)
                       : notEnrolled();
    if (code == "not_found"_L1)
        return denial(u"no_license"_s, u"no license of this organization grants this product"_s);
    if (code == "session_expired"_L1)
        return denial(u"no_seats"_s, reply.message());
    return denial(u"bad_request"_s, reply.message());
}

bool SeatManager::licenseOver(const Lease& lease) const
{
    return lease.licenseExpiresAtMs && m_clock->nowMs() >= *lease.licenseExpiresAtMs;
}

QJsonObject SeatManager::notEnrolled() const
{
    return denial(u"not_enrolled"_s,
                  m_notEnrolledMessage.isEmpty()
                          ? u"this machine is not enrolled with a license server"_s
                          : m_notEnrolledMessage);
}

QJsonArray SeatManager::status() const
{
    QJsonArray leases;
    for (const auto& [key, seat] : m_seats) {
        QJsonObject entry{{u"product"_s, seat->product},
                          {u"os_user"_s, seat->osUser},
                          {u"holders"_s, static_cast<int>(seat->holders.size())},
                          {u"offline"_s, !(seat->online && m_link->isReachable())}};
        if (seat->lease) {
            entry.insert(u"session_id"_s, seat->lease->sessionId);
            entry.insert(u"lease_expires_at"_s, time::rfc3339(seat->lease->expiresAtMs));
            entry.insert(u"borrowed_until"_s, timeOrNull(seat->lease->borrowedUntilMs));
        } else {
            entry.insert(u"session_id"_s, QJsonValue::Null);
            entry.insert(u"lease_expires_at"_s, QJsonValue::Null);
            entry.insert(u"borrowed_until"_s, QJsonValue::Null);
        }
        if (!seat->lostReason.isEmpty() && !seat->lease)
            entry.insert(u"reason"_s, seat->lostReason);
        leases.append(entry);
    }
    return leases;
}

void SeatManager::shutdown(int timeoutMs, std::function<void()> done)
{
    auto remaining = std::make_shared<int>(0);
    auto finished = std::make_shared<bool>(false);
    auto finish = [done, finished] {
        if (*finished)
            return;
        *finished = true;
        done();
    };
    const qint64 now = m_clock->nowMs();
    // Counted up front, so an answer that comes at once cannot finish early.
    forEachSeat([&](Seat& seat) {
        seat.lingerTimer.stop();
        seat.heartbeatTimer.stop();
        if (seat.lease && !seat.lease->isBorrowed(now) && m_link->isReachable())
            ++*remaining;
    });
    const int expected = *remaining;
    forEachSeat([&](Seat& seat) {
        if (!seat.lease || seat.lease->isBorrowed(now) || !m_link->isReachable())
            return;
        for (quint64 holder : std::as_const(seat.holders))
            m_holdings[holder].remove(seat.key);
        seat.holders.clear();
        endSession(seat, [remaining, finish](bool) {
            if (--*remaining == 0)
                finish();
        });
    });
    if (expected == 0) {
        finish();
        return;
    }
    QTimer::singleShot(timeoutMs, this, finish);
}

} // namespace clm::daemon
