"""Malformed query parameters on every report page and export: a place id
that is not a positive id of at most 19 digits is no place (404); other
parameters fall back to their default; nothing answers 5xx."""

import pytest

from reports import queries
from tests.reports.helpers import person
from users import roles

# One xdist worker for the module: its data (conftest's `country`) is built once.
pytestmark = [pytest.mark.django_db, pytest.mark.xdist_group(__name__)]

HOSTILE = [
    "'",
    '"',
    "\x00",
    "1\x00",
    "-1",
    "0",
    "9" * 20,
    "9223372036854775808",  # one above the largest id
    "1" * 3000,
    "x" * 3000,
    "abc",
    "1e3",
    "١",  # an Arabic-Indic digit
    "1;DROP TABLE x",
]

VIEWS = [
    "courses/",
    "courses/?export=csv",
    "courses/?export=xlsx",
    "courses/learners/",
    "courses/learners/?export=xlsx",
    "academy/",
    "academy/?export=csv",
    "academy/?table=topics&export=xlsx",
]


@pytest.fixture
def officer(client, country):
    client.force_login(person(roles.REGIONAL_OFFICERS, region=country["regions"][0]))
    return client


def get(client, view, **params):
    path = f"/kk/reports/{view}"
    path, _, fixed = path.partition("?")
    data = dict(pair.split("=") for pair in fixed.split("&") if pair) | params
    return client.get(path, data)


@pytest.mark.parametrize("name", ["region", "district", "school"])
@pytest.mark.parametrize("view", VIEWS)
def test_a_malformed_place_is_not_found(officer, view, name):
    for value in HOSTILE:
        response = get(officer, view, **{name: value})
        assert response.status_code == 404, (view, name, repr(value[:20]))


def test_an_analyst_gets_not_found_too_not_the_whole_country(client, country):
    """Before, ``region=abc`` was read as no place: the national figures."""
    client.force_login(person(roles.NATIONAL_ANALYSTS))
    for value in HOSTILE:
        assert client.get("/ru/reports/courses/", {"region": value}).status_code == 404
    assert client.get("/ru/reports/courses/", {"region": ""}).status_code == 200


@pytest.mark.parametrize("name", ["course", "page", "export", "table"])
@pytest.mark.parametrize("view", VIEWS)
def test_other_malformed_parameters_fall_back(officer, country, view, name):
    school = country["schools"]["a"].pk  # the learner list and its pages
    for value in HOSTILE:
        response = get(officer, view, school=school, **{name: value})
        assert response.status_code == 200, (view, name, repr(value[:20]))


def test_the_learner_list_page_number_falls_back_to_a_real_page(officer, country):
    school = country["schools"]["a"].pk
    for value in ("-1", "9" * 20, "\x00", "abc"):
        page = officer.get("/kk/reports/courses/", {"school": school, "page": value})
        assert page.context["learners"].number == 1 or page.context["learners"].number == (
            page.context["learners"].paginator.num_pages
        )


def test_place_ids_are_read_strictly():
    assert [queries._id(v) for v in ("1", "42", 7, "9223372036854775807")] == [
        1,
        42,
        7,
        2**63 - 1,
    ]
    assert {queries._id(v) for v in HOSTILE} == {None}
