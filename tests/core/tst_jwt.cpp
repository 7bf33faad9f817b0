#include "core/Clock.h"
#include "core/Ed25519Key.h"
#include "core/Json.h"
#include "core/JsonWriter.h"
#include "core/Jwks.h"
#include "core/Jwt.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace clm;

class TestJwt : public QObject
{
    Q_OBJECT

private:
    Ed25519Key m_key = Ed25519Key::generate();
    Jwks m_keys;
    ManualClock m_clock{1'800'000'000'000};

    jwt::Rules rules() const
    {
        jwt::Rules r;
        r.type = u"at+jwt"_s;
        r.issuer = u"https://licenses.example.com"_s;
        r.audience = u"clm-api"_s;
        r.leewaySeconds = 30;
        return r;
    }

    QJsonObject claims(qint64 lifetime = 900) const
    {
        const qint64 now = m_clock.nowSecs();
        return QJsonObject{
                {u"sub"_s, u"user-1"_s},    {u"iss"_s, u"https://licenses.example.com"_s},
                {u"aud"_s, u"clm-api"_s},   {u"iat"_s, now},
                {u"exp"_s, now + lifetime},
        };
    }

    jwt::Error validate(const QJsonObject& c, const QString& type = u"at+jwt"_s)
    {
        return jwt::validate(jwt::issue(c, m_key, type), m_keys, rules(), m_clock).error;
    }

private slots:
    void initTestCase() { m_keys.add(m_key); }

