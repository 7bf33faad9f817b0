# shellcheck shell=bash
# Shared by scripts/test and scripts/demo: install what is missing, build.

CLM_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

# Every Debian package the project needs to build, test, demo and package,
# installed up front so later work only adds code.
CLM_PACKAGES=(
    # toolchain
    g++ cmake ninja-build pkg-config git clang clang-format libclang-rt-14-dev
    # Qt 6.4 (Debian 12): core, network, SQL drivers, GUI modules, tools
    qt6-base-dev qt6-base-private-dev qt6-websockets-dev qt6-charts-dev qt6-svg-dev
    qt6-tools-dev qt6-l10n-tools libqt6sql6-psql libqt6sql6-sqlite libgl-dev
    qtkeychain-qt6-dev libqt6opengl6-dev # Qt Charts' CMake package needs Qt6OpenGL
    qt6-translations-l10n # Qt's own strings (buttons, --help) in the GUI's languages
    fonts-noto-cjk # the Japanese screenshot of the admin guide (tests/ui/tst_guide)
    # server: Boost.Beast/Asio, libpq, SQLite, OpenSSL, Argon2
    libboost-dev libpq-dev libsqlite3-dev libssl-dev libargon2-dev
    # tests: a real PostgreSQL, a display, a real keychain, load generation
    postgresql xvfb xauth dbus gnome-keyring wrk curl ca-certificates
    # the Citus backend of the tests: Citus is built from the vendored sources
    # (scripts/lib/citus.sh, ../shared/vendor/README.md) against PostgreSQL 15
    postgresql-server-dev-15 liblz4-dev libzstd-dev libkrb5-dev libselinux1-dev
    libxslt1-dev libpam0g-dev libreadline-dev autoconf flex bison make gcc
    # security tests: a server process with a skewed clock, a second local uid
    faketime util-linux
    # packages for IT
    lintian rpm fakeroot
    # scripts/package (CPack's deb and rpm generators) and the install test
    # (tests/install): the linters, a throwaway Debian root, systemd-analyze
    rpmlint dpkg-dev debootstrap appstream desktop-file-utils systemd python3
    # the metrics tests and docs/monitoring: promtool checks the /metrics text
    # and the alert rules
    prometheus
    # the seat advice's PDF report is read back as text (tests/ui/tst_pages)
    poppler-utils
    # bench/run: the seat checks on SQLite, the Ed25519 limit (wrk, pgbench
    # and PostgreSQL are above)
    sqlite3 openssl
)

clm_log() { printf '%s\n' "$*" >&2; }

clm_missing_packages() {
    local pkg missing=()
    for pkg in "${CLM_PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${db:Status-Abbrev}' "$pkg" 2>/dev/null | grep -q '^ii'; then
            missing+=("$pkg")
        fi
    done
    printf '%s\n' "${missing[@]}"
}

# Installs missing packages; quiet and quick when everything is there.
clm_install_dependencies() {
    local missing
    mapfile -t missing < <(clm_missing_packages | sed '/^$/d')
    [ ${#missing[@]} -eq 0 ] && return 0

    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then
            sudo=(sudo)
        else
            clm_log "missing Debian packages and no root or sudo to install them: ${missing[*]}"
            return 1
        fi
    fi
    clm_log "installing ${#missing[@]} Debian package(s): ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -qq >/dev/null
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# clm_build PRESET: configure (once) and build.
clm_build() {
    local preset="${1:-default}"
    cd "$CLM_ROOT"
    local dir=build
    [ "$preset" != default ] && dir="build-$preset"
    if [ ! -f "$dir/CMakeCache.txt" ]; then
        cmake --preset "$preset" >/dev/null
    fi
    cmake --build --preset "$preset" -- -k 0 | grep -v '^\[' || true
    # grep swallowed the exit status: check the build really completed.
    cmake --build --preset "$preset" >/dev/null
}
