#include "server/events/EventHub.h"

#include "core/Json.h"
#include "core/JsonWriter.h"
#include "server/db/PgConnection.h"
#include "server/db/SqlConnection.h"
#include "server/store/Transaction.h"

#include <QLoggingCategory>

#include <fcntl.h>
#include <libpq-fe.h>
#include <poll.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <optional>

Q_LOGGING_CATEGORY(lcEvents, "clm.server.events")

using namespace Qt::StringLiterals;

namespace clm::server {

namespace {

constexpr auto kChannel = "clm_events";
// NOTIFY payloads are limited to 8000 bytes; bigger events are not sent.
constexpr qsizetype kMaxPayload = 7900;

// The events other processes' caches act on (the observer's): notified
// inside their transaction, and always read when they arrive.
constexpr std::array<QLatin1StringView, 3> kCacheTypes = {"user.updated"_L1, "device.updated"_L1,
                                                          "webhook.updated"_L1};

bool isCacheType(QAnyStringView type)
{
    return std::find(kCacheTypes.cbegin(), kCacheTypes.cend(), type) != kCacheTypes.cend();
}

// A notification's payload: {"o": organization, "e": event}, the
// organization first, so that a process can see whose event it is before
// it reads the rest (EventHub::wanted).
QByteArray envelope(const QString& organizationId, QByteArrayView eventJson)
{
    json::JsonWriter writer(eventJson.size() + 64);
    writer.add("o"_L1, organizationId).addJson("e"_L1, eventJson);
    return writer.take();
}

QByteArray envelope(const QString& organizationId, const QJsonObject& event)
{
    return envelope(organizationId, json::toCompact(event));
}

} // namespace

EventHub::~EventHub()
{
    stop();
}

void EventHub::start(const QString& databaseUrl, const QString& role)
{
    m_postgres = !databaseUrl.startsWith("sqlite:"_L1);
    if (!m_postgres)
        return;
    if (::pipe2(m_wakeFd, O_NONBLOCK | O_CLOEXEC) != 0)
        qFatal("pipe failed");
    m_thread = std::thread([this, databaseUrl, role] { listenLoop(databaseUrl, role); });
}

void EventHub::stop()
{
    if (m_stopping.exchange(true))
        return;
    if (m_wakeFd[1] >= 0) {
        [[maybe_unused]] const auto n = ::write(m_wakeFd[1], "x", 1);
    }
    if (m_thread.joinable())
        m_thread.join();
    for (int& fd : m_wakeFd) {
        if (fd >= 0)
            ::close(fd);
        fd = -1;
    }
}

void EventHub::publish(Transaction& tx, const QString& organizationId, const QJsonObject& event)
{
    if (!m_postgres) {
        tx.afterCommit([this, organizationId, event] { deliver(organizationId, event); });
        return;
    }
    // This process's observer sees the event when it commits, not only when
    // the notification comes back round (the authentication cache forgets a
    // changed caller before the change is answered).
    const QString type = event.value("type"_L1).toString();
    const bool cacheType = isCacheType(type);
    if (m_observer && cacheType)
        tx.afterCommit([this, event] { m_observer(event); });
    QByteArray payload = envelope(organizationId, event);
    if (payload.size() > kMaxPayload)
        return;
    if (cacheType) {
        // Other processes must forget the caller (or what they knew of the
        // organization's webhooks) exactly when this commits: a notice
        // lost after the commit would leave them wrong.
        tx.exec(u"SELECT pg_notify('clm_events', $1)"_s, {QString::fromUtf8(payload)});
        return;
    }
    tx.afterCommit([this, payload = std::move(payload)]() mutable { enqueue(std::move(payload)); });
}

void EventHub::publishCommitted(const QString& organizationId, const QJsonObject& event)
{
    if (!m_postgres) {
        deliver(organizationId, event);
        return;
    }
    QByteArray payload = envelope(organizationId, event);
    if (payload.size() <= kMaxPayload)
        enqueue(std::move(payload));
}

void EventHub::publishCommitted(const QString& organizationId, QLatin1StringView type,
                                QByteArrayView eventJson)
{
    if (!m_postgres) {
        // Read back only for someone here who takes it.
        if (wanted(organizationId, type)) {
            if (const auto event = json::parseObject(eventJson.toByteArray()))
                deliver(organizationId, *event);
        }
        return;
    }
    QByteArray payload = envelope(organizationId, eventJson);
    if (payload.size() <= kMaxPayload)
        enqueue(std::move(payload));
}

bool EventHub::wanted(QStringView organizationId, QLatin1StringView type) const
{
    if (m_observer && isCacheType(type))
        return true;
    return type != "device.updated"_L1 && listensTo(organizationId);
}

bool EventHub::wanted(QByteArrayView payload) const
{
    // Whose event it is, read from the envelope's start without parsing it
    // (envelope() writes the organization first; anything else is read).
    constexpr QByteArrayView kStart = R"({"o":")";
    constexpr qsizetype kIdLength = 36; // a UUID
    if (!payload.startsWith(kStart) || payload.size() < kStart.size() + kIdLength + 1 ||
        payload.at(kStart.size() + kIdLength) != '"')
        return true;
    // A cache's event names its type; a false match (the text inside some
    // other string) only costs reading it.
    for (const QLatin1StringView type : kCacheTypes) {
        if (payload.contains(QByteArrayView(type.data(), type.size())))
            return true;
    }
    return listensTo(QLatin1StringView(payload.sliced(kStart.size(), kIdLength)));
}

bool EventHub::listensTo(QAnyStringView organizationId) const
{
    std::lock_guard lock(m_mutex);
    for (const auto& [id, entry] : m_listeners) {
        if (entry.first == organizationId)
            return true;
    }
    return false;
}

