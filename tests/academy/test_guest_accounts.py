"""A guest who earned an attendance certificate (and so an inactive account
made to hold it) later signs up, or asks for a password, with the same
e-mail: only the link sent to that mailbox lets them set a password, switch
the account on and find their certificate and registrations there."""

import importlib
import re
from datetime import timedelta

import pytest
from allauth.account.models import EmailAddress
from django.apps import apps
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse
from django.utils.http import int_to_base36

from academy import attendance
from academy.models import Attendance, GuestAccount, Registration
from certificates.models import Certificate
from tests.factories import UserFactory

User = get_user_model()
EMAIL = "guest@example.kz"
TYPED = "Someone-Elses-Pass-2026"
CHOSEN = "Ata-Ana-Pass-2026"


def seat(session, email=EMAIL, name="Сәрсенова Ләззат"):
    return Registration.objects.create(
        session=session, name=name, email=email, status="confirmed", language="kk"
    )


@pytest.fixture
def holder(make_session, template, coordinator, on_commit):
    """A guest with a certificate (two sessions attended) and a registration
    for an upcoming session, all made without an account."""
    with on_commit():
        for days in (14, 7):
            session = make_session(starts_in=timedelta(days=-days))
            attendance.mark(session, [seat(session).pk], Attendance.Mark.PRESENT, coordinator)
    seat(make_session(starts_in=timedelta(days=5)))
    mail.outbox.clear()
    return Certificate.objects.get().holder


def signup_data(email=EMAIL, **overrides):
    return {
        "last_name": "Басқа",
        "first_name": "Адам",
        "patronymic": "",
        "role": "parent",
        "preferred_language": "ru",
        "email": email,
        "password1": TYPED,
        "password2": TYPED,
        "consent": "on",
        **overrides,
    }


def link_in(message):
    return re.search(r"https?://\S+/accounts/password/reset/key/\S+", message.body).group(0)


def set_password(client, link, password=CHOSEN):
    page = client.get(link, follow=True)
    action = page.redirect_chain[-1][0] if page.redirect_chain else link
    return client.post(action, {"password1": password, "password2": password})


def assert_untouched(holder):
    holder.refresh_from_db()
    assert not holder.is_active and not holder.has_usable_password()
    assert (holder.last_name, holder.first_name) == ("Сәрсенова", "Ләззат")
    assert holder.academy_guest_account.claimed_at is None
    assert not EmailAddress.objects.filter(user=holder, verified=True).exists()
    assert not Registration.objects.filter(user=holder).exists()


def test_the_holder_is_a_guest_account_waiting_for_its_owner(holder):
    assert not holder.is_active and not holder.has_usable_password()
    assert GuestAccount.objects.get(user=holder).claimed_at is None


def test_a_guest_signs_up_proves_the_mailbox_and_finds_the_certificate(client, holder):
    response = client.post("/kk/accounts/signup/", signup_data())
    # The same answer as any sign-up: nothing tells whether the address has an account.
    assert response.status_code == 302
    assert response["Location"] == "/kk/accounts/confirm-email/"
    assert User.objects.filter(email__iexact=EMAIL).count() == 1
    assert_untouched(holder)

    (letter,) = mail.outbox
    assert letter.to == [EMAIL]
    assert set_password(client, link_in(letter)).status_code == 302

    holder.refresh_from_db()
    assert holder.is_active and holder.check_password(CHOSEN)
    assert holder.academy_guest_account.claimed_at is not None
    assert EmailAddress.objects.get(user=holder).verified
    assert Registration.objects.filter(email=EMAIL).count() == 3
    assert set(Registration.objects.values_list("user", flat=True)) == {holder.pk}

    client.logout()
    signed_in = client.post("/kk/accounts/login/", {"login": EMAIL, "password": CHOSEN})
    assert signed_in.status_code == 302
    assert signed_in.wsgi_request.user == holder
    # A parent lands on My academy.
    landed = client.get(signed_in["Location"], follow=True)
    assert landed.redirect_chain == [("/kk/academy/my/", 302)]
    page = client.get(reverse("academy:my"))
    certificate = Certificate.objects.get()
    html = page.content.decode()
    assert page.context["has_account"]
    assert certificate.number in html
    assert reverse("certificates:download", args=[certificate.code]) in html
    assert len(page.context["upcoming"]) == 1 and len(page.context["past"]) == 2
    download = client.get(reverse("certificates:download", args=[certificate.code]))
    assert download.status_code == 200


