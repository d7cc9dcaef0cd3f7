#!/bin/sh
# One image, several roles. Every role checks its configuration first, so a
# broken deployment stops at start-up with Django's check messages instead of
# failing later inside a run.
set -eu
cd "$(dirname "$0")/.."

manage() { exec python manage.py "$@"; }

wait_for_engine() {
  # Workers are useless without the Docker engine (a separate engine host may
  # still be booting): wait for it, then let `check --deploy` judge it.
  tries=${HEALER_ENGINE_WAIT:-60}
  while [ "$tries" -gt 0 ]; do
    python -c 'import docker; docker.from_env(timeout=5).ping()' 2>/dev/null && return 0
    tries=$((tries - 1))
    sleep 1
  done
  echo "entrypoint: no Docker engine reachable at ${DOCKER_HOST:-unix:///var/run/docker.sock}" >&2
}

role=${1:-web}
[ $# -gt 0 ] && shift
case "$role" in
  web)
    # The web process needs no Docker engine: deploy checks without the sandbox ones.
    python manage.py check --fail-level ERROR
    python manage.py check --deploy --tag security --tag healer --fail-level ERROR
    exec gunicorn --config deploy/gunicorn.conf.py healer.wsgi:application "$@"
    ;;
  worker)
    wait_for_engine
    python manage.py check --deploy --fail-level ERROR
    manage qcluster "$@"
    ;;
  migrate)
    python manage.py migrate --noinput
    manage setup_schedules
    ;;
  sandbox-image)
    # Needs root (debootstrap): docker-compose runs this one-shot service as root.
    manage sandbox build "$@"
    ;;
  recover)
    manage recover "$@"
    ;;
  manage)
    manage "$@"
    ;;
  *)
    exec "$role" "$@"
    ;;
esac
