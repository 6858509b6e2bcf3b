"""Guest registration is limited per client address and per e-mail, so a
script can neither take a session's seats nor flood a mailbox; a parent
registering as people do never meets the limit."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.exceptions import ImproperlyConfigured
from django.test import RequestFactory
from django.urls import reverse

from academy import ratelimit
from academy.models import Registration


def register(client, session, n=0, email=None, address="203.0.113.7", path=None):
    return client.post(
        path or reverse("academy:session", args=[session.pk]),
        {"action": "register", "name": f"Ата-ана {n}", "email": email or f"p{n}@example.kz"},
        REMOTE_ADDR=address,
    )


def test_the_defaults_allow_a_parent_and_their_family_everything(client, make_session, settings):
    settings.ACADEMY_REGISTRATION_RATE_LIMITS = ratelimit.DEFAULT_LIMITS
    sessions = [make_session(starts_in=timedelta(days=d), capacity=30) for d in range(1, 7)]
    # One parent registers for every session of the programme, one by one,
    # twice by mistake; the other parent of the family does the same.
    for email in ("mother@example.kz", "father@example.kz"):
        for session in sessions:
            for _twice in range(2):
                assert register(client, session, email=email).status_code == 302
    assert Registration.objects.count() == 12


def test_a_script_from_one_address_is_stopped_and_nothing_typed_is_lost(
    client, make_session, settings, on_commit
):
    settings.ACADEMY_REGISTRATION_RATE_LIMITS = {"ip": "3/h", "email": "10/h"}
    session = make_session(capacity=50)
    with on_commit():
        for n in range(3):
            assert register(client, session, n).status_code == 302
        refused = register(client, session, 3)
    assert refused.status_code == 429
    assert 0 < int(refused["Retry-After"]) <= 3600
    form = refused.context["form"]
    assert form.data["name"] == "Ата-ана 3" and form.data["email"] == "p3@example.kz"
    html = refused.content.decode()
    assert 'value="Ата-ана 3"' in html and 'value="p3@example.kz"' in html
    assert "Too many registrations" in html and 'role="alert"' in html
    assert Registration.objects.count() == 3 and len(mail.outbox) == 3
    # Another network is not affected.
    assert register(client, session, 4, address="198.51.100.9").status_code == 302


def test_one_mailbox_is_not_flooded_from_many_addresses(client, make_session, settings):
    settings.ACADEMY_REGISTRATION_RATE_LIMITS = {"ip": "100/h", "email": "2/h"}
    sessions = [make_session(starts_in=timedelta(days=d)) for d in (1, 2, 3)]
    codes = [
        register(client, s, email="victim@example.kz", address=f"192.0.2.{n}").status_code
        for n, s in enumerate(sessions)
    ]
    assert codes == [302, 302, 429]
    assert Registration.objects.count() == 2


def test_the_message_is_in_the_language_of_the_page(client, session, settings):
    settings.ACADEMY_REGISTRATION_RATE_LIMITS = {"ip": "1/h"}
    register(client, session, 0, path=f"/ru/academy/session/{session.pk}/")
    refused = register(client, session, 1, path=f"/ru/academy/session/{session.pk}/")
    assert refused.status_code == 429
    assert refused.wsgi_request.LANGUAGE_CODE == "ru"
    assert refused.context["form"].non_field_errors()


def test_signed_in_parents_are_not_counted(client, make_session, parent, settings):
    settings.ACADEMY_REGISTRATION_RATE_LIMITS = {"ip": "1/h", "email": "1/h"}
    client.force_login(parent)
    for days in (1, 2, 3):
        assert register(client, make_session(starts_in=timedelta(days=days))).status_code == 302
    assert Registration.objects.filter(user=parent).count() == 3


def test_limits_can_be_turned_off(client, session, settings):
    settings.ACADEMY_REGISTRATION_RATE_LIMITS = {}
    for n in range(5):
        assert register(client, session, n).status_code == 302


def test_windows_end_and_rates_parse(settings):
    assert ratelimit.parse("30/10m, 300/d") == [(30, 600), (300, 86400)]
    with pytest.raises(ImproperlyConfigured):
        ratelimit.parse("many/h")
    settings.ACADEMY_REGISTRATION_RATE_LIMITS = {"email": "1/m"}
    request = RequestFactory().post("/", REMOTE_ADDR="203.0.113.1")
    assert ratelimit.hit(request, "a@example.kz", now=600) == 0
    assert ratelimit.hit(request, "A@example.kz ", now=630) == 30
    assert ratelimit.hit(request, "a@example.kz", now=660) == 0


def test_ipv6_addresses_count_by_their_network(settings):
    settings.ACADEMY_REGISTRATION_RATE_LIMITS = {"ip": "1/h"}
    first = RequestFactory().post("/", REMOTE_ADDR="2001:db8:1:2::1")
    same_home = RequestFactory().post("/", REMOTE_ADDR="2001:db8:1:2:ffff::9")
    elsewhere = RequestFactory().post("/", REMOTE_ADDR="2001:db8:1:3::1")
    assert ratelimit.hit(first, "a@example.kz", now=0) == 0
    assert ratelimit.hit(same_home, "b@example.kz", now=1) > 0
    assert ratelimit.hit(elsewhere, "c@example.kz", now=2) == 0
