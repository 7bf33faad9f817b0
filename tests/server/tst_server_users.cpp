#include "ServerFixture.h"
#include "TestPostgres.h"

#include <QSet>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace clm::test;

class TestServerUsers : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerFixture> m_fixture;
    ServerFixture::Account m_owner;
    ServerFixture::Account m_admin;
    ServerFixture::Account m_member;
    ServerFixture::Account m_guest;

    HttpClient as(const ServerFixture::Account& account) const
    {
        return m_fixture->client(account.access);
    }

private slots:
    void initTestCase()
    {
        CLM_START_FIXTURE(m_fixture);
        m_owner = m_fixture->createOrganization(u"Users Org"_s, u"owner@users.test"_s);
        QVERIFY2(!m_owner.access.isEmpty(), qPrintable(m_fixture->error()));
        m_admin = m_fixture->createUser(m_owner, u"admin@users.test"_s, u"admin"_s);
        m_member = m_fixture->createUser(m_owner, u"member@users.test"_s, u"member"_s);
        m_guest = m_fixture->createUser(m_owner, u"guest@users.test"_s, u"guest"_s);
        QVERIFY(!m_admin.access.isEmpty() && !m_member.access.isEmpty() &&
                !m_guest.access.isEmpty());
    }

    void meForEveryRole()
    {
        for (const auto* account : {&m_owner, &m_admin, &m_member, &m_guest}) {
            const HttpReply me = as(*account).get(u"/api/v1/users/me/"_s);
            QCOMPARE(me.status, 200);
            QCOMPARE(me.json.value("email"_L1).toString(), account->email);
            for (const auto field : {"id", "email", "full_name", "role", "is_active", "created_at",
                                     "last_login_at", "version"})
                QVERIFY2(me.json.contains(QLatin1String(field)), field);
            const HttpReply organization = as(*account).get(u"/api/v1/tenants/me/"_s);
            QCOMPARE(organization.status, 200);
            QCOMPARE(organization.json.value("name"_L1).toString(), u"Users Org"_s);
        }
    }

    void membersAndGuestsCannotManage()
    {
        for (const auto* account : {&m_member, &m_guest}) {
            HttpClient c = as(*account);
            QCOMPARE(c.get(u"/api/v1/users/"_s).status, 403);
            QCOMPARE(c.post(u"/api/v1/users/"_s,
                            {{u"email"_s, u"x@users.test"_s}, {u"password"_s, u"long-enough-1"_s}})
                             .status,
                     403);
            QCOMPARE(c.patch(u"/api/v1/users/%1/"_s.arg(m_guest.userId), {{u"full_name"_s, u"x"_s}})
                             .status,
                     403);
            QCOMPARE(c.del(u"/api/v1/users/%1/"_s.arg(m_guest.userId)).status, 403);
            QCOMPARE(c.patch(u"/api/v1/tenants/me/"_s, {{u"name"_s, u"Hijacked"_s}}).status, 403);
            QCOMPARE(c.get(u"/api/v1/audit/"_s).status, 403);
            // Their own record, yes; someone else's, "not found".
            QCOMPARE(c.get(u"/api/v1/users/%1/"_s.arg(account->userId)).status, 200);
            QCOMPARE(c.get(u"/api/v1/users/%1/"_s.arg(m_owner.userId)).status, 404);
        }
    }

    void onlyOwnersMakeOrChangeOwners()
    {
        HttpClient admin = as(m_admin);
        const HttpReply makeOwner =
                admin.post(u"/api/v1/users/"_s, {{u"email"_s, u"boss@users.test"_s},
                                                 {u"password"_s, u"long-enough-1"_s},
                                                 {u"role"_s, u"owner"_s}});
        QCOMPARE(makeOwner.status, 403);
        QCOMPARE(admin.patch(u"/api/v1/users/%1/"_s.arg(m_member.userId), {{u"role"_s, u"owner"_s}})
                         .status,
                 403);
        QCOMPARE(admin.patch(u"/api/v1/users/%1/"_s.arg(m_owner.userId), {{u"full_name"_s, u"x"_s}})
                         .status,
                 403);
        QCOMPARE(admin.del(u"/api/v1/users/%1/"_s.arg(m_owner.userId)).status, 403);

        const HttpReply byOwner =
                as(m_owner).post(u"/api/v1/users/"_s, {{u"email"_s, u"coowner@users.test"_s},
                                                       {u"password"_s, u"long-enough-1"_s},
                                                       {u"role"_s, u"owner"_s}});
        QCOMPARE(byOwner.status, 201);
        QCOMPARE(byOwner.json.value("role"_L1).toString(), u"owner"_s);
        // Two owners now: one may step down; the last one may not.
        const QString coowner = byOwner.json.value("id"_L1).toString();
        QCOMPARE(as(m_owner)
                         .patch(u"/api/v1/users/%1/"_s.arg(coowner), {{u"role"_s, u"admin"_s}})
                         .status,
                 200);
        const HttpReply demoteLast = as(m_owner).patch(u"/api/v1/users/%1/"_s.arg(m_owner.userId),
                                                       {{u"role"_s, u"admin"_s}});
        QCOMPARE(demoteLast.status, 409);
        QCOMPARE(demoteLast.error(), u"conflict"_s);
        QCOMPARE(as(m_owner)
                         .patch(u"/api/v1/users/%1/"_s.arg(m_owner.userId),
                                {{u"is_active"_s, false}})
                         .status,
                 409);
        QCOMPARE(as(m_owner).del(u"/api/v1/users/%1/"_s.arg(m_owner.userId)).status, 409);
        QCOMPARE(as(m_owner).get(u"/api/v1/users/me/"_s).json.value("role"_L1).toString(),
                 u"owner"_s);
    }

    void createValidatesEveryField()
    {
        HttpClient admin = as(m_admin);
        const HttpReply bad =
                admin.post(u"/api/v1/users/"_s, {{u"email"_s, u"not-an-email"_s},
                                                 {u"password"_s, u"short"_s},
                                                 {u"role"_s, u"emperor"_s},
                                                 {u"full_name"_s, QString(256, u'x')}});
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.error(), u"validation_failed"_s);
        for (const auto field : {"email", "password", "role", "full_name"})
            QVERIFY2(bad.details().contains(QLatin1String(field)), bad.describe().constData());

        const HttpReply readOnly = admin.post(
                u"/api/v1/users/"_s, {{u"email"_s, u"ro@users.test"_s},
                                      {u"password"_s, u"long-enough-1"_s},
                                      {u"id"_s, u"00000000-0000-4000-8000-000000000000"_s}});
        QCOMPARE(readOnly.status, 400);
        QVERIFY(readOnly.details().contains("id"_L1));
        QCOMPARE(admin.get(u"/api/v1/users/?search=ro%40users"_s).json.value("count"_L1).toInt(),
                 0);

        const QString longEmail = QString(243, u'a') + u"@users.test"_s; // 254 characters
        QCOMPARE(admin.post(u"/api/v1/users/"_s,
                            {{u"email"_s, longEmail}, {u"password"_s, u"long-enough-1"_s}})
                         .status,
                 201);
        QCOMPARE(admin.post(u"/api/v1/users/"_s, {{u"email"_s, QString(u'b' + longEmail)},
                                                  {u"password"_s, u"long-enough-1"_s}})
                         .status,
                 400);
    }

    void duplicateEmailIsAConflict()
    {
        HttpClient admin = as(m_admin);
        const HttpReply reply =
                admin.post(u"/api/v1/users/"_s, {{u"email"_s, u"Member@Users.test"_s},
                                                 {u"password"_s, u"long-enough-1"_s}});
        QCOMPARE(reply.status, 409);
        QCOMPARE(reply.error(), u"conflict"_s);
    }

    void unicodeIsKeptIntact()
    {
        const QString name = u"Zoë Ångström 東京 🚀"_s;
        const HttpReply created =
                as(m_admin).post(u"/api/v1/users/"_s, {{u"email"_s, u"zoe@users.test"_s},
                                                       {u"full_name"_s, name},
                                                       {u"password"_s, u"long-enough-1"_s}});
        QCOMPARE(created.status, 201);
        QCOMPARE(created.json.value("full_name"_L1).toString(), name);
        const HttpReply found = as(m_admin).get(u"/api/v1/users/?search=%C3%85NGSTR"_s);
        QCOMPARE(found.json.value("count"_L1).toInt(), 1);
        QCOMPARE(found.results().first().toObject().value("full_name"_L1).toString(), name);
    }

    void optimisticConcurrency()
    {
        HttpClient admin = as(m_admin);
        const HttpReply user = admin.get(u"/api/v1/users/%1/"_s.arg(m_member.userId));
        const int version = user.json.value("version"_L1).toInt();
        const QString path = u"/api/v1/users/%1/"_s.arg(m_member.userId);
        const HttpReply first =
                admin.patch(path, {{u"full_name"_s, u"First"_s}},
                            {{"If-Match", '"' + QByteArray::number(version) + '"'}});
        QCOMPARE(first.status, 200);
        QCOMPARE(first.json.value("version"_L1).toInt(), version + 1);
        const HttpReply stale =
                admin.patch(path, {{u"full_name"_s, u"Second"_s}},
                            {{"If-Match", '"' + QByteArray::number(version) + '"'}});
        QCOMPARE(stale.status, 412);
        QCOMPARE(stale.error(), u"conflict"_s);
        QCOMPARE(admin.get(path).json.value("full_name"_L1).toString(), u"First"_s);
        // The version may also travel in the body.
        QCOMPARE(admin.patch(path, {{u"full_name"_s, u"Third"_s}, {u"version"_s, version}}).status,
                 412);
        QCOMPARE(admin.patch(path, {{u"full_name"_s, u"Third"_s}, {u"version"_s, version + 1}})
                         .status,
                 200);
    }

    void organizationRename()
    {
        HttpClient owner = as(m_owner);
        QCOMPARE(as(m_admin).patch(u"/api/v1/tenants/me/"_s, {{u"name"_s, u"Nope"_s}}).status, 403);
        const HttpReply bad = owner.patch(u"/api/v1/tenants/me/"_s, {{u"slug"_s, u"mine"_s}});
        QCOMPARE(bad.status, 400);
        QVERIFY(bad.details().contains("slug"_L1));
        const HttpReply before = owner.get(u"/api/v1/tenants/me/"_s);
        const HttpReply renamed =
                owner.patch(u"/api/v1/tenants/me/"_s, {{u"name"_s, u"Users Org Renamed"_s}});
        QCOMPARE(renamed.status, 200);
        QCOMPARE(renamed.json.value("name"_L1).toString(), u"Users Org Renamed"_s);
        QCOMPARE(renamed.json.value("version"_L1).toInt(),
                 before.json.value("version"_L1).toInt() + 1);
        QCOMPARE(owner.patch(u"/api/v1/tenants/me/"_s, {{u"name"_s, u"Stale"_s}},
                             {{"If-Match",
                               QByteArray::number(before.json.value("version"_L1).toInt())}})
                         .status,
                 412);
    }

    void paginationFiltersAndOrdering()
    {
        // Enough users for several pages.
        HttpClient admin = as(m_admin);
        for (int i = 0; i < 23; ++i) {
            QCOMPARE(admin.post(u"/api/v1/users/"_s,
                                {{u"email"_s, u"page%1@paging.test"_s.arg(i, 2, 10, QChar(u'0'))},
                                 {u"password"_s, u"long-enough-1"_s},
                                 {u"role"_s, i % 2 ? u"member"_s : u"guest"_s}})
                             .status,
                     201);
        }
        const HttpReply first = admin.get(u"/api/v1/users/?search=paging.test&page_size=10"_s);
        QCOMPARE(first.status, 200);
        QCOMPARE(first.json.value("count"_L1).toInt(), 23);
        QCOMPARE(first.results().size(), 10);
        QVERIFY(first.json.value("previous"_L1).isNull());
        const QUrl next(first.json.value("next"_L1).toString());
        QVERIFY2(next.isValid() && next.scheme() == "http"_L1 &&
                         next.port() == m_fixture->server().port(),
                 qPrintable(next.toString()));
        // Follow the links to the end: every row once, newest first.
        QSet<QString> seen;
        HttpReply page = first;
        int pages = 0;
        while (true) {
            ++pages;
            for (const auto& row : page.results())
                seen.insert(row.toObject().value("id"_L1).toString());
            if (page.json.value("next"_L1).isNull())
                break;
            page = admin.get(page.json.value("next"_L1).toString());
            QCOMPARE(page.status, 200);
            QVERIFY(!page.json.value("previous"_L1).isNull());
        }
        QCOMPARE(pages, 3);
        QCOMPARE(seen.size(), 23);
        QCOMPARE(first.results().first().toObject().value("email"_L1).toString(),
                 u"page22@paging.test"_s);

        const HttpReply byEmail =
                admin.get(u"/api/v1/users/?search=paging.test&ordering=email&page_size=500"_s);
        QCOMPARE(byEmail.results().first().toObject().value("email"_L1).toString(),
                 u"page00@paging.test"_s);
        const HttpReply byEmailDesc =
                admin.get(u"/api/v1/users/?search=paging.test&ordering=-email"_s);
        QCOMPARE(byEmailDesc.results().first().toObject().value("email"_L1).toString(),
                 u"page22@paging.test"_s);
        QCOMPARE(admin.get(u"/api/v1/users/?search=paging.test&role=guest"_s)
                         .json.value("count"_L1)
                         .toInt(),
                 12);
        QCOMPARE(admin.get(u"/api/v1/users/?is_active=false"_s).json.value("count"_L1).toInt(), 0);

        for (const QString& query :
             {u"ordering=password_hash"_s, u"page_size=501"_s, u"page_size=0"_s, u"page=0"_s,
              u"page=abc"_s, u"role=king"_s, u"is_active=maybe"_s}) {
            const HttpReply bad = admin.get(u"/api/v1/users/?"_s + query);
            QCOMPARE(bad.status, 400);
            QCOMPARE(bad.error(), u"validation_failed"_s);
            const QString parameter = query.left(query.indexOf(u'='));
            QVERIFY2(bad.details().contains(parameter), bad.describe().constData());
        }
        QCOMPARE(admin.get(u"/api/v1/users/?search=paging.test&page_size=10&page=4"_s).status, 404);
    }

    void searchTreatsWildcardsLiterally()
    {
        HttpClient admin = as(m_admin);
        QCOMPARE(admin.post(u"/api/v1/users/"_s, {{u"email"_s, u"under_score@wild.test"_s},
                                                  {u"full_name"_s, u"100% sure"_s},
                                                  {u"password"_s, u"long-enough-1"_s}})
                         .status,
                 201);
        QCOMPARE(admin.post(u"/api/v1/users/"_s, {{u"email"_s, u"underXscore@wild.test"_s},
                                                  {u"full_name"_s, u"1000 sure"_s},
                                                  {u"password"_s, u"long-enough-1"_s}})
                         .status,
                 201);
        QCOMPARE(admin.get(u"/api/v1/users/?search=under_score"_s).json.value("count"_L1).toInt(),
                 1);
        QCOMPARE(admin.get(u"/api/v1/users/?search=100%25"_s).json.value("count"_L1).toInt(), 1);
        QCOMPARE(admin.get(u"/api/v1/users/?search=%5C"_s).json.value("count"_L1).toInt(), 0);
        QCOMPARE(admin.get(u"/api/v1/users/?search=UNDER"_s).json.value("count"_L1).toInt(), 2);
    }

    void malformedIdsAreNotFound()
    {
        HttpClient admin = as(m_admin);
        for (const QString& id :
             {u"42"_s, u"not-a-uuid"_s, u"00000000-0000-4000-8000-00000000000g"_s,
              u"00000000-0000-4000-8000-000000000000"_s}) {
            QCOMPARE(admin.get(u"/api/v1/users/%1/"_s.arg(id)).status, 404);
            QCOMPARE(admin.patch(u"/api/v1/users/%1/"_s.arg(id), {{u"full_name"_s, u"x"_s}}).status,
                     404);
            QCOMPARE(admin.del(u"/api/v1/users/%1/"_s.arg(id)).status, 404);
        }
    }

    void deactivationIsSoftAndIdempotent()
    {
        auto temp = m_fixture->createUser(m_owner, u"temp@users.test"_s, u"member"_s);
        HttpClient admin = as(m_admin);
        const QString path = u"/api/v1/users/%1/"_s.arg(temp.userId);
        QCOMPARE(admin.del(path).status, 204);
        const HttpReply after = admin.get(path);
        QCOMPARE(after.status, 200);
        QCOMPARE(after.json.value("is_active"_L1).toBool(), false);
        QCOMPARE(admin.del(path).status, 204);
        // Reactivation through PATCH.
        QCOMPARE(admin.patch(path, {{u"is_active"_s, true}}).json.value("is_active"_L1).toBool(),
                 true);
        QVERIFY(!m_fixture->login(u"temp@users.test"_s, u"user-password-1"_s).access.isEmpty());
    }

    void passwordChange()
    {
        auto user = m_fixture->createUser(m_owner, u"pw@users.test"_s, u"member"_s);
        HttpClient admin = as(m_admin);
        const QString path = u"/api/v1/users/%1/"_s.arg(user.userId);
        QCOMPARE(admin.patch(path, {{u"password"_s, u"short"_s}}).status, 400);
        QCOMPARE(admin.patch(path, {{u"password"_s, u"a-brand-new-password"_s}}).status, 200);
        QVERIFY(m_fixture->login(u"pw@users.test"_s, u"user-password-1"_s).access.isEmpty());
        QVERIFY(!m_fixture->login(u"pw@users.test"_s, u"a-brand-new-password"_s).access.isEmpty());
        // Old refresh tokens died with the old password.
        QCOMPARE(m_fixture->client()
                         .post(u"/api/v1/auth/refresh"_s, {{u"refresh"_s, user.refresh}})
                         .status,
                 401);
    }

    void demotionAppliesAtOnce()
    {
        auto user = m_fixture->createUser(m_owner, u"demoted@users.test"_s, u"admin"_s);
        QCOMPARE(as(user).get(u"/api/v1/users/"_s).status, 200);
        QCOMPARE(as(m_owner)
                         .patch(u"/api/v1/users/%1/"_s.arg(user.userId), {{u"role"_s, u"member"_s}})
                         .status,
                 200);
        // Same access token, new role.
        QCOMPARE(as(user).get(u"/api/v1/users/"_s).status, 403);
    }
};

QTEST_GUILESS_MAIN(TestServerUsers)
#include "tst_server_users.moc"
