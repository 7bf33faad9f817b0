#include "ServerFixture.h"
#include "TestPostgres.h"
#include "core/Ed25519Key.h"
#include "core/Jwks.h"
#include "core/Jws.h"
#include "core/Jwt.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonDocument>
#include <QSet>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace clm;
using namespace clm::test;

namespace {

// POST from a chosen loopback address (the whole 127/8 is ours), so tests
// can be "different clients" for the per-address rate limit.
int postFrom(const QString& address, quint16 port, const QByteArray& path, const QJsonObject& body,
             QByteArray* headers = nullptr,
             const QList<QPair<QByteArray, QByteArray>>& extraHeaders = {})
{
    QByteArray extra;
    for (const auto& [name, value] : extraHeaders)
        extra += name + ": " + value + "\r\n";
    QTcpSocket socket;
    if (!socket.bind(QHostAddress(address)))
        return -1;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return -2;
    const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
    socket.write("POST " + path + " HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n" +
                 extra + "Connection: close\r\nContent-Length: " + QByteArray::number(json.size()) +
                 "\r\n\r\n" + json);
    QByteArray answer;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 10000 && socket.state() == QAbstractSocket::ConnectedState) {
        socket.waitForReadyRead(200);
        answer += socket.readAll();
    }
    answer += socket.readAll();
    if (headers)
        *headers = answer.left(answer.indexOf("\r\n\r\n"));
    return answer.startsWith("HTTP/1.") ? answer.mid(9, 3).toInt() : 0;
}

} // namespace

class TestServerAuth : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerFixture> m_fixture;
    ServerFixture::Account m_owner;

    Ed25519Key accessKey() const
    {
        return *Ed25519Key::loadPemFile(m_fixture->server().keyDir() + u"/access-token.pem"_s);
    }

    QJsonObject goodClaims() const
    {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        return {{u"sub"_s, m_owner.userId}, {u"org"_s, m_owner.organizationId},
                {u"role"_s, u"owner"_s},    {u"iss"_s, u"clm-server"_s},
                {u"aud"_s, u"clm-api"_s},   {u"iat"_s, now},
                {u"exp"_s, now + 600}};
    }

    int meWith(const QByteArray& token)
    {
        return m_fixture->client(QString::fromLatin1(token)).get(u"/api/v1/users/me/"_s).status;
    }

