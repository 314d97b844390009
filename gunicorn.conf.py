"""gunicorn's settings for the site (`make serve`, and production: `gunicorn config.wsgi` reads
this file from the working directory). Each value can be changed from the environment.

Sync workers: one request at a time each, so the site needs several, and a buffering proxy in
front (nginx, deploy/nginx/consortium.conf): a sync worker met directly is held by a slow client
for as long as it takes to send its request (eight slow clients held two workers for 80 s;
tests/deploy/test_slow_clients.py). A request here spends most of its time in Python
(templates, the ORM) with short waits on the database, so gunicorn's rule of thumb of
2 x cores + 1 keeps every core busy while one worker waits; it is capped at 8 because each
worker holds its own copy of Django and Wagtail (about 130 MB). More than that: several
instances (deploy/systemd/consortium@.service), on this machine or others, behind nginx.
"""

import multiprocessing
import os


def _int(name, default):
    return int(os.environ.get(name, default))


wsgi_app = "config.wsgi:application"
bind = os.environ.get("GUNICORN_BIND") or "{}:{}".format(
    os.environ.get("HOST", "127.0.0.1"), os.environ.get("PORT", "8000")
)

# WEB_CONCURRENCY is the variable platforms (and gunicorn itself) use for the number of workers.
workers = _int("WEB_CONCURRENCY", min(2 * multiprocessing.cpu_count() + 1, 8))
worker_class = "sync"

# A worker silent for longer than `timeout` seconds is killed and replaced (a stuck request).
# On a stop or reload, workers get `graceful_timeout` seconds to finish their requests.
timeout = _int("GUNICORN_TIMEOUT", 30)
graceful_timeout = _int("GUNICORN_GRACEFUL_TIMEOUT", 20)

# Each worker is replaced after about a thousand requests (the jitter keeps them from restarting
# all at once), which bounds any slow growth in memory.
max_requests = _int("GUNICORN_MAX_REQUESTS", 1000)
max_requests_jitter = _int("GUNICORN_MAX_REQUESTS_JITTER", 100)

# The application is imported in each worker, not once in the master before forking: a database
# connection or file opened at import time is never shared between processes, and a HUP reloads
# new code.
preload_app = False

# Access log and errors on stdout/stderr, for the process manager (systemd, Docker) to collect.
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-")
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
# Client address, request line, status, bytes, referrer, user agent and the time in microseconds.
access_log_format = '%(h)s %(l)s %(u)s %(t)s "%(r)s" %(s)s %(b)s "%(f)s" "%(a)s" %(D)sus'

# gunicorn trusts X-Forwarded-For/-Proto only from these addresses (the TLS proxy); Django reads
# X-Forwarded-Proto itself (SECURE_PROXY_SSL_HEADER in config/settings/production.py).
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")

proc_name = "consortium-site"

# gunicorn's control socket (gunicornc, gunicorn 25.1+) has one default path per user, which
# several servers on one machine (a trial, the tests, the benchmark) would fight over: off
# unless GUNICORN_CONTROL_SOCKET names a path for this server.
control_socket = os.environ.get("GUNICORN_CONTROL_SOCKET", "")
control_socket_disable = not control_socket
