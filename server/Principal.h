#pragma once

#include <QString>

namespace clm::server {

enum class Role
{
    Owner,
    Admin,
    Member,
    Guest
};

// Who is calling: a user (access token) or, later, a device (device token).
struct Principal
{
    enum class Kind
    {
        None,
        User,
        Device
    };

    Kind kind = Kind::None;
    QString organizationId;
    QString userId;
    QString deviceId;
    QString email;
    QString signInId;          // the refresh token family of a user's access token
    qint64 tokenExpiresAt = 0; // a user access token's exp (ms)
    QString hardwareId;        // a device's
    QString hostname;          // a device's
    Role role = Role::Guest;

    bool isUser() const { return kind == Kind::User; }
    bool isAdmin() const
    {
        return kind == Kind::User && (role == Role::Owner || role == Role::Admin);
    }
    bool isOwner() const { return kind == Kind::User && role == Role::Owner; }
    QString actorType() const
    {
        return kind == Kind::Device
                       ? QStringLiteral("device")
                       : (kind == Kind::User ? QStringLiteral("user") : QStringLiteral("system"));
    }
    QString actorId() const { return kind == Kind::Device ? deviceId : userId; }
};

QString roleName(Role role);
bool parseRole(const QString& text, Role* role);

} // namespace clm::server