private slots:
    void initTestCase()
    {
        CLM_START_FIXTURE(m_fixture);
        m_owner = m_fixture->createOrganization(u"Auth Org"_s, u"owner@auth.test"_s);
        QVERIFY2(!m_owner.access.isEmpty(), qPrintable(m_fixture->error()));
    }

    void loginAnswersTokensAndUser()
    {
        HttpClient c = m_fixture->client();
        const HttpReply reply =
                c.post(u"/api/v1/auth/login"_s, {{u"email"_s, u"OWNER@auth.test"_s},
                                                 {u"password"_s, u"owner-password-1"_s}});
        QCOMPARE(reply.status, 200);
        QVERIFY(!reply.json.value("access"_L1).toString().isEmpty());
        QVERIFY(!reply.json.value("refresh"_L1).toString().isEmpty());
        const QJsonObject user = reply.json.value("user"_L1).toObject();
        QCOMPARE(user.value("email"_L1).toString(), u"owner@auth.test"_s);
        QCOMPARE(user.value("role"_L1).toString(), u"owner"_s);
        QVERIFY(!user.contains("password_hash"_L1));
        QVERIFY(user.value("last_login_at"_L1).isString());

        // The access token is an EdDSA JWT with the claims of API.md.
        const QByteArray token = reply.json.value("access"_L1).toString().toLatin1();
        Jwks keys;
        keys.add(accessKey());
        const auto verified = jws::verify(token, keys);
        QVERIFY(verified.ok());
        QCOMPARE(verified.header.value("alg"_L1).toString(), u"EdDSA"_s);
        const QJsonObject claims = QJsonDocument::fromJson(verified.payload).object();
        for (const auto name : {"sub", "org", "role", "iat", "exp", "iss", "aud"})
            QVERIFY2(claims.contains(QLatin1String(name)), name);
        QCOMPARE(claims.value("org"_L1).toString(), m_owner.organizationId);
        const qint64 lifetime = static_cast<qint64>(claims.value("exp"_L1).toDouble() -
                                                    claims.value("iat"_L1).toDouble());
        QCOMPARE(lifetime, 900);
    }

    void wrongEmailAndWrongPasswordLookAlike()
    {
        HttpClient c = m_fixture->client();
        const HttpReply badPassword =
                c.post(u"/api/v1/auth/login"_s, {{u"email"_s, u"owner@auth.test"_s},
                                                 {u"password"_s, u"wrong-password-1"_s}});
        const HttpReply badEmail =
                c.post(u"/api/v1/auth/login"_s, {{u"email"_s, u"nobody@auth.test"_s},
                                                 {u"password"_s, u"wrong-password-1"_s}});
        QCOMPARE(badPassword.status, 401);
        QCOMPARE(badEmail.status, 401);
        QCOMPARE(badPassword.error(), u"unauthorized"_s);
        QCOMPARE(badPassword.json.value("message"_L1), badEmail.json.value("message"_L1));
        const HttpReply missing = c.post(u"/api/v1/auth/login"_s, {{u"email"_s, u"x@y.z"_s}});
        QCOMPARE(missing.status, 400);
        QCOMPARE(missing.error(), u"validation_failed"_s);
        QVERIFY(missing.details().contains("password"_L1));
    }

    void accessTokenRejections()
    {
        QCOMPARE(meWith(m_owner.access.toLatin1()), 200);
        QCOMPARE(m_fixture->client().get(u"/api/v1/users/me/"_s).status, 401);
        QCOMPARE(meWith("not-a-token"), 401);

        const Ed25519Key key = accessKey();
        auto issue = [&](const QJsonObject& claims, const QString& type = u"at+jwt"_s) {
            return jwt::issue(claims, key, type);
        };
        QCOMPARE(meWith(issue(goodClaims())), 200); // the forge works when honest

        QByteArray tampered = m_owner.access.toLatin1();
        const qsizetype middle = tampered.indexOf('.') + 5;
        tampered[middle] = tampered[middle] == 'A' ? 'B' : 'A';
        QCOMPARE(meWith(tampered), 401);

        const QByteArray payload = m_owner.access.toLatin1().split('.').at(1);
        QCOMPARE(meWith("eyJhbGciOiJub25lIiwidHlwIjoiYXQrand0In0." + payload + "."), 401);

        QJsonObject expired = goodClaims();
        expired[u"exp"_s] = QDateTime::currentSecsSinceEpoch() - 120;
        QCOMPARE(meWith(issue(expired)), 401);
        QJsonObject audience = goodClaims();
        audience[u"aud"_s] = u"someone-else"_s;
        QCOMPARE(meWith(issue(audience)), 401);
        QJsonObject issuer = goodClaims();
        issuer[u"iss"_s] = u"https://evil.example"_s;
        QCOMPARE(meWith(issue(issuer)), 401);
        QCOMPARE(meWith(issue(goodClaims(), u"clm-lease+jwt"_s)), 401);
        // Signed by the lease key, which is public: never an access token.
        const QString leaseFile =
                QDir(m_fixture->server().keyDir()).entryList({u"lease-*.pem"_s}).first();
        const auto leaseKey =
                Ed25519Key::loadPemFile(m_fixture->server().keyDir() + u'/' + leaseFile);
        QCOMPARE(meWith(jwt::issue(goodClaims(), *leaseKey, u"at+jwt"_s)), 401);
        // An unknown user id in a validly signed token.
        QJsonObject ghost = goodClaims();
        ghost[u"sub"_s] = u"00000000-0000-4000-8000-000000000000"_s;
        QCOMPARE(meWith(issue(ghost)), 401);
        // And 401s carry the challenge.
        QCOMPARE(m_fixture->client().get(u"/api/v1/users/me/"_s).header("WWW-Authenticate"),
                 "Bearer"_ba);
    }

    void refreshRotatesAndReuseRevokesTheFamily()
    {
        const auto session = m_fixture->login(u"owner@auth.test"_s, u"owner-password-1"_s);
        HttpClient c = m_fixture->client();
        const HttpReply first =
                c.post(u"/api/v1/auth/refresh"_s, {{u"refresh"_s, session.refresh}});
        QCOMPARE(first.status, 200);
        const QString second = first.json.value("refresh"_L1).toString();
        QVERIFY(!second.isEmpty());
        QVERIFY(second != session.refresh);
        QCOMPARE(meWith(first.json.value("access"_L1).toString().toLatin1()), 200);

        // The old token again: someone copied it. 401, and the family is gone.
        const HttpReply reuse =
                c.post(u"/api/v1/auth/refresh"_s, {{u"refresh"_s, session.refresh}});
        QCOMPARE(reuse.status, 401);
        const HttpReply afterReuse = c.post(u"/api/v1/auth/refresh"_s, {{u"refresh"_s, second}});
        QCOMPARE(afterReuse.status, 401);

        // Another sign-in of the same user is a different family: unaffected.
        QCOMPARE(c.post(u"/api/v1/auth/refresh"_s, {{u"refresh"_s, m_owner.refresh}}).status, 200);

        const HttpReply audit = m_fixture->client(m_owner.access)
                                        .get(u"/api/v1/audit/?action=auth.refresh_reuse"_s);
        QCOMPARE(audit.status, 200);
        QVERIFY(audit.json.value("count"_L1).toInt() >= 1);
    }

    void malformedRefreshTokens()
    {
        HttpClient c = m_fixture->client();
        for (const QString& token :
             {u"garbage"_s, QString(), u"%1.short"_s.arg(m_owner.organizationId),
              u"00000000-0000-4000-8000-000000000000.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"_s}) {
            const int status = c.post(u"/api/v1/auth/refresh"_s, {{u"refresh"_s, token}}).status;
            QVERIFY2(status == 401 || (token.isEmpty() && status == 400), qPrintable(token));
        }
    }

    void logoutRevokes()
    {
        const auto session = m_fixture->login(u"owner@auth.test"_s, u"owner-password-1"_s);
        HttpClient c = m_fixture->client();
        QCOMPARE(c.post(u"/api/v1/auth/logout"_s, {{u"refresh"_s, session.refresh}}).status, 204);
        QCOMPARE(c.post(u"/api/v1/auth/refresh"_s, {{u"refresh"_s, session.refresh}}).status, 401);
        // Logging out twice, or with garbage, is harmless.
        QCOMPARE(c.post(u"/api/v1/auth/logout"_s, {{u"refresh"_s, session.refresh}}).status, 204);
        QCOMPARE(c.post(u"/api/v1/auth/logout"_s, {{u"refresh"_s, u"nonsense"_s}}).status, 204);
    }

    void registrationIsOffByDefault()
    {
        const HttpReply reply = m_fixture->client().post(u"/api/v1/auth/register"_s,
                                                         {{u"organization_name"_s, u"New"_s},
                                                          {u"email"_s, u"new@new.test"_s},
                                                          {u"password"_s, u"a-long-password"_s}});
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.error(), u"forbidden"_s);
    }

    void registrationWhenAllowed()
    {
        ServerProcess open(m_fixture->database().url(), {u"--allow-registration"_s});
        QVERIFY2(open.start(), qPrintable(open.error()));
        HttpClient c(open.baseUrl());
        const HttpReply weak =
                c.post(u"/api/v1/auth/register"_s, {{u"organization_name"_s, u"Weak"_s},
                                                    {u"email"_s, u"weak@new.test"_s},
                                                    {u"password"_s, u"short"_s}});
        QCOMPARE(weak.status, 400);
        QVERIFY(weak.details().contains("password"_L1));

        const HttpReply reply =
                c.post(u"/api/v1/auth/register"_s, {{u"organization_name"_s, u"Neue Firma GmbH"_s},
                                                    {u"email"_s, u"founder@new.test"_s},
                                                    {u"password"_s, u"a-long-password"_s}});
        QCOMPARE(reply.status, 201);
        const QJsonObject organization = reply.json.value("organization"_L1).toObject();
        QCOMPARE(organization.value("name"_L1).toString(), u"Neue Firma GmbH"_s);
        QVERIFY(!organization.value("slug"_L1).toString().isEmpty());
        QCOMPARE(reply.json.value("user"_L1).toObject().value("role"_L1).toString(), u"owner"_s);
        HttpClient signedIn(open.baseUrl());
        signedIn.setToken(reply.json.value("access"_L1).toString());
        const HttpReply me = signedIn.get(u"/api/v1/tenants/me/"_s);
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json.value("id"_L1), organization.value("id"_L1));
    }

    void deactivatedUsersAreLockedOut()
    {
        auto member = m_fixture->createUser(m_owner, u"leaver@auth.test"_s, u"member"_s);
        QVERIFY(!member.access.isEmpty());
        QCOMPARE(meWith(member.access.toLatin1()), 200);
        QCOMPARE(m_fixture->client(m_owner.access)
                         .del(u"/api/v1/users/%1/"_s.arg(member.userId))
                         .status,
                 204);
        QCOMPARE(meWith(member.access.toLatin1()), 401);
        HttpClient c = m_fixture->client();
        QCOMPARE(c.post(u"/api/v1/auth/refresh"_s, {{u"refresh"_s, member.refresh}}).status, 401);
        QCOMPARE(m_fixture->login(u"leaver@auth.test"_s, u"user-password-1"_s).access, QString());
    }

    void rateLimitPerAccountAndAddress()
    {
        ServerFixture fixture; // a database of its own: the limit is stored there
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        const auto owner = fixture.createOrganization(u"Limits"_s, u"limited@auth.test"_s);
        QVERIFY(!owner.access.isEmpty());
        const quint16 port = fixture.server().port();
        // Five failures for one account from one address.
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(postFrom(u"127.0.1.1"_s, port, "/api/v1/auth/login",
                              {{u"email"_s, u"limited@auth.test"_s},
                               {u"password"_s, u"bad-password-x"_s}}),
                     401);
        }
        // That address is refused for that account, even with the right
        // password, and told when to come back.
        QByteArray headers;
        QCOMPARE(postFrom(u"127.0.1.1"_s, port, "/api/v1/auth/login",
                          {{u"email"_s, u"limited@auth.test"_s},
                           {u"password"_s, u"owner-password-1"_s}},
                          &headers),
                 429);
        const qsizetype at = headers.toLower().indexOf("retry-after:");
        QVERIFY2(at > 0, headers.constData());
        const int retry =
                headers.mid(at + 12, headers.indexOf('\r', at) - at - 12).trimmed().toInt();
        QVERIFY2(retry >= 1 && retry <= 60, headers.constData());
        // One address cannot lock the account for everyone else (revision 2):
        // the owner signs in from another address.
        QCOMPARE(postFrom(u"127.0.1.2"_s, port, "/api/v1/auth/login",
                          {{u"email"_s, u"limited@auth.test"_s},
                           {u"password"_s, u"owner-password-1"_s}}),
                 200);
        // Five failures spread over five addresses lock nobody out.
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(postFrom(u"127.0.1.%1"_s.arg(10 + i), port, "/api/v1/auth/login",
                              {{u"email"_s, u"limited@auth.test"_s},
                               {u"password"_s, u"bad-password-x"_s}}),
                     401);
        }
        QCOMPARE(postFrom(u"127.0.1.20"_s, port, "/api/v1/auth/login",
                          {{u"email"_s, u"limited@auth.test"_s},
                           {u"password"_s, u"owner-password-1"_s}}),
                 200);
    }

    void rateLimitPerAddress()
    {
        ServerFixture fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        const auto owner = fixture.createOrganization(u"Limits"_s, u"victim@auth.test"_s);
        const quint16 port = fixture.server().port();
        // Twenty failures from one address, four emails at a time (each
        // email stays under its own limit of five).
        for (int i = 0; i < 20; ++i) {
            QCOMPARE(postFrom(u"127.0.3.1"_s, port, "/api/v1/auth/login",
                              {{u"email"_s, u"guess%1@auth.test"_s.arg(i / 4)},
                               {u"password"_s, u"bad-password-x"_s}}),
                     401);
        }
        // Even the right password, from that address: 429.
        QCOMPARE(postFrom(u"127.0.3.1"_s, port, "/api/v1/auth/login",
                          {{u"email"_s, u"victim@auth.test"_s},
                           {u"password"_s, u"owner-password-1"_s}}),
                 429);
        // From elsewhere the account signs in fine.
        QCOMPARE(postFrom(u"127.0.3.2"_s, port, "/api/v1/auth/login",
                          {{u"email"_s, u"victim@auth.test"_s},
                           {u"password"_s, u"owner-password-1"_s}}),
                 200);
    }

    void rateLimitHoldsAcrossServerProcesses()
    {
        if (!m_fixture->database().isPostgres())
            QSKIP("several server processes share one database on PostgreSQL");
        ServerFixture fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        fixture.createOrganization(u"Shared"_s, u"shared@auth.test"_s);
        ServerProcess second(fixture.database().url());
        QVERIFY2(second.start(), qPrintable(second.error()));
        const quint16 ports[] = {fixture.server().port(), second.port()};
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(postFrom(u"127.0.4.1"_s, ports[i % 2], "/api/v1/auth/login",
                              {{u"email"_s, u"shared@auth.test"_s},
                               {u"password"_s, u"bad-password-x"_s}}),
                     401);
        }
        for (const quint16 port : ports) {
            QCOMPARE(postFrom(u"127.0.4.1"_s, port, "/api/v1/auth/login",
                              {{u"email"_s, u"shared@auth.test"_s},
                               {u"password"_s, u"owner-password-1"_s}}),
                     429);
        }
    }

    void clientAddressThroughTrustedProxies()
    {
        // Behind a load balancer (127.0.5.1) every request comes from one
        // peer; the client is the right-most X-Forwarded-For entry that is not
        // a trusted proxy. Anyone else's X-Forwarded-For is ignored.
        ServerFixture fixture(
                {u"--trusted-proxy"_s, u"127.0.5.1"_s, u"--trusted-proxy"_s, u"10.9.0.0/16"_s});
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        const auto owner = fixture.createOrganization(u"Proxied"_s, u"proxied@auth.test"_s);
        QVERIFY(!owner.access.isEmpty());
        const quint16 port = fixture.server().port();
        auto login = [&](const QString& peer, const QByteArray& forwardedFor,
                         const QString& password) {
            return postFrom(peer, port, "/api/v1/auth/login",
                            {{u"email"_s, u"proxied@auth.test"_s}, {u"password"_s, password}},
                            nullptr, {{"X-Forwarded-For", forwardedFor}});
        };
        // Client 198.51.100.7 (a client-chosen entry at the left is ignored;
        // 10.9.1.1 is a trusted inner proxy).
        for (int i = 0; i < 5; ++i)
            QCOMPARE(login(u"127.0.5.1"_s, "203.0.113.66, 198.51.100.7, 10.9.1.1",
                           u"bad-password-x"_s),
                     401);
        QCOMPARE(login(u"127.0.5.1"_s, "198.51.100.7", u"owner-password-1"_s), 429);
        // Another client behind the same balancer is not locked out.
        QCOMPARE(login(u"127.0.5.1"_s, "198.51.100.8", u"owner-password-1"_s), 200);
        // An untrusted peer cannot pose as another client: its own address
        // counts, whatever the header says.
        for (int i = 0; i < 5; ++i)
            QCOMPARE(login(u"127.0.5.2"_s, "198.51.100.9", u"bad-password-x"_s), 401);
        QCOMPARE(login(u"127.0.5.2"_s, "198.51.100.10", u"owner-password-1"_s), 429);
        QCOMPARE(login(u"127.0.5.1"_s, "198.51.100.9", u"owner-password-1"_s), 200);

        // The audit log names the client, not the balancer.
        HttpClient admin = fixture.client(owner.access);
        const HttpReply audit =
                admin.get(u"/api/v1/audit/?action=auth.login_failed&page_size=500"_s);
        QCOMPARE(audit.status, 200);
        QSet<QString> addresses;
        for (const auto& entry : audit.results())
            addresses.insert(entry.toObject().value("ip_address"_L1).toString());
        QCOMPARE(addresses, (QSet<QString>{u"198.51.100.7"_s, u"127.0.5.2"_s}));
    }

    void registrationIsLimitedPerAddress()
    {
        ServerFixture fixture({u"--allow-registration"_s});
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        const quint16 port = fixture.server().port();
        auto registerFrom = [&](const QString& address, int n) {
            return postFrom(address, port, "/api/v1/auth/register",
                            {{u"organization_name"_s, u"Org %1"_s.arg(n)},
                             {u"email"_s, u"founder%1@auth.test"_s.arg(n)},
                             {u"password"_s, u"founder-password-1"_s}});
        };
        for (int i = 0; i < 5; ++i)
            QCOMPARE(registerFrom(u"127.0.6.1"_s, i), 201);
        QCOMPARE(registerFrom(u"127.0.6.1"_s, 5), 429);
        QCOMPARE(registerFrom(u"127.0.6.2"_s, 6), 201);
        // Bad input is refused for what it is and counts for nothing.
        QCOMPARE(postFrom(u"127.0.6.3"_s, port, "/api/v1/auth/register",
                          {{u"organization_name"_s, u"X"_s}, {u"email"_s, u"not-an-email"_s}}),
                 400);
    }

    void anEmailInSeveralOrganizationsCostsOneHash()
    {
        // The accounts of one email share a salt, so a sign-in checks them
        // all with one Argon2 computation: a failed sign-in costs the same for
        // an email with three accounts as for an unknown one.
        ServerFixture fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        QList<ServerFixture::Account> owners;
        for (int i = 0; i < 3; ++i) {
            owners.append(fixture.createOrganization(u"Multi %1"_s.arg(i),
                                                     u"owner%1@multi.test"_s.arg(i)));
            QVERIFY(!owners.last().access.isEmpty());
            const HttpReply created =
                    fixture.client(owners.last().access)
                            .post(u"/api/v1/users/"_s,
                                  {{u"email"_s, u"consultant@multi.test"_s},
                                   {u"password"_s, u"password-in-org-%1"_s.arg(i)},
                                   {u"role"_s, u"admin"_s}});
            QCOMPARE(created.status, 201);
        }
        const QStringList hashes = fixture.database().query(
                u"SELECT password_hash FROM users WHERE email = 'consultant@multi.test'"_s);
        QCOMPARE(hashes.size(), 3);
        QSet<QString> salts;
        for (const auto& hash : hashes)
            salts.insert(hash.section(u'$', 4, 4));
        QCOMPARE(salts.size(), 1);
        QVERIFY(!salts.begin()->isEmpty());
        // Each password still signs in to its own organization.
        for (int i = 0; i < 3; ++i) {
            const auto account =
                    fixture.login(u"consultant@multi.test"_s, u"password-in-org-%1"_s.arg(i));
            QVERIFY(!account.access.isEmpty());
            QCOMPARE(fixture.client(account.access)
                             .get(u"/api/v1/tenants/me/"_s)
                             .json.value("id"_L1)
                             .toString(),
                     owners.at(i).organizationId);
        }
        QVERIFY(fixture.login(u"consultant@multi.test"_s, u"wrong-password-1"_s).access.isEmpty());
    }

    void changingOwnNameAndPassword()
    {
        ServerFixture fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        const auto owner = fixture.createOrganization(u"Me"_s, u"owner@me.test"_s);
        const auto member = fixture.createUser(owner, u"member@me.test"_s, u"member"_s);
        QVERIFY(!member.access.isEmpty());
        const auto otherSignIn = fixture.login(u"member@me.test"_s, u"user-password-1"_s);
        QVERIFY(!otherSignIn.refresh.isEmpty());
        HttpClient me = fixture.client(member.access);

        // The current password is required, and a wrong one changes nothing.
        const HttpReply missing = me.patch(u"/api/v1/users/me/"_s, {{u"full_name"_s, u"M"_s}});
        QCOMPARE(missing.status, 400);
        QVERIFY(missing.details().contains("current_password"_L1));
        const HttpReply wrong =
                me.patch(u"/api/v1/users/me/"_s, {{u"full_name"_s, u"Mallory"_s},
                                                  {u"current_password"_s, u"not-my-password"_s}});
        QCOMPARE(wrong.status, 400);
        QCOMPARE(wrong.error(), u"validation_failed"_s);
        QVERIFY(wrong.details().contains("current_password"_L1));
        QCOMPARE(me.get(u"/api/v1/users/me/"_s).json.value("full_name"_L1).toString(),
                 u"member@me.test"_s); // as createUser named them
        // Role and activity are not the member's to change.
        QCOMPARE(me.patch(u"/api/v1/users/me/"_s,
                          {{u"role"_s, u"owner"_s}, {u"current_password"_s, u"user-password-1"_s}})
                         .status,
                 400);

        const HttpReply changed =
                me.patch(u"/api/v1/users/me/"_s, {{u"full_name"_s, u"Mia Member"_s},
                                                  {u"password"_s, u"a-new-password-2"_s},
                                                  {u"current_password"_s, u"user-password-1"_s}});
        QVERIFY2(changed.status == 200, changed.describe().constData());
        QCOMPARE(changed.json.value("full_name"_L1).toString(), u"Mia Member"_s);
        QCOMPARE(changed.json.value("role"_L1).toString(), u"member"_s);
        // The other sign-in is over; this one goes on.
        HttpClient anon = fixture.client();
        QCOMPARE(anon.post(u"/api/v1/auth/refresh"_s, {{u"refresh"_s, otherSignIn.refresh}}).status,
                 401);
        QCOMPARE(anon.post(u"/api/v1/auth/refresh"_s, {{u"refresh"_s, member.refresh}}).status,
                 200);
        QVERIFY(fixture.login(u"member@me.test"_s, u"user-password-1"_s).access.isEmpty());
        QVERIFY(!fixture.login(u"member@me.test"_s, u"a-new-password-2"_s).access.isEmpty());
        const HttpReply audit =
                fixture.client(owner.access).get(u"/api/v1/audit/?action=user.update"_s);
        QCOMPARE(audit.json.value("count"_L1).toInt(), 1);
        QCOMPARE(audit.results().first().toObject().value("actor_id"_L1).toString(), member.userId);

        // Wrong current passwords count like failed sign-ins: with the two
        // failures above, three more reach the limit of five.
        for (int i = 0; i < 3; ++i)
            QCOMPARE(me.patch(u"/api/v1/users/me/"_s,
                              {{u"full_name"_s, u"x"_s},
                               {u"current_password"_s, u"guess-%1"_s.arg(i)}})
                             .status,
                     400);
        QCOMPARE(me.patch(u"/api/v1/users/me/"_s, {{u"full_name"_s, u"x"_s},
                                                   {u"current_password"_s, u"a-new-password-2"_s}})
                         .status,
                 429);
    }
};

QTEST_GUILESS_MAIN(TestServerAuth)
#include "tst_server_auth.moc"
