"""Who sees which rows of the delivery log in the admin.

The log is staff's answer to "did the reminder reach this parent?". Each
row is placed by the school of its session (a registration's message) or of
its certificate, and seen within the report scope of ``reports.scope``, as
the academy's own pages and the Learners screen place people: a school
coordinator their school's rows, a district officer their district's, a
regional officer their region's, a national analyst and a superuser all of
them. Anyone without a scope sees nothing, not everything; no one may add,
change or delete a row here (the sending task writes them).
"""

from django.contrib.auth import get_user_model
from django.db.models import Q
from wagtail.permission_policies import BasePermissionPolicy

from reports.scope import scope_for
from users import roles

from .models import Delivery

_SCOPED_GROUPS = [
    roles.SCHOOL_COORDINATORS,
    roles.DISTRICT_OFFICERS,
    roles.REGIONAL_OFFICERS,
    roles.NATIONAL_ANALYSTS,
]

# The row's place through its session's school, or through its certificate.
PLACES = {
    "school": ("registration__session__school_id", "certificate__school_id"),
    "district": (
        "registration__session__school__district_id",
        "certificate__school__district_id",
    ),
    "region": ("registration__session__school__region_id", "certificate__region_id"),
}


def scope_of(user):
    """``scope_for`` once per user object: the menu, the permission check
    and the queryset all ask within one request."""
    if not hasattr(user, "_delivery_log_scope"):
        user._delivery_log_scope = scope_for(user)
    return user._delivery_log_scope


def visible_deliveries(user):
    rows = Delivery.objects.all()
    scope = scope_of(user)
    if scope is None:
        return rows.none()
    if scope.level == "national":
        return rows
    place = getattr(scope, f"{scope.level}_id")
    by_session, by_certificate = PLACES[scope.level]
    return rows.filter(Q(**{by_session: place}) | Q(**{by_certificate: place}))


class DeliveryPermissionPolicy(BasePermissionPolicy):
    """The "view" action for whoever has a report scope; no other action for anyone."""

    def user_has_permission(self, user, action):
        return action == "view" and user.is_active and scope_of(user) is not None

    def users_with_any_permission(self, actions):
        users = get_user_model().objects.filter(is_active=True)
        if "view" not in actions:
            return users.none()
        return users.filter(Q(is_superuser=True) | Q(groups__name__in=_SCOPED_GROUPS)).distinct()

    def instances_user_has_any_permission_for(self, user, actions):
        if "view" not in actions:
            return Delivery.objects.none()
        return visible_deliveries(user)
