"""Staff manage people in the Wagtail admin, with our extra fields."""

import pytest
from django.contrib.auth import get_user_model

from tests.factories import SchoolFactory, UserFactory

pytestmark = pytest.mark.django_db
User = get_user_model()


@pytest.fixture
def admin_client(client):
    admin = UserFactory(email="root@example.kz", is_superuser=True, is_staff=True, school=None)
    client.force_login(admin)
    return client


def test_admin_edits_a_person_with_patronymic_and_school(admin_client):
    person = UserFactory(patronymic="")
    school = SchoolFactory()
    page = admin_client.get(f"/admin/users/edit/{person.pk}/")
    assert page.status_code == 200
    assert 'name="patronymic"' in page.content.decode()
    response = admin_client.post(
        f"/admin/users/edit/{person.pk}/",
        {
            "email": person.email,
            "first_name": "Бауыржан",
            "last_name": "Момышұлы",
            "patronymic": "Жолшыұлы",
            "preferred_language": "ru",
            "role": "psychologist",
            "school": school.pk,
            "is_active": "on",
            "password1": "",
            "password2": "",
        },
    )
    assert response.status_code == 302, response.context["form"].errors
    person.refresh_from_db()
    assert person.get_full_name() == "Момышұлы Бауыржан Жолшыұлы"
    assert (person.role, person.school, person.region) == ("psychologist", school, school.region)


def test_admin_create_form_has_our_fields(admin_client):
    page = admin_client.get("/admin/users/new/")
    assert page.status_code == 200
    for name in ("patronymic", "preferred_language", "role", "school"):
        assert f'name="{name}"' in page.content.decode()
