#!/usr/bin/env bash
# SignWatch developer entry point on Debian 12.
#   scripts/signwatch-dev.sh run    install packages, build, create the demo registry if missing,
#                                   open the console on it
#   scripts/signwatch-dev.sh test   install packages, build, start a throw-away PostgreSQL server and
#                                   a D-Bus session with an unlocked keyring, run every test
# Run as root, or as a user with sudo (only the package step needs it).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"
build_dir="${SIGNWATCH_BUILD_DIR:-build}"
jobs="${SIGNWATCH_JOBS:-$(nproc)}"

packages=(
  build-essential cmake ninja-build ccache pkg-config
  qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n libqt6sql6-sqlite libqt6sql6-psql qtkeychain-qt6-dev libgl-dev
  fonts-liberation2 sqlite3
)
test_packages=(postgresql xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools poppler-utils)

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

install_packages() {
  local missing=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "== installing: ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
}

build() {
  local werror="${SIGNWATCH_WERROR:-OFF}"
  cmake -S . -B "$build_dir" -G Ninja -DSIGNWATCH_WERROR="$werror" >/dev/null
  cmake --build "$build_dir" -j "$jobs"
}

# A PostgreSQL server of our own in a temporary folder, on a free port, password-protected.
# PostgreSQL refuses to run as root: as root the cluster belongs to the postgres user.
start_postgres() {
  local bin=/usr/lib/postgresql/15/bin
  pg_dir=$(mktemp -d /tmp/signwatch-pg.XXXXXX)
  local port
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null || echo 55432)
  local run=()
  if [ "$(id -u)" = 0 ]; then
    chown postgres:postgres "$pg_dir"
    run=(runuser -u postgres --)
  fi
  printf 'signwatch-test\n' > "$pg_dir.pw"
  chmod 644 "$pg_dir.pw"
  "${run[@]}" "$bin/initdb" -D "$pg_dir/data" -U signwatch --pwfile="$pg_dir.pw" -A scram-sha-256 \
    -E UTF8 --locale=C.UTF-8 >/dev/null
  "${run[@]}" "$bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w \
    -o "-p $port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    start >/dev/null
  export SIGNWATCH_TEST_PG="postgresql://signwatch@127.0.0.1:$port/postgres"
  export PGPASSWORD=signwatch-test
  export SIGNWATCH_REQUIRE_PG=1
  export SIGNWATCH_REQUIRE_KEYCHAIN=1
  stop_postgres() { "${run[@]}" "$bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$pg_dir" "$pg_dir.pw"; }
  trap stop_postgres EXIT
  echo "== PostgreSQL test server on 127.0.0.1:$port"
}

cmd="${1:-}"
case "$cmd" in
  run)
    install_packages "${packages[@]}"
    build
    demo="$build_dir/demo-registry.sqlite"
    if [ ! -f "$demo" ]; then
      echo "== creating the demo registry $demo (once; delete it to make a new one)"
      "$build_dir/bin/signwatch-cli" demo --citizens "${SIGNWATCH_DEMO_CITIZENS:-1166547}" --seed 2023 \
        --out "sqlite:$demo"
    fi
    exec "$build_dir/bin/signwatch" --db "sqlite:$demo"
    ;;
  test)
    install_packages "${packages[@]}" "${test_packages[@]}"
    build
    start_postgres
    # QtKeychain needs a session bus and an unlocked Secret Service: a private one, with a
    # throw-away HOME so that the test keyring stays apart from the user's.
    test_home=$(mktemp -d /tmp/signwatch-home.XXXXXX)
    status=0
    HOME="$test_home" XDG_DATA_HOME="$test_home/.local/share" XDG_CONFIG_HOME="$test_home/.config" \
      dbus-run-session -- sh -c 'printf signwatch | gnome-keyring-daemon --unlock --components=secrets >/dev/null \
        && ctest --test-dir "$1" --output-on-failure -j "$2"' sh "$build_dir" "$jobs" || status=$?
    rm -rf "$test_home"
    exit $status
    ;;
  *)
    echo "usage: $0 run|test" >&2
    exit 2
    ;;
esac
