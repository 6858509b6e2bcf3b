"""Check-in codes cannot be guessed: wrong codes are limited per registration
and per client address; once locked, even the right code waits for the
window to end, and the parent is told how long and what else to do."""

from datetime import timedelta

import pytest
from django.test import Client, RequestFactory
from django.urls import reverse
from django.utils import timezone

from academy import codes, ratelimit, tokens
from academy.models import Attendance, Registration


@pytest.fixture
def running(make_session):
    return make_session(starts_in=timedelta(minutes=-5), capacity=30)


def guest(running, email, client=None):
    """A confirmed guest who opened the signed link from their letter."""
    client = client or Client()
    registration = Registration.objects.create(
        session=running, name="Ата-ана", email=email, status="confirmed"
    )
    client.get(reverse("academy:registrations", args=[tokens.manage_token(email)]))
    return client, registration


def wrong_code(session):
    """A code that is neither this minute's nor a neighbour's."""
    now = timezone.now()
    right = {codes.current_code(session, now + timedelta(minutes=m)) for m in (-1, 0, 1)}
    return next(c for c in ("000000", "111111", "222222", "333333") if c not in right)


def check_in(client, session, code, address="203.0.113.7", path=None, **headers):
    return client.post(
        path or reverse("academy:session", args=[session.pk]),
        {"action": "checkin", "code": code},
        REMOTE_ADDR=address,
        **headers,
    )


def test_wrong_codes_lock_the_registration_and_the_right_code_waits(running, settings):
    settings.ACADEMY_CHECKIN_RATE_LIMITS = {"registration": "3/h"}
    client, _registration = guest(running, "olga@example.kz")
    for _attempt in range(2):
        response = check_in(client, running, wrong_code(running))
        assert response.status_code == 302
    third = check_in(client, running, wrong_code(running))
    assert third.status_code == 429
    assert 0 < int(third["Retry-After"]) <= 3600
    html = third.content.decode()
    assert "Too many wrong codes" in html and "minute" in html
    assert "ask the facilitator to mark you present" in html
    # Locked: the right code is refused too, and nothing is recorded.
    right = check_in(client, running, codes.current_code(running))
    assert right.status_code == 429
    assert "Too many wrong codes" in right.content.decode()
    assert not Attendance.objects.exists()


def test_the_lock_ends_with_its_window(running, settings):
    settings.ACADEMY_CHECKIN_RATE_LIMITS = {"registration": "2/10m"}
    registration = Registration.objects.create(
        session=running, name="Ата-ана", email="a@example.kz", status="confirmed"
    )
    request = RequestFactory().post("/", REMOTE_ADDR="203.0.113.7")
    assert ratelimit.checkin_failed(request, registration, now=6000) == 0
    assert ratelimit.checkin_failed(request, registration, now=6060) == 540
    assert ratelimit.checkin_locked(request, registration, now=6500) == 100
    assert ratelimit.checkin_locked(request, registration, now=6600) == 0


def test_one_address_cannot_try_codes_for_many_registrations(running, settings):
    settings.ACADEMY_CHECKIN_RATE_LIMITS = {"registration": "10/h", "ip": "3/h"}
    first, _ = guest(running, "a@example.kz")
    second, _ = guest(running, "b@example.kz")
    for _attempt in range(3):
        check_in(first, running, wrong_code(running))
    refused = check_in(second, running, codes.current_code(running))
    assert refused.status_code == 429
    assert not Attendance.objects.exists()
    # The same parent from another network is not affected.
    elsewhere = check_in(second, running, codes.current_code(running), address="198.51.100.9")
    assert elsewhere.status_code == 302
    assert Attendance.objects.get().registration.email == "b@example.kz"


def test_right_codes_do_not_count_so_a_hall_on_one_network_all_check_in(running, settings):
    settings.ACADEMY_CHECKIN_RATE_LIMITS = {"registration": "1/h", "ip": "2/h"}
    for n in range(5):
        client, _ = guest(running, f"p{n}@example.kz")
        assert check_in(client, running, codes.current_code(running)).status_code == 302
    assert Attendance.objects.filter(mark="present").count() == 5


def test_the_message_is_in_the_language_of_the_page(running, settings):
    settings.ACADEMY_CHECKIN_RATE_LIMITS = {"registration": "1/h"}
    client, _ = guest(running, "olga@example.kz")
    path = f"/ru/academy/session/{running.pk}/"
    response = check_in(client, running, wrong_code(running), path=path)
    assert response.status_code == 429
    assert "Слишком много неверных кодов" in response.content.decode()
