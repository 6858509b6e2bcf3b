"""The audit trail's admin screen (``audit.admin_views``) in the Settings-free
top level of the menu, shown only to those who may view it."""

from django.contrib.auth.models import Permission
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.permissions import register_permission_policy

from lms.admin_viewsets import InspectOnlyViewSet
from lms.dates import show_datetime

from .admin_views import (
    AccessRecordFilterSet,
    AccessRecordIndexView,
    AccessRecordInspectView,
    AuditPermissionPolicy,
    actor_label,
    role_label,
)
from .models import AccessRecord

register_permission_policy(AccessRecord, AuditPermissionPolicy(AccessRecord))


class AuditViewSet(InspectOnlyViewSet):
    model = AccessRecord
    name = "audit"
    icon = "list-ul"
    menu_label = _("Audit trail")
    menu_order = 330
    add_to_admin_menu = True
    index_view_class = AccessRecordIndexView
    inspect_view_class = AccessRecordInspectView
    list_per_page = 50
    ordering = "-at"
    filterset_class = AccessRecordFilterSet
    search_fields = ["actor__email", "actor__last_name", "actor__first_name", "detail"]
    search_backend_name = None
    list_display = [
        TitleColumn(
            "at",
            label=_("When"),
            accessor=lambda r: show_datetime(r.at),
            sort_key="at",
            get_url=lambda r: reverse("audit:inspect", args=[r.pk]),
        ),
        Column("actor", label=_("Staff member"), accessor=actor_label),
        Column("role", label=_("Role"), accessor=role_label),
        Column("scope", label=_("Scope"), accessor="scope_label"),
        "what",
        "rows",
        "address",
    ]

    def get_permissions_to_register(self):
        # Offered on the admin's group pages: the one permission auditors hold.
        return Permission.objects.filter(
            content_type__app_label="audit", codename="view_accessrecord"
        )


@hooks.register("register_admin_viewset")
def register_audit_viewset():
    return AuditViewSet()