def test_an_unproven_signup_changes_nothing(client, holder):
    client.post("/kk/accounts/signup/", signup_data())
    # The password typed at sign-up does not open the account...
    client.logout()
    response = client.post("/kk/accounts/login/", {"login": EMAIL, "password": TYPED})
    assert not response.wsgi_request.user.is_authenticated
    # ...nor does a genuine link of another account with the holder's id put in.
    other = UserFactory(email="other@example.kz")
    client.post("/kk/accounts/password/reset/", {"email": other.email})
    link = link_in(mail.outbox[-1])
    forged = link.replace(f"/key/{int_to_base36(other.pk)}-", f"/key/{int_to_base36(holder.pk)}-")
    assert forged != link
    assert set_password(client, forged).status_code == 200  # "the link is invalid"
    assert_untouched(holder)


def test_the_link_works_once(client, holder):
    client.post("/kk/accounts/signup/", signup_data())
    link = link_in(mail.outbox[0])
    set_password(client, link)
    client.logout()
    again = set_password(client, link, password="Another-Pass-2026")
    assert again.status_code == 200
    holder.refresh_from_db()
    assert holder.check_password(CHOSEN)


def test_forgotten_password_also_reaches_the_guest_account(client, holder):
    response = client.post("/ru/accounts/password/reset/", {"email": EMAIL.upper()})
    assert response.status_code == 302
    (letter,) = mail.outbox
    assert letter.to == [EMAIL]
    assert set_password(client, link_in(letter)).status_code == 302
    holder.refresh_from_db()
    assert holder.is_active
    assert client.login(email=EMAIL, password=CHOSEN)


def test_an_account_switched_off_by_an_administrator_stays_off(client, holder):
    # Claimed, then switched off: the guest way in is closed for good.
    client.post("/kk/accounts/signup/", signup_data())
    set_password(client, link_in(mail.outbox[0]))
    User.objects.filter(pk=holder.pk).update(is_active=False)
    mail.outbox.clear()
    client.logout()
    client.post("/kk/accounts/password/reset/", {"email": EMAIL})
    client.post("/kk/accounts/signup/", signup_data())
    assert not any("/password/reset/key/" in m.body for m in mail.outbox)
    # Any other switched-off account: no link either.
    UserFactory(email="blocked@example.kz", is_active=False)
    client.post("/kk/accounts/password/reset/", {"email": "blocked@example.kz"})
    assert not any("/password/reset/key/" in m.body for m in mail.outbox)
    holder.refresh_from_db()
    assert not holder.is_active


def test_a_new_account_gets_its_guest_registrations_when_the_email_is_confirmed(
    client, make_session
):
    guest = seat(make_session(), email="new@example.kz")
    client.post("/kk/accounts/signup/", signup_data(email="new@example.kz"))
    guest.refresh_from_db()
    assert guest.user is None  # not before the address is proven
    link = re.search(r"https?://\S+/accounts/confirm-email/\S+", mail.outbox[0].body).group(0)
    client.post(link)
    guest.refresh_from_db()
    assert guest.user == User.objects.get(email="new@example.kz")


def test_the_migration_marks_guest_accounts_made_before_it(holder, parent):
    GuestAccount.objects.all().delete()
    UserFactory(email="teacher@example.kz", is_active=False)  # not a guest's account
    migration = importlib.import_module("academy.migrations.0003_guest_accounts")
    migration.mark_existing(apps, None)
    assert list(GuestAccount.objects.values_list("user", flat=True)) == [holder.pk]
