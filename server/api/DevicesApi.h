#pragma once

namespace clm::server {

class Router;

// Enrollment tokens, device enrollment and devices.
class DevicesApi
{
public:
    static void registerRoutes(Router& router);
};

} // namespace clm::server
