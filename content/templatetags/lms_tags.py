"""Template tags shared by every page."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language

from content.models import HelpPage
from content.pagecache import cached

register = template.Library()


def _host(request):
    # URLs are relative on the request's own site and absolute elsewhere.
    return request.get_host() if request is not None else ""


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Links to the same page in each language.

    A Wagtail page links to its translation where one exists (its slug may
    differ); any other URL swaps its language prefix.
    """
    request = context.get("request")
    page = context.get("page")
    current = (get_language() or settings.LANGUAGE_CODE)[:2]
    translations = {}
    if page is not None and hasattr(page, "get_translations"):

        def read():
            return {
                translation.locale.language_code: translation.get_url(request)
                for translation in page.get_translations(inclusive=True)
                .live()
                .select_related("locale")
            }

        translations = cached(
            request, f"translations:{page.translation_key}:{_host(request)}", read
        )
    links = []
    path = request.get_full_path() if request else "/"
    for code, name in settings.LANGUAGES:
        url = translations.get(code) or translate_url(path, code)
        links.append({"code": code, "name": name, "url": url, "current": code == current})
    return {"links": links}


@register.simple_tag(takes_context=True)
def help_page_url(context):
    """URL of the live "Get help now" page in the current language, or "".

    Every page's header and footer link to it, so it is looked up once per
    version of the page tree (``content.pagecache``), not once per request.
    """
    request = context.get("request")
    language = (get_language() or settings.LANGUAGE_CODE)[:2]
    memo = getattr(request, "_lms_help_page_urls", None)
    if memo is None:
        memo = {}
        if request is not None:
            request._lms_help_page_urls = memo
    if language not in memo:

        def read():
            page = (
                HelpPage.objects.live()
                .filter(locale__language_code=language)
                .defer_streamfields()
                .order_by("path")
                .first()
            )
            return (page.get_url(request) or "") if page else ""

        memo[language] = cached(request, f"help-url:{language}:{_host(request)}", read)
    return memo[language]


@register.filter
def tel_href(phone):
    """A phone number as written ("8 800 080 7777") to a ``tel:`` link target."""
    phone = str(phone or "")
    digits = "".join(char for char in phone if char.isdigit())
    return f"tel:{'+' if phone.strip().startswith('+') else ''}{digits}"


@register.filter
def percent(value, places=2):
    """``{{ score|percent }}``: "100%", "92,5%", "92,5 %" as the language writes it."""
    from lms.l10n import percent as formatted

    return formatted(value, places)
