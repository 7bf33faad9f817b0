#include "server/http/HttpServer.h"

#include "core/Crypto.h"

#include <QLoggingCategory>
#include <QUrl>

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>
#include <boost/beast/websocket.hpp>
#include <boost/beast/websocket/ssl.hpp>

#include <chrono>
#include <cstring>
#include <deque>
#include <list>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <thread>
#include <vector>

Q_LOGGING_CATEGORY(lcHttp, "clm.server.http")

using namespace Qt::StringLiterals;

namespace clm::server {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;

namespace {

bool isSafeRequestId(QByteArrayView id)
{
    if (id.isEmpty() || id.size() > 128)
        return false;
    for (const char c : id) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                        (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
        if (!ok)
            return false;
    }
    return true;
}

// A request's id when the client gave none: 16 hex digits, unique in
// practice, not a secret (it is echoed and logged). Drawn from a per-thread
// splitmix64 sequence seeded once from the system's generator: a call to
// that generator for every request was 2 % of a heartbeat's server time.
QString newRequestId()
{
    thread_local quint64 state = [] {
        const QByteArray seed = crypto::randomBytes(sizeof(quint64));
        quint64 value = 0;
        std::memcpy(&value, seed.constData(), sizeof value);
        return value;
    }();
    quint64 z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    z ^= z >> 31;
    static constexpr char kHex[] = "0123456789abcdef";
    QString id(16, Qt::Uninitialized);
    QChar* out = id.data();
    for (int shift = 60; shift >= 0; shift -= 4)
        *out++ = QLatin1Char(kHex[(z >> shift) & 0xf]);
    return id;
}

} // namespace

class SessionBase
{
public:
    virtual ~SessionBase() = default;
    // Called on the session's worker thread when the server stops: an idle
    // connection closes now, a busy one after its current answer.
    virtual void shutdown() = 0;
};

struct Worker
{
    asio::io_context ioc{1};
    std::thread thread;
    // Sessions alive on this worker; touched only from its thread.
    std::list<std::weak_ptr<SessionBase>> sessions;
};

struct HttpServer::Impl
{
    Options options;
    Handler handler;
    ErrorBody errorBody;
    WebSocketHooks webSockets;
    std::vector<std::unique_ptr<Worker>> workers;
    std::optional<asio::ssl::context> tls;
    std::optional<tcp::acceptor> acceptor;
    std::atomic<int> open{0};
    std::atomic<bool> stopping{false};
    std::atomic<size_t> nextWorker{0};
    quint16 boundPort = 0;
    std::mutex stopMutex;
    bool stopped = false;
    std::optional<asio::executor_work_guard<asio::io_context::executor_type>> guards[64];

