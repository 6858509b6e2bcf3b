"""Methodologists upload lesson videos, captions and images themselves:
Wagtail checks media per collection, so their group holds the image and
document permissions on the root collection (users/roles.py)."""

import pytest
from django.apps import apps
from django.contrib.auth.models import Group
from wagtail.models import GroupCollectionPermission

from tests.factories import UserFactory
from users import roles
from users.roles import sync_staff_groups

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("group", [roles.METHODOLOGISTS, roles.MODERATORS])
def test_staff_who_author_reach_images_and_documents(client, group):
    # Whatever Wagtail's own migrations happened to give the group (they give
    # media to groups that reach the admin when they run after ours, which on
    # the demo's database they did not): the staff groups' sync gives it.
    GroupCollectionPermission.objects.filter(group__name=group).delete()
    sync_staff_groups(apps)
    user = UserFactory(role="teacher", is_staff=True)
    user.groups.add(Group.objects.get(name=group))
    client.force_login(user)
    menu = client.get("/admin/").content.decode()
    assert 'href="/admin/images/"' in menu and 'href="/admin/documents/"' in menu
    for url in ("/admin/images/", "/admin/documents/", "/admin/documents/multiple/add/"):
        response = client.get(url)
        assert response.status_code == 200, url


def test_a_coordinator_does_not(client):
    user = UserFactory(role="teacher", is_staff=True)
    user.groups.add(Group.objects.get(name=roles.SCHOOL_COORDINATORS))
    client.force_login(user)
    assert client.get("/admin/documents/").status_code == 302  # refused: back to the dashboard
