"""The committed nginx configuration (deploy/nginx/) run on this machine, for the tests and for
`make observatory`. No Django here: benchmarks/observatory.py imports it too.

Debian's /etc/nginx/nginx.conf and deploy/nginx/consortium.conf are used as they are, with only
what cannot be the same on a test machine rewritten: the listening addresses (free loopback
ports), the gunicorn addresses in the `upstream` block, the folders of static and media files,
the certificate (a throwaway self-signed one for example.org and 127.0.0.1 instead of Let's
Encrypt's), the snippets' folder, and the pid, log and temporary paths. Each rewritten string
must be found, so a change to the committed file that a test would silently stop exercising
fails instead.
"""

import http.client
import os
import shutil
import signal
import socket
import ssl
import subprocess
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SITE_CONFIG = REPO / "deploy" / "nginx" / "consortium.conf"
SNIPPETS = REPO / "deploy" / "nginx"
DEBIAN_MAIN_CONFIG = Path("/etc/nginx/nginx.conf")
BROTLI_MODULES = Path("/usr/share/nginx/modules")
SERVER_NAME = "example.org"
BOOT_SECONDS = 20


class NginxMissing(Exception):
    """nginx, its brotli modules or openssl is not installed."""


def nginx_program():
    return shutil.which("nginx") or shutil.which("nginx", path="/usr/sbin:/sbin")


def missing_software():
    """What this machine lacks to run the committed configuration, or None."""
    if not nginx_program() or not DEBIAN_MAIN_CONFIG.exists():
        return "nginx is not installed (apt-get install nginx)"
    for module in ("filter", "static"):
        if not list(BROTLI_MODULES.glob(f"ngx_http_brotli_{module}_module.so")):
            return f"apt-get install libnginx-mod-http-brotli-{module}"
    if not shutil.which("openssl"):
        return "openssl is not installed"
    return None


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def rewrite(text, replacements, source):
    for old, new in replacements.items():
        if old not in text:
            raise AssertionError(f"{source} no longer contains {old!r}")
        text = text.replace(old, new)
    return text


def self_signed_certificate(folder, server_name=SERVER_NAME):
    """fullchain.pem and privkey.pem, as certbot names them, for `server_name` (and its www.)
    and 127.0.0.1, valid two days."""
    folder.mkdir(parents=True, exist_ok=True)
    names = "IP:127.0.0.1,DNS:localhost"
    if server_name != "127.0.0.1":
        names += f",DNS:{server_name},DNS:www.{server_name}"
    subprocess.run(  # noqa: S603
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2"]
        + ["-subj", f"/CN={server_name}", "-addext", f"subjectAltName={names}"]
        + ["-keyout", str(folder / "privkey.pem"), "-out", str(folder / "fullchain.pem")],
        check=True,
        capture_output=True,
    )
    return folder / "fullchain.pem"


class Connection(http.client.HTTPSConnection):
    """HTTPS to nginx on 127.0.0.1, introducing itself (SNI) as `server_name` like a browser."""

    def __init__(self, port, context, timeout, server_name=SERVER_NAME):
        super().__init__(server_name, port, context=context, timeout=timeout)
        self.context = context
        self.server_name = server_name

    def connect(self):
        sock = socket.create_connection(("127.0.0.1", self.port), self.timeout)
        self.sock = self.context.wrap_socket(sock, server_hostname=self.server_name)


