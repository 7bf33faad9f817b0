#pragma once

#include <QString>
#include <QStringList>

namespace clm::app {

// The role rules of API.md ("Roles, strongest first: owner, admin, member,
// guest"), so dialogs offer only what the server would accept.
namespace roles {

// All roles, strongest first.
QStringList all();
// Owners and admins may change users, licenses, tokens and sessions.
bool canManage(const QString& role);
// The roles `myRole` may give to a user: only an owner may make an owner;
// members and guests give none.
QStringList assignable(const QString& myRole);
// A translated name for a role code.
QString displayName(const QString& role);

} // namespace roles

} // namespace clm::app
