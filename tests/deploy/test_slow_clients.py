"""Slow clients (issue 16): eight connections that send their request a byte at a time hold
every sync worker of a gunicorn met directly, so a normal request waits (37 s measured before
nginx); behind the committed nginx, which reads whole requests before passing them on, the same
eight do not delay a normal request.

One gunicorn with the production settings and two sync workers (WEB_CONCURRENCY=2, a small
server's count), nginx in front, started once for the module. The bounds only tell "answers"
from "stalls": a normal request through nginx within 3 s, and none straight from gunicorn within
5 s while the slow clients hold its workers.
"""

import contextlib
import functools
import socket
import threading
import time

import pytest

from tests.deploy.nginx import SERVER_NAME
from tests.deploy.stack import (
    Server,
    collect_static,
    database_url,
    nginx_in_front,
    production_environment,
)

pytestmark = pytest.mark.django_db

SLOW_CLIENTS = 8
WORKERS = 2
BYTE_INTERVAL = 0.3  # seconds between two bytes of a slow client
ANSWERS_WITHIN = 3  # seconds: a normal request that is not held up
STALLED_AFTER = 5  # seconds: a normal request that is


@pytest.fixture(scope="module")
def stack(django_db_setup, django_db_blocker, tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("slow")
    with django_db_blocker.unblock():
        db_url = database_url(tmp_path)
    env = production_environment(tmp_path, db_url, WEB_CONCURRENCY=str(WORKERS))
    collect_static(env)
    with (
        Server(env, tmp_path / "gunicorn.log") as gunicorn,
        nginx_in_front(tmp_path, [gunicorn.port], env) as nginx,
    ):
        yield gunicorn, nginx


def slow_request(index):
    """Half send their headers slowly; the other half, an upload's body."""
    if index % 2:
        return (
            f"GET /en/news/?slow={index} HTTP/1.1\r\nHost: {SERVER_NAME}\r\n"
            f"X-Forwarded-Proto: https\r\nUser-Agent: slowloris\r\n"
            + "".join(f"X-Padding-{n}: {'a' * 40}\r\n" for n in range(40))
            + "\r\n"
        ).encode()
    body = "q=" + "b" * 4000
    return (
        f"POST /en/search/ HTTP/1.1\r\nHost: {SERVER_NAME}\r\nX-Forwarded-Proto: https\r\n"
        f"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {len(body)}\r\n\r\n"
        + body
    ).encode()


def trickle(connect, index, stop):
    """Sends a request a byte at a time until `stop`, then hangs up."""
    try:
        sock = connect()
    except OSError:
        return
    with contextlib.closing(sock):
        for byte in slow_request(index):
            if stop.wait(BYTE_INTERVAL):
                return
            try:
                sock.sendall(bytes([byte]))
            except OSError:
                return
        stop.wait()


@contextlib.contextmanager
def slow_clients(connect):
    stop = threading.Event()
    threads = [
        threading.Thread(target=trickle, args=(connect, index, stop), daemon=True)
        for index in range(SLOW_CLIENTS)
    ]
    for thread in threads:
        thread.start()
    time.sleep(1)  # every one connected and sending
    try:
        yield
    finally:
        stop.set()
        for thread in threads:
            thread.join(timeout=10)


def test_slow_clients_through_nginx_do_not_delay_a_normal_request(stack):
    _, nginx = stack
    nginx.get("/en/")  # stored in the page cache: the timing below is not a first render
    with slow_clients(nginx.open_socket):
        for _ in range(3):
            started = time.monotonic()
            response, body = nginx.get("/en/", timeout=ANSWERS_WITHIN)
            assert response.status == 200, body[:300]
            assert time.monotonic() - started < ANSWERS_WITHIN


def test_the_same_slow_clients_straight_at_gunicorn_stall_it(stack):
    """Without nginx the test above would fail: this is what it guards against."""
    gunicorn, _ = stack
    gunicorn.get("/en/", {"X-Forwarded-Proto": "https"})
    connect = functools.partial(socket.create_connection, ("127.0.0.1", gunicorn.port))
    with slow_clients(connect), pytest.raises(TimeoutError):
        gunicorn.get("/en/", {"X-Forwarded-Proto": "https"}, timeout=STALLED_AFTER)
    # Once they hang up, gunicorn answers again.
    response, _ = gunicorn.get("/en/", {"X-Forwarded-Proto": "https"}, timeout=30)
    assert response.status == 200
