#pragma once

#include "core/Ed25519Key.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace clm {

// A JSON Web Key Set of Ed25519 public keys, looked up by "kid".
class Jwks
{
public:
    Jwks() = default;

    // Adds the public half of a key under its key id; a key with the same id
    // replaces the earlier one.
    void add(const Ed25519Key& key);
    const Ed25519Key* find(QStringView kid) const;

    bool isEmpty() const { return m_keys.isEmpty(); }
    qsizetype size() const { return m_keys.size(); }
    QStringList keyIds() const;

    QJsonObject toJson() const;
    // Keys of a type other than OKP/Ed25519 are skipped (RFC 7517 section 5);
    // a malformed Ed25519 key or a missing "keys" array is an error.
    static std::optional<Jwks> fromJson(const QJsonObject& json, QString* error = nullptr);

private:
    QList<Ed25519Key> m_keys;
};

} // namespace clm
