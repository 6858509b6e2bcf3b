"""Views of the project itself rather than of an app."""

from django.http import HttpResponse
from django.views.decorators.cache import never_cache


@never_cache
def healthz(request):
    """For load balancers and uptime checks: the process is up and answers.

    Deliberately touches neither the database nor the cache, so a slow
    database does not take every web process out of the pool at once. It is
    also the "bare Django view" of the benchmarks in ``benchmarks/``.
    """
    return HttpResponse("ok", content_type="text/plain")
