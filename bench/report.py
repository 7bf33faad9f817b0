#!/usr/bin/env python3
"""bench/run's report: RESULTS ("key value" lines) -> one table on stdout and
a flat JSON object in JSON_FILE. Targets are those of issue 14; a figure is
never a failure, only marked "missed"."""

import json
import sys


REQUIRED = [
    "pgbench_tps", "http_trivial_rps", "heartbeat_rps", "heartbeat_p99_ms",
    "acquire_release_pairs_per_s", "acquire_release_p99_ms", "contended_decisions_per_s",
    "oversubscriptions", "sessions_page_ms", "reaper_100k_s", "server_rss_mb",
    "daemon_checkout_per_s", "daemon_checkout_p99_us", "daemon_open_checkout_close_p99_us",
    "daemon_idle_rss_mb", "daemon_idle_wakeups_per_min", "sqlite_heartbeat_rps",
    "sqlite_acquire_release_pairs_per_s", "loadgen_cpu_percent", "ed25519_signs_per_s",
]


def load(path):
    figures = {}
    with open(path) as f:
        for line in f:
            key, _, value = line.strip().partition(" ")
            if not key:
                continue
            try:
                number = float(value)
                figures[key] = int(number) if number.is_integer() and "." not in value else number
            except ValueError:
                figures[key] = None
    return figures


def per_request_us(percent_of_core, per_second):
    """Core time per request, in microseconds, of a process that used
    PERCENT_OF_CORE (of one core) while PER_SECOND requests were answered."""
    if percent_of_core is None or not per_second:
        return None
    return percent_of_core * 1e4 / per_second


def derive_heartbeat_costs(r):
    """Where a PostgreSQL heartbeat's core time goes, from the CPU each
    process used during the heartbeat load, and what that bounds: the
    heartbeats these cores could answer if the server's own work for a
    heartbeat, beyond answering a trivial request (GET /health, as measured
    in the same run) and signing the lease, cost nothing."""
    hb = r.get("heartbeat_rps")
    parts = {
        "heartbeat_core_us_server": r.get("server_cpu_percent_heartbeat_postgresql"),
        "heartbeat_core_us_postgres": r.get("pg_cpu_percent_heartbeat_postgresql"),
        "heartbeat_core_us_loadgen": r.get("loadgen_cpu_percent_heartbeat_postgresql"),
    }
    for key, percent in parts.items():
        r[key] = per_request_us(percent, hb)
    health = [r.get(k) for k in ("server_cpu_percent_health", "loadgen_cpu_percent_health",
                                  "pg_cpu_percent_health")]
    trivial = (per_request_us(sum(health), r.get("http_trivial_rps"))
               if None not in health else None)
    signs = r.get("ed25519_signs_per_s")
    sign = 1e6 / signs if signs else None
    r["trivial_request_core_us"] = trivial
    r["ed25519_sign_core_us"] = sign
    known = [r["heartbeat_core_us_server"], r["heartbeat_core_us_postgres"],
             r["heartbeat_core_us_loadgen"]]
    cores = r.get("cores") or 2
    r["heartbeat_core_us"] = sum(known) if None not in known else None
    floor = [trivial, sign, r["heartbeat_core_us_postgres"]]
    r["heartbeat_bound_rps"] = cores * 1e6 / sum(floor) if None not in floor else None
    # The server's own heartbeat work: what it spends beyond its share of a
    # trivial request and the signature.
    server_trivial = per_request_us(r.get("server_cpu_percent_health"), r.get("http_trivial_rps"))
    r["heartbeat_core_us_server_own"] = (
        r["heartbeat_core_us_server"] - server_trivial - sign
        if None not in (r["heartbeat_core_us_server"], server_trivial, sign) else None)


