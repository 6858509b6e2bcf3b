"""Who sees which part of the country.

A school coordinator sees their school, a district officer their district, a
regional officer their region, a national analyst (and a superuser)
everything. Every report view and export asks ``scope_for`` and then
``Scope.allows`` for the place it is about to show; nothing is filtered only
in templates.
"""

from dataclasses import dataclass

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
