"""Signed-in people agree to the live privacy notice before they go on.

A page asked for (GET) by someone whose consent is to an older version
leads to the agreement page, and back after it. Left alone: the agreement
and the notice themselves, signing out, the Wagtail admin (staff work there
under their employer's instructions, not as the platform's users), static
and media files, and requests that are not page views (heartbeats, forms
sent from a page already open)."""

from urllib.parse import urlencode

from django.conf import settings
from django.shortcuts import redirect
from django.urls import reverse

from .consents import needs_to_agree
from .notice import notice_url


class ConsentMiddleware:
    LEFT_ALONE = ("/admin/", "/static/", "/media/", "/documents/", "/healthz/", "/i18n/")
    # What a page's scripts fetch (its translations, the school lists).
    SCRIPTS = ("/jsi18n/", "/directory/")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if self.should_ask(request):
            target = reverse("privacy:agree")
            return redirect(f"{target}?{urlencode({'next': request.get_full_path()})}")
        return self.get_response(request)

    def should_ask(self, request):
        # The session answers almost every time; the paths are looked at only
        # for the rare person who has to agree.
        if request.method != "GET" or not request.user.is_authenticated:
            return False
        if not needs_to_agree(request):
            return False
        path = request.path
        if path.startswith(self.LEFT_ALONE) or path.startswith(settings.STATIC_URL):
            return False
        if any(part in path for part in self.SCRIPTS):
            return False
        return path not in (
            reverse("privacy:agree"),
            reverse("account_logout"),
            notice_url(request),
        )
