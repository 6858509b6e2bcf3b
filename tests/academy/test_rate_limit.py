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


def name(n):
    """A valid name for the n-th parent (names take no digits)."""
    return f"Ата-ана {'АӘБВГҒДЕЖЗИЙКҚЛМН'[n]}"


def register(client, session, n=0, email=None, address="203.0.113.7", path=None, **headers):
    return client.post(
        path or reverse("academy:session", args=[session.pk]),
        {
            "action": "register",
            "consent": "on",
            "name": name(n),
            "email": email or f"p{n}@example.kz",
        },
        REMOTE_ADDR=address,
        **headers,
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
    assert form.data["name"] == name(3) and form.data["email"] == "p3@example.kz"
    html = refused.content.decode()
    assert f'value="{name(3)}"' in html and 'value="p3@example.kz"' in html
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


# --- Behind a load balancer ------------------------------------------------------

PROXY = "10.0.0.5"  # the balancer: every request reaches the application from it


def test_behind_a_trusted_proxy_each_parent_has_their_own_limit(client, make_session, settings):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    settings.ACADEMY_REGISTRATION_RATE_LIMITS = {"ip": "2/h"}
    session = make_session(capacity=50)
    first = {"HTTP_X_FORWARDED_FOR": "203.0.113.7"}
    # A client may send its own header; the balancer appends the real address.
    second = {"HTTP_X_FORWARDED_FOR": "203.0.113.7, 198.51.100.9"}
    assert register(client, session, 0, address=PROXY, **first).status_code == 302
    assert register(client, session, 1, address=PROXY, **first).status_code == 302
    assert register(client, session, 2, address=PROXY, **first).status_code == 429
    # The other parent, behind the same balancer, is not blocked.
    assert register(client, session, 3, address=PROXY, **second).status_code == 302
    assert Registration.objects.count() == 3


def test_without_trusted_proxies_a_forged_header_is_ignored(client, make_session, settings):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 0
    settings.ACADEMY_REGISTRATION_RATE_LIMITS = {"ip": "2/h"}
    session = make_session(capacity=50)
    for n in range(2):
        forged = {"HTTP_X_FORWARDED_FOR": f"192.0.2.{n}"}
        assert register(client, session, n, **forged).status_code == 302
    forged = {"HTTP_X_FORWARDED_FOR": "192.0.2.99"}
    assert register(client, session, 2, **forged).status_code == 429


def test_a_request_that_bypassed_the_proxies_counts_by_its_own_address(
    client, make_session, settings
):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 2
    settings.ACADEMY_REGISTRATION_RATE_LIMITS = {"ip": "1/h"}
    session = make_session(capacity=50)
    short = {"HTTP_X_FORWARDED_FOR": "192.0.2.1"}  # fewer entries than proxies
    assert register(client, session, 0, address="203.0.113.7", **short).status_code == 302
    assert register(client, session, 1, address="203.0.113.7", **short).status_code == 429
    assert register(client, session, 2, address="198.51.100.9", **short).status_code == 302


@pytest.mark.parametrize(("proxies", "second_parent_signs_in"), [(1, True), (0, False)])
def test_allauth_limits_count_per_parent_behind_the_proxy(
    client, db, settings, proxies, second_parent_signs_in
):
    """Failed sign-ins by one parent lock out only that parent when the
    balancer is trusted; untrusted, the whole balancer shares one limit."""
    from tests.factories import UserFactory

    settings.ALLAUTH_TRUSTED_PROXY_COUNT = proxies
    settings.ACCOUNT_RATE_LIMITS = {"login_failed": "3/m/ip"}
    UserFactory(email="second@example.kz")
    for n in range(4):
        client.post(
            "/en/accounts/login/",
            {"login": f"nobody{n}@example.kz", "password": "wrong"},
            REMOTE_ADDR=PROXY,
            HTTP_X_FORWARDED_FOR="203.0.113.7",
        )
    response = client.post(
        "/en/accounts/login/",
        {"login": "second@example.kz", "password": "correct-horse-battery"},
        REMOTE_ADDR=PROXY,
        HTTP_X_FORWARDED_FOR="198.51.100.9",
    )
    assert response.wsgi_request.user.is_authenticated is second_parent_signs_in


def test_check_in_limits_count_per_parent_behind_the_proxy(client, make_session, settings):
    from academy import codes, tokens
    from academy.models import Attendance

    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    settings.ACADEMY_CHECKIN_RATE_LIMITS = {"ip": "2/h"}
    running = make_session(starts_in=timedelta(minutes=-5), capacity=10)
    url = reverse("academy:session", args=[running.pk])
    right = codes.current_code(running)
    wrong = next(c for c in ("000000", "111111", "222222") if c != right)
    for email, address, code in (
        ("a@example.kz", "203.0.113.7", wrong),
        ("a@example.kz", "203.0.113.7", wrong),
        ("b@example.kz", "198.51.100.9", right),
    ):
        Registration.objects.get_or_create(
            session=running, email=email, defaults={"name": "Ата-ана", "status": "confirmed"}
        )
        client.get(reverse("academy:registrations", args=[tokens.manage_token(email)]))
        client.post(
            url,
            {"action": "checkin", "code": code},
            REMOTE_ADDR=PROXY,
            HTTP_X_FORWARDED_FOR=address,
        )
    assert Attendance.objects.get().registration.email == "b@example.kz"


def test_the_proxy_and_check_in_settings_are_read_from_the_environment(monkeypatch):
    """``lms/settings/base.py`` reads them, as the README says."""
    import importlib.util
    from pathlib import Path

    monkeypatch.setenv("TRUSTED_PROXY_COUNT", "2")
    monkeypatch.setenv("TRUSTED_CLIENT_IP_HEADER", "X-Real-IP")
    monkeypatch.setenv("ACADEMY_CHECKIN_RATE_LIMIT_REGISTRATION", "3/m")
    monkeypatch.setenv("ACADEMY_CHECKIN_RATE_LIMIT_IP", "40/h")
    path = Path(__file__).resolve().parents[2] / "lms/settings/base.py"
    spec = importlib.util.spec_from_file_location("base_settings_under_test", path)
    base = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(base)
    assert base.ALLAUTH_TRUSTED_PROXY_COUNT == 2
    assert base.ALLAUTH_TRUSTED_CLIENT_IP_HEADER == "X-Real-IP"
    assert base.ACADEMY_CHECKIN_RATE_LIMITS == {"registration": "3/m", "ip": "40/h"}
    for name in ("TRUSTED_PROXY_COUNT", "TRUSTED_CLIENT_IP_HEADER"):
        monkeypatch.delenv(name)
    spec.loader.exec_module(base)
    assert base.ALLAUTH_TRUSTED_PROXY_COUNT == 0
    assert base.ALLAUTH_TRUSTED_CLIENT_IP_HEADER is None


def test_a_trusted_client_ip_header_names_the_parent(client, make_session, settings):
    settings.ALLAUTH_TRUSTED_CLIENT_IP_HEADER = "X-Real-IP"
    settings.ACADEMY_REGISTRATION_RATE_LIMITS = {"ip": "1/h"}
    session = make_session(capacity=50)
    first = {"HTTP_X_REAL_IP": "203.0.113.7", "HTTP_X_FORWARDED_FOR": "192.0.2.1"}
    second = {"HTTP_X_REAL_IP": "198.51.100.9", "HTTP_X_FORWARDED_FOR": "192.0.2.1"}
    assert register(client, session, 0, address=PROXY, **first).status_code == 302
    assert register(client, session, 1, address=PROXY, **first).status_code == 429
    assert register(client, session, 2, address=PROXY, **second).status_code == 302
