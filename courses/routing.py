"""Lesson and test URLs found from memory, then served through Wagtail's hooks.

Wagtail finds a page by walking the tree from the site's root: the site by
host name, the root page in the active language, then one level of the tree
after the other, several queries per request. A learner opens lessons and
tests all day long, so this process keeps, per version of the page tree
(``content.pagecache``), a table of every live course's lesson and test URLs
on each host. ``courses.views.learning`` (routed in ``lms/urls.py`` just
before Wagtail's own pages) looks the path up here and serves the page the way
Wagtail's ``serve`` view does, through the public ``before_serve_page`` and
``on_serve_page`` hooks (view restrictions included); a path not in the
table is handed to Wagtail's ``serve`` unchanged.

Only public Wagtail API is used: ``Site.find_for_request`` and the page URLs
while a table is built, ``wagtail.hooks`` while serving.
"""

import copy

from django.http import HttpResponse
from django.http.request import split_domain_port
from wagtail import hooks
from wagtail.models import Site

from content import pagecache

from .outline import get_outline, page_of

# Tables already built by this process: (tree version, host, port) -> table.
_TABLES = {}
_TABLES_MAX = 16


def _build(request):
    """``{path: course, item}`` for the site that serves ``request``."""
    from .models import CoursePage

    site = Site.find_for_request(request)
    if site is None:
        return {}
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
    return table


def find(request):
    """The live lesson or test page at this URL, or None (Wagtail routes it)."""
    host = split_domain_port(request.get_host())[0]
    key = (pagecache.version(request), host, request.get_port())
    table = _TABLES.get(key)
    if table is None:
        table = _build(request)
        if len(_TABLES) >= _TABLES_MAX:
            _TABLES.clear()
        _TABLES[key] = table
    found = table.get(request.path_info)
    if found is None:
        return None
    course, item = found
    page = page_of(get_outline(course, request), item)
    if page is not None:
        # The course the page was reached through, for the learning views.
        page._routed_course = copy.copy(course)
    return page


def serve(page, request):
    """What Wagtail's ``serve`` view does once it has found the page."""

    def serve_page(page, request, args, kwargs):
        return page.serve(request, *args, **kwargs)

    chain = serve_page
    for fn in reversed(hooks.get_hooks("on_serve_page")):
        chain = fn(chain)
    for fn in hooks.get_hooks("before_serve_page"):
        result = fn(page, request, (), {})
        if isinstance(result, HttpResponse):
            return result
    return chain(page, request, (), {})
