#pragma once

#include <QString>

#include <stdexcept>

namespace clm::server {

// A database failure. `kind` is what the caller can act on; the SQLSTATE (or
// SQLite code) and message are for the log, never for the client.
class SqlError : public std::runtime_error
{
public:
    enum class Kind
    {
        Unavailable,     // connection lost or refused: answer 503, reconnect later
        UniqueViolation, // a unique constraint said no
        Conflict,        // serialization failure or deadlock: retry
        Other,
    };

    SqlError(Kind kind, const QString& state, const QString& message)
        : std::runtime_error(message.toStdString())
        , m_kind(kind)
        , m_state(state)
        , m_message(message)
    {}

    Kind kind() const { return m_kind; }
    QString state() const { return m_state; }
    QString message() const { return m_message; }

private:
    Kind m_kind;
    QString m_state;
    QString m_message;
};

} // namespace clm::server
