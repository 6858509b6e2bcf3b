"""The project's URLs plus two views that fail, for the error-page tests."""

from django.conf.urls.i18n import i18n_patterns
from django.core.exceptions import BadRequest, PermissionDenied
from django.urls import path

from lms import urls as project_urls
from lms.urls import handler400, handler403, handler404, handler500  # noqa: F401 - the handlers


def boom(request):
    raise RuntimeError("a bug in a view")


def bad(request):
    raise BadRequest("a malformed request")


def denied(request):
    raise PermissionDenied


urlpatterns = [
    *i18n_patterns(path("boom/", boom), path("boom/denied/", denied), path("boom/bad/", bad)),
    *project_urls.urlpatterns,
]
