#!/bin/sh
# Installs the third-party programs the test suite runs (real peers and tools), when missing.
# Each line of tools/test-deps is: <command> <Debian package>. Run by ./jrtc test before Maven;
# CI and new machines start without them. Needs root (or sudo) and Debian's package registry.
# Then the Node peers of jrtc-interop (werift, node-datachannel: pinned in
# jrtc-interop/peers/package-lock.json) are installed with npm ci when node_modules is missing
# or older than the lock file; that needs the npm registry.
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)

missing_pkgs=""
missing_cmds=""
while read -r cmd pkg _comment; do
  case "$cmd" in ''|'#'*) continue ;; esac
  if ! command -v "$cmd" >/dev/null 2>&1 && [ ! -x "/usr/sbin/$cmd" ] && [ ! -x "/sbin/$cmd" ]; then
    missing_cmds="$missing_cmds $cmd"
    case " $missing_pkgs " in *" $pkg "*) ;; *) missing_pkgs="$missing_pkgs $pkg" ;; esac
  fi
done < "$ROOT/tools/test-deps"

# Installs the Node peers from the committed lock file unless node_modules matches it already.
ensure_node_peers() {
  peers="$ROOT/jrtc-interop/peers"
  [ -f "$peers/package-lock.json" ] || return 0
  stamp="$peers/node_modules/.package-lock.json"
  if [ -f "$stamp" ] && [ -f "$peers/node_modules/werift/package.json" ] &&
     [ -f "$peers/node_modules/node-datachannel/package.json" ] && [ ! "$peers/package-lock.json" -nt "$stamp" ]; then
    return 0
  fi
  how="(cd $peers && npm ci)"
  command -v npm >/dev/null 2>&1 || {
    echo "jrtc: the interop peers werift and node-datachannel need npm (apt-get install -y nodejs npm), then: $how" >&2
    exit 1
  }
  echo "jrtc: installing the interop peers werift and node-datachannel: $how"
  if ! (cd "$peers" && npm ci --no-audit --no-fund) >/tmp/jrtc-npm.log 2>&1; then
    tail -20 /tmp/jrtc-npm.log >&2
    echo "jrtc: could not install the interop peers werift and node-datachannel; install them with: $how" >&2
    exit 1
  fi
}

if [ -z "$missing_pkgs" ]; then
  ensure_node_peers
  exit 0
fi

echo "jrtc: installing test dependencies:$missing_pkgs (missing:$missing_cmds)"
if [ "$(id -u)" -eq 0 ]; then
  SUDO=""
elif command -v sudo >/dev/null 2>&1; then
  SUDO="sudo -n"
else
  echo "jrtc: the tests need$missing_cmds; install them with: apt-get install -y$missing_pkgs" >&2
  exit 1
fi
# shellcheck disable=SC2086
if ! { $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing_pkgs; } >/tmp/jrtc-apt.log 2>&1; then
  tail -20 /tmp/jrtc-apt.log >&2
  echo "jrtc: could not install$missing_pkgs; install them with: apt-get install -y$missing_pkgs" >&2
  exit 1
fi
ensure_node_peers
