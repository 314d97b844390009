"""`make observatory`: MDN's HTTP Observatory scan of the production server, on this machine.

The demo site (var/observatory/demo.sqlite3, built if missing) under gunicorn with
config.settings.production as deployed (not the local trial: https redirect, HSTS, Secure
cookies), behind nginx on 127.0.0.1:80 and :443 with the committed deploy/nginx/consortium.conf
(run by tests/deploy/nginx.py as the tests run it, with a throwaway self-signed certificate,
answering for 127.0.0.1 as well as example.org), scanned by @mdn/mdn-http-observatory (npm,
installed by `make observatory` into benchmarks/.node/observatory with --ignore-scripts: its
install script downloads the HSTS preload list and the list of top-level domains, so an empty
preload list is written instead). The scanner trusts the certificate (NODE_EXTRA_CA_CERTS), as
it would trust a real one. Needs root (ports 80 and 443), nginx with its brotli modules, and
openssl.

Prints the grade, the score and a Markdown table of the tests; --check exits 1 below A+.

    .venv/bin/python benchmarks/observatory.py [--check] [--output FILE] [--json FILE]
"""

import argparse
import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import bench

sys.path.insert(0, str(bench.REPO))
from tests.deploy.nginx import Nginx, missing_software  # noqa: E402

HERE = Path(__file__).resolve().parent
PACKAGE = HERE / ".node" / "observatory" / "node_modules" / "@mdn" / "mdn-http-observatory"
HOST = "127.0.0.1"


def wait_for(url, process, what, headers=None, context=None):
    deadline = time.monotonic() + 60
    while True:
        try:
            request = urllib.request.Request(url, headers=headers or {})
            with urllib.request.urlopen(request, timeout=10, context=context):
                return
        except urllib.error.HTTPError:
            return  # it answers
        except (urllib.error.URLError, ConnectionError):
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"{what} did not start") from None
            time.sleep(0.3)


@contextlib.contextmanager
def started(command, env, log, url, what, headers=None, context=None):
    process = subprocess.Popen(
        command, cwd=bench.REPO, env=env, stdout=log, stderr=log, start_new_session=True
    )
    try:
        wait_for(url, process, what, headers, context)
        yield
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)


def gunicorn(python, workdir, database, port, log):
    env = bench.production_env(workdir, database, port, page_cache=True)
    env.pop("DJANGO_LOCAL_TRIAL")  # as deployed: behind a TLS proxy
    env["WAGTAILADMIN_BASE_URL"] = f"https://{HOST}"
    env.setdefault("EMAIL_URL", "smtp://127.0.0.1:25")  # required in production; never used here
    env["GUNICORN_LOG_LEVEL"] = "warning"
    command = [python, "-m", "gunicorn", "--config", "gunicorn.conf.py", "config.wsgi"]
    url = f"http://127.0.0.1:{port}/robots.txt"
    return started(command, env, log, url, "gunicorn", {"X-Forwarded-Proto": "https"})


@contextlib.contextmanager
def nginx(workdir, port):
    """The committed nginx configuration on 127.0.0.1:80 and :443, with a self-signed
    certificate, in front of gunicorn on `port`."""
    server = Nginx(
        workdir / "nginx",
        [port],
        workdir / "staticfiles",
        workdir / "media",
        http_port=80,
        https_port=443,
        server_name=HOST,
    )
    with server:
        yield server.certificate


def scan(cert):
    env = {**os.environ, "NODE_EXTRA_CA_CERTS": str(cert)}
    output = subprocess.run(
        ["node", str(PACKAGE / "src" / "scan.js"), HOST],
        env=env,
        capture_output=True,
        text=True,
    )
    if output.returncode != 0:
        sys.exit(f"the scanner stopped ({output.returncode}):\n{output.stderr or output.stdout}")
    return json.loads(output.stdout)


def table(result):
    summary = result["scan"]
    lines = [
        f"Grade **{summary['grade']}**, score {summary['score']} "
        f"({summary['testsPassed']} of {summary['testsQuantity']} tests passed)",
        "",
        "| test | pass | result | score |",
        "| --- | --- | --- | ---: |",
    ]
    for name, test in result["tests"].items():
        modifier = test.get("scoreModifier", 0)
        lines.append(
            f"| {name} | {'yes' if test['pass'] else 'no'} | {test['result']} | {modifier:+d} |"
        )
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--port", type=int, default=int(os.environ.get("OBSERVATORY_PORT", 18200)))
    parser.add_argument("--workdir", type=Path, default=bench.REPO / "var" / "observatory")
    parser.add_argument("--output", type=Path, help="also write the table to this file")
    parser.add_argument("--json", type=Path, help="write the scanner's whole answer to this file")
    parser.add_argument("--check", action="store_true", help="exit 1 below A+")
    options = parser.parse_args()
    if not (PACKAGE / "src" / "scan.js").exists():
        sys.exit(f"{PACKAGE} is missing: make observatory installs it")
    if not shutil.which("node"):
        sys.exit("node is missing (apt-get install nodejs)")
    if missing_software():
        sys.exit(missing_software())
    preload = PACKAGE / "conf" / "hsts-preload.json"
    if not preload.exists():
        preload.write_text("{}")
    python = sys.executable
    options.workdir.mkdir(parents=True, exist_ok=True)
    database = bench.build_demo(python, options.workdir, reuse=True)
    with (
        (options.workdir / "server.log").open("a") as log,
        gunicorn(python, options.workdir, database, options.port, log),
        nginx(options.workdir, options.port) as cert,
    ):
        result = scan(cert)
    if "error" in result:
        sys.exit(f"the scan failed: {result['error']}")
    if options.json:
        options.json.write_text(json.dumps(result, indent=2) + "\n")
    text = table(result)
    print(text)
    if options.output:
        options.output.write_text(text + "\n")
    if options.check and result["scan"]["grade"] != "A+":
        sys.exit(1)


if __name__ == "__main__":
    main()
