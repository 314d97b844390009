"""`make bench`, scale-out part: the whole stack of several app servers on this machine, loaded
through nginx while an editor publishes.

Two gunicorn instances (the production settings, gunicorn.conf.py, WEB_CONCURRENCY workers
each) behind the committed nginx configuration (deploy/nginx/consortium.conf, as
tests/deploy/nginx.py runs it on loopback ports), one Redis (Debian's redis-server) as the
shared cache and session store, media on S3-compatible object storage (moto's S3 server, the
uploads copied into its bucket), and the database: a throwaway PostgreSQL database on the
server DATABASE_URL names when it is PostgreSQL (created, filled and dropped here), else
SQLite (bench.py's database in var/bench). The content is the demo plus 1,000 generated
articles per language (`load_bench_content`).

wrk then sends 64 connections for 60 s over HTTPS through nginx, each request the next of the
pages of every type in every language (home, indexes, articles, events, partners,
publications, library, search, sitemap), while an editor signed in to the admin publishes an
index page every 5 s (each publish purges the pages that show it: the whole site, since index
pages are in the menu). It prints the requests, the errors (non-2xx/3xx answers and socket
errors), p50 and p99, and the publishes.

    .venv/bin/python benchmarks/scale_out.py [--duration 60] [--connections 64] [--reuse]
    .venv/bin/python benchmarks/scale_out.py paths   # internal: the pages' addresses (JSON)
"""

import argparse
import contextlib
import json
import os
import re
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import quote, urlsplit, urlunsplit

REPO = Path(__file__).resolve().parent.parent
# The project's folder first, and not this one: benchmarks/search.py would stand in for the
# search app (as in bench.py's probe).
HERE = str(Path(__file__).resolve().parent)
sys.path[:] = [str(REPO)] + [entry for entry in sys.path if entry not in ("", HERE)]

from benchmarks import bench  # noqa: E402
from tests.deploy.editor import Editor  # noqa: E402
from tests.deploy.nginx import Nginx, free_port, missing_software  # noqa: E402
from tests.deploy.services import ObjectStore, RedisServer, missing_services  # noqa: E402

BUCKET = "consortium-media"
PUBLIC_PREFIXES = ["images/"]  # core/object_storage.py
EDITOR = "scale-out-editor"
UNITS = bench.UNITS


# Inside Django: the pages' addresses ----------------------------------------------------------


def paths():
    """Print, as JSON, the addresses of every page type in every language and the ids of the
    index pages the editor publishes."""
    import django

    django.setup()
    from django.conf import settings

    from demo import content_models as models

    def live(model, language):
        return model.objects.filter(locale__language_code=language).live().order_by("path")

    found = ["/sitemap.xml", "/sitemap-1.xml"]
    for language, _name in settings.LANGUAGES:
        pages = [live(models.HomePage, language).first()]
        for model in (
            models.NewsIndexPage,
            models.EventIndexPage,
            models.PartnerIndexPage,
            models.ResourceIndexPage,
            models.StandardPage,
        ):
            pages.append(live(model, language).first())
        for model in (models.NewsPage, models.EventPage, models.PartnerPage):
            pages += [live(model, language).first(), live(model, language).last()]
        pages.append(live(models.PublicationPage, language).first())
        found += [page.url for page in pages if page is not None]
        found.append(f"/{language}/search/?q={quote(pages[1].title.split()[0])}")
    editor_pages = [
        live(model, "en").first().pk for model in (models.NewsIndexPage, models.EventIndexPage)
    ]
    print(json.dumps({"paths": found, "publish": editor_pages}))


# Outside: the database, the services, the servers ---------------------------------------------


def environment(workdir, database_url, **extra):
    return {
        **{k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "GUNICORN_"))},
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "DATABASE_URL": database_url,
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "example.org,127.0.0.1",
        "WAGTAILADMIN_BASE_URL": "https://example.org",
        "EMAIL_URL": "dummy:",
        "DJANGO_STATIC_ROOT": str(workdir / "staticfiles"),
        "MEDIA_ROOT": str(workdir / "scale-out-media"),
        "WEB_CONCURRENCY": os.environ.get("WEB_CONCURRENCY", "2"),
        "GUNICORN_MAX_REQUESTS": "0",
        "GUNICORN_LOG_LEVEL": "warning",
        "GUNICORN_ACCESS_LOG": "/dev/null",
        "PYTHONPATH": str(REPO),
        **extra,
    }


def manage(env, *args, log):
    subprocess.run(
        [sys.executable, "manage.py", *args], cwd=REPO, env=env, check=True, stdout=log, stderr=log
    )


