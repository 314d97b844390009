"""The shared services of several app servers, run on this machine for the scale-out test and
benchmark (tests/deploy/test_scale_out.py, benchmarks/scale_out.py): Debian's redis-server and
moto's S3 server, each on a free loopback port with its files in a work folder. No Django here.

    with RedisServer(workdir) as redis, ObjectStore(workdir) as store:
        store.create_bucket("media", public_prefixes=["images/"])
        env = {"REDIS_URL": redis.url, **store.environment("media")}
"""

import json
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.request import urlopen

from tests.deploy.nginx import free_port

BOOT_SECONDS = 30
# moto accepts any credentials; these name no account anywhere.
ACCESS_KEY = "scale-out-test"
SECRET_KEY = "scale-out-test-secret"
REGION = "us-east-1"


def missing_services():
    """What this machine lacks to run the shared services, or None."""
    if not shutil.which("redis-server"):
        return "redis-server is not installed (apt-get install redis-server)"
    try:
        import moto.server  # noqa: F401
    except ImportError:
        return "moto's server is not installed (pip install -e '.[dev]')"
    return None


def wait_for(check, process, name, log):
    deadline = time.monotonic() + BOOT_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"{name} stopped:\n{Path(log).read_text()}")
        try:
            check()
            return
        except OSError:
            time.sleep(0.1)
    raise AssertionError(f"{name} did not answer in {BOOT_SECONDS} s:\n{Path(log).read_text()}")


class Service:
    """A server process, started by `start()` (or `with`), stopped by `stop()`."""

    process = None

    def start(self):
        raise NotImplementedError

    def stop(self):
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()


class RedisServer(Service):
    """redis-server on a free loopback port, in memory only (no dump, no append-only file)."""

    def __init__(self, workdir):
        self.workdir = Path(workdir) / "redis"
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.log = self.workdir / "redis.log"

    def start(self):
        self.workdir.mkdir(parents=True, exist_ok=True)
        self.process = subprocess.Popen(  # noqa: S603
            ["redis-server", "--bind", "127.0.0.1", "--port", str(self.port)]
            + ["--save", "", "--appendonly", "no", "--dir", str(self.workdir)]
            + ["--logfile", str(self.log)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self.log.touch()
        wait_for(self.ping, self.process, "redis-server", self.log)
        return self

    def ping(self):
        with socket.create_connection(("127.0.0.1", self.port), timeout=1) as sock:
            sock.sendall(b"PING\r\n")
            if not sock.recv(16).startswith(b"+PONG"):
                raise OSError("redis-server is not ready")


def public_read_policy(bucket, public_prefixes):
    """The bucket policy that lets anyone read the keys under `public_prefixes`, and nothing
    else (docs/deploy.md, "Object storage for media")."""
    return {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Sid": "PublicRenditions",
                "Effect": "Allow",
                "Principal": "*",
                "Action": "s3:GetObject",
                "Resource": [f"arn:aws:s3:::{bucket}/{prefix}*" for prefix in public_prefixes],
            }
        ],
    }


class ObjectStore(Service):
    """moto's S3 server (`python -m moto.server`) on a free loopback port. Like S3, it refuses
    an anonymous read that the bucket policy does not allow."""

    def __init__(self, workdir):
        self.workdir = Path(workdir)
        self.port = free_port()
        self.endpoint = f"http://127.0.0.1:{self.port}"
        self.log = self.workdir / "moto.log"

    def start(self):
        self.workdir.mkdir(parents=True, exist_ok=True)
        self.process = subprocess.Popen(  # noqa: S603
            [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(self.port)],
            stdout=self.log.open("w"),
            stderr=subprocess.STDOUT,
        )
        wait_for(lambda: urlopen(self.endpoint, timeout=2).close(), self.process, "moto", self.log)
        return self

    def client(self):
        import boto3

        return boto3.client(
            "s3",
            endpoint_url=self.endpoint,
            region_name=REGION,
            aws_access_key_id=ACCESS_KEY,
            aws_secret_access_key=SECRET_KEY,
        )

    def create_bucket(self, bucket, public_prefixes):
        client = self.client()
        client.create_bucket(Bucket=bucket)
        policy = public_read_policy(bucket, public_prefixes)
        client.put_bucket_policy(Bucket=bucket, Policy=json.dumps(policy))
        return client

    def upload_folder(self, bucket, folder):
        """Every file under `folder`, under the same names: what `aws s3 sync media/ s3://…`
        does when a site moves its uploads to the bucket."""
        client = self.client()
        folder = Path(folder)
        for path in folder.rglob("*"):
            if path.is_file():
                client.upload_file(str(path), bucket, path.relative_to(folder).as_posix())

    def environment(self, bucket):
        """The site's settings for this bucket (config/settings/storage.py)."""
        return {
            "AWS_STORAGE_BUCKET_NAME": bucket,
            "AWS_S3_ENDPOINT_URL": self.endpoint,
            "AWS_S3_REGION_NAME": REGION,
            "AWS_ACCESS_KEY_ID": ACCESS_KEY,
            "AWS_SECRET_ACCESS_KEY": SECRET_KEY,
        }
