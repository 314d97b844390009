"""The security headers every response carries (issue 15). See "Response headers" in
docs/security.md.

- Content-Security-Policy, through django-csp: `CONTENT_SECURITY_POLICY` for the public site,
  `CONTENT_SECURITY_POLICY_ADMIN` for addresses under `CSP_ADMIN_PREFIXES` (the admin and
  wagtail-localize's editor). The public policy names no nonce: public pages are stored whole by
  the page cache and served to many readers, so they carry no inline script or style at all.
  A response that may be framed by the site itself (X-Frame-Options SAMEORIGIN: Wagtail's preview
  views) gets `frame-ancestors 'self'`. A response that already has a policy of its own (a
  document: publications/downloads.py) keeps it.
- Cross-Origin-Resource-Policy (`SECURE_CROSS_ORIGIN_RESOURCE_POLICY`): other sites' pages may
  not load this site's files.

The middleware sits outside the page cache, so a stored page gets exactly the headers of a
fresh one, computed again for each response.

Wagtail's preview renders the page through the whole middleware chain once more, with the
page's own public address (`make_preview_request`): that inner pass gives the preview the public
policy, which the preview view's own pass keeps, only allowing the admin to frame it. The editor
sees the page under the policy its readers will get.
"""

from csp.constants import HEADER
from csp.middleware import CSPMiddleware, PolicyParts
from csp.utils import default_config
from django.conf import settings

DEFAULT_ADMIN_PREFIXES = ["/admin/"]


def is_admin_path(path):
    return path.startswith(tuple(getattr(settings, "CSP_ADMIN_PREFIXES", DEFAULT_ADMIN_PREFIXES)))


def policy_for(path):
    """The directives for a request to `path`: the admin's or the public site's."""
    if is_admin_path(path):
        return default_config(settings.CONTENT_SECURITY_POLICY_ADMIN["DIRECTIVES"])
    return default_config(settings.CONTENT_SECURITY_POLICY["DIRECTIVES"])


class SecurityHeadersMiddleware(CSPMiddleware):
    """django-csp's middleware choosing the policy by path, plus Cross-Origin-Resource-Policy."""

    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if report_only:
            return parts
        if parts.config is None:
            # A policy chosen by an inner pass (the preview) is kept; else the path's.
            parts.config = getattr(response, "_csp_chosen", None) or policy_for(request.path_info)
            response._csp_chosen = parts.config
        if response.get("X-Frame-Options", "").upper() == "SAMEORIGIN":
            parts.replace = {**(parts.replace or {}), "frame-ancestors": ["'self'"]}
        return parts

    def process_response(self, request, response):
        if getattr(response, "_csp_ours", False) and HEADER in response:
            del response[HEADER]  # an inner pass's header: built again for this response
        had_policy = HEADER in response
        response = super().process_response(request, response)
        if not had_policy and HEADER in response:
            response._csp_ours = True
        corp = getattr(settings, "SECURE_CROSS_ORIGIN_RESOURCE_POLICY", None)
        if corp and "Cross-Origin-Resource-Policy" not in response:
            response["Cross-Origin-Resource-Policy"] = corp
        return response
