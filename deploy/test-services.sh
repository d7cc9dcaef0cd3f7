#!/bin/sh
# Start Debian's PostgreSQL and Redis for the test suite's second pass (CI and
# `make test-postgres`), create a role that may create the test database, and
# print the environment that points Healer at them:
#   eval "$(sh deploy/test-services.sh)"
# Idempotent: services already running are reused. Needs root (or sudo).
set -eu

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
as_postgres() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$1"; else sudo -u postgres sh -c "$1"; fi; }
say() { echo "test-services: $*" >&2; }

PG_ROLE=${TEST_PG_ROLE:-healer}
PG_PASSWORD=${TEST_PG_PASSWORD:-healer}
REDIS_PORT=${TEST_REDIS_PORT:-6379}

command -v pg_lsclusters >/dev/null || { say "postgresql is not installed (apt-get install postgresql)"; exit 3; }
command -v redis-server >/dev/null || { say "redis-server is not installed (apt-get install redis-server)"; exit 3; }

# PostgreSQL: the newest installed version's "main" cluster.
version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main"' | grep -q .; then
  as_root pg_createcluster "$version" main >/dev/null
fi
port=$(pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" {print $3}')
if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" {print $4}' | grep -q online; then
  as_root pg_ctlcluster "$version" main start
fi
for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p "$port" && break; sleep 1; done
pg_isready -q -h 127.0.0.1 -p "$port" || { say "PostgreSQL $version did not start on port $port"; exit 1; }

# CREATEDB: pytest-django creates (and drops) the test_* database itself.
as_postgres "psql -p $port -v ON_ERROR_STOP=1 -q" >/dev/null <<SQL
DO \$\$BEGIN
  IF EXISTS (SELECT FROM pg_roles WHERE rolname = '$PG_ROLE') THEN
    ALTER ROLE "$PG_ROLE" LOGIN CREATEDB PASSWORD '$PG_PASSWORD';
  ELSE
    CREATE ROLE "$PG_ROLE" LOGIN CREATEDB PASSWORD '$PG_PASSWORD';
  END IF;
END\$\$;
SQL
if ! as_postgres "psql -p $port -tAc \"SELECT 1 FROM pg_database WHERE datname = '$PG_ROLE'\"" | grep -q 1; then
  as_postgres "createdb -p $port -O $PG_ROLE $PG_ROLE"
fi
say "PostgreSQL $version on port $port, role $PG_ROLE (CREATEDB)"

# Redis: reuse one that answers, else start a throw-away one without persistence.
if ! redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1; then
  redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --daemonize yes --save "" --appendonly no \
    --logfile /tmp/healer-test-redis.log >/dev/null
  for _ in $(seq 1 30); do redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1 && break; sleep 0.5; done
fi
redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1 || { say "redis-server did not start on port $REDIS_PORT"; exit 1; }
say "Redis on port $REDIS_PORT"

echo "export DATABASE_URL=postgres://$PG_ROLE:$PG_PASSWORD@127.0.0.1:$port/$PG_ROLE"
echo "export REDIS_URL=redis://127.0.0.1:$REDIS_PORT/0"
