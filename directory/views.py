"""Small JSON lists for the school picker (``static/js/school-picker.js``).

Sign-up asks for region, then district, then school. These views give the
next list for a choice, in the language of the URL, so the page never has to
carry all 7,500 schools. Each is one query when the list has entries, and one
more only to tell an empty list from a wrong id. The lists change a few times
a year, so browsers and proxies may keep them for an hour.
"""

from django.http import JsonResponse
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from .collation import sort_key
from .ids import parse_id
from .models import District, Region, School

MAX_SCHOOLS = 500
MAX_QUERY_LENGTH = 100
CACHE_SECONDS = 3600
NAME_FIELDS = ("id", "name_kk", "name_ru", "name_en")


@require_GET
def districts(request):
    region_id = _id_param(request, "region")
    if region_id is None:
        return _error(_("Give the number of a region as ?region=."))
    found = District.objects.filter(region_id=region_id).only(*NAME_FIELDS)
    results = _named(found)
    if not results and not Region.objects.filter(pk=region_id).exists():
        return _error(_("There is no such region."))
    return _results(results)


@require_GET
def schools(request):
    district_id = _id_param(request, "district")
    if district_id is None:
        return _error(_("Give the number of a district as ?district=."))
    found = School.objects.filter(district_id=district_id).only(*NAME_FIELDS)
    query = request.GET.get("q", "")[:MAX_QUERY_LENGTH].strip().casefold()
    results = _named(found, query)
    if not results and not District.objects.filter(pk=district_id).exists():
        return _error(_("There is no such district."))
    return _results(results[:MAX_SCHOOLS])


def _id_param(request, name):
    return parse_id(request.GET.get(name, ""))


def _named(objects, query=""):
    """Id and name in the active language, sorted as a reader expects.

    The ``q`` filter runs here rather than in SQL because SQLite's LIKE only
    ignores case for Latin letters, and a district holds at most a few hundred
    schools.
    """
    results = [
        {"id": obj.pk, "name": obj.name}
        for obj in objects
        if not query
        or any(query in name.casefold() for name in (obj.name_kk, obj.name_ru, obj.name_en))
    ]
    return sorted(results, key=lambda result: sort_key(result["name"]))


def _results(results):
    response = JsonResponse({"results": results})
    patch_cache_control(response, public=True, max_age=CACHE_SECONDS)
    return response


def _error(message):
    return JsonResponse({"error": message}, status=400)
