#pragma once

namespace clm::server {

class Router;

// /api/v1/auth/*: login with a shared rate limit, rotating refresh tokens
// with reuse detection, logout, optional self-registration.
class AuthApi
{
public:
    static void registerRoutes(Router& router);
};

} // namespace clm::server
