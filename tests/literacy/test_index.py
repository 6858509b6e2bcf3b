"""The unit index: filtered by grade and topic, ordered, in a constant
number of queries."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from .factories import UnitPageFactory

pytestmark = pytest.mark.django_db


def listed(client, url):
    response = client.get(url)
    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    return [a.get_text(strip=True) for a in html.select(".unit-card h3 a")]


def titles(units, *names):
    return [units[name].title for name in names]


def test_lists_live_units_by_grade_then_title(client, unit_index, units):
    assert listed(client, unit_index.url) == titles(
        units, "sources", "bullying", "fake", "ads", "deepfakes"
    )


@pytest.mark.parametrize(
    ("grade", "expected"),
    [
        (5, ["sources"]),
        (7, ["bullying", "fake"]),
        (9, ["bullying", "ads"]),
        (11, ["deepfakes"]),
    ],
)
def test_filter_by_grade_keeps_units_whose_range_contains_it(
    client, unit_index, units, grade, expected
):
    assert listed(client, f"{unit_index.url}?grade={grade}") == titles(units, *expected)


def test_filter_by_topic(client, unit_index, units):
    assert listed(client, f"{unit_index.url}?topic=fake-news") == titles(
        units, "bullying", "fake", "deepfakes"
    )
    assert listed(client, f"{unit_index.url}?topic=privacy") == titles(units, "bullying", "ads")


def test_filter_by_grade_and_topic(client, unit_index, units):
    url = unit_index.url
    assert listed(client, f"{url}?grade=9&topic=fake-news") == titles(units, "bullying")
    assert listed(client, f"{url}?grade=8&topic=privacy") == titles(units, "bullying", "ads")

    response = client.get(f"{url}?grade=5&topic=privacy")
    html = BeautifulSoup(response.content, "html.parser")
    assert not html.select(".unit-card")
    assert html.select_one(".units-empty")


def test_an_invalid_grade_is_reported_and_ignored(client, unit_index, units):
    response = client.get(f"{unit_index.url}?grade=99&topic=privacy")

    html = BeautifulSoup(response.content, "html.parser")
    assert html.select_one(".unit-filter .errorlist")
    assert [a.get_text(strip=True) for a in html.select(".unit-card h3 a")] == titles(
        units, "bullying", "ads"
    )


def test_filter_form_is_labelled_and_keeps_its_values(client, unit_index, units):
    response = client.get(f"{unit_index.url}?grade=7&topic=privacy")

    form = BeautifulSoup(response.content, "html.parser").select_one("form.unit-filter")
    assert form["method"] == "get"
    for name in ("grade", "topic"):
        field = form.find("select", attrs={"name": name})
        assert form.find("label", attrs={"for": field["id"]})
    assert (
        form.find("select", attrs={"name": "grade"}).find("option", selected=True)["value"] == "7"
    )
    topic_options = form.find("select", attrs={"name": "topic"}).find_all("option")
    assert [o["value"] for o in topic_options] == ["", "privacy", "fake-news"]
    assert form.find("option", selected=True, value="privacy")


def test_query_count_does_not_grow_with_units(client, unit_index, topics):
    def add_units(count):
        for number in range(count):
            UnitPageFactory(
                parent=unit_index,
                grade_from=5 + number % 6,
                grade_to=11,
                topics=[topics["fake-news"], topics["privacy"]],
            )

    def queries():
        client.get(unit_index.url)  # warm the caches of site and help page
        with CaptureQueriesContext(connection) as captured:
            response = client.get(f"{unit_index.url}?grade=10")
        assert response.status_code == 200
        return len(captured)

    add_units(3)
    with_three = queries()
    add_units(9)
    with_twelve = queries()

    assert with_twelve == with_three
    assert len(listed(client, unit_index.url)) == 12
