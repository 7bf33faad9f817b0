#include "server/ApiSupport.h"

#include "core/Crypto.h"
#include "core/Json.h"
#include "core/Text.h"
#include "core/Time.h"
#include "server/ApiError.h"
#include "server/http/HttpRequest.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace clm::server::api {

QString timestamp(qint64 msecs)
{
    return time::rfc3339(msecs);
}

QJsonValue timestampOrNull(std::optional<qint64> msecs)
{
    return msecs ? QJsonValue(timestamp(*msecs)) : QJsonValue(QJsonValue::Null);
}

std::optional<qint64> parseTimestamp(const QString& text)
{
    return time::parseRfc3339(text);
}

bool isUuid(const QString& text)
{
    static const QRegularExpression pattern(
            u"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"_s);
    return pattern.match(text).hasMatch();
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString newScopedSecret(const QString& organizationId, QString* hash)
{
    const QString secret = crypto::randomToken(32);
    *hash = crypto::sha256Hex(secret.toLatin1());
    return organizationId + u'.' + secret;
}

std::optional<ScopedSecret> parseScopedSecret(QStringView token)
{
    if (token.size() < 37 + 32 || token.size() > 200 || token.at(36) != u'.')
        return std::nullopt;
    const QString org = token.left(36).toString();
    const QString secret = token.mid(37).toString();
    if (!isUuid(org))
        return std::nullopt;
    return ScopedSecret{org.toLower(), crypto::sha256Hex(secret.toLatin1())};
}

namespace {

const QString kForbiddenText = u"must not contain U+0000 or a UTF-16 surrogate without its pair"_s;

// The top-level member of a JSON object's text that byte `offset` falls in
// (its key, or the key of the value it is part of); empty outside members.
QString memberAt(QByteArrayView json, qsizetype offset)
{
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    bool expectKey = false;
    bool stringIsKey = false;
    qsizetype stringStart = 0;
    QString member;
    for (qsizetype i = 0; i < json.size() && i <= offset; ++i) {
        const char c = json.at(i);
        if (inString) {
            if (i == offset)
                break;
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"') {
                inString = false;
                if (stringIsKey)
                    member = QString::fromUtf8(json.sliced(stringStart, i - stringStart));
            }
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            stringIsKey = depth == 1 && expectKey;
            stringStart = i + 1;
            break;
        case '{':
        case '[':
            if (++depth == 1)
                expectKey = true;
            break;
        case '}':
        case ']':
            --depth;
            break;
        case ',':
            if (depth == 1) {
                expectKey = true;
                member.clear();
            }
            break;
        case ':':
            if (depth == 1)
                expectKey = false;
            break;
        default:
            break;
        }
    }
    if (inString && stringIsKey) // inside a key: name what came before the bad byte
        member = QString::fromUtf8(json.sliced(stringStart, offset - stringStart));
    return member;
}

bool hasForbiddenText(const QJsonValue& value)
{
    if (value.isString())
        return text::hasForbiddenCharacters(value.toString());
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        return std::any_of(array.begin(), array.end(),
                           [](const QJsonValue& item) { return hasForbiddenText(item); });
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (text::hasForbiddenCharacters(it.key()) || hasForbiddenText(it.value()))
                return true;
        }
    }
    return false;
}

} // namespace

void checkText(const QString& field, QStringView value)
{
    if (text::hasForbiddenCharacters(value))
        throw ApiError::validation(field, kForbiddenText);
}

QJsonObject jsonBody(const HttpRequest& request, const QStringList& allowed)
{
    const QByteArray type = request.header("content-type").trimmed().toLower();
    const qsizetype semicolon = type.indexOf(';');
    const QByteArray mediaType = (semicolon < 0 ? type : type.left(semicolon)).trimmed();
    if (request.body.isEmpty() && !request.hasHeader("content-type"))
        throw ApiError::badRequest(u"a JSON body is required"_s);
    if (mediaType != "application/json")
        throw ApiError(415, u"unsupported_media_type"_s, u"the body must be application/json"_s);
    // Text is refused the same way on both databases, before PostgreSQL
    // could cut it at a NUL or SQLite store what PostgreSQL cannot.
    if (const qsizetype bad = text::invalidUtf8At(request.body); bad >= 0) {
        const QString member = memberAt(request.body, bad);
        if (member.isEmpty())
            throw ApiError::badRequest(u"the body is not valid UTF-8"_s);
        throw ApiError::validation(member, u"is not valid UTF-8"_s);
    }
    QString error;
    const auto body = json::parseObject(request.body, &error);
    if (!body)
        throw ApiError::badRequest(u"malformed JSON body: "_s + error);
    QJsonObject unknown;
    for (auto it = body->constBegin(); it != body->constEnd(); ++it) {
        if (!allowed.contains(it.key()))
            unknown.insert(it.key(), u"unknown or read-only field"_s);
    }
    if (!unknown.isEmpty())
        throw ApiError::validation(unknown);
    for (auto it = body->constBegin(); it != body->constEnd(); ++it) {
        if (hasForbiddenText(it.value()))
            throw ApiError::validation(it.key(), kForbiddenText);
    }
    return *body;
}

