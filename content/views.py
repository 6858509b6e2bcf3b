"""Site-wide search over the live pages of the visitor's language.

Every page type that declares ``search_fields`` (units, lessons, plain
pages) is found here without this view knowing it.
"""

from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from wagtail.models import Locale, Page

RESULTS_PER_PAGE = 20


def search(request):
    query = request.GET.get("q", "").strip()
    # A double quote is the full-text phrase syntax of SQLite and PostgreSQL:
    # one left open is a syntax error there, and nobody searches for the mark;
    # PostgreSQL text cannot hold a NUL byte at all.
    terms = query.replace('"', " ").replace("\x00", " ").strip()
    results = None
    if terms:
        pages = (
            Page.objects.live()
            .public()
            .filter(locale=Locale.get_active(), depth__gt=1)
            .search(terms)
        )
        results = Paginator(pages, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
        results.object_list = summarise(results.object_list)
    return TemplateResponse(request, "content/search.html", {"query": query, "results": results})


def summarise(pages):
    """Each result as its specific page with its type and a short intro.

    The specific pages of one results page come in one query per page type,
    not one per result.
    """
    pages = list(pages)
    specific = Page.objects.filter(pk__in=[page.pk for page in pages]).defer_streamfields()
    by_pk = {page.pk: page for page in specific.specific()}
    summaries = []
    for page in pages:
        page = by_pk.get(page.pk, page)
        summaries.append(
            {
                "page": page,
                "type": page._meta.verbose_name,
                "summary": getattr(page, "intro", "") or page.search_description,
            }
        )
    return summaries
