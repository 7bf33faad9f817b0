#pragma once

namespace clm::server {

class Router;

// GET /health and GET /.well-known/jwks.json (no authentication).
class HealthApi
{
public:
    static void registerRoutes(Router& router);
};

} // namespace clm::server