void checkQuery(const HttpRequest& request)
{
    for (const QByteArray& item : request.rawQuery.split('&')) {
        if (item.isEmpty())
            continue;
        const qsizetype equals = item.indexOf('=');
        QByteArray name = equals < 0 ? item : item.left(equals);
        QByteArray value = equals < 0 ? QByteArray() : item.mid(equals + 1);
        name.replace('+', ' ');
        value.replace('+', ' ');
        name = QByteArray::fromPercentEncoding(name);
        value = QByteArray::fromPercentEncoding(value);
        const QString field = QString::fromUtf8(name);
        if (text::invalidUtf8At(name) >= 0 || text::invalidUtf8At(value) >= 0)
            throw ApiError::validation(field, u"is not valid UTF-8"_s);
        checkText(field, QString::fromUtf8(value));
        checkText(field, field);
    }
}

std::optional<QString> Validator::string(const QString& field, bool required, int maxLength,
                                         bool allowEmpty)
{
    if (!m_body.contains(field)) {
        if (required)
            fail(field, u"this field is required"_s);
        return std::nullopt;
    }
    const QJsonValue value = m_body.value(field);
    if (!value.isString()) {
        fail(field, u"must be a string"_s);
        return std::nullopt;
    }
    const QString text = value.toString();
    if (!allowEmpty && text.trimmed().isEmpty()) {
        fail(field, u"must not be empty"_s);
        return std::nullopt;
    }
    // Characters as people count them: code points, not UTF-16 units.
    if (text.toUcs4().size() > maxLength) {
        fail(field, u"must be at most %1 characters"_s.arg(maxLength));
        return std::nullopt;
    }
    return text;
}