    void validTokenPasses()
    {
        const QByteArray token = jwt::issue(claims(), m_key, u"at+jwt"_s);
        const jwt::Result result = jwt::validate(token, m_keys, rules(), m_clock);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.claims.value("sub"_L1).toString(), u"user-1"_s);
        QCOMPARE(result.header.value("typ"_L1).toString(), u"at+jwt"_s);
        QCOMPARE(result.header.value("kid"_L1).toString(), m_key.keyId());
    }

    void claimsWrittenAsTextSignTheSameToken()
    {
        // The claims' text as QJsonObject would write it (members sorted):
        // Ed25519 is deterministic, so the two ways give the same token.
        const qint64 now = m_clock.nowSecs();
        json::JsonWriter text;
        text.add("aud"_L1, u"clm-api"_s)
                .add("exp"_L1, now + 900)
                .add("iat"_L1, now)
                .add("iss"_L1, u"https://licenses.example.com"_s)
                .add("sub"_L1, u"user-1"_s);
        const QByteArray fromText = jwt::issue(text.take(), m_key, u"at+jwt"_s);
        QCOMPARE(fromText, jwt::issue(claims(), m_key, u"at+jwt"_s));
        const jwt::Result result = jwt::validate(fromText, m_keys, rules(), m_clock);
        QVERIFY(result.ok());
        QCOMPARE(result.claims, claims());
        // Without a type, the header has no "typ", as before.
        json::JsonWriter bare;
        bare.add("exp"_L1, now + 900);
        QCOMPARE(jwt::issue(bare.take(), m_key, QString()),
                 jwt::issue(QJsonObject{{u"exp"_s, now + 900}}, m_key, QString()));
    }

    void expiryHonoursTheLeeway()
    {
        const QByteArray token = jwt::issue(claims(900), m_key, u"at+jwt"_s);
        m_clock.advanceSecs(900 + 29);
        QVERIFY(jwt::validate(token, m_keys, rules(), m_clock).ok());
        m_clock.advanceSecs(1);
        QCOMPARE(jwt::validate(token, m_keys, rules(), m_clock).error, jwt::Error::Expired);
        jwt::Rules strict = rules();
        strict.leewaySeconds = 0;
        m_clock.advanceSecs(-30);
        QCOMPARE(jwt::validate(token, m_keys, strict, m_clock).error, jwt::Error::Expired);
        m_clock.advanceSecs(-900);
    }

    void notBeforeAndIssuedAt()
    {
        QJsonObject future = claims();
        future[u"nbf"_s] = m_clock.nowSecs() + 31;
        QCOMPARE(validate(future), jwt::Error::NotYetValid);
        future[u"nbf"_s] = m_clock.nowSecs() + 30;
        QCOMPARE(validate(future), jwt::Error::None);

        QJsonObject issuedLater = claims();
        issuedLater[u"iat"_s] = m_clock.nowSecs() + 120;
        QCOMPARE(validate(issuedLater), jwt::Error::IssuedInFuture);
    }

    void missingOrMistypedTimes()
    {
        QJsonObject noExp = claims();
        noExp.remove(u"exp"_s);
        QCOMPARE(validate(noExp), jwt::Error::MissingClaim);
        jwt::Rules optional = rules();
        optional.requireExpiry = false;
        QVERIFY(jwt::validate(jwt::issue(noExp, m_key, u"at+jwt"_s), m_keys, optional, m_clock)
                        .ok());

        QJsonObject stringExp = claims();
        stringExp[u"exp"_s] = u"9999999999"_s;
        QCOMPARE(validate(stringExp), jwt::Error::Malformed);
        QJsonObject nullNbf = claims();
        nullNbf[u"nbf"_s] = QJsonValue::Null;
        QCOMPARE(validate(nullNbf), jwt::Error::Malformed);
    }

    void issuerAndAudience()
    {
        QJsonObject wrongIssuer = claims();
        wrongIssuer[u"iss"_s] = u"https://evil.example.com"_s;
        QCOMPARE(validate(wrongIssuer), jwt::Error::WrongIssuer);
        QJsonObject noIssuer = claims();
        noIssuer.remove(u"iss"_s);
        QCOMPARE(validate(noIssuer), jwt::Error::WrongIssuer);

        QJsonObject wrongAudience = claims();
        wrongAudience[u"aud"_s] = u"clm-lease"_s;
        QCOMPARE(validate(wrongAudience), jwt::Error::WrongAudience);
        QJsonObject audienceList = claims();
        audienceList[u"aud"_s] = QJsonArray{u"other"_s, u"clm-api"_s};
        QCOMPARE(validate(audienceList), jwt::Error::None);
        audienceList[u"aud"_s] = QJsonArray{u"other"_s};
        QCOMPARE(validate(audienceList), jwt::Error::WrongAudience);
        QJsonObject noAudience = claims();
        noAudience.remove(u"aud"_s);
        QCOMPARE(validate(noAudience), jwt::Error::WrongAudience);
    }

    void typeKeepsTokenKindsApart()
    {
        // A lease or refresh token signed by the same key is no access token.
        QCOMPARE(validate(claims(), u"clm-lease+jwt"_s), jwt::Error::WrongType);
        QCOMPARE(validate(claims(), QString()), jwt::Error::WrongType);
    }

    void signatureProblemsSurface()
    {
        const QByteArray foreign = jwt::issue(claims(), Ed25519Key::generate(), u"at+jwt"_s);
        QCOMPARE(jwt::validate(foreign, m_keys, rules(), m_clock).error, jwt::Error::UnknownKey);
        QByteArray token = jwt::issue(claims(), m_key, u"at+jwt"_s);
        token[token.size() - 5] = token[token.size() - 5] == 'A' ? 'B' : 'A';
        QCOMPARE(jwt::validate(token, m_keys, rules(), m_clock).error, jwt::Error::BadSignature);
        const QByteArray none = "eyJhbGciOiJub25lIn0." + token.split('.')[1] + '.';
        QCOMPARE(jwt::validate(none, m_keys, rules(), m_clock).error,
                 jwt::Error::UnsupportedAlgorithm);
        const QByteArray notJson =
                jws::sign("not json", m_key, {{u"kid"_s, m_key.keyId()}, {u"typ"_s, u"at+jwt"_s}});
        QCOMPARE(jwt::validate(notJson, m_keys, rules(), m_clock).error, jwt::Error::Malformed);
    }
};

QTEST_GUILESS_MAIN(TestJwt)
#include "tst_jwt.moc"
