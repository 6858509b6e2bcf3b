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

from django.db.models import Q

from reports.scope import ScopedViewPolicy, cached_scope

from .models import Delivery

# The row's place through its session's school, or through its certificate.
PLACES = {
    "school": ("registration__session__school_id", "certificate__school_id"),
    "district": (
        "registration__session__school__district_id",
        "certificate__school__district_id",
    ),
    "region": ("registration__session__school__region_id", "certificate__region_id"),
}


def visible_deliveries(user):
    rows = Delivery.objects.all()
    scope = cached_scope(user)
    if scope is None:
        return rows.none()
    if scope.level == "national":
        return rows
    place = getattr(scope, f"{scope.level}_id")
    by_session, by_certificate = PLACES[scope.level]
    return rows.filter(Q(**{by_session: place}) | Q(**{by_certificate: place}))


class DeliveryPermissionPolicy(ScopedViewPolicy):
    """The "view" action for whoever has a report scope; no other action for anyone."""

    def visible(self, user):
        return visible_deliveries(user)
