#!/usr/bin/env bash
# Installs the system programs the tests use, when they are missing, so that no test skips for
# want of a tool: Debian's redis-server and chromium (the browser tests drive /usr/bin/chromium
# through playwright-core; CHROMIUM_PATH points them at another build, which is then used as is).
# `npm test` runs this first; the benchmark's real-time phase runs `setup-test-env.sh redis-server`,
# naming the one tool it needs. With everything present it returns at once and touches nothing;
# otherwise it runs `apt-get update` and `apt-get install` non-interactively, as root or through
# password-less sudo, and fails with the command to run by hand when it cannot.
set -euo pipefail

known=(redis-server chromium)
wanted=("$@")
[[ ${#wanted[@]} -eq 0 ]] && wanted=("${known[@]}")
# Whether the first argument is one of the others, word for word.
among() {
  local tool=$1 item
  shift
  for item in "$@"; do [[ "$item" == "$tool" ]] && return 0; done
  return 1
}
for tool in "${wanted[@]}"; do
  if ! among "$tool" "${known[@]}"; then
    echo "setup-test-env: unknown tool $tool (known: ${known[*]})" >&2
    exit 1
  fi
done
wants() { among "$1" "${wanted[@]}"; }

# A CHROMIUM_PATH set by the user names their own browser: checked, never replaced.
if wants chromium && [[ -n "${CHROMIUM_PATH:-}" && ! -x "$CHROMIUM_PATH" ]]; then
  echo "setup-test-env: CHROMIUM_PATH=$CHROMIUM_PATH is not an executable file" >&2
  exit 1
fi

missing() {
  local packages=()
  if wants redis-server; then
    command -v redis-server >/dev/null 2>&1 || packages+=(redis-server)
  fi
  if wants chromium; then
    [[ -n "${CHROMIUM_PATH:-}" ]] || command -v chromium >/dev/null 2>&1 || packages+=(chromium)
  fi
  echo "${packages[*]}"
}

read -r -a packages <<<"$(missing)"
[[ ${#packages[@]} -eq 0 ]] && exit 0

manual="apt-get update && apt-get install -y ${packages[*]}"
if ! command -v apt-get >/dev/null 2>&1; then
  echo "setup-test-env: ${packages[*]} missing and apt-get is not available; install them, then run the tests again" >&2
  exit 1
fi
sudo=()
if [[ "$(id -u)" -ne 0 ]]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo=(sudo -n)
  else
    echo "setup-test-env: ${packages[*]} missing; as root, run: $manual" >&2
    exit 1
  fi
fi

echo "setup-test-env: installing ${packages[*]} (Debian packages the tests use)" >&2
export DEBIAN_FRONTEND=noninteractive
# Another apt run (a second checkout's tests, unattended upgrades) holds the lock: wait for it.
apt=("${sudo[@]}" apt-get -o DPkg::Lock::Timeout=300 -q)
"${apt[@]}" update >&2
"${apt[@]}" install -y --no-install-recommends "${packages[@]}" >&2

read -r -a still <<<"$(missing)"
if [[ ${#still[@]} -ne 0 ]]; then
  echo "setup-test-env: ${still[*]} still missing after apt-get install" >&2
  exit 1
fi
