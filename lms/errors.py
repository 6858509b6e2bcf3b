"""Our own error pages: in the URL's language, with the header, the language
switch and the help lines, instead of Django's bare English ones.

400, 403 and 404 render inside the site's frame (``errors/page.html``); if that
frame cannot be drawn (its header looks pages up in the database), and always
for a 500 and a 503 (``lms.db_unavailable``), the self-contained
``errors/plain.html`` is used, which touches neither the database nor the
cache, so it renders while the database is down.
"""

import logging

from django.conf import settings
from django.http import HttpResponse
from django.template import loader
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.csrf import requires_csrf_token

logger = logging.getLogger(__name__)

PAGES = {
    400: (
        _("The request could not be understood"),
        _(
            "Something in the address or in the form was not as expected. "
            "Go back and try again; nothing you have saved is lost."
        ),
    ),
    403: (
        _("You do not have access to this page"),
        _(
            "This page belongs to another account or role. Sign in with the account "
            "that has access, or go to the home page."
        ),
    ),
    404: (
        _("Page not found"),
        _(
            "The address may be mistyped, or the page has moved. "
            "Search the site or go to the home page."
        ),
    ),
    500: (
        _("Something went wrong on our side"),
        _(
            "The error has been recorded. Nothing you have saved is lost. "
            "Please try again in a few minutes."
        ),
    ),
    503: (
        _("The site is briefly unavailable"),
        _("Please try again in a minute."),
    ),
    "csrf": (
        _("The form has expired"),
        _(
            "The page was open for too long or was opened in another tab. "
            "Go back, reload the page and send the form again."
        ),
    ),
}


def language_links(request):
    """The same address under each language prefix, without resolving it
    (resolving Wagtail pages needs the database)."""
    current = (get_language() or settings.LANGUAGE_CODE)[:2]
    path = request.path if request is not None else "/"
    codes = [code for code, _name in settings.LANGUAGES]
    parts = path.split("/", 2)
    rest = parts[2] if len(parts) > 2 and parts[1] in codes else ""
    return [
        {"code": code, "name": name, "url": f"/{code}/{rest}", "current": code == current}
        for code, name in settings.LANGUAGES
    ]


def _render(request, status, kind=None):
    title, text = PAGES[kind or status]
    context = {
        "status": status,
        "error_title": title,
        "error_text": text,
        "home_url": f"/{(get_language() or settings.LANGUAGE_CODE)[:2]}/",
        "language_links": language_links(request),
    }
    if status not in (500, 503):
        try:
            body = loader.render_to_string("errors/page.html", context, request)
            return HttpResponse(body, status=status)
        except Exception:  # the frame needs the database; the plain page does not
            logger.exception("Error page %s fell back to the plain page", status)
    body = loader.render_to_string("errors/plain.html", context)
    return HttpResponse(body, status=status)


@requires_csrf_token
def bad_request(request, exception=None):
    return _render(request, 400)


@requires_csrf_token
def permission_denied(request, exception=None):
    return _render(request, 403)


@requires_csrf_token
def page_not_found(request, exception=None):
    return _render(request, 404)


def server_error(request):
    return _render(request, 500)


def service_unavailable(request):
    """The database is gone for a moment (``lms.db_unavailable``)."""
    return _render(request, 503)


def csrf_failure(request, reason=""):
    return _render(request, 403, kind="csrf")
