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

# _clm_pg_cluster DIR OPTIONS: initdb in DIR (owned by the cluster's user)
# and start a server there on a free loopback port with the further server
# OPTIONS ("-c name=value ..."); prints the port. fsync off: a test cluster
# is thrown away, crash safety buys nothing; benchmarks set
# CLM_PG_DURABLE=1 to measure real commits.
_clm_pg_cluster() {
    local dir="$1" extra="$2" attempt port durability
    _clm_pg_as_owner "$CLM_PG_BIN/initdb" -D "$dir/data" -U postgres -A trust \
        -E UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1 || {
        cat "$dir/initdb.log" >&2
        return 1
    }
    durability="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    [ "${CLM_PG_DURABLE:-0}" = 1 ] && durability=""
    for attempt in 1 2 3 4 5 6 7 8 9 10; do
        port=$((20000 + RANDOM % 40000))
        _clm_port_in_use "$port" && continue
        if _clm_pg_as_owner "$CLM_PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" \
            -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=300 \
                $durability $extra" -w -t 60 start >/dev/null 2>&1; then
            printf '%s\n' "$port"
            return 0
        fi
        clm_log "PostgreSQL did not start on port $port (attempt $attempt), trying another"
    done
    cat "$dir/server.log" >&2 2>/dev/null
    return 1
}

# _clm_pg_dir NAME: a new cluster directory the cluster's user may write.
_clm_pg_dir() {
    local dir
    dir="$(mktemp -d "${TMPDIR:-/tmp}/$1.XXXXXX")"
    chmod 0755 "$dir"
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres:postgres "$dir"
    fi
    printf '%s\n' "$dir"
}

clm_pg_start() {
    local port
    CLM_PG_DIR="$(_clm_pg_dir clm-pg)"
    port="$(_clm_pg_cluster "$CLM_PG_DIR" "")" || return 1
    export CLM_TEST_PG_URL="postgresql://postgres@127.0.0.1:$port/postgres"
    clm_log "test PostgreSQL on 127.0.0.1:$port ($CLM_PG_DIR)"
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
