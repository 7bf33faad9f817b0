#pragma once

namespace clm::server {

class Router;

// /api/v1/users/: the organization's users and the role rules of API.md.
class UsersApi
{
public:
    static void registerRoutes(Router& router);
};

} // namespace clm::server
