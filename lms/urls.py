"""URLs: the admin and media outside the language prefix, everything a
learner or parent sees under ``/kk/``, ``/ru/`` or ``/en/``."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.i18n import JavaScriptCatalog
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

import certificates.api
import content.views
import courses.views
import messaging.views.webhook
import webinars.views
from lms.health import readyz
from lms.metrics import metrics
from lms.views import healthz

handler400 = "lms.errors.bad_request"
handler403 = "lms.errors.permission_denied"
handler404 = "lms.errors.page_not_found"
handler500 = "lms.errors.server_error"

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("i18n/", include("django.conf.urls.i18n")),
    path("healthz/", healthz, name="healthz"),
    path("readyz/", readyz, name="readyz"),
    path("metrics", metrics, name="metrics"),
    path("telegram/webhook/", messaging.views.webhook.telegram, name="telegram-webhook"),
    path("api/certificates/<str:code>/", certificates.api.certificate, name="api-certificate"),
    path(
        "api/certificates/<str:code>/credential/",
        certificates.api.credential,
        name="api-credential",
    ),
    path("api/issuer/", certificates.api.issuer, name="api-issuer"),
    path("api/issuer/jwks.json", certificates.api.jwks, name="api-issuer-jwks"),
    path("api/status/<int:number>/", certificates.api.status_list, name="api-status-list"),
    re_path(r"^api/", certificates.api.not_found),
    # BigBlueButton's GET when a meeting ends (webinars.meetings.end_callback_url).
    path("webinars/ended/<str:token>/", webinars.views.ended, name="webinars-ended"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("accounts/", include("allauth.urls")),
    path("me/", include("users.urls")),
    path("learn/", include("courses.urls")),
    path("certificates/", include("certificates.urls")),
    path("reports/", include("reports.urls")),
    path("exports/", include("exports.urls")),
    path("directory/", include("directory.urls")),
    path("academy/", include("academy.urls")),
    path("webinars/", include("webinars.urls")),
    path("privacy/", include("privacy.urls")),
    path("messages/", include("messaging.urls")),
    path("jsi18n/", JavaScriptCatalog.as_view(), name="javascript-catalog"),
    path("search/", content.views.search, name="search"),
    # Wagtail's pages; lessons and tests found first from memory (courses.routing).
    # Wagtail's own "_util/" URLs (the view-restriction password form) stay Wagtail's.
    re_path(r"^(?!_util/)(?P<path>(?:[\w\-]+/){2,})$", courses.views.learning, name="learning"),
    path("", include(wagtail_urls)),
)
