"""The live notice: its version and its address in a language, read once
per version of the page tree (``content.pagecache``)."""

from django.conf import settings
from django.db.models import Max
from django.utils.translation import get_language

from content.pagecache import cached, live_page_url

from .models import PrivacyNoticePage


def current_version(request=None):
    """The highest version of a live notice, or 0 when there is none (then
    nobody is asked to agree again)."""

    def read():
        found = PrivacyNoticePage.objects.live().aggregate(version=Max("version"))["version"]
        return found or 0

    return cached(request, "privacy-version", read)


def notice_url(request=None, language=None):
    """The live notice in ``language`` (the active one by default), or "" ."""
    language = (language or get_language() or settings.LANGUAGE_CODE)[:2]
    return live_page_url(request, PrivacyNoticePage, language)
