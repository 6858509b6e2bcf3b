"""Template tags shared by every page."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language

register = template.Library()


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
        for translation in page.get_translations(inclusive=True).live().select_related("locale"):
            translations[translation.locale.language_code] = translation.get_url(request)
    links = []
    path = request.get_full_path() if request else "/"
    for code, name in settings.LANGUAGES:
        url = translations.get(code) or translate_url(path, code)
        links.append({"code": code, "name": name, "url": url, "current": code == current})
    return {"links": links}
