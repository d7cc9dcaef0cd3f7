#!/usr/bin/env bash
# Everything healing needs on this machine, in one script that `make run` and `.ci/run` both
# call, so the two cannot drift:
#
#   packages  Debian packages: the Docker engine, debootstrap (the sandbox image is built
#             without a registry), git, make, Python's venv and pip (plus any --with PACKAGES)
#   engine    a Docker engine that answers: started in the background when it is not running
#             (systemd when it runs, else dockerd itself), then waited for
#   python    the project's virtualenv (`make install`)
#   image     the sandbox image (`manage.py sandbox build`, cached by its recipe's hash)
#
# As root on Debian/Ubuntu every step is done. Otherwise the steps that need no root are done,
# and for the others the exact commands to run are printed and the script exits 1 before anyone
# claims Healer is ready. `--sudo` (CI) runs the root steps through sudo instead.
#
#   deploy/setup-host.sh [--sudo] [--with "PKG ..."] [STEP ...]     (default: every step, in order)
#
# Settings: VENV (the virtualenv, as in the Makefile; default .venv), DOCKER_HOST (a unix socket is started here; another engine must already run),
# HEALER_DOCKERD_ARGS (extra dockerd options), HEALER_DOCKERD_LOG (default
# /var/log/healer-dockerd.log), HEALER_ENGINE_WAIT (seconds, default 60). Safe to re-run: every
# step checks first and does nothing when it is done.
set -euo pipefail
cd "$(dirname "$0")/.."

venv=${VENV:-.venv}
PACKAGES=(docker.io debootstrap git make python3 python3-venv python3-pip ca-certificates)
use_sudo=0
steps=()
while [ $# -gt 0 ]; do
  case "$1" in
    --sudo) use_sudo=1 ;;
    --with) shift; read -r -a extra <<<"${1:-}"; PACKAGES+=("${extra[@]}") ;;
    packages|engine|python|image) steps+=("$1") ;;
    *) echo "setup-host: unknown argument '$1'" >&2; exit 2 ;;
  esac
  shift
done
[ ${#steps[@]} -gt 0 ] || steps=(packages engine python image)

say() { printf '== %s\n' "$*"; }
todo=()  # commands someone with root must run
need_root() { todo+=("$*"); }

# Runs a command as root: directly, through sudo with --sudo, or not at all (returns 1).
as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"
  elif [ "$use_sudo" = 1 ]; then sudo "$@"
  else return 1
  fi
}
can_root() { [ "$(id -u)" = 0 ] || [ "$use_sudo" = 1 ]; }

step_packages() {
  if ! command -v dpkg >/dev/null || ! command -v apt-get >/dev/null; then
    local absent=()
    for tool in docker debootstrap git make python3; do command -v "$tool" >/dev/null || absent+=("$tool"); done
    if [ ${#absent[@]} -gt 0 ]; then
      echo "setup-host: not Debian/Ubuntu: install ${absent[*]} (and Python's venv module) with this system's" \
        "package manager, then run this again" >&2
      exit 1
    fi
    return 0
  fi
  local missing=()
  for pkg in "${PACKAGES[@]}"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  if [ ${#missing[@]} -eq 0 ]; then
    say "System packages: all present"
    return 0
  fi
  if ! can_root; then
    need_root "apt-get update && apt-get install -y ${missing[*]}"
    return 0
  fi
  say "System packages: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  as_root apt-get update -qq
  as_root apt-get install -y -qq "${missing[@]}" >/dev/null
}

engine_answers() { docker info >/dev/null 2>&1; }

step_engine() {
  if engine_answers; then
    say "Docker engine: $(docker info --format '{{.ServerVersion}}, storage {{.Driver}}, cgroup v{{.CgroupVersion}}')"
    return 0
  fi
  local host=${DOCKER_HOST:-unix:///var/run/docker.sock}
  if [ "${host#unix://}" = "$host" ]; then
    echo "setup-host: the Docker engine at $host does not answer; start it there (or unset DOCKER_HOST)" >&2
    exit 1
  fi
  if ! command -v dockerd >/dev/null; then
    need_root "apt-get install -y docker.io   # the Docker engine"
    return 0
  fi
  local socket=${host#unix://}
  if [ -S "$socket" ] && [ ! -w "$socket" ] && [ "$(id -u)" != 0 ]; then
    echo "setup-host: $socket is not writable for you; after the usermod below, log in again" >&2
    need_root "usermod -aG docker $(id -un)"
    return 0
  fi
  local start
  if [ -d /run/systemd/system ] && [ -z "${DOCKER_HOST:-}" ] && [ -z "${HEALER_DOCKERD_ARGS:-}" ]; then
    start="systemctl start docker"
  else
    local log=${HEALER_DOCKERD_LOG:-/var/log/healer-dockerd.log}
    # shellcheck disable=SC2086  (HEALER_DOCKERD_ARGS is a list of options)
    start="nohup dockerd -H $host${HEALER_DOCKERD_ARGS:+ $HEALER_DOCKERD_ARGS} >>$log 2>&1 &"
  fi
  if ! can_root; then
    need_root "$start"
    return 0
  fi
  say "Docker engine: not running; starting it ($start)"
  as_root sh -c "$start"
  local wait=${HEALER_ENGINE_WAIT:-60}
  for _ in $(seq 1 "$wait"); do
    engine_answers && break
    sleep 1
  done
  if ! engine_answers; then
    echo "setup-host: the Docker engine did not answer within ${wait}s" >&2
    [ -n "${log:-}" ] && [ -r "$log" ] && tail -n 30 "$log" >&2
    exit 1
  fi
  say "Docker engine: $(docker info --format '{{.ServerVersion}}, storage {{.Driver}}, cgroup v{{.CgroupVersion}}')"
}

step_python() {
  if ! command -v python3 >/dev/null || { command -v dpkg >/dev/null && ! dpkg -s python3-venv >/dev/null 2>&1; }; then
    return 0  # the packages step said what to install
  fi
  say "Python environment ($venv)"
  make --no-print-directory install VENV="$venv"
}

step_image() {
  if [ ! -x "$venv/bin/python" ] || ! engine_answers; then
    return 0  # a step above already said what is missing
  fi
  # Building needs root (debootstrap); reusing a built image does not.
  if [ "$(id -u)" != 0 ] && [ "$use_sudo" = 0 ]; then
    if ! HEALER_DEBUG=1 "$venv/bin/python" manage.py sandbox build; then
      need_root "cd $(pwd) && HEALER_DEBUG=1 $venv/bin/python manage.py sandbox build"
    fi
    return 0
  fi
  say "Sandbox image (built offline with debootstrap, cached by its recipe's hash)"
  as_root env HEALER_DEBUG=1 "$venv/bin/python" manage.py sandbox build
}

for step in "${steps[@]}"; do
  "step_$step"
done

if [ ${#todo[@]} -gt 0 ]; then
  {
    echo
    echo "Healer is NOT ready: healing needs these commands, which need root. Run them, then run"
    echo "this again (make run does):"
    for command in "${todo[@]}"; do echo "  sudo sh -c '$command'"; done
  } >&2
  exit 1
fi
if [ ${#steps[@]} -eq 4 ]; then
  say "Ready to heal: packages, Docker engine, Python environment and sandbox image are in place"
else
  say "Done: ${steps[*]}"
fi
