#pragma once

namespace clm::server {

class Router;

// Floating seats: acquire, heartbeat, release, borrow (API.md "Seat
// sessions"), and the admin's view of sessions.
//
// Seat counting is atomic: acquire locks the license row(s) (SELECT ... FOR
// UPDATE on PostgreSQL, the database write lock on SQLite) before it counts
// the sessions that hold a seat and inserts a new one, so concurrent
// acquirers on any number of server processes queue on that row and each
// sees the others' sessions. See docs/seats.md.
class SeatsApi
{
public:
    static void registerRoutes(Router& router);
};

} // namespace clm::server
