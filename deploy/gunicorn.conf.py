"""gunicorn settings for the web container (deploy/entrypoint.sh web).

Read through healer.env like every other setting, so a malformed value stops
gunicorn at start-up with the variable's name.
"""

from __future__ import annotations

import multiprocessing

from healer.env import env_int, env_list, env_str

bind = env_str("HEALER_WEB_BIND", "0.0.0.0:8000")
# Threads serve the dashboard's polling cheaply; processes give CPU parallelism.
worker_class = "gthread"
workers = env_int("HEALER_WEB_WORKERS", min(2 * multiprocessing.cpu_count() + 1, 8), min_value=1)
threads = env_int("HEALER_WEB_THREADS", 4, min_value=1)
timeout = env_int("HEALER_WEB_TIMEOUT", 60, min_value=5)
graceful_timeout = 30
keepalive = 5
# Recycle workers now and then so a slow leak cannot grow without bound.
max_requests = 2000
max_requests_jitter = 200
# Heartbeat files on tmpfs: a slow overlay filesystem must not get workers killed.
worker_tmp_dir = "/dev/shm"
# Addresses of the reverse proxy allowed to set X-Forwarded-* headers.
forwarded_allow_ips = ",".join(env_list("HEALER_FORWARDED_ALLOW_IPS", ["127.0.0.1"]))
accesslog = "-"
errorlog = "-"
loglevel = env_str("HEALER_LOG_LEVEL", "INFO").lower()
