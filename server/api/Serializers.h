#pragma once

#include "server/store/Records.h"

#include <QJsonObject>

namespace clm::server::api {

QJsonObject toJson(const UserRecord& user);
QJsonObject toJson(const OrganizationRecord& organization);
QJsonObject toJson(const LicenseRecord& license, qint64 now);
QJsonObject toJson(const EnrollmentTokenRecord& token);
QJsonObject toJson(const DeviceRecord& device);
QJsonObject toJson(const SessionRecord& session, qint64 now);

} // namespace clm::server::api
