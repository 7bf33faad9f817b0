#pragma once

namespace clm::server {

class Router;

// /api/v1/licenses/: CRUD and seat usage history.
class LicensesApi
{
public:
    static void registerRoutes(Router& router);
};

} // namespace clm::server
