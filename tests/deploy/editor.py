"""An editor in Wagtail's admin over real HTTP, as a browser sends it: signs in, reads a form as
the server renders it, changes some fields and posts it back (with files, multipart). For the
scale-out test and benchmark (tests/deploy/test_scale_out.py, benchmarks/scale_out.py). No
Django here.

It speaks to one gunicorn directly (plain http, as nginx forwards to it: X-Forwarded-Proto:
https, Host: the site's name), so a test chooses the instance, or to nginx (`via`). Cookies are
kept by hand: the production settings mark them Secure, which a cookie jar would not send over
the plain http between nginx and gunicorn.
"""

import http.client
import secrets
from http.cookies import SimpleCookie
from urllib.parse import urlencode, urlsplit

from bs4 import BeautifulSoup

SITE = "example.org"


def gunicorn(port, timeout=60):
    """A connection factory for the gunicorn on `port`."""
    return lambda: http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)


def form_fields(html, selector="form"):
    """[(name, value)] that a browser would submit from the form, unchanged: inputs (checked
    boxes only; not files or buttons), text areas and the chosen options."""
    form = BeautifulSoup(html, "html.parser").select_one(selector)
    if form is None:
        raise AssertionError(f"no {selector} in the page:\n{html[:2000]}")
    fields = []
    for element in form.select("input[name], textarea[name], select[name]"):
        name = element["name"]
        if "__prefix__" in name or element.find_parent("template") is not None:
            continue  # the empty form an inline panel copies
        if element.name == "textarea":
            fields.append((name, element.text.removeprefix("\n")))
        elif element.name == "select":
            chosen = element.select("option[selected]") or (
                [] if element.has_attr("multiple") else element.select("option")[:1]
            )
            fields.extend((name, option.get("value", option.text)) for option in chosen)
        else:
            kind = element.get("type", "text").lower()
            if kind in {"file", "submit", "button", "image", "reset"}:
                continue
            if kind in {"checkbox", "radio"} and not element.has_attr("checked"):
                continue
            fields.append((name, element.get("value", "on" if kind == "checkbox" else "")))
    return fields


def replace(fields, **values):
    """`fields` with the values of the names given replaced (or added)."""
    kept = [(name, value) for name, value in fields if name not in values]
    return kept + list(values.items())


def multipart(fields, files):
    """A multipart/form-data body: `fields` [(name, value)], `files` {name: (filename, bytes,
    content type)}."""
    boundary = secrets.token_hex(16)
    parts = []
    for name, value in fields:
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'.encode()
            + str(value).encode()
            + b"\r\n"
        )
    for name, (filename, content, content_type) in files.items():
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; '
            f'filename="{filename}"\r\nContent-Type: {content_type}\r\n\r\n'.encode()
            + content
            + b"\r\n"
        )
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


class Response:
    def __init__(self, response, body):
        self.status = response.status
        self.headers = response.headers
        self.body = body

    @property
    def text(self):
        return self.body.decode(errors="replace")

    @property
    def location(self):
        return self.headers.get("Location", "")


class Editor:
    """One signed-in browser. `connect` makes a connection to the server to use (a gunicorn:
    `gunicorn(port)`, or nginx's `connection`); `via` changes it, keeping the cookies."""

    def __init__(self, connect, forwarded=True):
        self.connect = connect
        self.forwarded = forwarded  # talking to gunicorn as nginx does
        self.cookies = {}

    def via(self, connect, forwarded=True):
        other = Editor(connect, forwarded)
        other.cookies = self.cookies
        return other

    def request(self, method, path, body=None, headers=None):
        headers = {"Host": SITE, **(headers or {})}
        if self.forwarded:
            headers |= {"X-Forwarded-Proto": "https", "X-Forwarded-For": "127.0.0.1"}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if method == "POST":
            headers |= {"Origin": f"https://{SITE}", "Referer": f"https://{SITE}{path}"}
        conn = self.connect()
        try:
            conn.request(method, path, body=body, headers=headers)
            response = conn.getresponse()
            result = Response(response, response.read())
        finally:
            conn.close()
        for header in response.headers.get_all("Set-Cookie") or []:
            for name, morsel in SimpleCookie(header).items():
                self.cookies[name] = morsel.value
        return result

    def get(self, path):
        return self.request("GET", path)

    def post(self, path, fields, files=None):
        fields = replace(fields, csrfmiddlewaretoken=self.cookies.get("csrftoken", ""))
        if files:
            body, content_type = multipart(fields, files)
        else:
            body, content_type = urlencode(fields).encode(), "application/x-www-form-urlencoded"
        return self.request("POST", path, body, {"Content-Type": content_type})

    def sign_in(self, username, password):
        self.get("/admin/login/")
        response = self.post(
            "/admin/login/", [("username", username), ("password", password), ("next", "/admin/")]
        )
        if response.status != 302 or urlsplit(response.location).path != "/admin/":
            raise AssertionError(f"sign-in refused: {response.status}\n{response.text[:2000]}")
        return self

    def submit(self, path, files=None, selector="form[method=post][enctype], form", **values):
        """GET the form at `path`, change `values` (and add `files`), POST it back."""
        page = self.get(path)
        if page.status != 200:
            raise AssertionError(f"{path}: {page.status}\n{page.text[:2000]}")
        return self.post(path, replace(form_fields(page.text, selector), **values), files)

    def publish(self, page_id, **values):
        """The page's edit form, with `values` changed, sent with its Publish button."""
        return self.submit(
            f"/admin/pages/{page_id}/edit/",
            selector="form#page-edit-form",
            **{"action-publish": "action-publish", **values},
        )
