#include "server/api/LicensesApi.h"

#include "core/Crypto.h"
#include "server/ApiError.h"
#include "server/ApiSupport.h"
#include "server/RequestContext.h"
#include "server/Router.h"
#include "server/api/Responses.h"
#include "server/api/Serializers.h"
#include "server/seats/SeatLedger.h"
#include "server/store/AuditStore.h"
#include "server/store/LicenseStore.h"
#include "server/store/UsageStore.h"

#include <QJsonArray>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace clm::server {

namespace {

constexpr qint64 kMaxSeats = 1'000'000;
constexpr qint64 kMaxLeaseSeconds = 366LL * 24 * 3600;

// 30 characters of Crockford base32 (150 bits), grouped for reading aloud:
// CLM-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX.
QString newLicenseKey()
{
    static const char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    const QByteArray random = crypto::randomBytes(30);
    QString key = u"CLM"_s;
    for (int i = 0; i < 30; ++i) {
        if (i % 5 == 0)
            key += u'-';
        key += QLatin1Char(alphabet[static_cast<unsigned char>(random.at(i)) % 32]);
    }
    return key;
}

// Reads the writable fields of a license from `body` into `license`.
QJsonObject applyFields(api::Validator& v, const QJsonObject& body, LicenseRecord& license)
{
    QJsonObject changes;
    if (const auto name = v.string(u"name"_s, false)) {
        license.name = name->trimmed();
        changes.insert(u"name"_s, license.name);
    }
    if (const auto product = v.string(u"product"_s, false)) {
        license.product = product->trimmed();
        changes.insert(u"product"_s, license.product);
    }
    if (const auto seats = v.integer(u"max_concurrent_seats"_s, false, 0, kMaxSeats)) {
        license.maxConcurrentSeats = *seats;
        changes.insert(u"max_concurrent_seats"_s, *seats);
    }
    if (body.contains("expires_at"_L1)) {
        const QJsonValue value = body.value("expires_at"_L1);
        if (value.isNull()) {
            license.expiresAt.reset();
            changes.insert(u"expires_at"_s, QJsonValue::Null);
        } else if (const auto at = value.isString() ? api::parseTimestamp(value.toString())
                                                    : std::nullopt) {
            license.expiresAt = *at;
            changes.insert(u"expires_at"_s, api::timestamp(*at));
        } else {
            v.fail(u"expires_at"_s, u"must be an RFC 3339 timestamp or null"_s);
        }
    }
    if (const auto active = v.boolean(u"is_active"_s, false)) {
        license.isActive = *active;
        changes.insert(u"is_active"_s, *active);
    }
    if (const auto offline = v.integer(u"offline_lease_seconds"_s, false, 1, kMaxLeaseSeconds)) {
        license.offlineLeaseSeconds = *offline;
        changes.insert(u"offline_lease_seconds"_s, *offline);
    }
    if (const auto borrow = v.integer(u"max_borrow_seconds"_s, false, 0, kMaxLeaseSeconds)) {
        license.maxBorrowSeconds = *borrow;
        changes.insert(u"max_borrow_seconds"_s, *borrow);
    }
    if (body.contains("features"_L1)) {
        const QJsonValue value = body.value("features"_L1);
        QStringList features;
        bool ok = value.isArray() && value.toArray().size() <= 100;
        for (const auto& item : value.toArray()) {
            ok = ok && item.isString() && !item.toString().isEmpty() &&
                 item.toString().size() <= 255;
            features.append(item.toString());
        }
        if (ok) {
            license.features = features;
            changes.insert(u"features"_s, QJsonArray::fromStringList(features));
        } else {
            v.fail(u"features"_s,
                   u"must be a list of at most 100 strings of 1 to 255 characters"_s);
        }
    }
    return changes;
}

const QStringList kWritable = {u"name"_s,
                               u"product"_s,
                               u"max_concurrent_seats"_s,
                               u"expires_at"_s,
                               u"is_active"_s,
                               u"offline_lease_seconds"_s,
                               u"max_borrow_seconds"_s,
                               u"features"_s};

HttpResponse list(RequestContext& ctx)
{
    const Principal& p = ctx.requireAdmin();
    const auto params = api::listParams(ctx.request,
                                        {{u"name"_s, u"l.name"_s},
                                         {u"product"_s, u"l.product"_s},
                                         {u"created_at"_s, u"l.created_at"_s},
                                         {u"expires_at"_s, u"l.expires_at"_s},
                                         {u"max_concurrent_seats"_s, u"l.max_concurrent_seats"_s}},
                                        u"l.created_at DESC, l.id DESC"_s);
    LicenseStore::Filter filter;
    filter.product = ctx.request.query.queryItemValue(u"product"_s, QUrl::FullyDecoded);
    filter.isActive = api::boolQuery(ctx.request, u"is_active"_s);
    filter.search = params.search;
    filter.orderBy = QString(params.orderBy).replace(u", id "_s, u", l.id "_s);
    Transaction tx(ctx.db, Transaction::Mode::Read, p.organizationId);
    qint64 count = 0;
    const auto licenses =
            LicenseStore(tx, ctx.now()).list(filter, params.pageSize, params.offset(), &count);
    tx.commit();
    QJsonArray results;
    for (const auto& license : licenses)
        results.append(api::toJson(license, ctx.now()));
    return jsonResponse(200, api::page(ctx.request, params, count, results));
}

HttpResponse create(RequestContext& ctx)
{
    const Principal& p = ctx.requireAdmin();
    const QJsonObject body = api::jsonBody(ctx.request, kWritable);
    api::Validator v(body);
    v.string(u"name"_s, true);
    v.string(u"product"_s, true);
    v.integer(u"max_concurrent_seats"_s, true, 0, kMaxSeats);
    LicenseRecord license;
    license.offlineLeaseSeconds = ctx.server.settings.sessionTtlSeconds;
    applyFields(v, body, license);
    v.check();
    license.organizationId = p.organizationId;
    license.id = api::newId();
    license.licenseKey = newLicenseKey();
    license.createdAt = license.updatedAt = ctx.now();

    Transaction tx(ctx.db, Transaction::Mode::Write, p.organizationId);
    LicenseStore(tx, ctx.now()).insert(license);
    ctx.audit(tx, u"license.create"_s, u"license"_s, license.id,
              {{u"name"_s, license.name},
               {u"product"_s, license.product},
               {u"max_concurrent_seats"_s, license.maxConcurrentSeats}});
    ctx.publish(
            tx,
            {{u"type"_s, u"license.updated"_s}, {u"license"_s, api::toJson(license, ctx.now())}},
            u"license.created"_s);
    tx.commit();
    return jsonResponse(201, api::toJson(license, ctx.now()));
}

HttpResponse show(RequestContext& ctx)
{
    const Principal& p = ctx.requireAdmin();
    const QString id = ctx.idParam();
    Transaction tx(ctx.db, Transaction::Mode::Read, p.organizationId);
    const auto license = LicenseStore(tx, ctx.now()).find(id);
    tx.commit();
    if (!license)
        throw ApiError::notFound();
    return jsonResponse(200, api::toJson(*license, ctx.now()));
}

// Ends the license's sessions (deactivation) and records it.
void endSessions(RequestContext& ctx, Transaction& tx, const QString& licenseId)
{
    const auto ended = SeatLedger(ctx.server).endForLicense(tx, licenseId);
    if (ended.isEmpty())
        return;
    QJsonArray ids;
    for (const auto& [sessionId, license] : ended)
        ids.append(sessionId);
    ctx.audit(tx, u"session.revoke"_s, u"license"_s, licenseId,
              {{u"reason"_s, u"license_deactivated"_s}, {u"session_ids"_s, ids}});
}

HttpResponse update(RequestContext& ctx)
{
    const Principal& p = ctx.requireAdmin();
    const QString id = ctx.idParam();
    QStringList allowed = kWritable;
    allowed.append(u"version"_s);
    const QJsonObject body = api::jsonBody(ctx.request, allowed);
    Transaction tx(ctx.db, Transaction::Mode::Write, p.organizationId);
    LicenseStore licenses(tx, ctx.now());
    const auto before = licenses.find(id, true);
    if (!before)
        throw ApiError::notFound();
    api::Validator v(body);
    LicenseRecord after = *before;
    const QJsonObject changes = applyFields(v, body, after);
    v.check();
    const auto expected = api::expectedVersion(ctx.request, body);
    if (expected && *expected != before->version)
        throw ApiError::conflict(
                u"the license was changed by someone else (version %1)"_s.arg(before->version),
                412);
    if (!licenses.update(after, expected))
        throw ApiError::conflict(u"the license was changed by someone else"_s, 412);
    const bool deactivated = before->isActive && !after.isActive;
    // What each changed field was, so the audit log reads "seats: 5 -> 8".
    QJsonObject details = changes;
    if (!changes.isEmpty()) {
        const QJsonObject old = api::toJson(*before, ctx.now());
        QJsonObject was;
        for (auto it = changes.begin(); it != changes.end(); ++it)
            was.insert(it.key(), old.value(it.key()));
        details.insert(u"before"_s, was);
    }
    ctx.audit(tx, deactivated ? u"license.deactivate"_s : u"license.update"_s, u"license"_s, id,
              details);
    if (deactivated)
        endSessions(ctx, tx, id);
    const auto result = licenses.find(id);
    ctx.publish(tx, {{u"type"_s, u"license.updated"_s},
                     {u"license"_s, api::toJson(*result, ctx.now())}});
    tx.commit();
    return jsonResponse(200, api::toJson(*result, ctx.now()));
}

HttpResponse remove(RequestContext& ctx)
{
    const Principal& p = ctx.requireAdmin();
    const QString id = ctx.idParam();
    Transaction tx(ctx.db, Transaction::Mode::Write, p.organizationId);
    LicenseStore licenses(tx, ctx.now());
    const auto before = licenses.find(id, true);
    if (!before)
        throw ApiError::notFound();
    if (before->isActive) {
        LicenseRecord after = *before;
        after.isActive = false;
        licenses.update(after, std::nullopt);
        ctx.audit(tx, u"license.deactivate"_s, u"license"_s, id, {{u"name"_s, before->name}});
        const auto result = licenses.find(id);
        ctx.publish(tx, {{u"type"_s, u"license.updated"_s},
                         {u"license"_s, api::toJson(*result, ctx.now())}});
    }
    // Sessions still holding seats end in any case (also a retry).
    endSessions(ctx, tx, id);
    tx.commit();
    return noContent();
}

HttpResponse usage(RequestContext& ctx)
{
    const Principal& p = ctx.requireAdmin();
    const QString id = ctx.idParam();
    qint64 bucket = 3600;
    if (ctx.request.query.hasQueryItem(u"bucket"_s)) {
        bool ok = false;
        bucket = ctx.request.query.queryItemValue(u"bucket"_s).toLongLong(&ok);
        if (!ok || bucket < 60 || bucket > 86400)
            throw ApiError::validation(u"bucket"_s, u"must be seconds from 60 to 86400"_s);
    }
    const qint64 to = api::timeQuery(ctx.request, u"to"_s).value_or(ctx.now());
    const qint64 from = api::timeQuery(ctx.request, u"from"_s).value_or(to - 24 * 3600 * 1000LL);
    if (from > to)
        throw ApiError::validation(u"from"_s, u"must not be after \"to\""_s);
    if ((to - from) / (bucket * 1000) > 10000)
        throw ApiError::validation(u"bucket"_s, u"the range holds more than 10000 buckets"_s);
    Transaction tx(ctx.db, Transaction::Mode::Read, p.organizationId);
    if (!LicenseStore(tx, ctx.now()).find(id))
        throw ApiError::notFound();
    const auto points = UsageStore(tx).series(id, from, to, bucket * 1000);
    tx.commit();
    QJsonArray out;
    for (const auto& point : points)
        out.append(QJsonObject{{u"t"_s, api::timestamp(point.start)},
                               {u"max_sessions"_s, point.maxSessions},
                               {u"denials"_s, point.denials}});
    return jsonResponse(200, {{u"points"_s, out}});
}

// Who was refused a seat most (for seat advice), by the hour.
HttpResponse denials(RequestContext& ctx)
{
    const Principal& p = ctx.requireAdmin();
    const QString id = ctx.idParam();
    const int limit = api::positiveQuery(ctx.request, u"limit"_s, 100).value_or(10);
    const qint64 to = api::timeQuery(ctx.request, u"to"_s).value_or(ctx.now());
    const qint64 from =
            api::timeQuery(ctx.request, u"from"_s).value_or(to - 30 * 24 * 3600 * 1000LL);
    if (from > to)
        throw ApiError::validation(u"from"_s, u"must not be after \"to\""_s);
    Transaction tx(ctx.db, Transaction::Mode::Read, p.organizationId);
    if (!LicenseStore(tx, ctx.now()).find(id))
        throw ApiError::notFound();
    const auto denied = UsageStore(tx).denied(id, from, to, limit);
    const auto hours = UsageStore(tx).deniedHours(id, from, to);
    tx.commit();
    qint64 total = 0;
    QJsonArray byHour;
    for (const auto& h : hours) {
        total += h.denials;
        byHour.append(QJsonObject{{u"t"_s, api::timestamp(h.start)},
                                  {u"callers"_s, h.callers},
                                  {u"denials"_s, h.denials}});
    }
    QJsonArray out;
    for (const auto& d : denied)
        out.append(QJsonObject{{u"hardware_id"_s, d.hardwareId},
                               {u"hostname"_s, d.hostname},
                               {u"os_user"_s, d.osUser},
                               {u"denials"_s, d.denials},
                               {u"last_at"_s, api::timestamp(d.lastAt)}});
    return jsonResponse(200, {{u"total"_s, total}, {u"denied"_s, out}, {u"hours"_s, byHour}});
}

} // namespace

void LicensesApi::registerRoutes(Router& router)
{
    router.add("GET", u"/api/v1/licenses"_s, list);
    router.add("POST", u"/api/v1/licenses"_s, create);
    router.add("GET", u"/api/v1/licenses/{id}"_s, show);
    router.add("PATCH", u"/api/v1/licenses/{id}"_s, update);
    router.add("DELETE", u"/api/v1/licenses/{id}"_s, remove);
    router.add("GET", u"/api/v1/licenses/{id}/usage"_s, usage);
    router.add("GET", u"/api/v1/licenses/{id}/denials"_s, denials);
}

} // namespace clm::server
