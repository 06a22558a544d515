#!/usr/bin/env bash
# SignWatch developer entry point on Debian 12.
#   scripts/signwatch-dev.sh run    install packages, build, create the demo registry if missing,
#                                   open the console on it
#   scripts/signwatch-dev.sh test   install packages, check the format (when SIGNWATCH_WERROR is set,
#                                   as in CI), build, start a throw-away PostgreSQL server and a D-Bus
#                                   session with an unlocked keyring, run every test
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
  fonts-liberation2 sqlite3 libsqlite3-dev libpq-dev libssl-dev libqt6svg6 qt6-pdf-dev
  libp11-dev libp11-kit-dev libpodofo-dev
)
test_packages=(postgresql openssl xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools poppler-utils
  clang-format desktop-file-utils appstream softhsm2 opensc)

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
  # Warnings as errors only when asked (CI sets SIGNWATCH_WERROR=ON); otherwise the build folder
  # keeps what it was configured with, so that switching between run and test rebuilds nothing.
  local args=(-S . -B "$build_dir" -G Ninja)
  [ -z "${SIGNWATCH_WERROR:-}" ] || args+=(-DSIGNWATCH_WERROR="$SIGNWATCH_WERROR")
  cmake "${args[@]}" >/dev/null
  cmake --build "$build_dir" -j "$jobs"
}

# shellcheck source=scripts/temp-postgres.sh
. "$here/scripts/temp-postgres.sh"

cmd="${1:-}"
case "$cmd" in
  run)
    install_packages "${packages[@]}"
    build
    demo="$build_dir/demo-registry.sqlite"
    # The demo command writes its file under a temporary name and renames it when complete; a file
    # left broken by an interrupted run of an earlier version, or made before the demo marked its
    # registries (signwatch_demo, which `demo feed` needs), or before the live watch's indexes, is
    # made again instead of opened.
    # (A cheap look at its catalogue: `signwatch-cli check` would read all 400 MB of it.)
    if [ -f "$demo" ] && [ "$(sqlite3 -readonly "$demo" "SELECT count(*) FROM sqlite_master WHERE name IN \
        ('providers', 'citizens', 'certificates', 'service_requests', 'lookups', 'citizens_birth_idx', \
         'lookups_time_idx', 'signwatch_demo')" 2>/dev/null)" != 8 ]; then
      echo "== $demo is not a complete demo registry (an interrupted run, or an older one): making it again"
      rm -f "$demo" "$demo-journal"
    fi
    if [ ! -f "$demo" ]; then
      echo "== creating the demo registry $demo (once; delete it to make a new one)"
      "$build_dir/bin/signwatch-cli" demo --citizens "${SIGNWATCH_DEMO_CITIZENS:-1166547}" --seed 2023 \
        --out "sqlite:$demo"
    fi
    exec "$build_dir/bin/signwatch" --db "sqlite:$demo"
    ;;
  test)
    install_packages "${packages[@]}" "${test_packages[@]}"
    # CI: the format check runs here, once clang-format is installed.
    [ -z "${SIGNWATCH_WERROR:-}" ] || bash scripts/check-format.sh
    build
    start_temp_postgres
    export SIGNWATCH_TEST_PG="$TEMP_PG_URL"
    export SIGNWATCH_REQUIRE_PG=1
    export SIGNWATCH_REQUIRE_KEYCHAIN=1
    # The PDF checks need poppler-utils, the desktop-file checks desktop-file-utils and appstream
    # (installed above): fail rather than skip without them (tests/support/RequireTool).
    export SIGNWATCH_REQUIRE_TOOLS=1
    # The signing tests make a SoftHSM2 token (softhsm2, opensc's pkcs11-tool; installed above):
    # fail rather than skip without it (tests/support/SigningFixture).
    export SIGNWATCH_REQUIRE_TOKEN=1
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
