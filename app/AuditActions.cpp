#include "app/AuditActions.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace clm::app::audit {

namespace {

struct Action
{
    const char* code;
    const char* name;
};

// QT_TRANSLATE_NOOP marks the names for lupdate; actionName translates.
constexpr Action kActions[] = {
        {"auth.login", QT_TRANSLATE_NOOP("Audit", "Signed in")},
        {"auth.login_failed", QT_TRANSLATE_NOOP("Audit", "Sign-in failed")},
        {"auth.logout", QT_TRANSLATE_NOOP("Audit", "Signed out")},
        {"auth.refresh_reuse",
         QT_TRANSLATE_NOOP("Audit", "Reused sign-in token (session revoked)")},
        {"organization.update", QT_TRANSLATE_NOOP("Audit", "Organization changed")},
        {"user.create", QT_TRANSLATE_NOOP("Audit", "User created")},
        {"user.update", QT_TRANSLATE_NOOP("Audit", "User changed")},
        {"user.deactivate", QT_TRANSLATE_NOOP("Audit", "User deactivated")},
        {"license.create", QT_TRANSLATE_NOOP("Audit", "License created")},
        {"license.update", QT_TRANSLATE_NOOP("Audit", "License changed")},
        {"license.deactivate", QT_TRANSLATE_NOOP("Audit", "License deactivated")},
        {"enrollment_token.create", QT_TRANSLATE_NOOP("Audit", "Enrollment token created")},
        {"enrollment_token.revoke", QT_TRANSLATE_NOOP("Audit", "Enrollment token revoked")},
        {"device.enroll", QT_TRANSLATE_NOOP("Audit", "Machine enrolled")},
        {"device.disable", QT_TRANSLATE_NOOP("Audit", "Machine disabled")},
        {"device.enable", QT_TRANSLATE_NOOP("Audit", "Machine enabled again")},
        {"session.acquire", QT_TRANSLATE_NOOP("Audit", "Seat taken")},
        {"session.release", QT_TRANSLATE_NOOP("Audit", "Seat released")},
        {"session.borrow", QT_TRANSLATE_NOOP("Audit", "Seat borrowed")},
        {"session.revoke", QT_TRANSLATE_NOOP("Audit", "Seat force-released")},
        {"session.timeout", QT_TRANSLATE_NOOP("Audit", "Seat timed out")},
        {"webhook.create", QT_TRANSLATE_NOOP("Audit", "Webhook created")},
        {"webhook.update", QT_TRANSLATE_NOOP("Audit", "Webhook changed")},
        {"webhook.delete", QT_TRANSLATE_NOOP("Audit", "Webhook deleted")},
        {"webhook.redeliver", QT_TRANSLATE_NOOP("Audit", "Webhook event sent again")},
        {"webhook.disable", QT_TRANSLATE_NOOP("Audit", "Webhook disabled after failing")},
};

constexpr Action kTypes[] = {
        {"user", QT_TRANSLATE_NOOP("Audit", "User")},
        {"device", QT_TRANSLATE_NOOP("Audit", "Machine")},
        {"system", QT_TRANSLATE_NOOP("Audit", "System")},
        {"license", QT_TRANSLATE_NOOP("Audit", "License")},
        {"session", QT_TRANSLATE_NOOP("Audit", "Seat")},
        {"enrollment_token", QT_TRANSLATE_NOOP("Audit", "Enrollment token")},
        {"organization", QT_TRANSLATE_NOOP("Audit", "Organization")},
        {"webhook", QT_TRANSLATE_NOOP("Audit", "Webhook")},
};

template<std::size_t N>
QString lookup(const Action (&table)[N], const QString& code)
{
    for (const Action& entry : table) {
        if (code == QLatin1String(entry.code))
            return QCoreApplication::translate("Audit", entry.name);
    }
    return code;
}

} // namespace

QStringList actions()
{
    QStringList codes;
    for (const Action& action : kActions)
        codes.append(QString::fromLatin1(action.code));
    return codes;
}

QString actionName(const QString& action)
{
    return lookup(kActions, action);
}

QString typeName(const QString& type)
{
    return lookup(kTypes, type);
}

} // namespace clm::app::audit
