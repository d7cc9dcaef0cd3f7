# Healer developer commands. `make run` and `make test` are the README quick start.
VENV ?= .venv
PY := $(VENV)/bin/python
PYTEST_ARGS ?=
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install setup run test lint format image check clean test-postgres loadbench

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	test -d $(VENV) || python3 -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip
	$(VENV)/bin/pip install --quiet -e ".[dev]"
	touch $@

# Everything healing needs on this machine (shared with .ci/run): Debian packages, a running
# Docker engine, the virtualenv, the sandbox image. As root it does it all; otherwise it prints
# the commands to run as root and fails.
setup:
	VENV=$(VENV) bash deploy/setup-host.sh

# The web app and one worker on SQLite + django-q2's ORM broker, in one terminal. Any step that
# fails stops here, before anything says Healer is ready. The worker runs in a session of its
# own and gets exactly one SIGTERM when the web app stops (Ctrl-C, a closed terminal, a TERM to
# the group): a second TERM can leave its cluster hanging.
run: setup
	HEALER_DEBUG=1 $(PY) manage.py migrate --noinput
	HEALER_DEBUG=1 $(PY) manage.py setup_schedules
	HEALER_DEBUG=1 $(PY) manage.py dev_bootstrap
	@echo "Healer on http://$(HOST):$(PORT)/  (Ctrl-C stops the web app and the worker)"
	HEALER_DEBUG=1 sh -c 'setsid $(PY) manage.py qcluster & worker=$$!; \
		trap "trap - INT TERM HUP EXIT; kill $$worker 2>/dev/null; wait $$worker" INT TERM HUP EXIT; \
		$(PY) manage.py runserver $(HOST):$(PORT)'

# The whole test suite (CI calls exactly this through .ci/run).
test: install
	$(VENV)/bin/pytest $(PYTEST_ARGS)

# ruff, then the architecture contracts of .importlinter (layers, forbidden imports, no cycles).
lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports

format: install
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

image: install
	$(PY) manage.py sandbox build

check: install
	$(PY) manage.py sandbox check

clean:
	rm -rf var/workspaces var/results

# The suite's database- and broker-dependent parts again, on PostgreSQL + Redis
# (Debian's packages, started by deploy/test-services.sh). CI runs this after `make test`.
PG_TESTS ?= tests/runs tests/deploy tests/api tests/web tests/hosting
test-postgres: install
	eval "$$(sh deploy/test-services.sh)" && \
		$(VENV)/bin/pytest $(wildcard $(PG_TESTS)) -m "not browser" $(PYTEST_ARGS)

# Throughput, queue wait and worker memory with two workers (figures in deploy/README.md).
LOADBENCH_ARGS ?= --runs 20 --workers 2
loadbench: install
	$(PY) manage.py loadbench $(LOADBENCH_ARGS)
