#include "server/tools/AdminCommands.h"

#include "core/Json.h"
#include "core/PasswordHasher.h"
#include "server/ApiSupport.h"
#include "server/KeyStore.h"
#include "server/db/Migrator.h"
#include "server/db/SqlConnection.h"
#include "server/db/SqlError.h"
#include "server/store/AuditStore.h"
#include "server/store/OrganizationStore.h"
#include "server/store/Transaction.h"
#include "server/store/UserStore.h"

#include <QDateTime>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace clm::server::tools {

namespace {

int fail(const QString& message)
{
    std::fprintf(stderr, "clm-server: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int migrate(const QString& databaseUrl)
{
    try {
        auto db = SqlConnection::open(databaseUrl);
        const int version = Migrator(*db).migrate();
        std::printf("schema at version %d\n", version);
        return 0;
    } catch (const SqlError& e) {
        return fail(u"migration failed: "_s + e.message());
    }
}

int keygen(const QString& keyDir)
{
    QString path;
    QString error;
    if (!KeyStore::addLeaseKey(keyDir, &path, &error))
        return fail(error);
    const auto key = Ed25519Key::loadPemFile(path, &error);
    if (!key)
        return fail(error);
    std::printf(
            "%s\n",
            json::toCompact(QJsonObject{{u"path"_s, path}, {u"kid"_s, key->keyId()}}).constData());
    return 0;
}

int createOrganization(const QString& databaseUrl, const QString& name, const QString& ownerEmail)
{
    QTextStream in(stdin);
    const QString password = in.readLine();
    const QJsonObject body{{u"name"_s, name}, {u"email"_s, ownerEmail}, {u"password"_s, password}};
    QString email;
    try {
        api::Validator v(body);
        v.string(u"name"_s, true);
        email = v.email(u"email"_s, true).value_or(QString());
        v.password(u"password"_s, true, email);
        v.check();
    } catch (const std::exception&) {
        if (name.trimmed().isEmpty() || name.size() > 255)
            return fail(u"--name must be 1 to 255 characters"_s);
        if (email.isEmpty())
            return fail(u"--owner-email is not an email address"_s);
        return fail(u"the password must be 10 to 1024 characters and not the email"_s);
    }
    try {
        auto db = SqlConnection::open(databaseUrl);
        Migrator(*db).migrate();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        OrganizationRecord organization;
        organization.id = api::newId();
        organization.name = name.trimmed();
        QString slug;
        for (const QChar c : organization.name.toLower())
            slug += c.isLetterOrNumber() && c.unicode() < 128 ? c : u'-';
        organization.slug = slug.left(40) + u'-' + organization.id.left(8);
        organization.createdAt = organization.updatedAt = now;
        UserRecord owner;
        owner.organizationId = organization.id;
        owner.id = api::newId();
        owner.email = email;
        owner.role = u"owner"_s;
        owner.passwordHash = PasswordHasher().hash(password);
        owner.createdAt = owner.updatedAt = now;

        Transaction tx(*db, Transaction::Mode::Write, organization.id);
        OrganizationStore(tx).insert(organization);
        UserStore(tx).insert(owner);
        AuditEntry entry;
        entry.actorType = u"system"_s;
        entry.action = u"user.create"_s;
        entry.targetType = u"user"_s;
        entry.targetId = owner.id;
        entry.details = {
                {u"email"_s, owner.email}, {u"role"_s, owner.role}, {u"via"_s, u"create-org"_s}};
        AuditStore(tx).append(entry, api::newId(), now);
        tx.commit();
        std::printf("%s\n", json::toCompact(QJsonObject{{u"organization_id"_s, organization.id},
                                                        {u"user_id"_s, owner.id}})
                                    .constData());
        return 0;
    } catch (const SqlError& e) {
        return fail(u"cannot create the organization: "_s + e.message());
    }
}

int verifyAudit(const QString& databaseUrl)
{
    try {
        auto db = SqlConnection::open(databaseUrl);
        qint64 organizations = 0;
        qint64 rows = 0;
        const QString broken = AuditStore::verifyAll(*db, &organizations, &rows);
        if (!broken.isEmpty()) {
            std::printf("audit chain broken: %s\n", qPrintable(broken));
            return 1;
        }
        std::printf("audit chain intact: %lld organizations, %lld rows\n",
                    static_cast<long long>(organizations), static_cast<long long>(rows));
        return 0;
    } catch (const SqlError& e) {
        return fail(u"cannot read the audit log: "_s + e.message());
    }
}

} // namespace clm::server::tools
