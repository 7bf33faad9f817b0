#!/usr/bin/env bash
# The install test: the packages of this build tree, installed for real into
# a throwaway Debian 12 root (debootstrap, cached under the build tree) and
# driven as IT and an operator would, without touching the host's system.
#
#   1. clm-server and clm-daemon are installed with apt from the .deb files
#      (their dependencies come from the archive), the daemon with the server
#      URL and an enrollment token preseeded in debconf;
#   2. both run as their units say (a stand-in systemctl, fake-systemctl,
#      starts the units' ExecStart lines as their users): `clm checkout`
#      succeeds and `clm status` shows the machine enrolled;
#   3. an upgrade to a rebuilt, higher version keeps the configuration, the
#      device and the lease cache;
#   4. removal stops clmd, which releases its seat on the server; purge
#      leaves nothing of clm in /etc, /var/lib, users or groups; a reinstall
#      (from the environment, then from a prepared clmd.conf) enrolls as the
#      same device, and an install without configuration does not start clmd;
#   5. lintian, rpmlint, appstreamcli, desktop-file-validate and
#      systemd-analyze security judge the packages.
#
# Usage: install_test.sh BUILD_DIR (the tree whose packages are tested).
# Needs root (debootstrap, chroot); exits 77 (CTest: skipped) without it,
# except under CI=true, where a skip would hide a broken harness.
# CLM_INSTALL_TEST_KEEP=1 keeps the root afterwards.
set -euo pipefail

build="$(cd "$1" && pwd)"
here="$(cd "$(dirname "$0")" && pwd)"
source="$(cd "$here/../.." && pwd)"
work="$build/install-test"
root="$work/root"
cache="$build/install-root-cache"
suite=bookworm
product=install-test

SECONDS=0
step() { printf '\n== %s  [%ds]\n' "$*" "$SECONDS"; }
fail() {
    printf 'FAIL: %s\n' "$*" >&2
    exit 1
}
check() { # check DESCRIPTION COMMAND...
    local what="$1"
    shift
    if "$@"; then
        printf 'ok: %s\n' "$what"
    else
        fail "$what"
    fi
}
expect() { # expect DESCRIPTION 'SHELL CONDITION' (evaluated here, with these functions)
    if eval "$2"; then
        printf 'ok: %s\n' "$1"
    else
        fail "$1"
    fi
}

if [ "$(id -u)" -ne 0 ]; then
    [ "${CI:-}" = true ] && fail "the install test needs root (debootstrap, chroot, mount); CI runs as root"
    echo "SKIP: the install test needs root (debootstrap, chroot, mount); run scripts/test as root"
    exit 77
fi
for tool in cpack debootstrap chroot dpkg-deb lintian rpmlint appstreamcli desktop-file-validate \
    systemd-analyze curl python3 mount umount; do
    command -v "$tool" >/dev/null || fail "$tool is missing (scripts/lib/common.sh installs it)"
done

