"""`make bench`: throughput, latency and queries of the site's pages under the production server.

Builds two throwaway SQLite databases, the demo alone (28 articles per language) and the demo
plus 1,000 generated articles per language (`manage.py load_bench_content`), serves each with
the production settings under gunicorn (gunicorn.conf.py, as `make serve` does) on a loopback
port, with the page cache off (cold) and on (warm), and loads each page with `wrk` (one
thread, a few connections, a few seconds). It prints a Markdown table per cache state: requests
per second, p50 and p99 latency, errors, queries per render (counted in-process with Django's
test client against the same database), and each page's throughput as a ratio to a static CSS
file served by the same server, at both sizes, with the 1,000/28 ratio. English pages only.

Targets, checked with --check (exit status 1 when one is missed): warm pages at least 0.70 of
the static file's throughput; cold pages within 15 queries (the 404 page 5) and at least 0.9 of
their throughput at 28 articles when there are 1,000.

    .venv/bin/python benchmarks/bench.py [--check] [--articles 1000] [--duration 6]
    .venv/bin/python benchmarks/bench.py probe      # internal: URLs and query counts (JSON)
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
import time
import urllib.error
import urllib.request
from pathlib import Path

REPO = Path(os.environ.get("BENCH_REPO", Path(__file__).resolve().parent.parent))
PAGES = [
    "home",
    "news index",
    "article",
    "events index",
    "partners index",
    "partner",
    "publication",
    "library",
    "search",
    "sitemap",
    "sitemap section",
]
STATIC = "static CSS"
NOT_FOUND = "404"
QUERY_BUDGET, NOT_FOUND_BUDGET = 15, 5
WARM_TARGET, FLAT_TARGET = 0.70, 0.9
SEARCH_WORD = "training"
HEADERS = {"X-Forwarded-Proto": "https", "Accept-Encoding": "br, gzip"}
UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}


# Inside Django: the pages' addresses and their queries -------------------------------------


def probe():
    """Print, as JSON, the address of each benchmarked page (English) and the queries of a
    render with the page cache off: `first` with every cache emptied, `steady` on the next
    render (menu, footer and Wagtail's caches filled, as on a running server)."""
    # benchmarks/search.py would stand in for the search app: the project's folder comes first.
    here = str(Path(__file__).resolve().parent)
    sys.path[:] = [str(REPO)] + [entry for entry in sys.path if entry not in ("", here)]
    import django

    django.setup()
    from django.conf import settings
    from django.core.cache import caches
    from django.db import connection
    from django.test import Client, override_settings
    from django.test.utils import CaptureQueriesContext
    from django.utils import translation

    from demo import content_models as models

    def english(model):
        return model.objects.filter(locale__language_code="en").live().order_by("path")

    article = english(models.NewsPage).exclude(slug__startswith="benchmark-article").last()
    urls = {
        "home": english(models.HomePage).first().url,
        "news index": english(models.NewsIndexPage).first().url,
        "article": article.url,
        "events index": english(models.EventIndexPage).first().url,
        "partners index": english(models.PartnerIndexPage).first().url,
        "partner": english(models.PartnerPage).first().url,
        "publication": english(models.PublicationPage).first().url,
        "library": english(models.ResourceIndexPage).first().url,
        "search": f"/en/search/?q={SEARCH_WORD}",
        "sitemap": "/sitemap.xml",
        "sitemap section": "/sitemap-1.xml",
        NOT_FOUND: "/en/no-such-page-for-the-benchmark/",
    }
    # Uncompressed, so that the home page's stylesheet can be read from it.
    client = Client(HTTP_HOST="127.0.0.1", headers={"X-Forwarded-Proto": "https"})
    result = {"urls": {}, "queries": {}, "status": {}}
    with override_settings(PAGE_CACHE_ENABLED=False, ALLOWED_HOSTS=["127.0.0.1"]):
        for name, url in urls.items():
            counts = []
            for clear in (True, False):
                if clear:
                    for cache in caches.all():
                        cache.clear()
                with CaptureQueriesContext(connection) as queries:
                    response = client.get(url, secure=True)
                counts.append(len(queries))
            result["status"][name] = response.status_code
            expected = 404 if name == NOT_FOUND else 200
            if response.status_code != expected:
                continue  # a page this version does not have (a sitemap section)
            result["urls"][name] = url
            result["queries"][name] = {"first": counts[0], "steady": counts[1]}
            if name == "home":
                css = re.search(rb'href="(/static/[^"]+\.css)"', response.content)
                result["urls"][STATIC] = css.group(1).decode() if css else None
    lighthouse_pages = {
        "home": english(models.HomePage).first(),
        "article": article,
        "partners index": english(models.PartnerIndexPage).first(),
        "publication": english(models.PublicationPage).first(),
    }
    result["lighthouse"] = {}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            result["lighthouse"][code] = {
                name: page.localized.url for name, page in lighthouse_pages.items()
            }
    result["settings"] = settings.SETTINGS_MODULE
    print(json.dumps(result))


# Outside: databases, the server, wrk --------------------------------------------------------


def production_env(workdir, database, port, page_cache):
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.production",
        DATABASE_URL=f"sqlite:///{database}",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        WAGTAILADMIN_BASE_URL=f"http://127.0.0.1:{port}",
        DJANGO_LOCAL_TRIAL="true",
        DJANGO_STATIC_ROOT=str(workdir / "staticfiles"),
        MEDIA_ROOT=str(workdir / "media"),
        DJANGO_CACHE_DIR=str(Path(tempfile.mkdtemp(prefix="cache-", dir=workdir))),
        PAGE_CACHE_ENABLED="true" if page_cache else "false",
        GUNICORN_BIND=f"127.0.0.1:{port}",
        WEB_CONCURRENCY=os.environ.get("WEB_CONCURRENCY", "2"),
        GUNICORN_MAX_REQUESTS="0",  # no worker restarts in the middle of a measurement
        GUNICORN_LOG_LEVEL="warning",
        PYTHONPATH=str(REPO),
    )
    return env