def main(results, json_file):
    r = load(results)
    # Issue 14's keys are always there, null when not measured.
    for key in REQUIRED:
        r.setdefault(key, None)
    pg = r.get("pgbench_tps")
    hb = r.get("heartbeat_rps")
    pairs = r.get("acquire_release_pairs_per_s")
    idle_heartbeats = 50  # 50 held seats, one heartbeat each per 60 s interval
    derive_heartbeat_costs(r)

    def at_least(limit):
        return lambda v: limit is not None and v >= limit

    def below(limit):
        return lambda v: v < limit

    # key, what, target text, check (None: a limit or a detail, not a target)
    rows = [
        ("Limits of this machine, same run", None, None, None),
        ("ed25519_signs_per_s", "Ed25519 signatures/s, one core (openssl speed)", "limit", None),
        ("pgbench_tps", "pgbench: durable one-row UPDATE per commit, tps", "limit", None),
        ("pgbench_1client_tps", "  the same, one client (commits one at a time)", "limit", None),
        ("http_trivial_rps", "clm-server GET /health, requests/s", "limit", None),
        ("PostgreSQL (durable)", None, None, None),
        ("heartbeat_rps", "heartbeats/s", f">= 1.0 x pgbench ({pg:,.0f})" if pg else ">= 1.0 x pgbench", at_least(pg)),
        ("heartbeat_p99_ms", "heartbeat p99, ms", "< 20", below(20)),
        ("pg_wal_syncs_per_s_heartbeat_postgresql", "  WAL flushes/s meanwhile", "", None),
        ("server_cpu_percent_heartbeat_postgresql", "  server CPU, % of one core", "", None),
        ("pg_cpu_percent_heartbeat_postgresql", "  PostgreSQL CPU, % of one core", "", None),
        ("heartbeat_core_us", "  core us a heartbeat (server+PostgreSQL+wrk)", "", None),
        ("heartbeat_core_us_server", "    the server's", "", None),
        ("heartbeat_core_us_server_own", "      beyond a trivial request and a signature", "",
         None),
        ("heartbeat_core_us_postgres", "    PostgreSQL's", "", None),
        ("heartbeat_core_us_loadgen", "    wrk's", "", None),
        ("trivial_request_core_us", "  core us a GET /health (server+wrk)", "", None),
        ("ed25519_sign_core_us", "  core us an Ed25519 signature", "", None),
        ("heartbeat_bound_rps", "  bound: heartbeats/s, server's own work free",
         f"vs pgbench ({pg:,.0f})" if pg else "", None),
        ("acquire_release_pairs_per_s", "acquire+release pairs/s, 100 licenses", ">= 2500",
         at_least(2500)),
        ("pgbench_pair_sql_per_s", "  one pair a transaction, SQL alone in pgbench, pairs/s", "", None),
        ("acquire_release_p99_ms", "acquire/release p99, ms", "< 25", below(25)),
        ("pg_commits_per_request_pairs_postgresql", "  commits per acquire or release", "", None),
        ("pg_wal_syncs_per_s_pairs_postgresql", "  WAL flushes/s meanwhile", "", None),
        ("server_cpu_percent_pairs_postgresql", "  server CPU, % of one core", "", None),
        ("pg_cpu_percent_pairs_postgresql", "  PostgreSQL CPU, % of one core", "", None),
        ("contended_decisions_per_s", "one 10-seat license, 64 clients: decisions/s",
         ">= 3000", at_least(3000)),
        ("contended_p99_ms", "  contended acquire/release p99, ms", "", None),
        ("oversubscriptions", "oversubscribed instants (SQL, every scenario)", "= 0",
         lambda v: v == 0),
        ("100,000 sessions (PostgreSQL)", None, None, None),
        ("sessions_page_ms", "GET /sessions/ first page (50), median ms", "< 20", below(20)),
        ("sessions_page_active_ms", "  the same with ?active=true, median ms", "", None),
        ("heartbeat_rps_100k", "  heartbeats/s with them in the database", "", None),
        ("server_rss_mb", "server RSS, MB", "< 150", below(150)),
        ("reaper_100k_s", "reaper pass over 100,000 stale sessions, s", "< 2", below(2)),
        ("reaper_heartbeat_p99_ms", "heartbeat p99 during the pass, ms", "< 20", below(20)),
        ("reaper_heartbeat_rps", "  heartbeats/s during the pass", "", None),
        ("server_hwm_mb", "  server peak RSS after the pass, MB", "", None),
        ("clmd", None, None, None),
        ("daemon_checkout_per_s", "checkouts of a held seat/s, one connection", ">= 20000",
         at_least(20000)),
        ("daemon_checkout_p99_us", "checkout p99, us", "< 200", below(200)),
        ("daemon_open_checkout_close_per_s", "  open+checkout+close/s", "", None),
        ("daemon_open_checkout_close_p99_us", "open+checkout+close p99, us", "< 200", below(200)),
        ("daemon_idle_rss_mb", "idle RSS with 50 held seats, MB", "< 20", below(20)),
        ("daemon_idle_wakeups_per_min", "idle wakeups/min (context switches, all threads)",
         f"<= {idle_heartbeats} (its heartbeats)", lambda v: v <= idle_heartbeats),
        ("SQLite", None, None, None),
        ("sqlite_heartbeat_rps", "heartbeats/s", f">= PostgreSQL ({hb:,.0f})" if hb else ">= PostgreSQL", at_least(hb)),
        ("sqlite_heartbeat_p99_ms", "heartbeat p99, ms", "< 20", below(20)),
        ("sqlite_acquire_release_pairs_per_s", "acquire+release pairs/s, 100 licenses",
         ">= 2500", at_least(2500)),
        ("sqlite_acquire_release_p99_ms", "acquire/release p99, ms", "< 25", below(25)),
        ("sqlite_contended_decisions_per_s", "one 10-seat license: decisions/s", ">= 3000",
         at_least(3000)),
        ("Citus (CLM_BENCH_CITUS=1: a coordinator and two workers on the same 2 cores)", None, None, None),
        ("citus_heartbeat_rps", "heartbeats/s", f"beside PostgreSQL ({hb:,.0f})" if hb else "", None),
        ("citus_heartbeat_p99_ms", "heartbeat p99, ms", "", None),
        ("citus_acquire_release_pairs_per_s", "acquire+release pairs/s, 100 licenses",
         f"beside PostgreSQL ({r.get('acquire_release_pairs_per_s') or 0:,.0f})", None),
        ("citus_acquire_release_p99_ms", "acquire/release p99, ms", "", None),
        ("citus_contended_decisions_per_s", "one 10-seat license: decisions/s", "", None),
        ("Load generator", None, None, None),
        ("loadgen_cpu_percent", "wrk CPU, % of one core (max of all loads; 2 cores)",
         "< 100: not the bottleneck", below(100)),
    ]

    def show(value):
        if value is None:
            return "n/a"
        if isinstance(value, float):
            return f"{value:,.1f}" if abs(value) < 1000 else f"{value:,.0f}"
        return f"{value:,}"

    print()
    print(f"{'figure':<52} {'value':>11}  {'target or limit':<28} verdict")
    print("-" * 102)
    for key, what, target, check in rows:
        if what is None:
            print(f"{key}")
            continue
        value = r.get(key)
        verdict = ""
        if check is not None:
            verdict = "n/a" if value is None else ("met" if check(value) else "MISSED")
        print(f"  {what:<50} {show(value):>11}  {target:<28} {verdict}")
    print("-" * 102)
    print(f"run took {show(r.get('bench_seconds'))} s on {r.get('cores')} cores, load average "
          f"{r.get('load_average_start')} before, {r.get('load_average_end')} after; "
          f"figures in {json_file}")

    with open(json_file, "w") as f:
        json.dump(r, f, indent=1, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