def postgres_admin(url):
    import psycopg

    parts = urlsplit(url)
    admin_url = urlunsplit(parts._replace(path="/postgres"))
    return psycopg.connect(admin_url, autocommit=True)


@contextlib.contextmanager
def database(workdir, articles, reuse, log):
    """The URL of the benchmark's database, filled with the demo plus `articles` per language;
    its uploads in workdir/scale-out-media."""
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        databases = bench.build_databases(sys.executable, workdir, articles, reuse)
        media = workdir / "scale-out-media"
        if media.exists():
            shutil.rmtree(media)
        shutil.copytree(workdir / "media", media)
        yield f"sqlite:///{databases[str(articles)]}"
        return
    parts = urlsplit(url)
    name = f"{parts.path.lstrip('/') or 'consortium'}_scale_out_bench"
    bench_url = urlunsplit(parts._replace(path=f"/{name}"))
    env = environment(workdir, bench_url, DJANGO_LOCAL_TRIAL="true")
    with postgres_admin(url) as admin:
        exists = admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if exists and not reuse:
            admin.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
        if not (exists and reuse):
            admin.execute(f'CREATE DATABASE "{name}"')
            started = time.perf_counter()
            manage(env, "migrate", "--no-input", "-v", "0", log=log)
            manage(env, "load_demo", log=log)
            manage(env, "load_bench_content", "--no-demo", "--articles", str(articles), log=log)
            print(f"PostgreSQL database {name}: {time.perf_counter() - started:.0f} s")
    manage(env, "collectstatic", "--no-input", "-v", "0", log=log)
    try:
        yield bench_url
    finally:
        if not reuse:
            with postgres_admin(url) as admin:
                admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


class Gunicorn:
    def __init__(self, env, log):
        self.port = free_port()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "--config", "gunicorn.conf.py"],
            cwd=REPO,
            env={**env, "HOST": "127.0.0.1", "PORT": str(self.port)},
            stdout=log,
            stderr=log,
            start_new_session=True,
        )

    def wait(self):
        deadline = time.monotonic() + 60
        while True:
            try:
                bench.fetch(self.port, "/robots.txt")
                return
            except OSError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("gunicorn did not start: see scale-out.log") from None
                time.sleep(0.3)

    def stop(self):
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            self.process.wait(timeout=30)


class BenchNginx(Nginx):
    """The committed configuration, also answering the name 127.0.0.1: wrk introduces itself
    (TLS SNI) with its URL's host, which must reach the site's https server."""

    def site_config(self):
        names = "server_name example.org www.example.org;"
        config = super().site_config()
        if names not in config:
            raise AssertionError(f"deploy/nginx/consortium.conf no longer says {names!r}")
        return config.replace(names, names[:-1] + " 127.0.0.1;")


# The load -------------------------------------------------------------------------------------

WRK_SCRIPT = """
paths = {%s}
counter = 0
wrk.headers["Host"] = "example.org"
wrk.headers["Accept-Encoding"] = "br, gzip"
request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter %% #paths) + 1])
end
"""


