# shellcheck shell=bash
# A throwaway PostgreSQL 15 cluster in a temporary directory on a free
# loopback port, for tests. `clm_pg_start` exports CLM_TEST_PG_URL;
# `clm_pg_stop` stops it and removes every file (call it from an EXIT trap).

CLM_PG_BIN="${CLM_PG_BIN:-/usr/lib/postgresql/15/bin}"
CLM_PG_DIR=""

_clm_pg_as_owner() {
    # initdb refuses to run as root (NOTES.md): use the postgres system user.
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

_clm_port_in_use() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

clm_pg_start() {
    CLM_PG_DIR="$(mktemp -d "${TMPDIR:-/tmp}/clm-pg.XXXXXX")"
    chmod 0755 "$CLM_PG_DIR"
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres:postgres "$CLM_PG_DIR"
    fi
    _clm_pg_as_owner "$CLM_PG_BIN/initdb" -D "$CLM_PG_DIR/data" -U postgres -A trust \
        -E UTF8 --locale=C.UTF-8 --no-sync >"$CLM_PG_DIR/initdb.log" 2>&1 || {
        cat "$CLM_PG_DIR/initdb.log" >&2
        return 1
    }
    local attempt port
    for attempt in 1 2 3 4 5 6 7 8 9 10; do
        port=$((20000 + RANDOM % 40000))
        _clm_port_in_use "$port" && continue
        # fsync off: a test cluster is thrown away, crash safety buys nothing.
        # Benchmarks set CLM_PG_DURABLE=1 to measure real commits.
        local durability="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        [ "${CLM_PG_DURABLE:-0}" = 1 ] && durability=""
        if _clm_pg_as_owner "$CLM_PG_BIN/pg_ctl" -D "$CLM_PG_DIR/data" -l "$CLM_PG_DIR/server.log" \
            -o "-p $port -k $CLM_PG_DIR -c listen_addresses=127.0.0.1 -c max_connections=300 $durability" \
            -w -t 60 start >/dev/null 2>&1; then
            export CLM_TEST_PG_URL="postgresql://postgres@127.0.0.1:$port/postgres"
            clm_log "test PostgreSQL on 127.0.0.1:$port ($CLM_PG_DIR)"
            return 0
        fi
        clm_log "PostgreSQL did not start on port $port (attempt $attempt), trying another"
    done
    cat "$CLM_PG_DIR/server.log" >&2 2>/dev/null
    return 1
}

clm_pg_stop() {
    [ -n "$CLM_PG_DIR" ] || return 0
    if [ -f "$CLM_PG_DIR/data/postmaster.pid" ]; then
        _clm_pg_as_owner "$CLM_PG_BIN/pg_ctl" -D "$CLM_PG_DIR/data" -m immediate -w stop \
            >/dev/null 2>&1 || true
    fi
    rm -rf "$CLM_PG_DIR"
    CLM_PG_DIR=""
}
