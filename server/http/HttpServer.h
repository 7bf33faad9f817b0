#pragma once

#include "server/http/HttpRequest.h"

#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace clm::server {

// HTTP/1.1 on Boost.Beast: one io_context and thread per worker, keep-alive,
// limits enforced while reading (a body over the limit is refused from its
// Content-Length before it is read), header and idle timeouts, a cap on open
// connections, optional TLS, and a graceful stop that lets requests in
// flight finish.
class HttpServer
{
public:
    struct Options
    {
        QString host = QStringLiteral("127.0.0.1");
        quint16 port = 8080;
        int workers = 2;
        qint64 bodyLimit = 1024 * 1024;
        int headerLimit = 16 * 1024;
        int idleTimeoutSeconds = 60;    // keep-alive connection with no request
        int requestTimeoutSeconds = 30; // to receive one whole request once it starts
        int maxConnections = 10000;
        int shutdownGraceSeconds = 10;
        QString tlsCertificateFile;
        QString tlsKeyFile;
    };

    // Called on the worker thread that owns the connection; `worker` is its
    // index (0..workers-1), so the handler can use that worker's resources
    // (its database connection) without locking.
    using Handler = std::function<HttpResponse(HttpRequest&, int worker)>;
    // Answers for requests that never reach the handler (413, 400, 431,
    // 503): status, error code, message.
    using ErrorBody =
            std::function<HttpResponse(int status, const QString& code, const QString& message)>;

    // What an authorized WebSocket connection listens to, and how its right
    // to listen is checked again while it stays open.
    struct WebSocketGrant
    {
        QString channel;
        // Asks whether the listener may still listen; `done` (callable from
        // any thread) gets 0 when the connection must be closed (close code
        // 1008, policy), else the milliseconds until it must be asked again.
        // Messages wait while a check runs.
        std::function<void(std::function<void(qint64 next)> done)> recheck;
        qint64 firstCheckMs = 30000;
        // A message about to be pushed that calls for a recheck first (the
        // listener's own account changed).
        std::function<bool(const QByteArray& message)> concerns;
    };

    // WebSocket upgrades (GET with Upgrade: websocket). `authorize` is called
    // on the worker thread and answers through `done` (from any thread): a
    // refusal, or nullopt and the grant. `subscribe` registers a
    // connection's `push` (callable from any thread, sends one text message)
    // and returns an id for `unsubscribe`.
    using AuthorizeDone =
            std::function<void(std::optional<HttpResponse> refusal, WebSocketGrant grant)>;
    struct WebSocketHooks
    {
        std::function<void(HttpRequest&, int worker, AuthorizeDone done)> authorize;
        std::function<quint64(const QString& channel, std::function<void(QByteArray)> push)>
                subscribe;
        std::function<void(quint64)> unsubscribe;
    };

    HttpServer(Options options, Handler handler, ErrorBody errorBody,
               WebSocketHooks webSockets = {});
    ~HttpServer();

    // Binds the listening socket (so port() is known) without accepting
    // yet; throws std::runtime_error with a reason. start() binds if needed.
    void bind();
    // Binds and starts the workers; throws std::runtime_error with a reason.
    void start();
    quint16 port() const;
    bool isTls() const;
    // Stops accepting, lets requests in flight finish (up to the grace
    // period), then stops the workers. Safe from any thread, once or more.
    void stop();
    // Blocks until the workers have stopped.
    void wait();

    int openConnections() const;

    struct Impl; // private to HttpServer.cpp (public so its session classes can name it)

private:
    std::unique_ptr<Impl> d;
};

} // namespace clm::server
