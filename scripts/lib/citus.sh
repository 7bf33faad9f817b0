# shellcheck shell=bash
# A throwaway Citus cluster for tests: a coordinator and two workers, each a
# PostgreSQL 15 cluster on a free loopback port with Citus preloaded.
#
# `clm_citus_build` builds Citus once from the vendored sources
# (../shared/vendor, see its README) into build/citus/ and installs it into
# PostgreSQL's library folder; `clm_citus_start` starts the nodes and exports
# CLM_TEST_CITUS_URL (the coordinator) and CLM_TEST_CITUS_WORKERS ("host:port"
# of each worker, space separated); `clm_citus_stop` stops them and removes
# every file. Test databases are created on every node by the tests
# (tests/support/TestDatabase.cpp), as an operator would (docs/scale-out.md).

CLM_CITUS_VERSION=13.2.2
CLM_CITUS_SHA256=dd2453caec20a830e5e63f1def5c5a98cb6f57ae510407cdcd800916fcdab430
CLM_CITUS_DIRS=()

clm_citus_tarball() {
    printf '%s\n' "${CLM_VENDOR_DIR:-$CLM_ROOT/../shared/vendor}/citus-$CLM_CITUS_VERSION.tar.gz"
}

# Builds and installs Citus unless the installed one is this build already.
# The build is cached under build/citus/ per PostgreSQL version; installing
# is a copy (system-wide, PostgreSQL's library folder).
clm_citus_build() {
    local tarball pg_version cache src log
    tarball="$(clm_citus_tarball)"
    if [ ! -f "$tarball" ]; then
        clm_log "Citus sources not found at $tarball"
        return 1
    fi
    pg_version="$("$CLM_PG_BIN/postgres" --version | awk '{print $3}')"
    cache="$CLM_ROOT/build/citus/$CLM_CITUS_VERSION-pg$pg_version"
    src="$cache/src"
    log="$cache/build.log"
    if [ ! -f "$cache/built" ]; then
        if ! echo "$CLM_CITUS_SHA256  $tarball" | sha256sum -c --quiet - >/dev/null 2>&1; then
            clm_log "Citus sources at $tarball do not have the expected sha256"
            return 1
        fi
        clm_log "building Citus $CLM_CITUS_VERSION for PostgreSQL $pg_version (once, about 3 minutes)"
        rm -rf "$cache"
        mkdir -p "$src"
        tar -xzf "$tarball" -C "$src" --strip-components=1 || return 1
        # PostgreSQL 15.20 exports have_createdb_privilege() from
        # commands/dbcommands.h; Citus 13.2.2 still defines its own static
        # copy for older minors, which no longer compiles (vendor README).
        if grep -q 'have_createdb_privilege' "$(pg_config --includedir-server)/commands/dbcommands.h"; then
            python3 - "$src/src/include/pg_version_compat.h" <<'EOF' || return 1
import re, sys
path = sys.argv[1]
text = open(path).read()
fixed, count = re.subn(r'static inline bool\s*\n?\s*have_createdb_privilege\(void\)\s*\{.*?\n\}\n',
                       '', text, flags=re.S)
if count:
    open(path, 'w').write(fixed)
EOF
        fi
        if ! (cd "$src" && ./configure --without-libcurl >"$log" 2>&1 &&
            make -j"$(nproc)" with_llvm=no >>"$log" 2>&1); then
            tail -30 "$log" >&2
            clm_log "the Citus build failed (log: $log)"
            return 1
        fi
        touch "$cache/built"
    fi
    local pkglib
    pkglib="$(pg_config --pkglibdir)"
    if ! cmp -s "$src/src/backend/distributed/citus.so" "$pkglib/citus.so"; then
        local sudo=()
        [ "$(id -u)" -ne 0 ] && sudo=(sudo)
        (cd "$src" && "${sudo[@]}" make install with_llvm=no >>"$log" 2>&1) || {
            tail -20 "$log" >&2
            clm_log "installing Citus failed (log: $log)"
            return 1
        }
    fi
    return 0
}

