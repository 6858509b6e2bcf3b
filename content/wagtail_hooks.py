"""Admin for content snippets."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import CallCentre


class CallCentreViewSet(SnippetViewSet):
    model = CallCentre
    icon = "mobile-alt"
    menu_label = _("Call centres")
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["name", "region", "phone", "hours"]
    list_filter = ["region"]
    search_fields = ["name", "phone"]
    ordering = ["region__sort_order", "sort_order", "name"]


register_snippet(CallCentreViewSet)
