#include "ServerFixture.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace clm::test {

ServerFixture::ServerFixture(const QStringList& serverArgs)
    : m_database(std::make_unique<TestDatabase>())
{
    if (!m_database->isValid()) {
        m_error = u"no test database: "_s + m_database->error();
        return;
    }
    m_server = std::make_unique<ServerProcess>(m_database->url(), serverArgs);
    if (!m_server->start()) {
        m_error = m_server->error();
        return;
    }
    m_ok = true;
}

HttpClient ServerFixture::client(const QString& token) const
{
    HttpClient c(m_server->baseUrl());
    c.setToken(token);
    return c;
}

ServerFixture::Account ServerFixture::login(const QString& email, const QString& password)
{
    HttpClient c = client();
    const HttpReply reply =
            c.post(u"/api/v1/auth/login"_s, {{u"email"_s, email}, {u"password"_s, password}});
    Account account;
    account.email = email;
    account.password = password;
    if (reply.status != 200)
        return account;
    account.access = reply.json.value("access"_L1).toString();
    account.refresh = reply.json.value("refresh"_L1).toString();
    const QJsonObject user = reply.json.value("user"_L1).toObject();
    account.userId = user.value("id"_L1).toString();
    return account;
}

ServerFixture::Account ServerFixture::createOrganization(const QString& name, const QString& email,
                                                         const QString& password)
{
    QByteArray out;
    QByteArray err;
    const int code =
            ServerProcess::run({u"create-org"_s, u"--database"_s, m_database->url(), u"--name"_s,
                                name, u"--owner-email"_s, email, u"--owner-password-stdin"_s},
                               password.toUtf8() + '\n', &out, &err);
    Account account;
    if (code != 0) {
        m_error = QString::fromUtf8(err);
        return account;
    }
    const QJsonObject ids = QJsonDocument::fromJson(out).object();
    account = login(email, password);
    account.organizationId = ids.value("organization_id"_L1).toString();
    return account;
}

ServerFixture::Account ServerFixture::createUser(const Account& admin, const QString& email,
                                                 const QString& role, const QString& password)
{
    HttpClient c = client(admin.access);
    const HttpReply reply = c.post(u"/api/v1/users/"_s, {{u"email"_s, email},
                                                         {u"password"_s, password},
                                                         {u"role"_s, role},
                                                         {u"full_name"_s, email}});
    Account account;
    if (reply.status != 201) {
        m_error = QString::fromUtf8(reply.describe());
        return account;
    }
    account = login(email, password);
    account.organizationId = admin.organizationId;
    return account;
}

QString ServerFixture::createEnrollmentToken(const Account& admin, const QString& label)
{
    const HttpReply reply =
            client(admin.access).post(u"/api/v1/enrollment-tokens/"_s, {{u"label"_s, label}});
    if (reply.status != 201)
        m_error = QString::fromUtf8(reply.describe());
    return reply.json.value("token"_L1).toString();
}

QString ServerFixture::enrollDevice(const QString& enrollmentToken, const QString& hostname)
{
    const HttpReply reply = client().post(u"/api/v1/devices/enroll"_s,
                                          {{u"enrollment_token"_s, enrollmentToken},
                                           {u"hardware_id"_s, QString(hostname + u"-hw"_s)},
                                           {u"hostname"_s, hostname},
                                           {u"os"_s, u"Debian GNU/Linux 12"_s}});
    if (reply.status != 201) {
        m_error = QString::fromUtf8(reply.describe());
        return QString();
    }
    return reply.json.value("device_token"_L1).toString();
}

} // namespace clm::test
