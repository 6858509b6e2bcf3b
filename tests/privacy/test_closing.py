"""Closing an account and deleting a guest's registrations (issue #15
point 3), through HTTP: the password confirms, a letter says when and how
to change one's mind, keeping the account stops it; once the cooling-off
has passed, a search of every table finds the e-mail and the name only in
the certificate register, the certificate still verifies, and the
account cannot sign in. A guest deletes their registrations from the
manage link."""

from datetime import timedelta

import pytest
from django.apps import apps
from django.core import mail
from django.db import models
from django.test import Client
from django.utils import timezone

from academy.models import Registration
from certificates.models import Certificate
from courses.models import Attempt, ReflectionAnswer
from privacy.models import AccountClosure, Consent
from privacy.tasks import close_due_accounts

pytestmark = pytest.mark.django_db
FACTORY_PASSWORD = "correct-horse-battery"  # every UserFactory person's

TEXT_FIELDS = (models.CharField, models.TextField, models.EmailField, models.JSONField)


def tables_holding(*needles):
    """``{model label: [field names]}`` where any of ``needles`` is found."""
    found = {}
    for model in apps.get_models():
        for field in model._meta.concrete_fields:
            if not isinstance(field, TEXT_FIELDS):
                continue
            lookup = f"{field.attname}__icontains"
            if isinstance(field, models.JSONField):
                hit = any(
                    needle in str(value)
                    for value in model._base_manager.values_list(field.attname, flat=True)
                    for needle in needles
                )
            else:
                hit = any(model._base_manager.filter(**{lookup: n}).exists() for n in needles)
            if hit:
                found.setdefault(model._meta.label, []).append(field.attname)
    return found


def test_closing_asks_the_password_then_waits(teacher_client, teacher):
    wrong = teacher_client.post("/kk/privacy/close/", {"password": "not-it"})
    assert wrong.status_code == 400
    assert "Бұл сіздің құпия сөзіңіз емес." in wrong.content.decode()
    assert not AccountClosure.objects.exists()

    done = teacher_client.post("/kk/privacy/close/", {"password": FACTORY_PASSWORD})
    assert done.status_code == 302
    closure = AccountClosure.objects.get(user=teacher)
    assert timedelta(days=6) < closure.due_at - timezone.now() <= timedelta(days=7)
    (letter,) = mail.outbox
    assert letter.to == [teacher.email] and "/kk/privacy/my-data/" in letter.body
    page = teacher_client.get("/kk/privacy/my-data/").content.decode()
    assert "Тіркелгімді сақтау" in page

    assert close_due_accounts() == 0  # not yet
    teacher_client.post("/kk/privacy/keep/")
    assert not AccountClosure.objects.exists()
    teacher.refresh_from_db()
    assert teacher.is_active


def test_a_closed_account_leaves_its_name_only_in_the_certificate_register(
    teacher_client, teacher, person_data
):
    email, surname, given = teacher.email, teacher.last_name, teacher.first_name
    assert tables_holding(email)  # the search finds the person before
    teacher_client.post("/kk/privacy/close/", {"password": FACTORY_PASSWORD})
    AccountClosure.objects.update(due_at=timezone.now() - timedelta(minutes=1))
    assert close_due_accounts() == 1

    assert set(tables_holding(email, surname, given, "Ахметова")) == {"certificates.Certificate"}
    assert set(tables_holding(email)) == set()
    assert not ReflectionAnswer.objects.filter(enrolment__user=teacher).exists()
    assert all(a.answers == {} for a in Attempt.objects.filter(enrolment__user=teacher))
    assert Consent.objects.filter(user=teacher).count() == 1  # the record stays
    assert Registration.objects.filter(name="Бөгде Адам").exists()  # others untouched

    certificate = Certificate.objects.get(pk=person_data.pk)
    verify = Client().get(f"/kk/certificates/verify/{certificate.code}/")
    assert verify.status_code == 200 and certificate.holder_name in verify.content.decode()
    signed_out = teacher_client.get("/kk/me/")
    assert signed_out.status_code == 302  # every session of the account ended
    login = Client().post("/kk/accounts/login/", {"login": email, "password": FACTORY_PASSWORD})
    assert login.status_code == 200  # refused: no such account any more


def test_a_guest_deletes_their_registrations_from_the_manage_link(client, guest_token):
    token = guest_token
    page = client.get(f"/kk/academy/registrations/{token}/").content.decode()
    assert f'href="/kk/privacy/forget/{token}/"' in page
    confirm = client.get(f"/kk/privacy/forget/{token}/")
    assert confirm.status_code == 200 and Registration.objects.count() == 2

    done = client.post(f"/kk/privacy/forget/{token}/")
    assert done.status_code == 200
    assert "1 тіркелу жойылды." in done.content.decode()
    assert list(Registration.objects.values_list("email", flat=True)) == ["other@example.kz"]
    assert not Consent.objects.exists()
    assert tables_holding("olga@example.kz") == {}
    assert client.post("/kk/privacy/forget/forged/").status_code == 404
