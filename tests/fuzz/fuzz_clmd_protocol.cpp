// clmd's local protocol: a real Daemon (enrolled, with its lease cache and
// seat manager) in a temporary directory, and each input written to its
// socket as a client would: newline-framed JSON requests, possibly several,
// possibly in pieces, possibly malformed (LocalConnection's framing, then
// Daemon::onRequest's checks of every operation).
//
// Input: <piece byte><bytes sent>. With the piece byte's top bit set, the
// bytes go out in pieces of (piece byte & 0x7f) + 1 bytes with the event
// loop turning in between, so a line arrives in parts.
//
// After the input, a ping line goes out; clmd must answer it (the
// connection is served to the end, or closed for a good reason), and every
// line it sends must be one JSON object with "ok" and "id". The server URL
// is on loopback and every request goes to a closed port through an
// application-wide proxy, so nothing leaves the machine (an "enroll" may
// name any URL).
#include "FuzzSupport.h"
#include "core/Clock.h"
#include "core/Ed25519Key.h"
#include "core/Json.h"
#include "core/Jwks.h"
#include "daemon/Daemon.h"
#include "daemon/DaemonSettings.h"
#include "daemon/DeviceState.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QLocalSocket>
#include <QNetworkProxy>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;
using namespace clm;

namespace {

// Nothing listens on port 1 of the loopback address: connections are
// refused at once.
const auto kDeadUrl = u"http://127.0.0.1:1"_s;
constexpr int kAnswerTimeoutMs = 10000;

struct Harness
{
    Harness()
    {
        static int argc = 1;
        static char name[] = "fuzz_clmd_protocol";
        static char* argv[] = {name, nullptr};
        application = std::make_unique<QCoreApplication>(argc, argv);
        QNetworkProxyFactory::setUseSystemConfiguration(false);
        QNetworkProxy::setApplicationProxy(
                QNetworkProxy(QNetworkProxy::HttpProxy, u"127.0.0.1"_s, 1));

        const QString dir = fuzz::scratchDir();
        daemon::DaemonSettings settings;
        settings.serverUrls = {QUrl(kDeadUrl)};
        settings.socketPath = dir + u"/clmd.sock"_s;
        settings.stateDir = dir + u"/state"_s;
        settings.hardwareId = u"fuzz-machine"_s;
        settings.lingerSeconds = 0;
        settings.requestTimeoutSeconds = 1;
        socketPath = settings.socketPath;

        // Enrolled, so that seat operations reach the seat manager.
        Jwks keys;
        keys.add(*Ed25519Key::fromPrivateBytes(QByteArray(32, '\x2a')));
        QString error;
        QDir().mkpath(settings.stateDir);
        daemon::DeviceState state(settings.stateDir);
        if (!state.saveEnrollment(u"00000000-0000-4000-8000-000000000001"_s,
                                  u"00000000-0000-4000-8000-000000000002.fuzz-device-token"_s,
                                  u"00000000-0000-4000-8000-000000000002"_s, kDeadUrl, keys,
                                  &error))
            fuzz::fail(qPrintable(error), __FILE__, __LINE__);

        instance = std::make_unique<daemon::Daemon>(settings, clock);
        if (!instance->start(&error))
            fuzz::fail(qPrintable(error), __FILE__, __LINE__);
    }

    ManualClock clock{1'700'000'000'000};
    std::unique_ptr<QCoreApplication> application;
    std::unique_ptr<daemon::Daemon> instance;
    QString socketPath;
};

Harness* g_harness = nullptr;

void checkAnswer(const QByteArray& line)
{
    const auto answer = json::parseObject(line);
    if (!answer) {
        std::fprintf(stderr, "clmd sent a line that is not a JSON object: %s\n", line.constData());
        CLM_FUZZ_CHECK(answer);
    }
    CLM_FUZZ_CHECK(answer->value("ok"_L1).isBool());
    CLM_FUZZ_CHECK(answer->contains("id"_L1));
    if (!answer->value("ok"_L1).toBool())
        CLM_FUZZ_CHECK(answer->value("reason"_L1).isString());
}

// Handles what is pending without waiting, deferred deletes included.
void turn()
{
    QCoreApplication::processEvents(QEventLoop::AllEvents);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::quietQt();
    g_harness = new Harness;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray input = fuzz::bytes(data + 1, size - 1);
    const qsizetype piece = (data[0] & 0x80) ? (data[0] & 0x7f) + 1 : input.size();

    QLocalSocket socket;
    socket.connectToServer(g_harness->socketPath);
    CLM_FUZZ_CHECK(socket.waitForConnected(kAnswerTimeoutMs));

    QByteArray received;
    bool sawEnd = false;
    const auto readAnswers = [&] {
        received += socket.read(socket.bytesAvailable());
        for (qsizetype end = received.indexOf('\n'); end >= 0; end = received.indexOf('\n')) {
            const QByteArray line = received.left(end);
            received.remove(0, end + 1);
            checkAnswer(line);
            if (line.contains("\"fuzz-end\""))
                sawEnd = true;
        }
    };

    for (qsizetype at = 0; at < input.size() && socket.state() == QLocalSocket::ConnectedState;
         at += piece) {
        socket.write(input.mid(at, piece));
        socket.flush();
        if (piece < input.size()) {
            turn();
            readAnswers();
        }
    }
    if (socket.state() == QLocalSocket::ConnectedState) {
        socket.write("\n{\"op\":\"ping\",\"id\":\"fuzz-end\"}\n");
        socket.flush();
    }

    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(&socket, &QLocalSocket::readyRead, &loop, [&] {
        readAnswers();
        if (sawEnd)
            loop.quit();
    });
    QObject::connect(&socket, &QLocalSocket::disconnected, &loop, &QEventLoop::quit);
    readAnswers();
    if (!sawEnd && socket.state() == QLocalSocket::ConnectedState) {
        timeout.start(kAnswerTimeoutMs);
        loop.exec();
    }
    readAnswers();
    if (!sawEnd && socket.state() == QLocalSocket::ConnectedState)
        fuzz::fail("clmd did not answer a ping after the input", __FILE__, __LINE__);
    socket.abort();
    // Lets the daemon see the client go (it counts connections per user).
    turn();
    return 0;
}
