"""Who sees which part of the country.

A school coordinator sees their school, a district officer their district, a
regional officer their region, a national analyst (and a superuser)
everything. Every report view and export asks ``scope_for`` and then
``Scope.allows`` for the place it is about to show; nothing is filtered only
in templates.
"""

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.db.models import Q
from wagtail.permission_policies import BasePermissionPolicy

from users import roles


@dataclass(frozen=True)
class Scope:
    level: str  # "national", "region", "district" or "school"
    region_id: int | None = None
    district_id: int | None = None
    school_id: int | None = None

    def allows(self, region_id=None, district_id=None, school_id=None):
        """Whether a place (given by its ids, most specific last) lies within the scope."""
        if self.level == "national":
            return True
        if self.level == "region":
            return region_id == self.region_id
        if self.level == "district":
            return district_id == self.district_id and district_id is not None
        return school_id == self.school_id and school_id is not None


def scope_for(user):
    if not user.is_authenticated:
        return None
    if user.is_superuser:
        return Scope("national")
    names = set(user.groups.values_list("name", flat=True))
    if roles.NATIONAL_ANALYSTS in names:
        return Scope("national")
    if roles.REGIONAL_OFFICERS in names and user.region_id:
        return Scope("region", region_id=user.region_id)
    if roles.DISTRICT_OFFICERS in names and user.district_id:
        return Scope("district", region_id=user.region_id, district_id=user.district_id)
    if roles.SCHOOL_COORDINATORS in names and user.school_id:
        return Scope(
            "school",
            region_id=user.region_id,
            district_id=user.district_id,
            school_id=user.school_id,
        )
    return None


# The groups whose members have a report scope (superusers have one too).
SCOPED_GROUPS = [
    roles.SCHOOL_COORDINATORS,
    roles.DISTRICT_OFFICERS,
    roles.REGIONAL_OFFICERS,
    roles.NATIONAL_ANALYSTS,
]


def cached_scope(user):
    """``scope_for`` once per user object: an admin screen's menu, its
    permission check and its queryset all ask within one request."""
    if not hasattr(user, "_report_scope"):
        user._report_scope = scope_for(user)
    return user._report_scope


class ScopedViewPolicy(BasePermissionPolicy):
    """A read-only admin screen of rows placed in the country (the Learners
    screen, the delivery log): "view" for whoever has a report scope, no
    other action for anyone; the rows are ``visible(user)``'s."""

    def visible(self, user):
        raise NotImplementedError

    def user_has_permission(self, user, action):
        return action == "view" and user.is_active and cached_scope(user) is not None

    def users_with_any_permission(self, actions):
        users = get_user_model().objects.filter(is_active=True)
        if "view" not in actions:
            return users.none()
        return users.filter(Q(is_superuser=True) | Q(groups__name__in=SCOPED_GROUPS)).distinct()

    def instances_user_has_any_permission_for(self, user, actions):
        if "view" not in actions:
            return self.model.objects.none()
        return self.visible(user)
