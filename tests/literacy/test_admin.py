"""Methodologists add units in the admin: topics of the page's language,
grades checked before saving."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from literacy.models import Topic, UnitPage
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    return client


@pytest.fixture
def add_url(unit_index):
    return reverse("wagtailadmin_pages:add", args=("literacy", "unitpage", unit_index.pk))


def unit_form(**fields):
    data = {
        "title": "Жаңа бөлім",
        "slug": "zhana-bolim",
        "intro": "",
        "grade_from": "7",
        "grade_to": "8",
        "objectives": streamfield([("objective", "Фейкті ажыратады.")]),
        "lesson_plan": streamfield([]),
        "activities": streamfield([]),
        "worksheets": streamfield([]),
        "parents_note": rich_text(""),
        "comments": inline_formset([]),
    }
    data.update(fields)
    return nested_form_data(data)


def test_unit_form_offers_only_topics_of_the_page_language(admin_client, add_url, topics, locales):
    russian = topics["privacy"].copy_for_translation(locales["ru"])
    russian.save()

    response = admin_client.get(add_url)

    assert response.status_code == 200
    offered = set(response.context["form"].fields["topics"].queryset)
    assert offered == {topics["privacy"], topics["fake-news"]}


def test_unit_is_added_with_its_topics(admin_client, add_url, topics):
    data = unit_form()
    data["topics"] = [topics["privacy"].pk]  # a list is not nested form data

    response = admin_client.post(add_url, data)

    assert response.status_code == 302, response.context["form"].errors
    unit = UnitPage.objects.get(slug="zhana-bolim")
    assert list(unit.topics.all()) == [topics["privacy"]]
    assert unit.objectives[0].value == "Фейкті ажыратады."


def test_grades_out_of_order_are_refused_in_the_admin(admin_client, add_url):
    response = admin_client.post(add_url, unit_form(grade_from="9", grade_to="7"))

    assert response.status_code == 200
    assert "grade_to" in response.context["form"].errors
    assert not UnitPage.objects.filter(slug="zhana-bolim").exists()


def test_topics_are_snippets_in_the_admin(admin_client, topics):
    response = admin_client.get(reverse("wagtailsnippets_literacy_topic:list"), {"locale": "kk"})

    assert response.status_code == 200
    assert "Фейк жаңалықтар" in response.content.decode()
    assert Topic.objects.count() == 2