class Nginx:
    """deploy/nginx/consortium.conf in Debian's nginx.conf, on two loopback ports (http and https,
    free ones by default), in front of gunicorns on `upstream_ports`, serving `static_root` and
    `media_root`, for example.org (and `server_name` if another: `make observatory` scans
    127.0.0.1).

        with Nginx(workdir, [port_a, port_b], static_root, media_root) as nginx:
            response, body = nginx.get("/en/")          # https, Host: example.org
            response, body = nginx.get("/en/", https=False)
    """

    def __init__(
        self,
        workdir,
        upstream_ports,
        static_root,
        media_root,
        http_port=None,
        https_port=None,
        server_name=SERVER_NAME,
    ):
        self.workdir = Path(workdir)
        self.upstream_ports = list(upstream_ports)
        self.static_root = Path(static_root)
        self.media_root = Path(media_root)
        self.http_port = http_port or free_port()
        self.https_port = https_port or free_port()
        self.server_name = server_name
        self.process = None
        self.certificate = None
        self.error_log = self.workdir / "nginx-error.log"
        self.access_log = self.workdir / "nginx-access.log"

    # The configuration

    def site_config(self):
        upstreams = "\n    ".join(f"server 127.0.0.1:{port};" for port in self.upstream_ports)
        live = self.workdir / "letsencrypt"
        names = f"{SERVER_NAME} www.{SERVER_NAME}"
        extra_name = "" if self.server_name == SERVER_NAME else f" {self.server_name}"
        https_catch_all = f"listen 127.0.0.1:{self.https_port} ssl default_server;"
        if self.server_name == "127.0.0.1":
            # A client of a bare address sends no name (SNI) for the catch-all to refuse.
            https_catch_all = ""
        return rewrite(
            SITE_CONFIG.read_text(),
            {
                f"server_name {names};": f"server_name {names}{extra_name};",
                "server 127.0.0.1:8000;": upstreams,
                "listen 80 default_server;": f"listen 127.0.0.1:{self.http_port} default_server;",
                "listen 443 ssl default_server;": https_catch_all,
                "listen [::]:80 default_server;\n": "",
                "listen [::]:443 ssl default_server;\n": "",
                "listen 80;": f"listen 127.0.0.1:{self.http_port};",
                "listen 443 ssl http2;": f"listen 127.0.0.1:{self.https_port} ssl http2;",
                "listen [::]:80;\n": "",
                "listen [::]:443 ssl http2;\n": "",
                f"/etc/letsencrypt/live/{SERVER_NAME}/": f"{live}/",
                "/var/www/letsencrypt": str(self.workdir / "acme-challenge"),
                "/srv/consortium/static/": f"{self.static_root}/",
                "/srv/consortium/media/": f"{self.media_root}/",
                "/etc/nginx/snippets/": f"{SNIPPETS}/",
            },
            SITE_CONFIG,
        )

    def main_config(self, site):
        """Debian's nginx.conf, its own files moved to the work folder, including only `site`."""
        temporary = "".join(
            f"\n\t{kind}_temp_path {self.workdir / ('nginx-' + kind)};"
            for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
        )
        # As root, nginx's workers would be www-data, who cannot read pytest's private folders.
        user = "user root;" if os.geteuid() == 0 else ""
        return rewrite(
            DEBIAN_MAIN_CONFIG.read_text(),
            {
                "user www-data;": user,
                "pid /run/nginx.pid;": f"pid {self.workdir / 'nginx.pid'};",
                "error_log /var/log/nginx/error.log;": f"error_log {self.error_log} info;",
                "access_log /var/log/nginx/access.log;": f"access_log {self.access_log};",
                "include /etc/nginx/conf.d/*.conf;": "",
                "include /etc/nginx/sites-enabled/*;": f"include {site};",
                "http {": "http {" + temporary,
            },
            DEBIAN_MAIN_CONFIG,
        )

    def write_config(self):
        self.workdir.mkdir(parents=True, exist_ok=True)
        self.certificate = self_signed_certificate(self.workdir / "letsencrypt", self.server_name)
        (self.workdir / "acme-challenge").mkdir(exist_ok=True)
        site = self.workdir / "consortium.conf"
        site.write_text(self.site_config())
        main = self.workdir / "nginx.conf"
        main.write_text(self.main_config(site))
        return main

    # The server

    def start(self):
        problem = missing_software()
        if problem:
            raise NginxMissing(problem)
        main = self.write_config()
        command = [nginx_program(), "-c", str(main), "-e", str(self.error_log)]
        check = subprocess.run([*command, "-t"], capture_output=True, text=True)  # noqa: S603
        if check.returncode != 0 or "[warn]" in check.stderr:
            raise AssertionError(f"nginx -t found fault with the configuration:\n{check.stderr}")
        self.process = subprocess.Popen(  # noqa: S603
            [*command, "-g", "daemon off;"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        deadline = time.monotonic() + BOOT_SECONDS
        while True:
            try:
                socket.create_connection(("127.0.0.1", self.https_port), timeout=1).close()
                return self
            except OSError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    self.stop()
                    raise AssertionError(f"nginx did not start:\n{self.log()}") from None
                time.sleep(0.1)

    def stop(self):
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()

    def log(self):
        return self.error_log.read_text() if self.error_log.exists() else ""

    # Clients

    def tls_context(self):
        return ssl.create_default_context(cafile=str(self.certificate))

    def connection(self, https=True, timeout=30):
        if https:
            return Connection(self.https_port, self.tls_context(), timeout, self.server_name)
        return http.client.HTTPConnection("127.0.0.1", self.http_port, timeout=timeout)

    def open_socket(self, https=True, timeout=30):
        """A bare connection to nginx (TLS for example.org when `https`), for raw HTTP."""
        port = self.https_port if https else self.http_port
        sock = socket.create_connection(("127.0.0.1", port), timeout)
        if not https:
            return sock
        return self.tls_context().wrap_socket(sock, server_hostname=self.server_name)

    def request(self, method, path, headers=None, body=None, https=True, timeout=30):
        """One request for the server name (Host); the response, already read, and its body."""
        conn = self.connection(https, timeout)
        try:
            headers = {"Host": self.server_name, **(headers or {})}
            conn.request(method, path, body=body, headers=headers)
            response = conn.getresponse()
            return response, response.read()
        finally:
            conn.close()

    def get(self, path, headers=None, https=True, timeout=30):
        return self.request("GET", path, headers, https=https, timeout=timeout)
