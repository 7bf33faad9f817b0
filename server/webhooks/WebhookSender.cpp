#include "server/webhooks/WebhookSender.h"

#include <QElapsedTimer>

#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>

#include <chrono>

using namespace Qt::StringLiterals;

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;

namespace clm::server {

namespace {

constexpr qsizetype kStoredBody = 1024;
constexpr std::uint64_t kReadLimit = 64 * 1024;

// Ranges no webhook goes to unless the operator allows them.
const QList<QPair<QHostAddress, int>>& forbiddenRanges()
{
    static const QList<QPair<QHostAddress, int>> ranges = [] {
        QList<QPair<QHostAddress, int>> out;
        for (const char* cidr :
             {"0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16",
              "172.16.0.0/12", "192.0.0.0/24", "192.168.0.0/16", "198.18.0.0/15", "224.0.0.0/4",
              "240.0.0.0/4", "::/128", "::1/128", "fc00::/7", "fe80::/10", "ff00::/8",
              "64:ff9b::/96", "2001:db8::/32"})
            out.append(QHostAddress::parseSubnet(QString::fromLatin1(cidr)));
        return out;
    }();
    return ranges;
}

QHostAddress fromAsio(const asio::ip::address& address)
{
    return QHostAddress(QString::fromStdString(address.to_string()));
}

} // namespace

WebhookSender::WebhookSender(WebhookPolicy policy)
    : m_policy(std::move(policy))
{}

std::optional<QString> WebhookSender::urlProblem(const QUrl& url) const
{
    if (!url.isValid() || url.host().isEmpty())
        return u"must be an absolute https:// URL"_s;
    if (url.scheme() != "https"_L1 && !(url.scheme() == "http"_L1 && m_policy.allowInsecure))
        return u"must be https:// (http:// only on a server started with "
               "--webhook-allow-insecure)"_s;
    if (!url.userInfo().isEmpty())
        return u"must not carry a user name or password"_s;
    if (url.hasFragment())
        return u"must not have a fragment"_s;
    const QHostAddress literal(url.host());
    if (!literal.isNull() && !addressAllowed(literal))
        return u"names a private, loopback or link-local address, which this server does not "
               "send to"_s;
    return std::nullopt;
}

bool WebhookSender::addressAllowed(const QHostAddress& given) const
{
    QHostAddress address = given;
    bool mapped = false;
    const quint32 v4 = address.toIPv4Address(&mapped);
    if (mapped) // ::ffff:10.0.0.1 is 10.0.0.1
        address = QHostAddress(v4);
    if (m_policy.allowedNetworks.contains(address))
        return true;
    if (m_policy.allowInsecure && address.isLoopback())
        return true;
    for (const auto& [network, length] : forbiddenRanges()) {
        if (address.isInSubnet(network, length))
            return false;
    }
    return address != QHostAddress(QHostAddress::Broadcast);
}

WebhookResponse WebhookSender::post(const QUrl& url, const QByteArray& body,
                                    const QList<QPair<QByteArray, QByteArray>>& headers) const
{
    WebhookResponse result;
    QElapsedTimer clock;
    clock.start();
    auto finish = [&](QString error) {
        result.error = std::move(error);
        result.latencyMs = clock.elapsed();
        return result;
    };
    if (const auto problem = urlProblem(url))
        return finish(u"the URL "_s + *problem);
    const bool tls = url.scheme() == "https"_L1;
    const std::string host = url.host(QUrl::FullyEncoded).toStdString();
    const std::string port = std::to_string(url.port(tls ? 443 : 80));
    const auto timeout = std::chrono::milliseconds(m_policy.timeoutMs);

    asio::io_context ioc;
    // Resolve, then keep only the addresses the policy allows.
    tcp::resolver resolver(ioc);
    beast::error_code ec;
    tcp::resolver::results_type resolved;
    resolver.async_resolve(host, port, [&](beast::error_code e, tcp::resolver::results_type r) {
        ec = e;
        resolved = std::move(r);
    });
    ioc.run_for(timeout);
    if (!ioc.stopped()) {
        resolver.cancel();
        return finish(u"resolving %1 took too long"_s.arg(url.host()));
    }
    if (ec)
        return finish(
                u"cannot resolve %1: %2"_s.arg(url.host(), QString::fromStdString(ec.message())));
    std::vector<tcp::endpoint> allowed;
    QString refused;
    for (const auto& entry : resolved) {
        if (addressAllowed(fromAsio(entry.endpoint().address())))
            allowed.push_back(entry.endpoint());
        else
            refused = QString::fromStdString(entry.endpoint().address().to_string());
    }
    if (allowed.empty())
        return finish(u"%1 resolves to %2, a private, loopback or link-local address this "
                      "server does not send to"_s.arg(url.host(), refused));

    asio::ssl::context context(asio::ssl::context::tls_client);
    context.set_options(asio::ssl::context::default_workarounds | asio::ssl::context::no_sslv2 |
                        asio::ssl::context::no_sslv3 | asio::ssl::context::no_tlsv1 |
                        asio::ssl::context::no_tlsv1_1);
    context.set_default_verify_paths(ec);
    if (!m_policy.caFile.isEmpty()) {
        context.load_verify_file(m_policy.caFile.toStdString(), ec);
        if (ec)
            return finish(u"cannot read --webhook-ca-file: "_s +
                          QString::fromStdString(ec.message()));
    }
    context.set_verify_mode(asio::ssl::verify_peer);
    beast::ssl_stream<beast::tcp_stream> stream(ioc, context);
    beast::tcp_stream& plain = beast::get_lowest_layer(stream);
    // One deadline for connecting, the handshake, sending and the answer.
    plain.expires_after(timeout);
    auto run = [&ioc] {
        ioc.restart();
        ioc.run();
    };

    // Connects to an address checked above: no second lookup.
    plain.async_connect(allowed, [&](beast::error_code e, const tcp::endpoint&) { ec = e; });
    run();
    if (ec)
        return finish(u"cannot connect to %1: %2"_s.arg(url.host(),
                                                        QString::fromStdString(ec.message())));
    if (tls) {
        if (!SSL_set_tlsext_host_name(stream.native_handle(), host.c_str()))
            return finish(u"cannot set the TLS server name"_s);
        stream.set_verify_callback(asio::ssl::host_name_verification(host));
        stream.async_handshake(asio::ssl::stream_base::client,
                               [&](beast::error_code e) { ec = e; });
        run();
        if (ec)
            return finish(u"TLS with %1 failed: %2"_s.arg(url.host(),
                                                          QString::fromStdString(ec.message())));
    }

    QString target = url.path(QUrl::FullyEncoded);
    if (target.isEmpty())
        target = u"/"_s;
    if (url.hasQuery())
        target += u'?' + url.query(QUrl::FullyEncoded);
    http::request<http::string_body> request(http::verb::post, target.toStdString(), 11);
    const QString hostHeader =
            url.port() > 0 ? url.host(QUrl::FullyEncoded) + u':' + QString::number(url.port())
                           : url.host(QUrl::FullyEncoded);
    request.set(http::field::host, hostHeader.toStdString());
    request.set(http::field::user_agent, "clm-server/" CLM_VERSION);
    request.set(http::field::content_type, "application/json");
    request.set(http::field::connection, "close");
    for (const auto& [name, value] : headers)
        request.set(name.toStdString(), value.toStdString());
    request.body() = body.toStdString();
    request.prepare_payload();

    http::response_parser<http::string_body> parser;
    parser.body_limit(kReadLimit);
    beast::flat_buffer buffer;
    auto exchange = [&](auto& s) {
        http::async_write(s, request, [&](beast::error_code e, std::size_t) {
            ec = e;
            if (!e)
                http::async_read(s, buffer, parser,
                                 [&](beast::error_code r, std::size_t) { ec = r; });
        });
        run();
    };
    if (tls)
        exchange(stream);
    else
        exchange(plain);
    // An answer whose body is longer than we read still has its status.
    if (parser.is_header_done())
        result.status = static_cast<int>(parser.get().result_int());
    result.body = QByteArray::fromStdString(parser.get().body()).left(kStoredBody);
    if (ec && ec != http::error::body_limit && !parser.is_done() && result.status == 0)
        return finish(ec == beast::error::timeout
                              ? u"no answer within %1 ms"_s.arg(m_policy.timeoutMs)
                              : u"no answer: "_s + QString::fromStdString(ec.message()));
    if (tls) {
        plain.expires_after(std::chrono::seconds(1));
        stream.async_shutdown([](beast::error_code) {});
        run();
    }
    if (!result.delivered())
        return finish(u"answered %1"_s.arg(result.status));
    return finish(QString());
}

} // namespace clm::server