def manage(python, env, *args, log=None):
    started = time.perf_counter()
    subprocess.run(
        [python, "manage.py", *args], cwd=REPO, env=env, check=True, stdout=log, stderr=log
    )
    return time.perf_counter() - started


def build_demo(python, workdir, reuse):
    """demo.sqlite3: the demo content (28 articles per language), with the static files."""
    demo = workdir / "demo.sqlite3"
    env = production_env(workdir, demo, 0, False)
    with (workdir / "build.log").open("a") as log:
        if not (reuse and demo.exists()):
            demo.unlink(missing_ok=True)
            seconds = manage(python, env, "migrate", "--no-input", "-v", "0", log=log)
            seconds += manage(python, env, "load_demo", log=log)
            print(f"demo database: {seconds:.0f} s", file=sys.stderr)
        manage(python, env, "migrate", "--no-input", "-v", "0", log=log)  # a reused one too
        manage(python, env, "collectstatic", "--no-input", "-v", "0", log=log)
    return demo


def build_databases(python, workdir, articles, reuse):
    """demo.sqlite3 (the demo) and bench-N.sqlite3 (the demo plus N articles per language)."""
    demo = build_demo(python, workdir, reuse)
    big = workdir / f"bench-{articles}.sqlite3"
    env = production_env(workdir, big, 0, False)
    with (workdir / "build.log").open("a") as log:
        if not (reuse and big.exists()):
            shutil.copyfile(demo, big)
        manage(python, env, "migrate", "--no-input", "-v", "0", log=log)
        seconds = manage(
            python, env, "load_bench_content", "--no-demo", "--articles", str(articles), log=log
        )
        print(f"{articles} articles per language: {seconds:.0f} s", file=sys.stderr)
    return {"28": demo, str(articles): big}


