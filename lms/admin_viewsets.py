"""A Wagtail model viewset that lists and inspects, and nothing else.

Records that change only through service functions (issued certificates,
enrolments) are shown in the admin without add, edit, copy, delete, history
or usage views: none is routed, no button links to one, and the admin's
links to an object (the URL finder) go to its inspect page.
"""

from django.urls import path
from wagtail.admin.admin_url_finder import ModelAdminURLFinder
from wagtail.admin.viewsets.model import ModelViewSet


class InspectOnlyViewSet(ModelViewSet):
    inspect_view_enabled = True
    copy_view_enabled = False
    add_to_reference_index = False

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(
            **{
                "add_url_name": None,
                "edit_url_name": None,
                "delete_url_name": None,
                "history_url_name": None,
                "usage_url_name": None,
                **kwargs,
            }
        )

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("<int:pk>/", self.inspect_view, name="inspect"),
        ]

    @property
    def url_finder_class(self):
        return type(
            f"{self.model.__name__}URLFinder",
            (ModelAdminURLFinder,),
            {"edit_url_name": self.get_url_name("inspect")},
        )
