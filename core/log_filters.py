"""Logging filters (LOGGING in config/settings/base.py); no model imports: logging is set up
before the apps."""

import logging


class ClientErrorLogFilter(logging.Filter):
    """One line, without a traceback, for a request the client got wrong (a 4xx answer): a
    Host outside ALLOWED_HOSTS, too many fields, an unreadable body. The line names the
    exception, the method, the path and (escaped, shortened) the host; errors of the site
    itself (5xx) keep their traceback.
    """

    MAX_LENGTH = 200

    def filter(self, record):
        status = getattr(record, "status_code", None)
        if not (isinstance(status, int) and 400 <= status < 500) or not record.exc_info:
            return True
        error = record.exc_info[1]
        request = getattr(record, "request", None)
        method = getattr(request, "method", "-")
        path = getattr(request, "path", "-")
        meta = getattr(request, "META", {})
        host = meta.get("HTTP_HOST") or meta.get("SERVER_NAME", "")
        record.msg = "%s %s %s %s (host %s)"
        record.args = (
            status,
            type(error).__name__,
            method,
            self.shorten(path),
            self.shorten(host),
        )
        record.exc_info = None
        record.exc_text = None
        record.stack_info = None
        return True

    def shorten(self, text):
        text = text.encode("unicode_escape").decode("ascii")  # no line breaks, no controls
        if len(text) > self.MAX_LENGTH:
            text = text[: self.MAX_LENGTH] + "..."
        return text
