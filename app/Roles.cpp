#include "app/Roles.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace clm::app::roles {

QStringList all()
{
    return {u"owner"_s, u"admin"_s, u"member"_s, u"guest"_s};
}

bool canManage(const QString& role)
{
    return role == "owner"_L1 || role == "admin"_L1;
}

QStringList assignable(const QString& myRole)
{
    if (myRole == "owner"_L1)
        return all();
    if (myRole == "admin"_L1)
        return {u"admin"_s, u"member"_s, u"guest"_s};
    return {};
}

QString displayName(const QString& role)
{
    if (role == "owner"_L1)
        return QCoreApplication::translate("Roles", "Owner");
    if (role == "admin"_L1)
        return QCoreApplication::translate("Roles", "Admin");
    if (role == "member"_L1)
        return QCoreApplication::translate("Roles", "Member");
    if (role == "guest"_L1)
        return QCoreApplication::translate("Roles", "Guest");
    return role;
}

} // namespace clm::app::roles