void EventHub::enqueue(QByteArray payload)
{
    constexpr size_t kMaxQueued = 100'000;
    bool wake = false;
    {
        std::lock_guard lock(m_mutex);
        if (m_queued.size() >= kMaxQueued) {
            qCWarning(lcEvents) << "live event dropped:" << kMaxQueued << "already wait to be sent";
            return;
        }
        wake = m_queued.empty();
        m_queued.push_back(std::move(payload));
    }
    if (wake && m_wakeFd[1] >= 0) {
        [[maybe_unused]] const auto n = ::write(m_wakeFd[1], "e", 1);
    }
}

void EventHub::sendQueued(SqlConnection& db)
{
    constexpr size_t kBatch = 1000;
    for (;;) {
        std::vector<QByteArray> batch;
        {
            std::lock_guard lock(m_mutex);
            if (m_queued.empty())
                return;
            const size_t n = std::min(kBatch, m_queued.size());
            batch.assign(std::make_move_iterator(m_queued.begin()),
                         std::make_move_iterator(m_queued.begin() + static_cast<long>(n)));
            m_queued.erase(m_queued.begin(), m_queued.begin() + static_cast<long>(n));
        }
        // One payload a line: compact JSON holds no raw line break (both
        // writers escape every control character).
        qsizetype size = 0;
        for (const QByteArray& payload : batch)
            size += payload.size() + 1;
        QByteArray lines;
        lines.reserve(size);
        for (const QByteArray& payload : batch) {
            if (!lines.isEmpty())
                lines.append('\n');
            lines.append(payload);
        }
        try {
            // One statement in a transaction of its own: one round trip
            // (the connection does not wait for the commit's flush).
            db.exec(u"SELECT count(pg_notify('clm_events', p)) "
                    "FROM string_to_table($1, E'\\n') AS p"_s,
                    {lines});
        } catch (const std::exception& e) {
            qCWarning(lcEvents) << "live events not sent:" << batch.size() << e.what();
            throw;
        }
    }
}

quint64 EventHub::subscribe(const QString& organizationId, Listener listener)
{
    std::lock_guard lock(m_mutex);
    const quint64 id = m_nextId++;
    m_listeners.emplace(id, std::make_pair(organizationId, std::move(listener)));
    return id;
}

void EventHub::unsubscribe(quint64 id)
{
    std::lock_guard lock(m_mutex);
    m_listeners.erase(id);
}

int EventHub::listenerCount() const
{
    std::lock_guard lock(m_mutex);
    return static_cast<int>(m_listeners.size());
}

void EventHub::setObserver(Listener observer, std::function<void(bool)> hearing)
{
    m_observer = std::move(observer);
    m_hearing = std::move(hearing);
}

void EventHub::deliver(const QString& organizationId, const QJsonObject& event)
{
    if (m_observer)
        m_observer(event);
    // Between server processes only: not one of the contract's live events.
    if (event.value("type"_L1).toString() == "device.updated"_L1)
        return;
    std::vector<Listener> targets;
    {
        std::lock_guard lock(m_mutex);
        for (const auto& [id, entry] : m_listeners) {
            if (entry.first == organizationId)
                targets.push_back(entry.second);
        }
    }
    for (const auto& listener : targets)
        listener(event);
}

void EventHub::listenLoop(QString url, QString role)
{
    // LISTEN runs as the app role too; notifications carry the organization,
    // and delivery filters on it.
    while (!m_stopping) {
        std::unique_ptr<PgConnection> db;
        try {
            db = std::make_unique<PgConnection>(url, role);
            // What this connection commits are notifications of changes
            // already durable: its commits need not wait for their flush,
            // so they hold the notify lock only briefly.
            db->exec(u"SET synchronous_commit = off"_s);
            db->exec(u"LISTEN "_s + QString::fromLatin1(kChannel));
            if (m_hearing)
                m_hearing(true);
        } catch (const std::exception& e) {
            qCWarning(lcEvents) << "cannot listen for events:" << e.what();
            db.reset();
        }
        while (!m_stopping && db && db->handle() && PQstatus(db->handle()) == CONNECTION_OK) {
            pollfd fds[2] = {{PQsocket(db->handle()), POLLIN, 0}, {m_wakeFd[0], POLLIN, 0}};
            if (::poll(fds, 2, 1000) < 0)
                continue;
            if (fds[1].revents) {
                char drained[64];
                [[maybe_unused]] const auto n = ::read(m_wakeFd[0], drained, sizeof drained);
                if (m_stopping)
                    break;
            }
            try {
                sendQueued(*db);
            } catch (const std::exception&) {
                break; // reconnect
            }
            if (!PQconsumeInput(db->handle()))
                break;
            while (PGnotify* notify = PQnotifies(db->handle())) {
                const QByteArrayView payload(notify->extra);
                // Most events are wanted by no one in this process (a
                // heartbeat's, with no admin watching here): not read.
                const auto message =
                        wanted(payload) ? json::parseObject(payload.toByteArray()) : std::nullopt;
                PQfreemem(notify);
                if (message)
                    deliver(message->value("o"_L1).toString(), message->value("e"_L1).toObject());
            }
        }
        if (m_hearing)
            m_hearing(false);
        if (!m_stopping) {
            pollfd wake{m_wakeFd[0], POLLIN, 0};
            ::poll(&wake, 1, 1000); // back off before reconnecting
            char drained[64];
            [[maybe_unused]] const auto n = ::read(m_wakeFd[0], drained, sizeof drained);
        }
    }
}

} // namespace clm::server
