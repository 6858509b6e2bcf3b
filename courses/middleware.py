"""The lesson heartbeat's fast lane.

Every open lesson posts a heartbeat every few seconds, so at national scale
it is the most frequent request of the platform. It needs none of what the
rest of the middleware stack does for pages (static files, language, CSRF
cookie, user object, messages, redirects), so this middleware, right after
``SecurityMiddleware``, answers it at once with ``views.heartbeat`` and hands
every other request on unchanged.

It is safe without the CSRF middleware: the signed token in the body names
the person it was made for, and the session cookie must belong to that same
person, so another site can neither make a token nor use its own.
"""

from django.conf import settings
from django.urls import reverse
from django.utils import translation

from . import views


class HeartbeatMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.paths = None

    def _heartbeat_paths(self):
        paths = set()
        for code, _name in settings.LANGUAGES:
            with translation.override(code):
                paths.add(reverse("courses:heartbeat"))
        return frozenset(paths)

    def __call__(self, request):
        if request.method == "POST":
            if self.paths is None:
                self.paths = self._heartbeat_paths()
            if request.path_info in self.paths:
                request.metrics_route = "courses:heartbeat"  # unresolved: named for lms.metrics
                return views.heartbeat(request)
        return self.get_response(request)
