#pragma once

#include "server/store/Records.h"

#include <QJsonObject>

namespace clm::server::api {

QJsonObject toJson(const UserRecord& user);
QJsonObject toJson(const OrganizationRecord& organization);

} // namespace clm::server::api
