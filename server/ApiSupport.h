#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace clm::server {

struct HttpRequest;

// Small shared rules of API.md's "Conventions", used by every handler.
namespace api {

// RFC 3339 UTC with seconds ("2026-11-22T10:00:00Z").
QString timestamp(qint64 msecsSinceEpoch);
QJsonValue timestampOrNull(std::optional<qint64> msecsSinceEpoch);
// Parses RFC 3339 with a zone (Z or an offset); nullopt when malformed.
std::optional<qint64> parseTimestamp(const QString& text);

bool isUuid(const QString& text);
QString newId();

// Secrets handed to clients (refresh, enrollment and device tokens) are
// "<organization id>.<random>": the organization lets the server look the
// secret up inside its tenant, and only SHA-256 of the random part is stored.
struct ScopedSecret
{
    QString organizationId;
    QString hash;
};
QString newScopedSecret(const QString& organizationId, QString* hash);
std::optional<ScopedSecret> parseScopedSecret(QStringView token);

// The request body as one JSON object (415 for a wrong content type, 400 for
// malformed JSON); every member must be in `allowed` (400
// validation_failed naming the others).
QJsonObject jsonBody(const HttpRequest& request, const QStringList& allowed);

// Refuses (validation_failed naming `field`) text that the two databases
// could not both store as sent: U+0000, an unpaired UTF-16 surrogate.
void checkText(const QString& field, QStringView value);
// The same rules, and strict UTF-8, for every query parameter.
void checkQuery(const HttpRequest& request);

// Field checks that collect "field -> reason" for validation_failed.
class Validator
{
public:
    explicit Validator(const QJsonObject& body)
        : m_body(body)
    {}

    bool has(const QString& field) const { return m_body.contains(field); }
    // A required or optional string of at most `maxLength` characters.
    std::optional<QString> string(const QString& field, bool required, int maxLength = 255,
                                  bool allowEmpty = false);
    std::optional<QString> email(const QString& field, bool required);
    std::optional<QString> password(const QString& field, bool required, const QString& email = {});
    std::optional<bool> boolean(const QString& field, bool required);
    std::optional<qint64> integer(const QString& field, bool required, qint64 min, qint64 max);
    std::optional<QString> oneOf(const QString& field, bool required, const QStringList& choices);
    void fail(const QString& field, const QString& reason) { m_errors.insert(field, reason); }
    // Throws validation_failed if any check failed.
    void check() const;

private:
    const QJsonObject& m_body;
    QJsonObject m_errors;
};

// ?page= and ?page_size= (max 500), ?ordering= from a whitelist mapping API
// field names to SQL expressions, ?search=.
struct ListParams
{
    qint64 page = 1;
    qint64 pageSize = 50;
    QString orderBy;
    QString search;

    qint64 offset() const { return (page - 1) * pageSize; }
};
ListParams listParams(const HttpRequest& request, const QList<QPair<QString, QString>>& orderings,
                      const QString& defaultOrder);
// {"count","next","previous","results"} with absolute URLs; a page past
// the end (other than the first) is 404, like the reference design.
QJsonObject page(const HttpRequest& request, const ListParams& params, qint64 count,
                 const QJsonArray& results);

// ?name=true|false; anything else is validation_failed naming it.
std::optional<bool> boolQuery(const HttpRequest& request, const QString& name);
std::optional<qint64> timeQuery(const HttpRequest& request, const QString& name);
// A whole number from 1 to `max` in the query, nullopt when absent; else
// 400 validation_failed naming it.
std::optional<qint64> positiveQuery(const HttpRequest& request, const QString& name, qint64 max);

// "If-Match" ("3", W/"3" or 3) or a "version" member of the body.
std::optional<qint64> expectedVersion(const HttpRequest& request, const QJsonObject& body);

} // namespace api
} // namespace clm::server
