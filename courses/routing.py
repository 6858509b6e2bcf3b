"""Lesson and test URLs routed from memory.

Wagtail finds a page by walking the tree from the site's root: the site by
host name, the root page in the active language, then one level of the tree
after the other, several queries per request. A learner opens lessons and
tests all day long, so this process keeps, per version of the page tree
(``content.pagecache``), a table of every live course's lesson and test URLs
on each site, and ``LearningRouteMiddleware`` hands Wagtail the route already
found (``request._wagtail_site`` and ``request._wagtail_route_for_request``,
the attributes Wagtail itself caches a request's route in). Wagtail's
``serve`` view, its hooks (view restrictions included) and the page's own
``serve`` run as always; any other URL routes as usual.
"""

import copy

from django.http.request import split_domain_port
from wagtail.models import Site
from wagtail.url_routing import RouteResult
from wagtail.views import serve as wagtail_serve

from content import pagecache

from .outline import get_outline, page_of

# Tables already built by this process: (tree version, host, port) -> table.
_TABLES = {}
_TABLES_MAX = 16


def _build(request):
    """``(site, {path: (course, item)})`` for the site that serves ``request``."""
    from .models import CoursePage

    site = Site.find_for_request(request)
    if site is None:
        return None, {}
    table = {}
    for course in CoursePage.objects.live().descendant_of(site.root_page.get_parent()):
        parts = course.get_url_parts(request)
        if parts is None or parts[0] != site.pk:
            continue
        base = parts[2]
        outline = get_outline(course, request)
        for item in outline.items:
            if item.route:
                table[base + "/".join(item.route) + "/"] = (course, item)
    return site, table


def route(request):
    """The ``RouteResult`` of a lesson or test URL, or None to route as usual."""
    host = split_domain_port(request._get_raw_host())[0]
    key = (pagecache.version(request), host, request.get_port())
    entry = _TABLES.get(key)
    if entry is None:
        entry = _build(request)
        if len(_TABLES) >= _TABLES_MAX:
            _TABLES.clear()
        _TABLES[key] = entry
    site, table = entry
    found = table.get(request.path_info)
    if found is None:
        return None
    course, item = found
    page = page_of(get_outline(course, request), item)
    if page is None:
        return None
    page._routed_course = copy.copy(course)
    request._wagtail_site = site
    return RouteResult(page)


class LearningRouteMiddleware:
    """Only for requests that Wagtail's ``serve`` view answers: other URLs
    (the heartbeat, JSON lists, ``/healthz/``) pay nothing."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is wagtail_serve and request.method in ("GET", "HEAD", "POST"):
            result = route(request)
            if result is not None:
                request._wagtail_route_for_request = result
        return None
