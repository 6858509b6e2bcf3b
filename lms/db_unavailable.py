"""A database that is restarting or failing over: once more, then 503.

When the primary restarts, every web process still holds a connection that
died with it, and the first query on each fails; while it is down, every
query fails. Without this, each of those requests is a 500 (and an error
report). ``ops/rehearsal`` measured it: 28 failed requests for a two-second
restart.

- A GET or HEAD whose view failed on the database runs its view once more on
  a fresh connection: a dead kept connection costs nothing then.
- Otherwise (a POST, or the database still gone) the answer is 503 with
  ``Retry-After``, the site's plain error page in the visitor's language
  (``lms.errors``), and a warning in
  the log rather than an error report: nothing is wrong with the code, and
  nothing was written (the failed transaction rolled back).

The heartbeat, answered before the middleware, does the same in its view
(``courses.views.heartbeat``).
"""

import logging

from django.db import InterfaceError, OperationalError, connections

from . import errors

logger = logging.getLogger(__name__)

DATABASE_ERRORS = (OperationalError, InterfaceError)
RETRY_AFTER = 5  # seconds: a fast restart of PostgreSQL takes one or two


def close_broken():
    """Close every connection of this thread that failed, outside a transaction."""
    for connection in connections.all(initialized_only=True):
        if not connection.in_atomic_block:
            connection.close()


def unavailable_page(request):
    """The site's plain error page (no database, no cache) with 503."""
    response = errors.service_unavailable(request)
    response["Retry-After"] = str(RETRY_AFTER)
    response["Cache-Control"] = "no-store"
    return response


class DatabaseUnavailableMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, DATABASE_ERRORS):
            return None
        close_broken()
        match = request.resolver_match
        if (
            request.method in ("GET", "HEAD")
            and match
            and not getattr(request, "_db_retried", False)
        ):
            request._db_retried = True
            logger.warning("database error on %s (%s); once more", request.path, exception)
            try:
                return match.func(request, *match.args, **match.kwargs)
            except DATABASE_ERRORS as again:
                close_broken()
                exception = again
        logger.warning("database unavailable on %s (%s): 503", request.path, exception)
        return unavailable_page(request)
