// clm-bench-daemon: latency and throughput of clmd's local socket, through
// libclm (the C API tools link), for bench/run.
//
//   clm-bench-daemon checkout SOCKET PRODUCT [SECONDS]
//       One connection keeps PRODUCT checked out (the held seat); a second
//       connection checks it out again and again for SECONDS, then a loop
//       opens a connection, checks out and closes it for SECONDS. Prints
//       one JSON object with the rates and percentiles in microseconds.
//   clm-bench-daemon hold SOCKET PRODUCT...
//       Checks out each PRODUCT on a connection of its own, prints "held N"
//       and keeps them until stdin closes (for the idle daemon's figures).

#include "clm.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

struct Figures
{
    double perSecond = 0;
    double p50us = 0;
    double p99us = 0;
    double maxUs = 0;
};

Figures summarize(std::vector<double>& microseconds, double elapsedSeconds)
{
    Figures figures;
    if (microseconds.empty() || elapsedSeconds <= 0)
        return figures;
    std::sort(microseconds.begin(), microseconds.end());
    auto at = [&](double quantile) {
        const auto index = static_cast<size_t>(quantile * static_cast<double>(microseconds.size()));
        return microseconds[std::min(index, microseconds.size() - 1)];
    };
    figures.perSecond = static_cast<double>(microseconds.size()) / elapsedSeconds;
    figures.p50us = at(0.50);
    figures.p99us = at(0.99);
    figures.maxUs = microseconds.back();
    return figures;
}

double since(Clock::time_point start)
{
    return std::chrono::duration<double, std::micro>(Clock::now() - start).count();
}

int fail(const char* what, int rc, clm_conn* conn)
{
    std::fprintf(stderr, "clm-bench-daemon: %s: %s: %s\n", what, clm_error_code(rc),
                 conn ? clm_last_message(conn) : "");
    clm_close(conn);
    return 1;
}

int checkout(const char* socket, const char* product, double seconds)
{
    clm_conn* holder = nullptr;
    int rc = clm_open(socket, &holder);
    if (rc != CLM_OK)
        return fail("open", rc, holder);
    if ((rc = clm_checkout(holder, product)) != CLM_OK)
        return fail("checkout of the held seat", rc, holder);

    clm_conn* conn = nullptr;
    if ((rc = clm_open(socket, &conn)) != CLM_OK || (rc = clm_checkout(conn, product)) != CLM_OK) {
        clm_close(holder);
        return fail("second connection", rc, conn);
    }
    std::vector<double> latencies;
    latencies.reserve(1 << 20);
    const auto budget = std::chrono::duration<double>(seconds);
    auto start = Clock::now();
    while (Clock::now() - start < budget) {
        const auto before = Clock::now();
        if ((rc = clm_checkout(conn, product)) != CLM_OK) {
            clm_close(holder);
            return fail("checkout", rc, conn);
        }
        latencies.push_back(since(before));
    }
    const Figures repeated =
            summarize(latencies, std::chrono::duration<double>(Clock::now() - start).count());
    clm_close(conn);

    latencies.clear();
    start = Clock::now();
    while (Clock::now() - start < budget) {
        const auto before = Clock::now();
        conn = nullptr;
        rc = clm_open(socket, &conn);
        if (rc == CLM_OK)
            rc = clm_checkout(conn, product);
        if (rc != CLM_OK) {
            clm_close(holder);
            return fail("open+checkout", rc, conn);
        }
        clm_close(conn);
        latencies.push_back(since(before));
    }
    const Figures opened =
            summarize(latencies, std::chrono::duration<double>(Clock::now() - start).count());
    clm_close(holder);

    std::printf("{\"checkout_per_s\":%.0f,\"checkout_p50_us\":%.1f,\"checkout_p99_us\":%.1f,"
                "\"checkout_max_us\":%.1f,\"open_checkout_close_per_s\":%.0f,"
                "\"open_checkout_close_p50_us\":%.1f,\"open_checkout_close_p99_us\":%.1f,"
                "\"open_checkout_close_max_us\":%.1f}\n",
                repeated.perSecond, repeated.p50us, repeated.p99us, repeated.maxUs,
                opened.perSecond, opened.p50us, opened.p99us, opened.maxUs);
    return 0;
}

int hold(const char* socket, int count, char** products)
{
    std::vector<clm_conn*> connections;
    int status = 0;
    for (int i = 0; i < count && status == 0; ++i) {
        clm_conn* conn = nullptr;
        int rc = clm_open(socket, &conn);
        if (rc == CLM_OK)
            rc = clm_checkout(conn, products[i]);
        if (rc != CLM_OK) {
            status = fail(products[i], rc, conn);
            break;
        }
        connections.push_back(conn);
    }
    if (status == 0) {
        std::printf("held %zu\n", connections.size());
        std::fflush(stdout);
        // Until bench/run closes our stdin.
        while (std::getchar() != EOF) {
        }
    }
    for (clm_conn* conn : connections)
        clm_close(conn);
    return status;
}

} // namespace

int main(int argc, char** argv)
{
    const std::string mode = argc > 1 ? argv[1] : "";
    if (mode == "checkout" && (argc == 4 || argc == 5))
        return checkout(argv[2], argv[3], argc == 5 ? std::atof(argv[4]) : 3.0);
    if (mode == "hold" && argc >= 4)
        return hold(argv[2], argc - 3, argv + 3);
    std::fprintf(stderr, "usage: clm-bench-daemon checkout SOCKET PRODUCT [SECONDS]\n"
                         "       clm-bench-daemon hold SOCKET PRODUCT...\n");
    return 2;
}
