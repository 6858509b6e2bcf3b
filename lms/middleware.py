"""Middleware of the project itself rather than of an app."""

from csp.middleware import CSPMiddleware
from django.conf import settings
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware

API_PREFIX = "/api/"
METRICS_PATH = "/metrics"


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware with one exception: the Wagtail admin, which
    still needs inline scripts and styles, gets ``settings.ADMIN_CSP`` over
    the site's strict policy; every other page gets the strict one."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and request.path_info.startswith("/admin/"):
            parts.replace = {**settings.ADMIN_CSP, **(parts.replace or {})}
        return parts


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's, except that a 404 of the JSON API or of ``/metrics`` (no
    token configured) stays a 404: Django would redirect it to ``/kk/api/…``,
    which the pages' catch-all URL matches."""

    def process_response(self, request, response):
        if request.path_info.startswith(API_PREFIX) or request.path_info == METRICS_PATH:
            return response
        return super().process_response(request, response)
