#!/usr/bin/env bash
# Heartbeat throughput of clm-server, beside this machine's own limit.
#
# Starts a durable PostgreSQL (fsync on), a clm-server with 2 workers, opens
# SESSIONS seat sessions, and drives POST /api/v1/licenses/heartbeat with wrk.
# The limit it is compared with: pgbench doing one durable one-row UPDATE per
# commit on the same cluster, which is what heartbeats would cost without
# group commit. Then the same against SQLite.
#
# Usage: bench/heartbeat.sh [SECONDS] [SESSIONS] [CONNECTIONS]
set -euo pipefail
source "$(dirname "$0")/../scripts/lib/common.sh"
source "$(dirname "$0")/../scripts/lib/postgres.sh"

duration="${1:-10}"
sessions="${2:-1000}"
connections="${3:-64}"

clm_install_dependencies
clm_build default
bin="$CLM_ROOT/build/bin"
work="$(mktemp -d "${TMPDIR:-/tmp}/clm-bench.XXXXXX")"
server=""
cleanup() {
    [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null
    clm_pg_stop
    rm -rf "$work"
}
trap cleanup EXIT

export CLM_PG_DURABLE=1
clm_pg_start
psql() { command psql -qAtX "$@"; }
psql "$CLM_TEST_PG_URL" -c "CREATE DATABASE clm_bench"
pg_db="${CLM_TEST_PG_URL%/*}/clm_bench"

run_backend() {
    local name="$1" db="$2"
    printf 'bench-password-1\n' | "$bin/clm-server" create-org --database "$db" --name Bench \
        --owner-email bench@bench.test --owner-password-stdin >/dev/null
    "$bin/clm-server" serve --database "$db" --key-dir "$work/keys-$name" --listen 127.0.0.1:0 \
        --workers "${CLM_BENCH_WORKERS:-2}" >"$work/out-$name" 2>"$work/log-$name" &
    server=$!
    local url=""
    for _ in $(seq 1 100); do
        url=$(grep -oE 'http://[^ ]+' "$work/out-$name" 2>/dev/null || true)
        [ -n "$url" ] && break
        sleep 0.1
    done
    local token
    token=$(curl -s -X POST "$url/api/v1/auth/login" -H 'Content-Type: application/json' \
        -d '{"email":"bench@bench.test","password":"bench-password-1"}' |
        sed -n 's/.*"access":"\([^"]*\)".*/\1/p')
    local auth=(-H "Authorization: Bearer $token" -H 'Content-Type: application/json')
    curl -s -X POST "$url/api/v1/licenses/" "${auth[@]}" \
        -d "{\"name\":\"bench\",\"product\":\"bench\",\"max_concurrent_seats\":$sessions,\"offline_lease_seconds\":3600}" >/dev/null
    : >"$work/sessions-$name"
    for i in $(seq 1 "$sessions"); do
        curl -s -X POST "$url/api/v1/licenses/acquire" "${auth[@]}" \
            -d "{\"product\":\"bench\",\"hardware_id\":\"bench-$i\"}" |
            grep -o '"session_id":"[^"]*"' | cut -d'"' -f4 >>"$work/sessions-$name"
    done
    echo "== $name: $(wc -l <"$work/sessions-$name") sessions, wrk -t2 -c$connections -d${duration}s"
    CLM_BENCH_SESSIONS="$work/sessions-$name" CLM_BENCH_TOKEN="$token" \
        wrk -t2 -c"$connections" -d"${duration}s" -s "$CLM_ROOT/bench/heartbeat.lua" "$url" |
        grep -E 'Requests/sec|Latency|requests:'
    kill "$server"
    wait "$server" 2>/dev/null || true
    server=""
    grep -o 'wrote [0-9]* heartbeats in [0-9]* batches' "$work/log-$name" || true
}

run_backend postgresql "$pg_db"

# The machine's limit without batching: one durable UPDATE per commit.
psql "$pg_db" -c "CREATE TABLE bench_beats (id int PRIMARY KEY, at bigint); INSERT INTO bench_beats SELECT g, 0 FROM generate_series(1, $sessions) g"
printf '\\set id random(1, %d)\nUPDATE bench_beats SET at = at + 1 WHERE id = :id;\n' "$sessions" >"$work/update.sql"
echo "== limit: pgbench, one durable one-row UPDATE per commit, 32 clients"
/usr/lib/postgresql/15/bin/pgbench -n -M prepared -c 32 -j 2 -T "$duration" -f "$work/update.sql" "$pg_db" 2>/dev/null |
    grep -E '^tps'

run_backend sqlite "sqlite://$work/bench.db"
