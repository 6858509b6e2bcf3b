"""Sign-up, e-mail confirmation, sign-in and password reset through HTTP."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core import mail

from tests.factories import SchoolFactory, UserFactory

pytestmark = pytest.mark.django_db
User = get_user_model()
PASSWORD = "Qazaqstan-2026-strong"


@pytest.fixture
def school():
    return SchoolFactory()


def signup_data(chosen, **overrides):
    data = {
        "last_name": "Сәрсенбаева",
        "first_name": "Әйгерім",
        "patronymic": "Қайратқызы",
        "role": "teacher",
        "preferred_language": "kk",
        "region": chosen.region_id,
        "district": chosen.district_id,
        "school": chosen.pk,
        "email": "aigerim@example.kz",
        "password1": PASSWORD,
        "password2": PASSWORD,
        "consent": "on",
    }
    data.update(overrides)
    return data


def link_in(message):
    return re.search(r"https?://[^\s]+", message.body).group(0)


def test_signup_creates_an_unconfirmed_account_and_sends_a_kazakh_letter(client, school):
    response = client.post("/kk/accounts/signup/", signup_data(school))
    assert response.status_code == 302
    assert response["Location"] == "/kk/accounts/confirm-email/"

    user = User.objects.get(email="aigerim@example.kz")
    assert user.get_full_name() == "Сәрсенбаева Әйгерім Қайратқызы"
    assert (user.role, user.school, user.district, user.region) == (
        "teacher",
        school,
        school.district,
        school.region,
    )
    assert not EmailAddress.objects.get(user=user).verified
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["aigerim@example.kz"]
    assert "/kk/accounts/confirm-email/" in link_in(mail.outbox[0])


def test_confirmation_link_verifies_and_signs_in(client, school):
    client.post("/kk/accounts/signup/", signup_data(school))
    link = link_in(mail.outbox[0])
    page = client.get(link)
    assert page.status_code == 200
    response = client.post(link)
    assert response.status_code == 302
    assert EmailAddress.objects.get(email="aigerim@example.kz").verified
    dashboard = client.get("/kk/me/")
    assert dashboard.status_code == 200
    assert "Әйгерім" in dashboard.content.decode()


def test_unconfirmed_person_cannot_sign_in(client, school):
    client.post("/kk/accounts/signup/", signup_data(school))
    client.logout()
    response = client.post(
        "/kk/accounts/login/", {"login": "aigerim@example.kz", "password": PASSWORD}
    )
    assert response.status_code == 302
    assert response["Location"] == "/kk/accounts/confirm-email/"
    assert client.get("/kk/me/").status_code == 302


def test_confirmed_person_signs_in_with_email(client):
    user = UserFactory(email="teacher@example.kz")
    response = client.post(
        "/kk/accounts/login/", {"login": "TEACHER@example.kz", "password": "correct-horse-battery"}
    )
    assert response.status_code == 302
    assert client.get("/kk/me/").context["person"] == user


def test_password_reset_by_email(client):
    UserFactory(email="reset@example.kz")
    response = client.post("/kk/accounts/password/reset/", {"email": "reset@example.kz"})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    link = link_in(mail.outbox[0])
    form_page = client.get(link, follow=True)
    assert form_page.status_code == 200
    action = form_page.redirect_chain[-1][0] if form_page.redirect_chain else link
    done = client.post(action, {"password1": "A-new-Pass-2026", "password2": "A-new-Pass-2026"})
    assert done.status_code == 302
    client.logout()
    assert client.login(email="reset@example.kz", password="A-new-Pass-2026")


def test_failed_logins_are_rate_limited(client):
    UserFactory(email="limited@example.kz")
    for _ in range(7):
        client.post("/kk/accounts/login/", {"login": "limited@example.kz", "password": "wrong"})
    # allauth's default: five failed attempts per address within five minutes.
    last = client.post(
        "/kk/accounts/login/", {"login": "limited@example.kz", "password": "correct-horse-battery"}
    )
    assert last.status_code == 200
    assert not last.wsgi_request.user.is_authenticated


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"school": 999999}, "school"),
        ({"last_name": "Ә" * 101}, "last_name"),
        ({"first_name": "<script>alert(1)</script>"}, "first_name"),
        ({"patronymic": "<b>Bold</b>"}, "patronymic"),
        ({"role": "superuser"}, "role"),
        ({"district": "", "school": ""}, "district"),
    ],
)
def test_bad_signup_input_is_refused_with_a_message_and_creates_nothing(
    client, school, overrides, field
):
    response = client.post("/kk/accounts/signup/", signup_data(school, **overrides))
    assert response.status_code == 200
    form = response.context["form"]
    assert form.errors[field]
    assert not User.objects.exists()
    assert not mail.outbox
    # What the person typed is kept, so nothing is lost.
    assert response.context["form"].data["email"] == "aigerim@example.kz"


def test_school_from_another_district_is_refused(client, school):
    other = SchoolFactory()
    response = client.post("/kk/accounts/signup/", signup_data(school, school=other.pk))
    assert response.status_code == 200
    assert response.context["form"].errors["school"]
    assert not User.objects.exists()


def test_parent_may_sign_up_without_a_school(client, school):
    data = signup_data(school, role="parent", region="", district="", school="")
    response = client.post("/kk/accounts/signup/", data)
    assert response.status_code == 302
    assert User.objects.get().school is None


def test_signup_page_lists_only_the_chosen_regions_districts(client, school):
    SchoolFactory.create_batch(3)
    page = client.get("/kk/accounts/signup/")
    form = page.context["form"]
    assert list(form.fields["district"].queryset) == []
    assert list(form.fields["school"].queryset) == []


def test_without_javascript_the_lists_fill_on_a_round_trip(client, school):
    data = signup_data(school, district="", school="", refresh_lists="1")
    response = client.post("/kk/accounts/signup/", data)
    assert response.status_code == 200
    form = response.context["form"]
    assert school.district in form.fields["district"].queryset
    assert not User.objects.exists()
