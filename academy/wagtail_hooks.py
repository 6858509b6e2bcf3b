"""An admin menu entry that takes coordinators to their academy pages.

Sessions, registrations and marks are managed on the front-end pages
(``academy.views.manage``), where the scope and the capacity rules hold;
the admin only links there.
"""

from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .views.manage import is_coordinator


class AcademyMenuItem(MenuItem):
    def is_shown(self, request):
        return is_coordinator(request.user)


@hooks.register("register_admin_menu_item")
def academy_menu_item():
    return AcademyMenuItem(
        _("Parents' Academy sessions"),
        reverse_lazy("academy:manage"),
        name="academy-sessions",
        icon_name="group",
        order=260,
    )
