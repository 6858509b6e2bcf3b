"""Certificates in the Wagtail admin, under one menu item.

- Templates: a snippet that methodologists edit (signatories inline), with a
  PDF preview on sample data and, for moderators, regeneration of the issued
  PDFs after a fix.
- Registry: issued certificates, read-only (``InspectOnlyViewSet``). No add,
  edit or delete views exist: a certificate changes only through revoke and
  reissue, which go through ``certificates.services``. Regional officers see
  their own region only.
"""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from lms.admin_viewsets import InspectOnlyViewSet

from . import admin_views, admin_waves, admin_zip
from .filters import CertificateFilterSet
from .models import Certificate, CertificateTemplate


class CertificateTemplateViewSet(SnippetViewSet):
    model = CertificateTemplate
    icon = "form"
    menu_label = _("Templates")
    list_display = ["name", "course", "number_prefix"]
    search_fields = ["name"]
    ordering = ["name"]
    index_view_class = admin_views.TemplateIndexView
    edit_view_class = admin_views.TemplateEditView

    def get_queryset(self, request):
        return CertificateTemplate.objects.select_related("course")

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("pdf-preview/<int:pk>/", admin_views.preview_pdf, name="preview_pdf"),
            path(
                "regenerate/<int:pk>/",
                admin_views.RegenerateView.as_view(),
                name="regenerate",
            ),
            path(
                "regenerate/job/<int:job_pk>/",
                admin_views.RegenerationJobView.as_view(),
                name="regeneration_job",
            ),
        ]


class CertificateViewSet(InspectOnlyViewSet):
    model = Certificate
    name = admin_views.REGISTRY  # not "certificates": that is the public URL namespace
    url_prefix = "certificates"
    icon = "clipboard-list"
    menu_label = _("Registry")
    index_view_class = admin_views.CertificateIndexView
    inspect_view_class = admin_views.CertificateInspectView
    list_per_page = 50
    ordering = "-issued_at"
    filterset_class = CertificateFilterSet
    search_fields = ["number", "holder_name"]
    search_backend_name = None
    list_display = [
        "number",
        "version",
        "holder_name",
        Column("course", label=_("Course"), accessor=admin_views.course_label),
        "status",
        DateColumn("issued_at", label=_("Issued"), sort_key="issued_at"),
        "region",
        "school",
    ]
    inspect_view_fields = [
        "number",
        "version",
        "status",
        "holder_name",
        "course",
        "hours",
        "started_on",
        "completed_on",
        "issued_at",
        "language",
        "region",
        "school",
        "template",
        "emailed_at",
        "revoked_at",
        "revoked_reason",
    ]

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("<int:pk>/revoke/", admin_views.RevokeView.as_view(), name="revoke"),
            path("<int:pk>/reissue/", admin_views.ReissueView.as_view(), name="reissue"),
            path("zip/", admin_zip.download, name="zip"),
            path("waves/", admin_waves.WaveUploadView.as_view(), name="waves"),
            path("waves/<int:pk>/", admin_waves.WaveView.as_view(), name="wave"),
        ]


class CertificatesViewSetGroup(ViewSetGroup):
    items = (CertificateTemplateViewSet, CertificateViewSet)
    menu_icon = "doc-full-inverse"
    menu_label = _("Certificates")
    menu_name = "certificates"
    menu_order = 320


register_snippet(CertificatesViewSetGroup)


@hooks.register("register_log_actions")
def register_certificate_log_actions(actions):
    actions.register_action(
        "certificates.revoke", _("Revoke certificate"), _("Certificate revoked")
    )
    actions.register_action(
        "certificates.reissue",
        _("Reissue certificate"),
        _("Certificate reissued after a name correction"),
    )
    actions.register_action(
        "certificates.regenerate",
        _("Regenerate certificates"),
        _("Regeneration of the template's certificates requested"),
    )
    actions.register_action(
        "certificates.wave",
        _("Issue a wave from a list"),
        _("Wave of certificates from a list confirmed"),
    )
