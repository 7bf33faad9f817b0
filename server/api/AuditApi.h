#pragma once

namespace clm::server {

class Router;

// GET /api/v1/audit/: the organization's audit log, for admins.
class AuditApi
{
public:
    static void registerRoutes(Router& router);
};

} // namespace clm::server