    void accept();
    void onAccept(beast::error_code ec, tcp::socket socket, size_t workerIndex);
};

namespace websocket = beast::websocket;

// One live-events connection: text messages pushed from any thread are
// queued on the connection's executor and written one at a time; incoming
// messages are read and dropped (only to notice a close).
template<class Stream>
class EventSession final
    : public SessionBase
    , public std::enable_shared_from_this<EventSession<Stream>>
{
public:
    EventSession(HttpServer::Impl& server, Worker& worker, int workerIndex, Stream stream)
        : m_server(server)
        , m_worker(worker)
        , m_workerIndex(workerIndex)
        , m_ws(std::move(stream))
        , m_recheckTimer(m_ws.get_executor())
    {
        ++m_server.open;
    }

    ~EventSession() override
    {
        if (m_subscription)
            m_server.webSockets.unsubscribe(m_subscription);
        --m_server.open;
    }

    void start(http::request<http::string_body> request, HttpServer::WebSocketGrant grant)
    {
        m_grant = std::move(grant);
        const QString channel = m_grant.channel;
        m_worker.sessions.push_back(this->weak_from_this());
        m_registration = std::prev(m_worker.sessions.end());
        beast::get_lowest_layer(m_ws).expires_never();
        m_ws.set_option(websocket::stream_base::timeout::suggested(beast::role_type::server));
        m_ws.set_option(websocket::stream_base::decorator([](websocket::response_type& response) {
            response.set(http::field::server, "clm-server/" CLM_VERSION);
        }));
        m_ws.read_message_max(64 * 1024);
        m_ws.async_accept(request, [self = this->shared_from_this(),
                                    channel](beast::error_code ec) {
            if (ec)
                return self->close();
            std::weak_ptr<EventSession> weak = self;
            auto executor = self->m_ws.get_executor();
            self->m_subscription = self->m_server.webSockets.subscribe(
                    channel, [weak, executor](QByteArray message) {
                        asio::post(executor, [weak, message = std::move(message)]() mutable {
                            if (auto session = weak.lock())
                                session->queue(std::move(message));
                        });
                    });
            self->scheduleRecheck(self->m_grant.firstCheckMs);
            self->read();
        });
    }

    void shutdown() override
    {
        if (m_closed || m_refused)
            return;
        m_refused = true; // one close only
        m_ws.async_close(websocket::close_code::going_away,
                         [self = this->shared_from_this()](beast::error_code) { self->close(); });
    }

private:
    void read()
    {
        m_ws.async_read(m_buffer, [self = this->shared_from_this()](beast::error_code ec, size_t) {
            if (ec)
                return self->close();
            self->m_buffer.consume(self->m_buffer.size());
            self->read();
        });
    }

    // The listener may have lost the right to listen (token expired, account
    // deactivated or demoted): asked on a timer and before a message about
    // the listener's own account goes out; messages wait meanwhile.
    void recheck()
    {
        if (!m_grant.recheck || m_checking || m_closed || m_refused)
            return;
        m_checking = true;
        m_recheckTimer.cancel();
        std::weak_ptr<EventSession> weak = this->shared_from_this();
        auto executor = m_ws.get_executor();
        m_grant.recheck([weak, executor](qint64 next) {
            asio::post(executor, [weak, next] {
                if (auto self = weak.lock())
                    self->rechecked(next);
            });
        });
    }

    void rechecked(qint64 next)
    {
        m_checking = false;
        if (m_closed || m_refused)
            return;
        if (next <= 0) {
            m_held.clear();
            refuse();
            return;
        }
        std::deque<QByteArray> held;
        held.swap(m_held);
        for (auto& message : held)
            queue(std::move(message));
        scheduleRecheck(next);
    }

    void scheduleRecheck(qint64 ms)
    {
        if (!m_grant.recheck || m_closed)
            return;
        m_recheckTimer.expires_after(std::chrono::milliseconds(std::max<qint64>(ms, 1)));
        m_recheckTimer.async_wait([weak = this->weak_from_this()](beast::error_code ec) {
            if (ec)
                return;
            if (auto self = weak.lock(); self && !self->m_closed)
                self->recheck();
        });
    }

    void refuse()
    {
        if (m_closed || m_refused)
            return;
        // A write in flight still owns the front of the outbox; the rest is
        // never sent (see writeNext's completion).
        m_refused = true;
        m_recheckTimer.cancel();
        if (m_subscription) {
            m_server.webSockets.unsubscribe(m_subscription);
            m_subscription = 0;
        }
        m_ws.async_close(websocket::close_reason(websocket::close_code::policy_error,
                                                 "no longer authorized"),
                         [self = this->shared_from_this()](beast::error_code) { self->close(); });
    }

    void queue(QByteArray message)
    {
        if (m_closed || m_refused)
            return;
        if (m_checking || (m_grant.concerns && m_grant.concerns(message))) {
            if (m_held.size() > 1000)
                return shutdown();
            m_held.push_back(std::move(message));
            recheck();
            return;
        }
        // A listener that cannot keep up is dropped rather than buffered
        // without bound; the GUI reconnects and reloads.
        if (m_outbox.size() > 1000)
            return shutdown();
        m_outbox.push_back(std::move(message));
        if (m_outbox.size() == 1)
            writeNext();
    }

    void writeNext()
    {
        m_ws.text(true);
        m_ws.async_write(asio::buffer(m_outbox.front().constData(),
                                      static_cast<size_t>(m_outbox.front().size())),
                         [self = this->shared_from_this()](beast::error_code ec, size_t) {
                             if (ec)
                                 return self->close();
                             self->m_outbox.pop_front();
                             // Nothing more for a listener refused meanwhile.
                             if (!self->m_outbox.empty() && !self->m_refused)
                                 self->writeNext();
                         });
    }

    void close()
    {
        if (m_closed)
            return;
        m_closed = true;
        m_recheckTimer.cancel();
        m_worker.sessions.erase(m_registration);
        if (m_subscription) {
            m_server.webSockets.unsubscribe(m_subscription);
            m_subscription = 0;
        }
        beast::error_code ignored;
        beast::get_lowest_layer(m_ws).socket().shutdown(tcp::socket::shutdown_both, ignored);
        beast::get_lowest_layer(m_ws).close();
    }

    HttpServer::Impl& m_server;
    Worker& m_worker;
    int m_workerIndex;
    websocket::stream<Stream> m_ws;
    asio::steady_timer m_recheckTimer;
    HttpServer::WebSocketGrant m_grant;
    std::deque<QByteArray> m_held; // while a recheck runs
    bool m_checking = false;
    bool m_refused = false;
    beast::flat_buffer m_buffer;
    std::deque<QByteArray> m_outbox;
    std::list<std::weak_ptr<SessionBase>>::iterator m_registration;
    quint64 m_subscription = 0;
    bool m_closed = false;
};

template<class Stream>
class HttpSession final
    : public SessionBase
    , public std::enable_shared_from_this<HttpSession<Stream>>
{
public:
    HttpSession(HttpServer::Impl& server, Worker& worker, int workerIndex, Stream stream,
                QString clientAddress)
        : m_server(server)
        , m_worker(worker)
        , m_workerIndex(workerIndex)
        , m_stream(std::move(stream))
        , m_client(std::move(clientAddress))
        , m_deadline(m_stream.get_executor())
    {
        ++m_server.open;
    }

    ~HttpSession() override { --m_server.open; }

    void start()
    {
        m_worker.sessions.push_back(this->weak_from_this());
        m_registration = std::prev(m_worker.sessions.end());
        if constexpr (isTls) {
            beast::get_lowest_layer(m_stream).expires_after(
                    std::chrono::seconds(m_server.options.requestTimeoutSeconds));
            m_stream.async_handshake(asio::ssl::stream_base::server,
                                     [self = this->shared_from_this()](beast::error_code ec) {
                                         if (ec)
                                             return self->close();
                                         self->readHeader();
                                     });
        } else {
            readHeader();
        }
    }

    void shutdown() override
    {
        m_stopRequested = true;
        if (m_idle)
            close();
    }

private:
    static constexpr bool isTls = !std::is_same_v<Stream, beast::tcp_stream>;

    beast::tcp_stream& lowest() { return beast::get_lowest_layer(m_stream); }

    void readHeader()
    {
        if (m_stopRequested || m_server.stopping)
            return close();
        m_parser.emplace();
        m_parser->header_limit(static_cast<std::uint32_t>(m_server.options.headerLimit));
        m_parser->body_limit(static_cast<std::uint64_t>(m_server.options.bodyLimit));
        m_idle = true;
        // Until the first byte arrives the idle timeout applies; the header
        // then has to be complete within it too (no slow drip of headers).
        armDeadline(m_firstRequest ? m_server.options.requestTimeoutSeconds
                                   : m_server.options.idleTimeoutSeconds);
        m_firstRequest = false;
        http::async_read_header(m_stream, m_buffer, *m_parser,
                                [self = this->shared_from_this()](beast::error_code ec, size_t) {
                                    self->onHeader(ec);
                                });
    }

    void onHeader(beast::error_code ec)
    {
        m_idle = false;
        if (ec)
            return onReadError(ec);
        armDeadline(m_server.options.requestTimeoutSeconds);
        const auto& header = m_parser->get();
        if (beast::iequals(header[http::field::expect], "100-continue")) {
            // Tell a waiting client to send its body (it is within limits:
            // an oversized Content-Length already failed the header read).
            auto continueResponse = std::make_shared<http::response<http::empty_body>>(
                    http::status::continue_, header.version());
            http::async_write(m_stream, *continueResponse,
                              [self = this->shared_from_this(),
                               continueResponse](beast::error_code writeError, size_t) {
                                  if (writeError)
                                      return self->close();
                                  self->readBody();
                              });
            return;
        }
        readBody();
    }

    void readBody()
    {
        http::async_read(m_stream, m_buffer, *m_parser,
                         [self = this->shared_from_this()](beast::error_code ec, size_t) {
                             if (ec)
                                 return self->onReadError(ec);
                             self->m_deadline.cancel();
                             ++self->m_served;
                             self->handle();
                         });
    }

    // The time a request has to arrive. Past it the read is cancelled and a
    // client that sent nothing yet on a new connection, or a part of a
    // request, is answered 408; an idle keep-alive connection just closes.
    // The stream's own expiry, a little later, is the backstop.
    void armDeadline(int seconds)
    {
        lowest().expires_after(std::chrono::seconds(seconds + 5));
        m_deadline.expires_after(std::chrono::seconds(seconds));
        m_deadline.async_wait([weak = this->weak_from_this()](beast::error_code ec) {
            if (ec)
                return;
            if (auto self = weak.lock()) {
                self->m_timedOut = true;
                beast::error_code ignored;
                self->lowest().socket().cancel(ignored);
            }
        });
    }

    void onReadError(beast::error_code ec)
    {
        m_deadline.cancel();
        if (m_timedOut) {
            m_timedOut = false;
            if (m_served == 0 || (m_parser && m_parser->got_some()))
                return refuse(408, u"bad_request"_s,
                              u"no complete request arrived in time; the connection is closed"_s);
            return close();
        }
        if (ec == http::error::end_of_stream || ec == beast::error::timeout ||
            ec == asio::error::operation_aborted || ec == asio::error::connection_reset ||
            ec == asio::error::eof || ec == asio::ssl::error::stream_truncated) {
            return close();
        }
        if (ec == http::error::body_limit)
            return refuse(413, u"payload_too_large"_s,
                          u"request body exceeds %1 bytes"_s.arg(m_server.options.bodyLimit));
        if (ec == http::error::header_limit)
            return refuse(431, u"bad_request"_s, u"request header fields too large"_s);
        return refuse(400, u"bad_request"_s, u"malformed HTTP request"_s);
    }

    // Answers an error for a request that could not be read whole, then
    // closes without reading (much of) what the client still sends.
    void refuse(int status, const QString& code, const QString& message)
    {
        HttpResponse response = m_server.errorBody(status, code, message);
        response.closeConnection = true;
        HttpRequest request;
        request.requestId = newRequestId();
        send(std::move(response), request, 11);
    }

    void handle()
    {
        auto message = m_parser->release();
        m_parser.reset();

        HttpRequest request;
        request.method = QByteArray(message.method_string().data(),
                                    static_cast<qsizetype>(message.method_string().size()));
        const std::string_view target = message.target();
        request.setTarget(QByteArray(target.data(), static_cast<qsizetype>(target.size())));
        for (const auto& field : message) {
            request.headers.append({QByteArray(field.name_string().data(),
                                               static_cast<qsizetype>(field.name_string().size()))
                                            .toLower(),
                                    QByteArray(field.value().data(),
                                               static_cast<qsizetype>(field.value().size()))});
        }
        request.body =
                QByteArray(message.body().data(), static_cast<qsizetype>(message.body().size()));
        request.clientAddress = m_client;
        request.scheme = isTls ? u"https"_s : u"http"_s;
        const QByteArray givenId = request.header("x-request-id");
        request.requestId =
                isSafeRequestId(givenId) ? QString::fromLatin1(givenId) : newRequestId();

        if (websocket::is_upgrade(message) && m_server.webSockets.authorize) {
            // Authorized on a database thread; the answer comes back here.
            auto upgrade = std::make_shared<http::request<http::string_body>>(std::move(message));
            auto executor = m_stream.get_executor();
            const QString requestId = request.requestId;
            try {
                // The session lives on in this callback until the answer.
                m_server.webSockets.authorize(
                        request, m_workerIndex,
                        [self = this->shared_from_this(), executor, upgrade,
                         requestId](std::optional<HttpResponse> refusal,
                                    HttpServer::WebSocketGrant grant) {
                            asio::post(executor,
                                       [self, upgrade, requestId, refusal = std::move(refusal),
                                        grant = std::move(grant)]() mutable {
                                           self->upgraded(std::move(*upgrade), requestId,
                                                          std::move(refusal), std::move(grant));
                                       });
                        });
            } catch (const std::exception& e) {
                qCCritical(lcHttp) << "upgrade check threw:" << e.what();
                HttpResponse failed =
                        m_server.errorBody(500, u"internal"_s, u"internal server error"_s);
                failed.closeConnection = true;
                send(std::move(failed), request, upgrade->version());
            }
            return;
        }

        HttpResponse response;
        try {
            response = m_server.handler(request, m_workerIndex);
        } catch (const std::exception& e) {
            qCCritical(lcHttp) << "handler threw:" << e.what();
            response = m_server.errorBody(500, u"internal"_s, u"internal server error"_s);
        }
        const bool keepAlive = message.keep_alive();
        const unsigned version = message.version();
        if (response.deferred) {
            // Answered later from another thread: hand the answer back to
            // this connection's executor.
            auto deferred = std::move(response.deferred);
            deferred->onComplete([self = this->shared_from_this(), id = request.requestId,
                                  keepAlive, version](HttpResponse later) {
                asio::post(self->m_stream.get_executor(), [self, id, keepAlive, version,
                                                           later = std::move(later)]() mutable {
                    if (later.finalize) {
                        auto finalize = std::move(later.finalize);
                        later.finalize = nullptr;
                        try {
                            finalize(later);
                        } catch (const std::exception& e) {
                            qCCritical(lcHttp) << "finishing an answer threw:" << e.what();
                            later = self->m_server.errorBody(500, u"internal"_s,
                                                             u"internal server error"_s);
                        }
                    }
                    if (!keepAlive)
                        later.closeConnection = true;
                    HttpRequest original;
                    original.requestId = id;
                    self->send(std::move(later), original, version);
                });
            });
            return;
        }
        if (!keepAlive)
            response.closeConnection = true;
        send(std::move(response), request, version);
    }

    void upgraded(http::request<http::string_body> message, const QString& requestId,
                  std::optional<HttpResponse> refusal, HttpServer::WebSocketGrant grant)
    {
        if (m_closed)
            return;
        if (refusal) {
            refusal->closeConnection = true;
            HttpRequest original;
            original.requestId = requestId;
            return send(std::move(*refusal), original, message.version());
        }
        // The connection now belongs to the event session.
        m_closed = true;
        m_worker.sessions.erase(m_registration);
        auto events = std::make_shared<EventSession<Stream>>(m_server, m_worker, m_workerIndex,
                                                             std::move(m_stream));
        events->start(std::move(message), std::move(grant));
    }

    void send(HttpResponse response, const HttpRequest& request, unsigned version)
    {
        auto out = std::make_shared<http::response<http::string_body>>(
                static_cast<http::status>(response.status), version);
        out->set(http::field::server, "clm-server/" CLM_VERSION);
        out->set("X-Request-Id", request.requestId.toStdString());
        if (!response.body.isEmpty() || response.status != 204) {
            out->set(http::field::content_type,
                     std::string(response.contentType.constData(),
                                 static_cast<size_t>(response.contentType.size())));
            out->body().assign(response.body.constData(),
                               static_cast<size_t>(response.body.size()));
        }
        for (const auto& [name, value] : response.headers)
            out->set(std::string_view(name.constData(), static_cast<size_t>(name.size())),
                     std::string_view(value.constData(), static_cast<size_t>(value.size())));
        const bool close = response.closeConnection || m_stopRequested || m_server.stopping;
        out->keep_alive(!close);
        out->prepare_payload();
        http::async_write(
                m_stream, *out,
                [self = this->shared_from_this(), out, close](beast::error_code ec, size_t) {
                    if (ec)
                        return self->close();
                    if (close)
                        return self->lingeringClose();
                    self->readHeader();
                });
    }

    // After an early answer the client may still be sending a body: stop
    // sending, read and drop a bounded amount so the client can read our
    // answer instead of a reset, then close.
    void lingeringClose()
    {
        if constexpr (isTls) {
            close();
        } else {
            beast::error_code ignored;
            lowest().socket().shutdown(tcp::socket::shutdown_send, ignored);
            lowest().expires_after(std::chrono::seconds(2));
            drain();
        }
    }

    void drain()
    {
        lowest().async_read_some(asio::buffer(m_discard),
                                 [self = this->shared_from_this()](beast::error_code ec, size_t n) {
                                     self->m_drained += n;
                                     if (ec || self->m_drained > 4 * 1024 * 1024)
                                         return self->close();
                                     self->drain();
                                 });
    }

    void close()
    {
        if (m_closed)
            return;
        m_closed = true;
        m_deadline.cancel();
        m_worker.sessions.erase(m_registration);
        beast::error_code ignored;
        lowest().socket().shutdown(tcp::socket::shutdown_both, ignored);
        lowest().close();
    }

    HttpServer::Impl& m_server;
    Worker& m_worker;
    int m_workerIndex;
    Stream m_stream;
    QString m_client;
    beast::flat_buffer m_buffer;
    std::optional<http::request_parser<http::string_body>> m_parser;
    std::list<std::weak_ptr<SessionBase>>::iterator m_registration;
    std::array<char, 16384> m_discard{};
    size_t m_drained = 0;
    asio::steady_timer m_deadline;
    int m_served = 0;
    bool m_timedOut = false;
    bool m_idle = false;
    bool m_firstRequest = true;
    bool m_stopRequested = false;
    bool m_closed = false;
};

void HttpServer::Impl::accept()
{
    const size_t index = nextWorker++ % workers.size();
    acceptor->async_accept(workers[index]->ioc,
                           [this, index](beast::error_code ec, tcp::socket socket) {
                               onAccept(ec, std::move(socket), index);
                           });
}

void HttpServer::Impl::onAccept(beast::error_code ec, tcp::socket socket, size_t workerIndex)
{
    if (stopping || !acceptor->is_open())
        return;
    if (!ec) {
        beast::error_code endpointError;
        const auto remote = socket.remote_endpoint(endpointError);
        const QString client =
                endpointError ? QString() : QString::fromStdString(remote.address().to_string());
        socket.set_option(tcp::no_delay(true), endpointError);
        Worker& worker = *workers[workerIndex];
        if (open.load() >= options.maxConnections) {
            // Over the cap: answer 503 on the spot and close.
            auto stream = std::make_shared<beast::tcp_stream>(std::move(socket));
            const HttpResponse busy =
                    errorBody(503, u"unavailable"_s, u"too many open connections"_s);
            auto out = std::make_shared<http::response<http::string_body>>(
                    http::status::service_unavailable, 11);
            out->set(http::field::content_type, "application/json");
            out->set(http::field::retry_after, "1");
            out->body().assign(busy.body.constData(), static_cast<size_t>(busy.body.size()));
            out->keep_alive(false);
            out->prepare_payload();
            stream->expires_after(std::chrono::seconds(5));
            http::async_write(*stream, *out, [stream, out](beast::error_code, size_t) {
                beast::error_code ignored;
                stream->socket().shutdown(tcp::socket::shutdown_both, ignored);
            });
        } else if (tls) {
            using TlsStream = beast::ssl_stream<beast::tcp_stream>;
            asio::post(worker.ioc,
                       [this, &worker, workerIndex, client,
                        s = std::make_shared<tcp::socket>(std::move(socket))]() mutable {
                           auto session = std::make_shared<HttpSession<TlsStream>>(
                                   *this, worker, static_cast<int>(workerIndex),
                                   TlsStream(beast::tcp_stream(std::move(*s)), *tls), client);
                           session->start();
                       });
        } else {
            asio::post(worker.ioc,
                       [this, &worker, workerIndex, client,
                        s = std::make_shared<tcp::socket>(std::move(socket))]() mutable {
                           auto session = std::make_shared<HttpSession<beast::tcp_stream>>(
                                   *this, worker, static_cast<int>(workerIndex),
                                   beast::tcp_stream(std::move(*s)), client);
                           session->start();
                       });
        }
    } else if (ec == asio::error::no_descriptors) {
        // Out of file descriptors: back off briefly instead of spinning.
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    accept();
}

HttpServer::HttpServer(Options options, Handler handler, ErrorBody errorBody,
                       WebSocketHooks webSockets)
    : d(std::make_unique<Impl>())
{
    d->webSockets = std::move(webSockets);
    d->options = std::move(options);
    d->handler = std::move(handler);
    d->errorBody = std::move(errorBody);
}

HttpServer::~HttpServer()
{
    stop();
    wait();
}

void HttpServer::bind()
{
    if (d->acceptor)
        return;
    const int count = std::clamp(d->options.workers, 1, 64);
    for (int i = 0; i < count; ++i)
        d->workers.push_back(std::make_unique<Worker>());

    if (!d->options.tlsCertificateFile.isEmpty()) {
        d->tls.emplace(asio::ssl::context::tls_server);
        d->tls->set_options(asio::ssl::context::default_workarounds | asio::ssl::context::no_sslv2 |
                            asio::ssl::context::no_sslv3 | asio::ssl::context::no_tlsv1 |
                            asio::ssl::context::no_tlsv1_1 | asio::ssl::context::single_dh_use);
        beast::error_code ec;
        d->tls->use_certificate_chain_file(d->options.tlsCertificateFile.toStdString(), ec);
        if (ec)
            throw std::runtime_error("cannot load TLS certificate " +
                                     d->options.tlsCertificateFile.toStdString() + ": " +
                                     ec.message());
        d->tls->use_private_key_file(d->options.tlsKeyFile.toStdString(), asio::ssl::context::pem,
                                     ec);
        if (ec)
            throw std::runtime_error("cannot load TLS key " + d->options.tlsKeyFile.toStdString() +
                                     ": " + ec.message());
    }

    beast::error_code ec;
    const auto address = asio::ip::make_address(d->options.host.toStdString(), ec);
    if (ec)
        throw std::runtime_error("bad listen address " + d->options.host.toStdString());
    const tcp::endpoint endpoint(address, d->options.port);
    d->acceptor.emplace(d->workers.front()->ioc);
    d->acceptor->open(endpoint.protocol(), ec);
    if (!ec)
        d->acceptor->set_option(asio::socket_base::reuse_address(true), ec);
    if (!ec)
        d->acceptor->bind(endpoint, ec);
    if (!ec)
        d->acceptor->listen(asio::socket_base::max_listen_connections, ec);
    if (ec)
        throw std::runtime_error("cannot listen on " + d->options.host.toStdString() + ":" +
                                 std::to_string(d->options.port) + ": " + ec.message());
    d->boundPort = d->acceptor->local_endpoint().port();
}

void HttpServer::start()
{
    bind();
    d->accept();
    for (size_t i = 0; i < d->workers.size(); ++i) {
        d->guards[i].emplace(d->workers[i]->ioc.get_executor());
        d->workers[i]->thread = std::thread([worker = d->workers[i].get()] { worker->ioc.run(); });
    }
}

quint16 HttpServer::port() const
{
    return d->boundPort;
}

bool HttpServer::isTls() const
{
    return d->tls.has_value();
}

int HttpServer::openConnections() const
{
    return d->open.load();
}

void HttpServer::stop()
{
    {
        std::lock_guard lock(d->stopMutex);
        if (d->stopped || d->workers.empty())
            return;
        d->stopped = true;
    }
    d->stopping = true;
    if (d->acceptor) {
        asio::post(d->workers.front()->ioc, [this] {
            beast::error_code ignored;
            d->acceptor->close(ignored);
        });
    }
    for (auto& worker : d->workers) {
        asio::post(worker->ioc, [w = worker.get()] {
            for (auto& weak : std::list(w->sessions)) {
                if (auto session = weak.lock())
                    session->shutdown();
            }
        });
    }
    // Let the io_contexts run out of work; give requests in flight the grace
    // period, then stop whatever is left.
    for (size_t i = 0; i < d->workers.size(); ++i)
        d->guards[i].reset();
    const auto deadline = std::chrono::steady_clock::now() +
                          std::chrono::seconds(d->options.shutdownGraceSeconds);
    while (d->open.load() > 0 && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    for (auto& worker : d->workers)
        worker->ioc.stop();
}

void HttpServer::wait()
{
    for (auto& worker : d->workers) {
        if (worker->thread.joinable())
            worker->thread.join();
    }
}

} // namespace clm::server
