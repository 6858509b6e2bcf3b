"""The programme in the CMS: tree rules, the admin forms, and the admin
menu entry that takes coordinators to their sessions."""

from django.contrib.auth.models import Group

from academy.models import ProgrammePage, TopicPage
from content.models import HomePage
from tests.factories import UserFactory
from users.roles import METHODOLOGISTS


def test_tree_rules(db):
    assert ProgrammePage.parent_page_types == ["content.HomePage"]
    assert TopicPage.allowed_parent_page_models() == [ProgrammePage]
    assert not TopicPage.can_create_at(HomePage())
    assert TopicPage.allowed_subpage_models() == []


def test_methodologists_author_in_the_admin(client, programme):
    admin = UserFactory(email="root@example.kz", is_superuser=True, is_staff=True)
    client.force_login(admin)
    home = programme.get_parent()
    assert client.get(f"/admin/pages/add/academy/programmepage/{home.pk}/").status_code == 200
    assert client.get(f"/admin/pages/add/academy/topicpage/{programme.pk}/").status_code == 200
    assert client.get(f"/admin/pages/{programme.pk}/edit/").status_code == 200


def test_the_admin_menu_links_coordinators_to_their_sessions(client, coordinator):
    client.force_login(coordinator)
    page = client.get("/admin/").content.decode()
    assert "/academy/manage/" in page
    methodologist = UserFactory(email="m@example.kz")
    methodologist.groups.add(Group.objects.get(name=METHODOLOGISTS))
    client.force_login(methodologist)
    response = client.get("/admin/")
    assert response.status_code == 200
    assert "/academy/manage/" not in response.content.decode()