def wrk(nginx, paths, duration, connections, workdir):
    script = workdir / "scale-out.lua"
    script.write_text(WRK_SCRIPT % ", ".join(json.dumps(path) for path in paths))
    output = subprocess.run(
        ["wrk", "-t2", f"-c{connections}", f"-d{duration}s", "--timeout", "30s", "--latency"]
        + ["-s", str(script), f"https://127.0.0.1:{nginx.https_port}/"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    latency = {
        percent: float(value) * UNITS[unit]
        for percent, value, unit in re.findall(
            r"^\s+(50|99)%\s+([\d.]+)(us|ms|s|m)\s*$", output, re.M
        )
    }
    socket_errors = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", output))
    non_2xx = sum(int(n) for n in re.findall(r"Non-2xx or 3xx responses: (\d+)", output))
    return {
        "requests": int(re.search(r"(\d+) requests in", output).group(1)),
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "p50": latency.get("50"),
        "p99": latency.get("99"),
        "socket errors": socket_errors,
        "non-2xx/3xx": non_2xx,
        "output": output,
    }


def publish_while(editor, page_ids, every, done):
    """The editor publishes the pages in turn every `every` seconds until `done`: [(status,
    seconds)]."""
    publishes = []
    while not done.wait(every):
        page_id = page_ids[len(publishes) % len(page_ids)]
        started = time.perf_counter()
        try:
            status = editor.publish(page_id, introduction=f"Edition {len(publishes)}").status
        except OSError as error:
            status = repr(error)
        publishes.append((status, time.perf_counter() - started))
    return publishes


def run(options):
    workdir = options.workdir
    workdir.mkdir(parents=True, exist_ok=True)
    log = (workdir / "scale-out.log").open("a")
    tmp = Path(tempfile.mkdtemp(prefix="scale-out-", dir=workdir))
    with contextlib.ExitStack() as stack:
        url = stack.enter_context(database(workdir, options.articles, options.reuse, log))
        redis = stack.enter_context(RedisServer(tmp))
        store = stack.enter_context(ObjectStore(tmp))
        store.create_bucket(BUCKET, PUBLIC_PREFIXES)
        store.upload_folder(BUCKET, workdir / "scale-out-media")
        env = environment(workdir, url, REDIS_URL=redis.url, **store.environment(BUCKET))
        found = json.loads(
            subprocess.run(
                [sys.executable, str(Path(__file__).resolve()), "paths"],
                cwd=REPO,
                env=env,
                check=True,
                capture_output=True,
                text=True,
            ).stdout.splitlines()[-1]
        )
        password = secrets.token_urlsafe(16)
        manage(
            {**env, "DJANGO_SUPERUSER_PASSWORD": password},
            "shell",
            "-c",
            "from django.contrib.auth.models import User; "
            f"User.objects.filter(username='{EDITOR}').delete(); "
            f"User.objects.create_superuser('{EDITOR}', 'editor@example.org', '{password}')",
            log=log,
        )
        servers = [Gunicorn(env, log), Gunicorn(env, log)]
        for server in servers:
            stack.callback(server.stop)
        for server in servers:
            server.wait()
        nginx = BenchNginx(
            tmp / "nginx", [s.port for s in servers], env["DJANGO_STATIC_ROOT"], env["MEDIA_ROOT"]
        )
        stack.enter_context(nginx)
        editor = Editor(nginx.connection, forwarded=False).sign_in(EDITOR, password)
        for path in found["paths"]:  # each page answers, and its renditions exist
            response, _ = nginx.get(path)
            if response.status != 200:
                raise RuntimeError(f"{path}: {response.status}")
        done = threading.Event()
        publishes = []
        publisher = threading.Thread(
            target=lambda: publishes.extend(
                publish_while(editor, found["publish"], options.publish_every, done)
            )
        )
        publisher.start()
        try:
            result = wrk(nginx, found["paths"], options.duration, options.connections, tmp)
        finally:
            done.set()
            publisher.join()
    shutil.rmtree(tmp, ignore_errors=True)
    return result, publishes, found, url


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", nargs="?", choices=["paths"])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--duration", type=int, default=60, help="seconds of wrk")
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--publish-every", type=float, default=5.0, help="seconds")
    parser.add_argument("--workdir", type=Path, default=REPO / "var" / "bench")
    parser.add_argument("--reuse", action="store_true", help="keep the database built before")
    parser.add_argument("--check", action="store_true", help="exit 1 on any error")
    options = parser.parse_args()
    if options.command == "paths":
        return paths()
    for problem in (missing_software(), missing_services()):
        if problem:
            sys.exit(f"scale-out benchmark: {problem}")
    if shutil.which("wrk") is None:
        sys.exit("wrk is missing: apt-get install wrk (make bench installs it)")
    signal.signal(signal.SIGTERM, lambda *_: sys.exit("stopped"))  # the servers stop too
    load_before = Path("/proc/loadavg").read_text().split()[0]
    result, publishes, found, url = run(options)
    engine = "PostgreSQL" if url.startswith("postgres") else "SQLite"
    failed = [status for status, _ in publishes if status != 302]
    errors = result["socket errors"] + result["non-2xx/3xx"] + len(failed)
    seconds = ", ".join(f"{s:.1f}" for _, s in publishes)
    published = (
        f"{len(publishes) - len(failed)} of {len(publishes)} published (302), in {seconds} s"
        if publishes
        else "none"
    )
    print(
        f"Scale-out, measured {bench.machine().removesuffix(', SQLite')}, {engine} "
        f"(load average before: {load_before}): two gunicorns "
        f"(WEB_CONCURRENCY={os.environ.get('WEB_CONCURRENCY', '2')} each) behind nginx, Redis, "
        f"S3 (moto); wrk -t2 -c{options.connections} -d{options.duration}s over HTTPS across "
        f"{len(found['paths'])} addresses (every page type, 3 languages).\n\n"
        f"| requests | req/s | errors (non-2xx/3xx, socket) | p50 | p99 | publishes |\n"
        f"| --- | --- | --- | --- | --- | --- |\n"
        f"| {result['requests']:,} | {result['rps']:.1f} | {result['non-2xx/3xx']}, "
        f"{result['socket errors']} | {bench.number(result['p50'])} ms | "
        f"{bench.number(result['p99'])} ms | {published} |"
    )
    if options.check and errors:
        sys.exit(1)


if __name__ == "__main__":
    main()
