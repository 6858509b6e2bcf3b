"""Template tags shared by every page."""

from django import template
from django.conf import settings
from django.forms import BaseForm
from django.urls import translate_url
from django.utils.translation import get_language, pgettext
from wagtail.models import Site

from content.models import HelpPage
from content.pagecache import cached, live_page_url

register = template.Library()

# What the header's language button shows: three letters in each language's own script.
SHORT_NAMES = {"kk": "ҚАЗ", "ru": "РУС", "en": "ENG"}


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
        links.append(
            {
                "code": code,
                "name": name,
                "short": SHORT_NAMES.get(code, code.upper()),
                "url": url,
                "current": code == current,
            }
        )
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
        memo[language] = live_page_url(request, HelpPage, language)
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


@register.simple_tag(takes_context=True)
def organisation(context):
    """The organisation's name, emblem URL and description in the current language.

    Every page's header shows them and pages without a search description
    use the description, so they are read once per version of the page tree
    (saving the setting starts a new one, ``content.apps``).
    """
    from content.models import OrganisationSettings

    request = context.get("request")
    language = (get_language() or settings.LANGUAGE_CODE)[:2]

    def read():
        # Read, never created: a GET writes nothing (for_request would create the row).
        site = Site.find_for_request(request)
        setting = OrganisationSettings.objects.filter(site=site).select_related("emblem").first()
        if setting is None:
            return {"emblem_url": ""}
        values = {
            field.name: getattr(setting, field.name)
            for field in setting._meta.fields
            if field.name.startswith(("name_", "description_"))
        }
        values["emblem_url"] = _emblem_url(setting.emblem)
        return values

    values = cached(request, f"organisation:{_host(request)}", read) if request else {}

    def text(field):
        return values.get(f"{field}_{language}") or values.get(f"{field}_kk") or ""

    return {
        "name": text("name"),
        "description": text("description"),
        "emblem_url": values.get("emblem_url", ""),
    }


def _emblem_url(image):
    if image is None:
        return ""
    if image.is_svg():
        return image.file.url
    return image.get_rendition("height-160").url


@register.simple_tag(takes_context=True)
def error_title_prefix(context):
    """«Қате: » before the page title when a form on the page was sent back with
    errors, so the title a screen reader reads first says so.

    ``type()``, not ``isinstance()``: the latter would evaluate the context's lazy
    values (the CSRF token, the user), asking for a CSRF cookie on every page and
    keeping pages without a form out of the anonymous cache (lms/anon_cache.py)."""
    for value in context.flatten().values():
        if issubclass(type(value), BaseForm) and value.is_bound and value.errors:
            return pgettext("page title prefix", "Error: ")
    return ""
