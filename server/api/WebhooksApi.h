#pragma once

namespace clm::server {

class Router;

// Webhook endpoints of the organization and their deliveries
// (docs/webhooks.md); owners and admins only.
class WebhooksApi
{
public:
    static void registerRoutes(Router& router);
};

} // namespace clm::server