std::optional<QString> Validator::email(const QString& field, bool required)
{
    const auto text = string(field, required, 254);
    if (!text)
        return std::nullopt;
    static const QRegularExpression pattern(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    const QString trimmed = text->trimmed();
    if (!pattern.match(trimmed).hasMatch()) {
        fail(field, u"must be an email address"_s);
        return std::nullopt;
    }
    return trimmed.toLower();
}

std::optional<QString> Validator::password(const QString& field, bool required,
                                           const QString& email)
{
    if (!m_body.contains(field)) {
        if (required)
            fail(field, u"this field is required"_s);
        return std::nullopt;
    }
    const QJsonValue value = m_body.value(field);
    if (!value.isString()) {
        fail(field, u"must be a string"_s);
        return std::nullopt;
    }
    const QString password = value.toString();
    const auto length = password.toUcs4().size();
    if (length < 10) {
        fail(field, u"must be at least 10 characters"_s);
        return std::nullopt;
    }
    if (length > 1024) {
        fail(field, u"must be at most 1024 characters"_s);
        return std::nullopt;
    }
    if (!email.isEmpty() && password.compare(email, Qt::CaseInsensitive) == 0) {
        fail(field, u"must not be the email address"_s);
        return std::nullopt;
    }
    return password;
}

std::optional<bool> Validator::boolean(const QString& field, bool required)
{
    if (!m_body.contains(field)) {
        if (required)
            fail(field, u"this field is required"_s);
        return std::nullopt;
    }
    if (!m_body.value(field).isBool()) {
        fail(field, u"must be true or false"_s);
        return std::nullopt;
    }
    return m_body.value(field).toBool();
}

std::optional<qint64> Validator::integer(const QString& field, bool required, qint64 min,
                                         qint64 max)
{
    if (!m_body.contains(field)) {
        if (required)
            fail(field, u"this field is required"_s);
        return std::nullopt;
    }
    const QJsonValue value = m_body.value(field);
    if (!json::isInteger(value)) {
        fail(field, u"must be a whole number"_s);
        return std::nullopt;
    }
    const auto number = static_cast<qint64>(value.toDouble());
    if (number < min || number > max) {
        fail(field, u"must be from %1 to %2"_s.arg(min).arg(max));
        return std::nullopt;
    }
    return number;
}

std::optional<QString> Validator::oneOf(const QString& field, bool required,
                                        const QStringList& choices)
{
    const auto text = string(field, required);
    if (!text)
        return std::nullopt;
    if (!choices.contains(*text)) {
        fail(field, u"must be one of: %1"_s.arg(choices.join(u", "_s)));
        return std::nullopt;
    }
    return text;
}

void Validator::check() const
{
    if (!m_errors.isEmpty())
        throw ApiError::validation(m_errors);
}

std::optional<qint64> positiveQuery(const HttpRequest& request, const QString& name, qint64 max)
{
    if (!request.query.hasQueryItem(name))
        return std::nullopt;
    bool ok = false;
    const qint64 value = request.query.queryItemValue(name, QUrl::FullyDecoded).toLongLong(&ok);
    if (!ok || value < 1 || value > max)
        throw ApiError::validation(name, u"must be a whole number from 1 to %1"_s.arg(max));
    return value;
}

ListParams listParams(const HttpRequest& request, const QList<QPair<QString, QString>>& orderings,
                      const QString& defaultOrder)
{
    ListParams params;
    params.page = positiveQuery(request, u"page"_s, 1'000'000'000).value_or(1);
    params.pageSize = positiveQuery(request, u"page_size"_s, 500).value_or(50);
    params.search = request.query.queryItemValue(u"search"_s, QUrl::FullyDecoded).trimmed();
    params.orderBy = defaultOrder;
    if (request.query.hasQueryItem(u"ordering"_s)) {
        const QString ordering = request.query.queryItemValue(u"ordering"_s, QUrl::FullyDecoded);
        const bool descending = ordering.startsWith(u'-');
        const QString field = descending ? ordering.mid(1) : ordering;
        QString column;
        for (const auto& [name, sql] : orderings) {
            if (name == field)
                column = sql;
        }
        if (column.isEmpty()) {
            QStringList names;
            for (const auto& entry : orderings)
                names.append(entry.first);
            throw ApiError::validation(u"ordering"_s,
                                       u"unknown field; one of: %1"_s.arg(names.join(u", "_s)));
        }
        // The id breaks ties so that pages never overlap or skip rows.
        params.orderBy = u"%1 %2, id %2"_s.arg(column, descending ? u"DESC"_s : u"ASC"_s);
    }
    return params;
}

QJsonObject page(const HttpRequest& request, const ListParams& params, qint64 count,
                 const QJsonArray& results)
{
    const qint64 pages = count == 0 ? 1 : (count + params.pageSize - 1) / params.pageSize;
    if (params.page > pages)
        throw ApiError::notFound(u"invalid page"_s);
    auto link = [&](qint64 number) -> QJsonValue {
        QUrlQuery query = request.query;
        query.removeAllQueryItems(u"page"_s);
        query.addQueryItem(u"page"_s, QString::number(number));
        // Built from the configured public URL, never from the request's
        // Host header, which any client can set.
        QUrl url = request.publicUrl;
        QString base = url.path();
        while (base.endsWith(u'/'))
            base.chop(1);
        url.setPath(base + request.path);
        url.setQuery(query);
        return url.toString(QUrl::FullyEncoded);
    };
    return QJsonObject{
            {u"count"_s, count},
            {u"next"_s, params.page < pages ? link(params.page + 1) : QJsonValue(QJsonValue::Null)},
            {u"previous"_s, params.page > 1 ? link(params.page - 1) : QJsonValue(QJsonValue::Null)},
            {u"results"_s, results},
    };
}

std::optional<bool> boolQuery(const HttpRequest& request, const QString& name)
{
    if (!request.query.hasQueryItem(name))
        return std::nullopt;
    const QString value = request.query.queryItemValue(name).toLower();
    if (value == "true"_L1 || value == "1"_L1)
        return true;
    if (value == "false"_L1 || value == "0"_L1)
        return false;
    throw ApiError::validation(name, u"must be true or false"_s);
}

std::optional<qint64> timeQuery(const HttpRequest& request, const QString& name)
{
    if (!request.query.hasQueryItem(name))
        return std::nullopt;
    const auto parsed = parseTimestamp(request.query.queryItemValue(name, QUrl::FullyDecoded));
    if (!parsed)
        throw ApiError::validation(name, u"must be an RFC 3339 timestamp"_s);
    return parsed;
}

std::optional<qint64> expectedVersion(const HttpRequest& request, const QJsonObject& body)
{
    if (request.hasHeader("if-match")) {
        QByteArray value = request.header("if-match").trimmed();
        if (value.startsWith("W/"))
            value = value.mid(2);
        if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
            value = value.mid(1, value.size() - 2);
        bool ok = false;
        const qint64 version = value.toLongLong(&ok);
        if (!ok || version < 1)
            throw ApiError::badRequest(u"If-Match must carry a version number"_s);
        return version;
    }
    if (body.contains("version"_L1)) {
        if (!json::isInteger(body.value("version"_L1)))
            throw ApiError::validation(u"version"_s, u"must be a whole number"_s);
        return static_cast<qint64>(body.value("version"_L1).toDouble());
    }
    return std::nullopt;
}

} // namespace clm::server::api
