"""Admin for the directory: regions, districts and schools as snippets.

Grouped under one menu item. Listings fetch the region and district with each
row, so a page of schools is one query rather than one per row. The edit forms
(``directory.forms``) fill in what editors should not have to: a school's
region comes from its district, a blank district code is generated.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .forms import DistrictAdminForm, SchoolAdminForm
from .models import District, Region, School

NAME_SEARCH = ["name_kk", "name_ru", "name_en"]


class RegionViewSet(SnippetViewSet):
    model = Region
    icon = "site"
    list_display = ["name_kk", "name_ru", "code", "kind", "sort_order"]
    list_filter = ["kind"]
    search_fields = [*NAME_SEARCH, "code"]
    ordering = ["sort_order", "name_kk"]


class DistrictViewSet(SnippetViewSet):
    model = District
    icon = "list-ul"
    list_display = ["name_kk", "name_ru", "region", "code"]
    list_filter = ["region"]
    search_fields = [*NAME_SEARCH, "code"]
    ordering = ["region__sort_order", "name_kk"]
    edit_handler = ObjectList(
        [FieldPanel("region"), *map(FieldPanel, NAME_SEARCH), FieldPanel("code")],
        base_form_class=DistrictAdminForm,
    )

    def get_queryset(self, request):
        return District.objects.select_related("region")


class SchoolViewSet(SnippetViewSet):
    model = School
    icon = "home"
    list_display = ["name_kk", "name_ru", "district", "region", "code"]
    list_filter = ["region"]
    search_fields = [*NAME_SEARCH, "code"]
    ordering = ["region__sort_order", "name_kk"]
    list_per_page = 50
    # No region field: SchoolAdminForm copies it from the district.
    edit_handler = ObjectList(
        [FieldPanel("code"), *map(FieldPanel, NAME_SEARCH), FieldPanel("district")],
        base_form_class=SchoolAdminForm,
    )

    def get_queryset(self, request):
        return School.objects.select_related("district", "region")


class DirectoryViewSetGroup(SnippetViewSetGroup):
    items = (RegionViewSet, DistrictViewSet, SchoolViewSet)
    menu_icon = "site"
    menu_label = _("Schools")
    menu_name = "directory"
    menu_order = 310


register_snippet(DirectoryViewSetGroup)
