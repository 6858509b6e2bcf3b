"""People for the report tests."""

from django.contrib.auth.models import Group

from tests.factories import UserFactory


def person(group=None, **place):
    """A staff person in ``group`` with the place (region, district, school) on their account."""
    user = UserFactory(role="", **{"school": None, **place})
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user
