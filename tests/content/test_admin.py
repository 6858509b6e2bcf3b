"""Methodologists edit call centres as translatable snippets, filtered by region."""

import pytest
from django.urls import reverse

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    user = UserFactory(is_staff=True, is_superuser=True)
    client.force_login(user)
    return client


def test_call_centre_list_filters_by_region(admin_client, regions, call_centres):
    url = reverse("wagtailsnippets_content_callcentre:list")

    response = admin_client.get(url, {"region": regions["abai"].pk, "locale": "kk"})

    assert response.status_code == 200
    text = response.content.decode()
    assert "Абай байланыс орталығы" in text
    assert "Алматы байланыс орталығы" not in text


def test_call_centre_can_be_added_in_the_admin(admin_client, locales, regions):
    from content.models import CallCentre

    url = reverse("wagtailsnippets_content_callcentre:add")

    response = admin_client.post(
        url + "?locale=ru",
        {
            "name": "Колл-центр Абай",
            "phone": "8 722 000 0000",
            "region": regions["abai"].pk,
            "sort_order": "5",
        },
    )

    assert response.status_code == 302
    centre = CallCentre.objects.get(name="Колл-центр Абай")
    assert centre.locale.language_code == "ru"
    assert centre.region == regions["abai"]
