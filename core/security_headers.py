"""The security headers every response carries (issue 15). See "Response headers" in
docs/security.md.

- Content-Security-Policy, through django-csp: `CONTENT_SECURITY_POLICY` for the public site,
  `CONTENT_SECURITY_POLICY_ADMIN` for addresses under `CSP_ADMIN_PREFIXES` (the admin, its
  previews and wagtail-localize's editor). The public policy names no nonce: public pages are
  stored whole by the page cache and served to many readers, so they carry no inline script or
  style at all. A response that may be framed by the site itself (X-Frame-Options SAMEORIGIN:
  Wagtail's preview views) gets `frame-ancestors 'self'`; a response that already has a policy
  (a document: publications/downloads.py) keeps its own.
- Cross-Origin-Resource-Policy (`SECURE_CROSS_ORIGIN_RESOURCE_POLICY`): other sites' pages may
  not load this site's files.

The middleware sits outside the page cache, so a stored page gets exactly the headers of a
fresh one, computed again for each response.
"""

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings

DEFAULT_ADMIN_PREFIXES = ["/admin/"]


def is_admin_path(path):
    return path.startswith(tuple(getattr(settings, "CSP_ADMIN_PREFIXES", DEFAULT_ADMIN_PREFIXES)))


class SecurityHeadersMiddleware(CSPMiddleware):
    """django-csp's middleware choosing the policy by path, plus Cross-Origin-Resource-Policy."""

    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if report_only:
            return parts
        if parts.config is None and is_admin_path(request.path_info):
            parts.config = settings.CONTENT_SECURITY_POLICY_ADMIN["DIRECTIVES"]
        if response.get("X-Frame-Options", "").upper() == "SAMEORIGIN":
            parts.replace = {**(parts.replace or {}), "frame-ancestors": ["'self'"]}
        return parts

    def process_response(self, request, response):
        response = super().process_response(request, response)
        corp = getattr(settings, "SECURE_CROSS_ORIGIN_RESOURCE_POLICY", None)
        if corp and "Cross-Origin-Resource-Policy" not in response:
            response["Cross-Origin-Resource-Policy"] = corp
        return response
