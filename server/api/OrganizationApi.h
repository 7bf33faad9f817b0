#pragma once

namespace clm::server {

class Router;

// /api/v1/tenants/me/: the caller's organization.
class OrganizationApi
{
public:
    static void registerRoutes(Router& router);
};

} // namespace clm::server