# --- helpers ----------------------------------------------------------------------------
in_root() {
    chroot "$root" /usr/bin/env -i \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        HOME=/root LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"
}
apt_in_root() { # apt-get in the root, its output kept for later checks
    local log="$work/logs/apt-$((++apt_runs)).log"
    if ! in_root "$@" apt-get -y -o Dpkg::Use-Pty=0 --no-install-recommends "${apt_args[@]}" \
        </dev/null >"$log" 2>&1; then
        tail -n 40 "$log" >&2
        fail "apt-get ${apt_args[*]} failed (log: $log)"
    fi
    cat "$log" >>"$work/logs/apt-all.log"
}
apt_runs=0
apt_args=()
apt_do() { # apt_do [VAR=VALUE...] -- APT-ARGS...
    local env=()
    while [ "$1" != -- ]; do
        env+=("$1")
        shift
    done
    shift
    apt_args=("$@")
    apt_in_root "${env[@]}"
}
json() { # json PYTHON-EXPRESSION (of d) < JSON
    python3 -c 'import json, sys
d = json.load(sys.stdin)
v = eval(sys.argv[1])
print(json.dumps(v) if isinstance(v, (dict, list, bool)) or v is None else v)' "$1"
}
api() { # api METHOD PATH [BODY]
    local args=(-sS -X "$1" "$url$2" -H "Authorization: Bearer $access" -H 'Content-Type: application/json')
    [ $# -ge 3 ] && args+=(-d "$3")
    curl "${args[@]}"
}
wait_for() { # wait_for SECONDS DESCRIPTION COMMAND...
    local deadline=$((SECONDS + $1)) what="$2"
    shift 2
    until "$@"; do
        [ "$SECONDS" -lt "$deadline" ] || fail "timed out: $what"
        sleep 0.5
    done
    printf 'ok: %s\n' "$what"
}
unit_pid() { cat "$root/run/fake-systemd/$1.pid" 2>/dev/null; }
alive() { [ -n "$1" ] && [ -r "/proc/$1/stat" ] && [ "$(sed -n 's/^.*) \(.\).*$/\1/p' "/proc/$1/stat")" != Z ]; }
proc_field() { sed -n "s/^$2:[[:space:]]*//p" "/proc/$1/status"; }
status_json() { in_root clm status --json 2>/dev/null; }
enrolled() { status_json | grep -q '"enrolled":true'; }
device_id() { status_json | json 'd["device_id"]'; }
mode_of() { in_root stat -c '%a %U:%G' "$1"; }
systemctl_log() { cat "$root/var/log/fake-systemctl.log" 2>/dev/null; }
# called ACTION UNIT [FROM-LINE]: the stand-in systemctl was asked to do it.
called() {
    tail -n +"${3:-1}" "$root/var/log/fake-systemctl.log" 2>/dev/null |
        grep -Eqx "systemctl( --[a-z]+)* $1 $2"
}
# deb DIR NAME: the path inside the root of that package's file.
deb() {
    local file
    file=$(cd "$root/tmp/$1" && echo "$2"_*.deb)
    echo "/tmp/$1/$file"
}
free_port() {
    local port
    for _ in $(seq 100); do
        port=$((20000 + RANDOM % 40000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return
        fi
    done
    fail "no free port"
}
token_leaked() { # the token anywhere it must not be: apt's output, logs, debconf
    grep -rqF -- "$token" "$work/logs" "$root/var/log" "$root/var/cache/debconf" 2>/dev/null
}

background=()
cleanup() {
    local pid
    set +e
    for pid in "${background[@]}" $(cat "$root"/run/fake-systemd/*.pid 2>/dev/null); do
        alive "$pid" && kill -TERM "$pid"
    done
    sleep 1
    for pid in "${background[@]}" $(cat "$root"/run/fake-systemd/*.pid 2>/dev/null); do
        alive "$pid" && kill -KILL "$pid"
    done
    mountpoint -q "$root/proc" && umount "$root/proc"
    if [ "${CLM_INSTALL_TEST_KEEP:-}" != 1 ] && [ -d "$root" ] && ! grep -q " $root/" /proc/mounts; then
        rm -rf --one-file-system "$root"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [ -d "$root" ]; then
    mountpoint -q "$root/proc" && umount "$root/proc"
    grep -q " $root/" /proc/mounts && fail "something is still mounted under $root"
    rm -rf --one-file-system "$root"
fi
rm -rf "$work"
mkdir -p "$work/logs" "$work/packages" "$work/upgrade" "$work/contents"

# --- the packages ------------------------------------------------------------------------
step "packages (cpack, from the tree under test)"
cpack --config "$build/CPackConfig.cmake" -B "$work/packages" >"$work/logs/cpack.log" 2>&1 ||
    { tail -n 40 "$work/logs/cpack.log" >&2; fail "cpack failed"; }
# The same packages rebuilt with a higher version, for the upgrade.
cpack --config "$build/CPackConfig.cmake" -B "$work/upgrade" -G DEB \
    -D CLM_PACKAGE_VERSION_SUFFIX=+upgrade1 -D 'CPACK_COMPONENTS_ALL=daemon;lib;server' \
    >"$work/logs/cpack-upgrade.log" 2>&1 ||
    { tail -n 40 "$work/logs/cpack-upgrade.log" >&2; fail "cpack (upgrade) failed"; }
rm -rf "$work/packages/_CPack_Packages" "$work/upgrade/_CPack_Packages"
debs=("$work"/packages/*.deb)
rpms=("$work"/packages/*.rpm)
ls -l "$work/packages"
expect "five .deb and five .rpm packages" '[ ${#debs[@]} -eq 5 ] && [ ${#rpms[@]} -eq 5 ]'
for name in clm-daemon libclm1 libclm-dev clm-admin clm-server; do
    rpm_name=$name
    [ "$name" = libclm-dev ] && rpm_name=libclm-devel # Fedora's name
    expect "$name: a .deb, and an .rpm ($rpm_name)" \
        'compgen -G "$work/packages/${name}_*.deb" >/dev/null && compgen -G "$work/packages/$rpm_name-[0-9]*.rpm" >/dev/null'
    dpkg-deb -x "$work"/packages/"${name}"_*.deb "$work/contents/$name"
done
version=$(dpkg-deb -f "$work"/packages/clm-daemon_*.deb Version)
new_version=$(dpkg-deb -f "$work"/upgrade/clm-daemon_*.deb Version)
check "the rebuilt packages are newer ($version < $new_version)" \
    dpkg --compare-versions "$new_version" gt "$version"

# --- 5. what the linters say -----------------------------------------------------------
step "5. lintian, rpmlint, appstreamcli, desktop-file-validate, systemd-analyze"
lintian --fail-on error,warning --display-info "${debs[@]}" >"$work/logs/lintian.log" 2>&1 &&
    lintian_ok=1 || lintian_ok=0
cat "$work/logs/lintian.log"
check "lintian: no errors or warnings on the five .deb files" [ "$lintian_ok" = 1 ]
expect "lintian: not a single E: or W: line" '! grep -E "^[EW]: " "$work/logs/lintian.log"'

rpmlint -c "$source/installer/rpm/rpmlint.toml" "${rpms[@]}" >"$work/logs/rpmlint.log" 2>&1 &&
    rpmlint_ok=1 || rpmlint_ok=0
cat "$work/logs/rpmlint.log"
expect "rpmlint: 0 errors on the five .rpm files" \
    '[ "$rpmlint_ok" = 1 ] && grep -Eq "^ *5 packages and 0 specfiles checked; 0 errors" "$work/logs/rpmlint.log"'

# The symbols file lists exactly what libclm exports.
mkdir -p "$work/gensymbols/debian"
printf 'Source: clm\n\nPackage: libclm1\nArchitecture: any\n' >"$work/gensymbols/debian/control"
cp "$source/installer/debian/changelog" "$work/gensymbols/debian/changelog"
check "installer/debian/libclm1/symbols matches the library's exports" \
    bash -c "cd '$work/gensymbols' && dpkg-gensymbols -q -c4 -plibclm1 -P'$work/contents/libclm1' \
        -I'$source/installer/debian/libclm1/symbols' -O'$work/gensymbols/symbols'"
metainfo=("$work"/contents/clm-admin/usr/share/metainfo/*.metainfo.xml)
check "appstreamcli validate --pedantic ${metainfo[0]##*/}" \
    appstreamcli validate --no-net --pedantic "${metainfo[0]}"
check "desktop-file-validate clm-admin.desktop" \
    desktop-file-validate "$work/contents/clm-admin/usr/share/applications/clm-admin.desktop"

exposure() { # exposure UNIT-FILE: systemd's overall exposure figure
    systemd-analyze security --offline=true --no-pager "$1" 2>&1 | tee -a "$work/logs/security.log" |
        sed -n 's/.*Overall exposure level for [^:]*: \([0-9.]*\).*/\1/p'
}
server_exposure=$(exposure "$work/contents/clm-server/usr/lib/systemd/system/clm-server.service")
clmd_exposure=$(exposure "$work/contents/clm-daemon/usr/lib/systemd/system/clmd.service")
echo "systemd-analyze security: clm-server.service $server_exposure, clmd.service $clmd_exposure"
check "clm-server.service exposure $server_exposure < 2.0" \
    python3 -c "import sys; sys.exit(not 0 < float('$server_exposure') < 2.0)"
check "clmd.service exposure $clmd_exposure < 3.0" \
    python3 -c "import sys; sys.exit(not 0 < float('$clmd_exposure') < 3.0)"

# --- the throwaway Debian root -----------------------------------------------------------
step "Debian root ($suite, debootstrap --variant=minbase, cached)"
mirror=""
if [ -r /etc/apt/sources.list.d/debian.sources ]; then
    mirror=$(awk '/^URIs:/ { print $2; exit }' /etc/apt/sources.list.d/debian.sources)
fi
if [ -z "$mirror" ] && [ -r /etc/apt/sources.list ]; then
    mirror=$(awk '$1 == "deb" { for (i = 2; i <= NF; i++) if ($i ~ /^[a-z]+:\/\//) { print $i; exit } }' \
        /etc/apt/sources.list)
fi
[ -n "$mirror" ] || fail "no Debian mirror in /etc/apt/sources.list.d/debian.sources or /etc/apt/sources.list"
# The cache is keyed by what it holds: the suite, the host's sources and the
# dependencies of the packages (downloaded into the root's apt cache, so each
# run resolves and installs them from the archive's index without network).
depends=$(for p in "$work"/packages/{libclm1,clm-daemon,clm-server}_*.deb; do
    dpkg-deb -f "$p" Depends Pre-Depends
done | sort)
key=$(printf '%s\n' "v1 $suite $mirror" "$depends" "$(cat /etc/apt/sources.list.d/*.sources \
    /etc/apt/sources.list 2>/dev/null)" | sha256sum | cut -c1-16)
tarball="$cache/root-$key.tar"
mkdir -p "$cache"
if [ ! -f "$tarball" ]; then
    echo "no cached root for this package list: debootstrap from $mirror"
    fresh="$work/fresh"
    if ! debootstrap --variant=minbase "$suite" "$fresh" "$mirror" >"$work/logs/debootstrap.log" 2>&1; then
        tail -n 30 "$work/logs/debootstrap.log" >&2
        fail "debootstrap failed (log: $work/logs/debootstrap.log)"
    fi
    # The archive this machine uses (main, updates, security), as it has it.
    rm -f "$fresh/etc/apt/sources.list"
    cp /etc/apt/sources.list.d/*.sources "$fresh/etc/apt/sources.list.d/" 2>/dev/null || true
    [ -r /etc/apt/sources.list ] && cp /etc/apt/sources.list "$fresh/etc/apt/sources.list"
    cp /etc/resolv.conf "$fresh/etc/resolv.conf"
    mkdir -p "$fresh/tmp/pkgs"
    cp "$work"/packages/{libclm1,clm-daemon,clm-server}_*.deb "$fresh/tmp/pkgs/"
    mount -t proc proc "$fresh/proc"
    rc=0
    in_fresh() {
        chroot "$fresh" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin \
            DEBIAN_FRONTEND=noninteractive "$@"
    }
    {
        in_fresh apt-get update &&
            in_fresh apt-get install -y --download-only --no-install-recommends \
                $(cd "$fresh" && printf '/%s\n' tmp/pkgs/*.deb)
    } >"$work/logs/root-prepare.log" 2>&1 </dev/null || rc=$?
    umount "$fresh/proc"
    [ "$rc" -eq 0 ] || { tail -n 30 "$work/logs/root-prepare.log" >&2; fail "preparing the root failed"; }
    rm -rf "$fresh/tmp/pkgs"
    rm -f "$cache"/root-*.tar
    tar -C "$fresh" -cf "$tarball.tmp" . && mv "$tarball.tmp" "$tarball"
    rm -rf --one-file-system "$fresh"
fi
mkdir -p "$root"
tar -C "$root" -xf "$tarball"
mount -t proc proc "$root/proc"
cp /etc/resolv.conf "$root/etc/resolv.conf"
# What a booted machine has: a machine id, and systemd's runtime directory so
# that the maintainer scripts manage the units (through fake-systemctl).
od -An -N16 -tx1 /dev/urandom | tr -d ' \n' >"$root/etc/machine-id"
install -m 0755 "$here/fake-systemctl" "$root/usr/sbin/systemctl"
mkdir -p "$root/run/systemd/system" "$root/tmp/pkgs" "$root/tmp/upgrade"
cp "$work"/packages/*.deb "$root/tmp/pkgs/"
cp "$work"/upgrade/*.deb "$root/tmp/upgrade/"
check "no systemd in the root, only the stand-in" [ ! -e "$root/usr/bin/systemctl" ]

# --- 1. clm-server ---------------------------------------------------------------------
step "1. apt install clm-server"
port=$(free_port)
url="http://127.0.0.1:$port"
# The operator's drop-in: a free loopback port instead of the default 8080.
mkdir -p "$root/etc/systemd/system/clm-server.service.d"
printf '[Service]\nEnvironment=CLM_LISTEN=127.0.0.1:%s\n' "$port" \
    >"$root/etc/systemd/system/clm-server.service.d/test-port.conf"
apt_do -- install "$(deb pkgs clm-server)"
expect "the clm-server user and group exist" 'in_root getent passwd clm-server >/dev/null && in_root getent group clm-server >/dev/null'
check "/var/lib/clm-server is 0700 clm-server" [ "$(mode_of /var/lib/clm-server)" = "700 clm-server:clm-server" ]
check "/etc/clm/server.conf is 0640 root:clm-server" [ "$(mode_of /etc/clm/server.conf)" = "640 root:clm-server" ]
check "clm-server.service is enabled" [ -L "$root/etc/systemd/system/multi-user.target.wants/clm-server.service" ]
check "the postinst started clm-server.service" called start clm-server.service
wait_for 30 "clm-server answers on $url" curl -sf "$url/health" -o /dev/null
server_pid=$(unit_pid clm-server.service)
check "clm-server runs as clm-server" [ "$(proc_field "$server_pid" Uid | awk '{print $2}')" = "$(in_root id -u clm-server)" ]
check "clm-server has no capabilities" [ "$(proc_field "$server_pid" CapBnd)" = 0000000000000000 ]
check "clm-server runs with no_new_privs" [ "$(proc_field "$server_pid" NoNewPrivs)" = 1 ]
check "the SQLite database is 0600 in /var/lib/clm-server" [ "$(mode_of /var/lib/clm-server/clm.db)" = "600 clm-server:clm-server" ]
expect "the signing keys are in /var/lib/clm-server/keys" \
    'compgen -G "$root/var/lib/clm-server/keys/lease-*.pem" >/dev/null'

step "an organization, a license and an enrollment token"
password="install-test-password"
printf '%s\n' "$password" | in_root runuser -u clm-server -- clm-server create-org \
    --database sqlite:///var/lib/clm-server/clm.db --name "Install Test" \
    --owner-email it@install.test --owner-password-stdin >"$work/logs/create-org.json"
access=$(curl -sS -X POST "$url/api/v1/auth/login" -H 'Content-Type: application/json' \
    -d "{\"email\":\"it@install.test\",\"password\":\"$password\"}" | json 'd["access"]')
license=$(api POST /api/v1/licenses/ \
    "{\"name\":\"Install test\",\"product\":\"$product\",\"max_concurrent_seats\":3,\"max_borrow_seconds\":86400}" |
    json 'd["id"]')
token=$(api POST /api/v1/enrollment-tokens/ '{"label":"install test","max_uses":10}' | json 'd["token"]')
[ -n "$access" ] && [ -n "$license" ] && [ -n "$token" ] || fail "could not prepare the organization"
echo "license $license, an enrollment token for 10 machines"

# --- 1. clm-daemon, preseeded -----------------------------------------------------------
step "1. apt install clm-daemon with debconf preseeded"
printf 'clm-daemon clm-daemon/server_url string %s\nclm-daemon clm-daemon/enrollment_token password %s\n' \
    "$url" "$token" | in_root debconf-set-selections
apt_do -- install "$(deb pkgs libclm1)" "$(deb pkgs clm-daemon)"
check "/etc/clm/clmd.conf is 0600 root" [ "$(mode_of /etc/clm/clmd.conf)" = "600 root:root" ]
check "clmd.conf names the server" grep -qx "url=$url" "$root/etc/clm/clmd.conf"
check "the postinst started clmd.service" called start clmd.service
wait_for 30 "clm status shows the machine enrolled" enrolled
device=$(device_id)
echo "device $device"
clmd_pid=$(unit_pid clmd.service)
check "clmd runs as root" [ "$(proc_field "$clmd_pid" Uid | awk '{print $2}')" = 0 ]
check "clmd has no capabilities at all" [ "$(proc_field "$clmd_pid" CapBnd)/$(proc_field "$clmd_pid" CapEff)" = 0000000000000000/0000000000000000 ]
token_used() { ! grep -q '^enrollment_token' "$root/etc/clm/clmd.conf"; }
wait_for 10 "clmd removed the used token from clmd.conf" token_used
expect "the token is in no log and not in debconf's database" '! token_leaked'
check "/var/lib/clm is 0700, device.json 0600" \
    [ "$(mode_of /var/lib/clm)/$(mode_of /var/lib/clm/device.json)" = "700 root:root/600 root:root" ]

step "2. clm checkout and clm status"
check "clm checkout $product" in_root clm checkout "$product"
in_root clm status | tee "$work/logs/status.txt"
check "clm status says enrolled" grep -Eq '^enrolled:[[:space:]]+(yes|true)' "$work/logs/status.txt"
expect "the server lists the device" 'api GET /api/v1/devices/ | grep -qF "\"$device\""'
check "clm borrow $product --hours 1" in_root clm borrow "$product" --hours 1
borrowed=$(status_json | json '[l["session_id"] for l in d["leases"] if l.get("borrowed_until")][0]')
echo "borrowed session $borrowed"

# --- 3. upgrade --------------------------------------------------------------------------
step "3. upgrade to $new_version"
conf_sum=$(cat "$root/etc/clm/clmd.conf" "$root/etc/clm/server.conf" | sha256sum)
old_clmd=$clmd_pid
old_server=$server_pid
apt_do -- install "$(deb upgrade libclm1)" "$(deb upgrade clm-daemon)" "$(deb upgrade clm-server)"
check "clm-daemon is at $new_version" [ "$(in_root dpkg-query -W -f='${Version}' clm-daemon)" = "$new_version" ]
check "clm-server is at $new_version" [ "$(in_root dpkg-query -W -f='${Version}' clm-server)" = "$new_version" ]
check "the configuration is unchanged" [ "$(cat "$root/etc/clm/clmd.conf" "$root/etc/clm/server.conf" | sha256sum)" = "$conf_sum" ]
expect "both services were restarted" 'called restart clmd.service && called restart clm-server.service &&
    ! alive "$old_clmd" && ! alive "$old_server"'
check "clmd runs again" alive "$(unit_pid clmd.service)"
wait_for 30 "clm-server answers again" curl -sf "$url/health" -o /dev/null
wait_for 30 "the machine is still enrolled" enrolled
check "as the same device" [ "$(device_id)" = "$device" ]
check "the borrowed lease survived in the cache" \
    [ "$(status_json | json '[l["session_id"] for l in d["leases"] if l.get("borrowed_until")][0]')" = "$borrowed" ]
in_root systemctl stop clm-server.service
check "with the server stopped, the borrowed lease still grants $product" in_root clm checkout "$product"
in_root systemctl start clm-server.service
wait_for 30 "clm-server is back" curl -sf "$url/health" -o /dev/null
wait_for 60 "clm return $product" in_root clm return "$product"

# --- 4. remove and purge ---------------------------------------------------------------
step "4. apt remove clm-daemon: the seat is released"
# Not through in_root (a function runs in a subshell when sent to the
# background): $! must be the PID of clm itself, after chroot and env exec.
chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
    clm run "$product" -- sleep 600 </dev/null >"$work/logs/clm-run.log" 2>&1 &
background+=($!)
active_sessions() {
    api GET "/api/v1/sessions/?active=true&device=$device" | json 'd["count"]'
}
seat_held() { [ "$(active_sessions)" = 1 ]; }
wait_for 30 "the server holds a seat for the device" seat_held
clmd_pid=$(unit_pid clmd.service)
apt_do -- remove clm-daemon
check "the prerm stopped clmd.service" called stop clmd.service
expect "clmd is gone" '! alive "$clmd_pid"'
check "the server ended the seat (released by clmd on SIGTERM)" [ "$(active_sessions)" = 0 ]
expect "removal keeps the configuration and the enrollment" '[ -f "$root/etc/clm/clmd.conf" ] && [ -f "$root/var/lib/clm/device.json" ]'

step "4. apt purge clm-daemon libclm1"
apt_do -- purge clm-daemon libclm1
expect "purge removed /etc/clm/clmd.conf and /var/lib/clm" '[ ! -e "$root/etc/clm/clmd.conf" ] && [ ! -e "$root/var/lib/clm" ]'
expect "purge removed clm-daemon's debconf questions" '[ -z "$(in_root debconf-show clm-daemon 2>/dev/null)" ]'
expect "no clmd.service links are left" '! find "$root/etc/systemd" "$root/var/lib/systemd" -name "clmd.service*" 2>/dev/null | grep -q .'

step "reinstall, enrolled from the environment: the same device"
apt_do CLM_SERVER_URL="$url" CLM_ENROLLMENT_TOKEN="$token" -- install "$(deb upgrade libclm1)" "$(deb upgrade clm-daemon)"
wait_for 30 "enrolled again" enrolled
check "as the same device $device" [ "$(device_id)" = "$device" ]
check "clm checkout $product" in_root clm checkout "$product"
apt_do -- purge clm-daemon libclm1

step "install without configuration: clmd is not started"
marker=$(($(systemctl_log | wc -l) + 1))
apt_do -- install "$(deb pkgs libclm1)" "$(deb pkgs clm-daemon)"
check "the postinst said why" grep -q 'clmd is not started yet' "$work/logs/apt-$apt_runs.log"
expect "clmd.service was not started" '! called start clmd.service "$marker" && ! alive "$(unit_pid clmd.service)"'
check "clmd.service is enabled for later" [ -L "$root/etc/systemd/system/multi-user.target.wants/clmd.service" ]
apt_do -- purge clm-daemon libclm1

step "install with a clmd.conf put in place beforehand"
mkdir -p "$root/etc/clm"
(umask 077 && printf '[server]\nurl=%s\nenrollment_token=%s\n' "$url" "$token" >"$root/etc/clm/clmd.conf")
apt_do -- install "$(deb pkgs libclm1)" "$(deb pkgs clm-daemon)"
wait_for 30 "enrolled from the prepared file" enrolled
check "as the same device $device" [ "$(device_id)" = "$device" ]
apt_do -- purge clm-daemon libclm1

step "4. apt purge clm-server: nothing of clm is left"
rm -rf "$root/etc/systemd/system/clm-server.service.d" # the test's own drop-in
server_pid=$(unit_pid clm-server.service)
apt_do -- purge clm-server
check "the prerm stopped clm-server.service" called stop clm-server.service
expect "clm-server is gone" '! alive "$server_pid"'
leftovers=$(find "$root/etc" "$root/var/lib" "$root/run" "$root/usr" -iname '*clm*' \
    -not -path "$root/run/fake-systemd*" -not -path "$root/usr/sbin/systemctl" 2>/dev/null || true)
check "no file of clm in /etc, /var/lib, /run or /usr${leftovers:+: $leftovers}" [ -z "$leftovers" ]
expect "no clm-server user or group" '! grep -q clm "$root/etc/passwd" "$root/etc/group" "$root/etc/shadow" "$root/etc/gshadow"'
expect "no clm package left, not even its configuration" '! in_root dpkg -l | grep -Eq "^[a-z]+ +(clm|libclm)"'
expect "no statoverride left" '! grep -q clm "$root/var/lib/dpkg/statoverride"'
expect "no debconf entries left" '! grep -q clm "$root/var/cache/debconf/config.dat" "$root/var/cache/debconf/passwords.dat"'
expect "the token never appeared in a log or in debconf" '! token_leaked'

step "passed"
echo "install test passed in ${SECONDS}s; exposure clm-server $server_exposure, clmd $clmd_exposure"
