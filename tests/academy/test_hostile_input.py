"""No id a visitor can type gives a 500. Every GET parameter, path part and
form field that names something in the academy, the school picker and
sign-up gets a 404 or a clear form error for a quote, a NUL byte, -1, a
20-digit number, 3,000 characters and text where a number belongs."""

import json
from datetime import timedelta

import pytest
from django.urls import reverse

from academy import tokens
from academy.models import Attendance, Registration
from directory.ids import parse_id
from tests.factories import UserFactory

HOSTILE = {
    "quote": "'",
    "nul": "\x00",
    "minus-one": "-1",
    "twenty-digits": "9" * 20,
    "three-thousand": "7" * 3000,
    "text": "abc",
}
values = pytest.mark.parametrize("value", HOSTILE.values(), ids=HOSTILE.keys())


@values
def test_ids_are_parsed_or_refused(value):
    assert parse_id(value) is None
    assert parse_id("42") == 42 and parse_id(7) == 7


@values
def test_the_school_picker_of_the_academy(client, school, value):
    for params, field in (
        ({"region": value}, "region"),
        ({"region": school.region_id, "district": value}, "district"),
        ({"region": value, "district": value, "school": value}, "region"),
        (
            {"region": school.region_id, "district": school.district_id, "school": value},
            "school",
        ),
    ):
        response = client.get(reverse("academy:index"), params)
        assert response.status_code == 200
        assert response.context["form"].errors[field]


@values
def test_the_lists_of_the_school_picker(client, school, value):
    for name, params in (
        ("directory:districts", {"region": value}),
        ("directory:schools", {"district": value, "q": value}),
    ):
        response = client.get(reverse(name), params)
        assert response.status_code == 400
        assert json.loads(response.content)["error"]


@values
def test_sign_up(client, school, value):
    data = {
        "last_name": "Сәрсенбаева",
        "first_name": "Әйгерім",
        "role": "teacher",
        "preferred_language": "kk",
        "email": "aigerim@example.kz",
        "password1": "Qazaqstan-2026-strong",
        "password2": "Qazaqstan-2026-strong",
    }
    for choice, field in (
        ({"region": value, "district": value, "school": value}, "region"),
        ({"region": school.region_id, "district": value, "school": value}, "district"),
        (
            {"region": school.region_id, "district": school.district_id, "school": value},
            "school",
        ),
        ({"role": value, "preferred_language": value}, "role"),
    ):
        response = client.post("/en/accounts/signup/", {**data, **choice})
        assert response.status_code == 200
        assert response.context["form"].errors[field]
        assert response.context["form"].data["email"] == "aigerim@example.kz"
    assert client.get("/en/accounts/signup/", {"region": value}).status_code == 200


@values
def test_public_pages_of_the_academy(client, session, value):
    for path in (
        f"/en/academy/school/{value}/",
        f"/en/academy/session/{value}/",
        f"/en/academy/session/{value}/calendar.ics",
        f"/en/academy/join/{value}/",
        f"/en/academy/registrations/{value}/",
        f"/en/academy/code/{value}/",
    ):
        assert client.get(path).status_code == 404, path
    page = client.get(reverse("academy:session", args=[session.pk]), {"code": value})
    assert page.status_code == 200
    register = client.post(
        reverse("academy:session", args=[session.pk]),
        {"action": "register", "consent": "on", "name": value, "email": value},
    )
    assert register.status_code == 200
    errors = register.context["form"].errors
    assert errors["email"] and (value == "abc" or errors["name"])  # "abc" is a name
    assert not Registration.objects.exists()


@values
def test_check_in_and_actions(client, make_session, value):
    running = make_session(starts_in=timedelta(minutes=-5))
    Registration.objects.create(session=running, name="А", email="a@example.kz", status="confirmed")
    client.get(reverse("academy:registrations", args=[tokens.manage_token("a@example.kz")]))
    url = reverse("academy:session", args=[running.pk])
    checked = client.post(url, {"action": "checkin", "code": value}, follow=True)
    assert checked.status_code == 200
    assert "Wrong or expired code" in checked.content.decode()
    assert client.post(url, {"action": value, "code": value}).status_code == 302
    assert not Attendance.objects.exists()


@values
def test_the_coordinators_pages(coordinator_client, make_session, value):
    for path in (
        f"/en/academy/manage/sessions/{value}/",
        f"/en/academy/manage/sessions/{value}/edit/",
        f"/en/academy/manage/sessions/{value}/cancel/",
        f"/en/academy/manage/sessions/{value}/code/",
        f"/en/academy/manage/sessions/{value}/register.csv",
    ):
        assert coordinator_client.get(path).status_code == 404, path
    held = make_session(starts_in=timedelta(minutes=-20))
    sheet = reverse("academy:manage_register", args=[held.pk])
    marked = coordinator_client.post(sheet, {"registrations": value, "mark": value})
    assert marked.status_code == 200
    assert {"registrations", "mark"} <= set(marked.context["mark_form"].errors)
    walk_in = coordinator_client.post(
        sheet, {"action": "walk_in", "walk_in-name": value, "walk_in-email": value}
    )
    assert walk_in.status_code == 200
    errors = walk_in.context["walk_in_form"].errors
    assert errors["email"] and (value == "abc" or errors["name"])
    edited = coordinator_client.post(
        reverse("academy:manage_edit", args=[held.pk]),
        {"topic": value, "format": value, "starts_at": value, "ends_at": value, "capacity": value},
    )
    assert edited.status_code == 200
    assert {"topic", "format", "starts_at", "ends_at", "capacity"} <= set(
        edited.context["form"].errors
    )


@values
def test_an_administrator_scheduling_for_a_school_by_its_code(client, topic, value):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    response = client.post(
        reverse("academy:manage_create"),
        {
            "school_code": value,
            "topic": str(topic.translation_key),
            "format": "in_person",
            "room": "Акт залы",
            "starts_at": "2026-05-04T15:00",
            "ends_at": "2026-05-04T16:30",
            "capacity": "30",
            "facilitator": "Нұрланова Гүлнар",
        },
    )
    assert response.status_code == 200
    assert response.context["form"].errors["school_code"]


@pytest.mark.parametrize(
    ("starts", "ends"),
    [("0001-01-01T00:00", "0001-01-01T01:00"), ("9999-12-31T22:00", "9999-12-31T23:59")],
)
def test_far_dates_get_a_message_not_an_overflow(coordinator_client, topic, starts, ends):
    response = coordinator_client.post(
        reverse("academy:manage_create"),
        {
            "topic": str(topic.translation_key),
            "format": "in_person",
            "room": "Акт залы",
            "starts_at": starts,
            "ends_at": ends,
            "capacity": "30",
            "facilitator": "Нұрланова Гүлнар",
        },
    )
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert errors["starts_at"] and errors["ends_at"]
    assert "Give a date between" in errors["starts_at"][0]
