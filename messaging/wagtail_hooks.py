"""The delivery log in the Wagtail admin, read only (``InspectOnlyViewSet``).

Who sees which rows is ``messaging.log_access``; the permission policy
grants nothing but "view", so no add, edit or delete exists for anyone.
"""

from django.contrib.auth.models import Permission
from wagtail import hooks
from wagtail.permissions import register_permission_policy

from lms.admin_viewsets import InspectOnlyViewSet

from . import admin_views
from .log_access import DeliveryPermissionPolicy
from .log_filters import DeliveryFilterSet
from .models import Delivery

# Before any view asks for the policy, or Wagtail creates its model-permission default.
register_permission_policy(Delivery, DeliveryPermissionPolicy(Delivery))


class DeliveryViewSet(InspectOnlyViewSet):
    model = Delivery
    name = "delivery_log"
    url_prefix = "messages"
    icon = "mail"
    menu_label = admin_views.TITLE
    menu_order = 330
    add_to_admin_menu = True
    index_view_class = admin_views.DeliveryIndexView
    inspect_view_class = admin_views.DeliveryInspectView
    list_per_page = 50
    ordering = "-created_at"
    filterset_class = DeliveryFilterSet

    def get_permissions_to_register(self):
        # The policy reads the scope, not Django permissions: none to offer on group pages.
        return Permission.objects.none()


@hooks.register("register_admin_viewset")
def register_delivery_viewset():
    return DeliveryViewSet()