def run_probe(python, workdir, database):
    env = production_env(workdir, database, 0, False)
    output = subprocess.run(
        [python, str(Path(__file__).resolve()), "probe"],
        cwd=REPO,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(output.stdout.strip().splitlines()[-1])


@contextlib.contextmanager
def server(python, workdir, database, port, page_cache):
    env = production_env(workdir, database, port, page_cache)
    gunicorn = [python, "-m", "gunicorn"]
    if (REPO / "gunicorn.conf.py").exists():  # as `make serve` runs it
        command = [*gunicorn, "--config", "gunicorn.conf.py", "config.wsgi"]
    else:  # a version from before `make serve`
        command = [*gunicorn, "--workers", env["WEB_CONCURRENCY"], "--bind", env["GUNICORN_BIND"]]
        command.append("config.wsgi")
    log = (workdir / "server.log").open("a")
    process = subprocess.Popen(
        command, cwd=REPO, env=env, stdout=log, stderr=log, start_new_session=True
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                fetch(port, "/robots.txt")
                break
            except (urllib.error.URLError, ConnectionError):
                if process.poll() is not None or time.monotonic() > deadline:
                    log_file = workdir / "server.log"
                    raise RuntimeError(f"gunicorn did not start: see {log_file}") from None
                time.sleep(0.3)
        yield
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)
        log.close()


def fetch(port, url):
    request = urllib.request.Request(f"http://127.0.0.1:{port}{url}", headers=HEADERS)
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.status, response.read()


def wrk(port, url, duration, connections):
    header_args = [arg for name, value in HEADERS.items() for arg in ("-H", f"{name}: {value}")]
    output = subprocess.run(
        ["wrk", "-t1", f"-c{connections}", f"-d{duration}s", "--timeout", "20s", "--latency"]
        + header_args
        + [f"http://127.0.0.1:{port}{url}"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    latency = {}
    for percent, value, unit in re.findall(r"^\s+(50|99)%\s+([\d.]+)(us|ms|s|m)\s*$", output, re.M):
        latency[percent] = float(value) * UNITS[unit]
    errors = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", output)) + sum(
        int(n) for n in re.findall(r"Non-2xx or 3xx responses: (\d+)", output)
    )
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "p50": latency.get("50"),
        "p99": latency.get("99"),
        "errors": errors,
    }


def measure(python, workdir, databases, probes, port, page_cache, options):
    """wrk on each address, one server per database (ports `port`, `port + 1`), in ABBA order
    (28, 1,000, 1,000, 28 articles; half the duration each) so that both sizes see the same
    machine load and neither always goes second; the static file likewise. Each address is
    requested a few times first (its renditions made, its cache filled) and must answer 200.
    Returns {size: {page: result}}: requests/s and p50 the means of the two runs, p99 the
    larger, errors the sum."""
    results = {size: {} for size in databases}
    ports = {size: port + number for number, size in enumerate(databases)}
    sizes = list(databases)
    seconds = max(1, round(options.duration / 2))
    with contextlib.ExitStack() as stack:
        for size, database in databases.items():
            stack.enter_context(server(python, workdir, database, ports[size], page_cache))
        for name in [STATIC, *PAGES]:
            runs = {size: [] for size in sizes}
            for size in [*sizes, *reversed(sizes)]:
                url = probes[size]["urls"].get(name)
                if url is None:
                    continue
                if not runs[size]:
                    for _ in range(3):
                        status, _body = fetch(ports[size], url)
                    if status != 200:
                        raise RuntimeError(f"{name} {url}: {status}")
                runs[size].append(wrk(ports[size], url, seconds, options.connections))
            for size, done in runs.items():
                if done:
                    results[size][name] = combined(done)
                    rps = results[size][name]["rps"]
                    print(f"  {size:>5} {name:<16} {rps:8.1f} req/s", file=sys.stderr)
    return results


def combined(runs):
    return {
        "rps": sum(run["rps"] for run in runs) / len(runs),
        "p50": sum(run["p50"] or 0 for run in runs) / len(runs),
        "p99": max(run["p99"] or 0 for run in runs),
        "errors": sum(run["errors"] for run in runs),
    }


# The table -----------------------------------------------------------------------------------


def number(value, digits=1):
    return "–" if value is None else f"{value:.{digits}f}"


def table(state, sizes, runs, probes):
    small, big = sizes
    lines = [
        f"**{state}** (page cache {'on' if state == 'warm' else 'off'}; English pages; "
        f"queries per render with the page cache off)",
        "",
        f"| page | queries {small} / {big} | req/s {small} | p50 / p99 ms {small} | "
        f"× static {small} | req/s {big} | p50 / p99 ms {big} | × static {big} | errors | "
        f"{big}/{small} |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for name in [*PAGES, STATIC, NOT_FOUND]:
        cells = [name]
        queries = [probes[size]["queries"].get(name, {}).get("steady") for size in sizes]
        cells.append(" / ".join("–" if q is None else str(q) for q in queries))
        errors = 0
        for size in sizes:
            result = runs[(size, state)].get(name)
            static = runs[(size, state)].get(STATIC)
            if result is None:
                cells += ["–", "–", "–"]
                continue
            errors += result["errors"]
            cells.append(number(result["rps"]))
            cells.append(f"{number(result['p50'])} / {number(result['p99'])}")
            cells.append(number(result["rps"] / static["rps"], 2) if static else "–")
        first, second = (runs[(size, state)].get(name) for size in sizes)
        cells.append(str(errors) if first or second else "–")
        cells.append(number(second["rps"] / first["rps"], 2) if first and second else "–")
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def targets(sizes, runs, probes):
    """The targets missed, one line each."""
    small, big = sizes
    missed = []
    for name in PAGES:
        for size in sizes:
            queries = probes[size]["queries"].get(name, {}).get("steady")
            if queries is not None and queries > QUERY_BUDGET:
                missed.append(f"{name} at {size}: {queries} queries > {QUERY_BUDGET}")
            warm, static = runs.get((size, "warm"), {}), runs.get((size, "warm"), {}).get(STATIC)
            if name in warm and static and warm[name]["rps"] / static["rps"] < WARM_TARGET:
                ratio = warm[name]["rps"] / static["rps"]
                missed.append(f"{name} warm at {size}: {ratio:.2f} × static < {WARM_TARGET}")
        first, second = runs[(small, "cold")].get(name), runs[(big, "cold")].get(name)
        if first and second and second["rps"] / first["rps"] < FLAT_TARGET:
            ratio = second["rps"] / first["rps"]
            missed.append(f"{name} cold: {big}/{small} = {ratio:.2f} < {FLAT_TARGET}")
    for size in sizes:
        queries = probes[size]["queries"].get(NOT_FOUND, {}).get("steady")
        if queries is not None and queries > NOT_FOUND_BUDGET:
            missed.append(f"404 at {size}: {queries} queries > {NOT_FOUND_BUDGET}")
    return missed


def machine():
    model = "unknown CPU"
    with contextlib.suppress(OSError):
        found = re.search(r"model name\s*:\s*(.+)", Path("/proc/cpuinfo").read_text())
        model = found.group(1).strip() if found else model
    commit = subprocess.run(
        ["git", "log", "-1", "--format=%h %cs"], cwd=REPO, capture_output=True, text=True
    ).stdout.strip()
    when = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    return f"{when}, commit {commit}, {os.cpu_count()} × {model}, SQLite"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", nargs="?", choices=["probe"])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--port", type=int, default=int(os.environ.get("BENCH_PORT", 18500)))
    parser.add_argument(
        "--duration", type=int, default=6, help="seconds of wrk per page and size (ABBA halves)"
    )
    parser.add_argument("--connections", type=int, default=4)
    parser.add_argument("--workdir", type=Path, default=REPO / "var" / "bench")
    parser.add_argument("--reuse", action="store_true", help="keep databases already built")
    parser.add_argument("--no-warm", action="store_true", help="page cache off only")
    parser.add_argument("--output", type=Path, help="also write the tables to this file")
    parser.add_argument("--check", action="store_true", help="exit 1 if a target is missed")
    options = parser.parse_args()
    if options.command == "probe":
        return probe()
    if shutil.which("wrk") is None:
        sys.exit("wrk is missing: apt-get install wrk (make bench installs it)")
    signal.signal(signal.SIGTERM, lambda *_: sys.exit("stopped"))  # the servers stop too
    python = sys.executable
    options.workdir.mkdir(parents=True, exist_ok=True)
    databases = build_databases(python, options.workdir, options.articles, options.reuse)
    sizes = list(databases)
    states = ["cold"] if options.no_warm else ["cold", "warm"]
    probes, runs = {}, {}
    for size, database in databases.items():
        probes[size] = run_probe(python, options.workdir, database)
    for state in states:
        print(f"page cache {'on' if state == 'warm' else 'off'} ({state}):", file=sys.stderr)
        measured = measure(
            python, options.workdir, databases, probes, options.port, state == "warm", options
        )
        for size in sizes:
            runs[(size, state)] = measured[size]
    half = max(1, round(options.duration / 2))
    report = [
        f"Measured {machine()}; wrk -t1 -c{options.connections}, 2 × {half} s per page and size"
        " (ABBA order).",
        "",
    ]
    for state in states:
        report += [table(state, sizes, runs, probes), ""]
    first = {size: probes[size]["queries"] for size in sizes}
    report.append(
        "Queries of a first render (every cache emptied): "
        + "; ".join(
            f"{size}: " + ", ".join(f"{name} {q['first']}" for name, q in first[size].items())
            for size in sizes
        )
    )
    missed = targets(sizes, runs, probes)
    report += ["", "Targets: " + ("all met." if not missed else "missed:")]
    report += [f"- {line}" for line in missed]
    text = "\n".join(report)
    print(text)
    if options.output:
        options.output.write_text(text + "\n")
    if options.check and missed:
        sys.exit(1)


if __name__ == "__main__":
    main()