# _clm_citus_node NAME: a new node (its directory remembered for
# clm_citus_stop); sets _clm_citus_port. Four shards per table instead of
# 32: a test database is created for every test, and each shard is a table
# on a worker. pg_stat_statements for citus_stat_statements (which
# statements were routed to one node), logical WAL for online shard moves.
_clm_citus_node() {
    local dir
    dir="$(_clm_pg_dir "clm-citus-$1")"
    CLM_CITUS_DIRS+=("$dir")
    _clm_citus_port="$(_clm_pg_cluster "$dir" "-c max_connections=400 \
        -c shared_preload_libraries=citus,pg_stat_statements -c citus.shard_count=4 \
        -c citus.stat_statements_track=all -c wal_level=logical")"
}

clm_citus_start() {
    local coordinator worker workers=()
    _clm_citus_node coordinator || return 1
    coordinator="$_clm_citus_port"
    for worker in 1 2; do
        _clm_citus_node "worker$worker" || return 1
        workers+=("127.0.0.1:$_clm_citus_port")
    done
    # The request role on every node up front, able to log in (as
    # distribute would make it): test databases are set up in parallel, and
    # two first-time changes of one role at once fail with "tuple
    # concurrently updated".
    local node
    for node in "127.0.0.1:$coordinator" "${workers[@]}"; do
        psql -qAtX -v ON_ERROR_STOP=1 "postgresql://postgres@$node/postgres" \
            -c "CREATE ROLE clm_app LOGIN NOBYPASSRLS" >/dev/null || return 1
    done
    export CLM_TEST_CITUS_URL="postgresql://postgres@127.0.0.1:$coordinator/postgres"
    export CLM_TEST_CITUS_WORKERS="${workers[*]}"
    clm_log "test Citus cluster: coordinator 127.0.0.1:$coordinator, workers ${workers[*]}"
}

# clm_citus_create_database NAME: the database on every node, with the
# extension, and the workers added on the coordinator, as an operator does
# (docs/scale-out.md); prints the coordinator's URL of it.
clm_citus_create_database() {
    local name="$1" base="${CLM_TEST_CITUS_URL%/*}" worker coordinator_port
    coordinator_port="${base##*:}"
    for worker in $CLM_TEST_CITUS_WORKERS; do
        psql -qAtX -v ON_ERROR_STOP=1 "postgresql://postgres@$worker/postgres" \
            -c "CREATE DATABASE $name" >/dev/null || return 1
        psql -qAtX -v ON_ERROR_STOP=1 "postgresql://postgres@$worker/$name" \
            -c "CREATE EXTENSION citus" >/dev/null || return 1
    done
    psql -qAtX -v ON_ERROR_STOP=1 "$CLM_TEST_CITUS_URL" -c "CREATE DATABASE $name" >/dev/null ||
        return 1
    psql -qAtX -v ON_ERROR_STOP=1 "$base/$name" -c "CREATE EXTENSION citus" \
        -c "SELECT citus_set_coordinator_host('127.0.0.1', $coordinator_port)" >/dev/null ||
        return 1
    for worker in $CLM_TEST_CITUS_WORKERS; do
        psql -qAtX -v ON_ERROR_STOP=1 "$base/$name" \
            -c "SELECT citus_add_node('${worker%:*}', ${worker##*:})" >/dev/null || return 1
    done
    printf '%s\n' "$base/$name"
}

clm_citus_stop() {
    local dir
    for dir in "${CLM_CITUS_DIRS[@]}"; do
        if [ -f "$dir/data/postmaster.pid" ]; then
            _clm_pg_as_owner "$CLM_PG_BIN/pg_ctl" -D "$dir/data" -m immediate -w stop \
                >/dev/null 2>&1 || true
        fi
        rm -rf "$dir"
    done
    CLM_CITUS_DIRS=()
}
