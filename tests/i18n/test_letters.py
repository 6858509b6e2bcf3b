"""Every letter of the accounts and of course certificates reads in Kazakh
or Russian, with no English left in it (the Parents' Academy's letters:
tests/academy/test_letter_language.py). Each is sent through the real code
path: the account pages, and the certificate task."""

import pytest
from django.core import mail

from certificates import tasks
from tests.certificates.conftest import complete, make_template
from tests.factories import SchoolFactory, UserFactory
from tests.i18n.letters import english_in

pytestmark = pytest.mark.django_db
LANGUAGES = ["kk", "ru"]
PASSWORD = "Qazaqstan-2026-strong"


def signup(client, language, email):
    school = SchoolFactory()
    return client.post(
        f"/{language}/accounts/signup/",
        {
            "last_name": "Ахметов",
            "first_name": "Ержан",
            "role": "teacher",
            "preferred_language": language,
            "region": school.region_id,
            "district": school.district_id,
            "school": school.pk,
            "email": email,
            "password1": PASSWORD,
            "password2": PASSWORD,
            "consent": "on",
        },
    )


def only_letter():
    assert len(mail.outbox) == 1, [m.subject for m in mail.outbox]
    letter = mail.outbox[0]
    assert english_in(letter) == [], f"{letter.subject}\n{letter.body}"
    return letter


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_signup_confirmation(client, language):
    signup(client, language, "erzhan@example.kz")
    assert "/accounts/confirm-email/" in only_letter().body


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_confirmation_sent_again_at_sign_in(client, language):
    UserFactory(email="late@example.kz", preferred_language=language, verified=False)
    client.post(
        f"/{language}/accounts/login/",
        {"login": "late@example.kz", "password": "correct-horse-battery"},
    )
    assert "/accounts/confirm-email/" in only_letter().body


@pytest.mark.parametrize("language", LANGUAGES)
def test_signing_up_with_an_address_that_has_an_account(client, language):
    UserFactory(email="taken@example.kz", preferred_language=language)
    signup(client, language, "taken@example.kz")
    only_letter()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_password_reset(client, language):
    UserFactory(email="reset@example.kz", preferred_language=language)
    client.post(f"/{language}/accounts/password/reset/", {"email": "reset@example.kz"})
    assert "/accounts/password/reset/key/" in only_letter().body


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_password_reset_for_an_unknown_address(client, language):
    client.post(f"/{language}/accounts/password/reset/", {"email": "nobody@example.kz"})
    only_letter()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_course_certificate_letter(course, language):
    make_template(course)
    graduate = UserFactory(
        email="graduate@example.kz",
        last_name="Құрманғалиева",
        first_name="Әсем",
        preferred_language=language,
    )
    enrolment = complete(graduate, course)
    mail.outbox.clear()
    tasks.issue_course_certificate.run(enrolment.pk)
    letter = only_letter()
    assert "Құрманғалиева" in letter.body
    assert letter.attachments[0][0].endswith(".pdf")
