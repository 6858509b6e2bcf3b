"""A form sent back with errors (issue 14, point 6): a summary first in the
form that links to each invalid field, non-field errors included; each field
marked ``aria-invalid`` and described by its own error; the page title starts
with "Error: "; all in the page's language, allauth's messages too."""

import re

import pytest
from django.utils import translation

from tests.factories import SchoolFactory, UserFactory

from .test_accounts import signup_data

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _english():
    translation.activate("en")
    yield
    translation.activate("en")


def title(response):
    text = re.search(r"<title>(.*?)</title>", response.content.decode(), re.S).group(1)
    return " ".join(text.split())


def summary(response):
    html = response.content.decode()
    start = html.index('<div class="error-summary"')
    return html[start : html.index("</div>", start)]


def test_the_signup_sent_back_has_a_summary_linking_each_field_in_kazakh(client):
    school = SchoolFactory()
    data = signup_data(school, first_name="", email="not-an-address", password2="other")
    response = client.post("/kk/accounts/signup/", data)
    assert response.status_code == 200
    html = response.content.decode()
    box = summary(response)
    assert 'role="alert"' in box and 'tabindex="-1"' in box
    assert "Қате бар" in box
    invalid = set(response.context["form"].errors)
    assert {"first_name", "email"} <= invalid
    for field in invalid - {"__all__"}:
        assert f'href="#id_{field}"' in box
        tag = re.search(rf'<(?:input|select|textarea)[^>]*\bid="id_{field}"[^>]*>', html)
        assert 'aria-invalid="true"' in tag.group(0)
        assert re.search(rf'aria-describedby="[^"]*\bid_{field}_error\b', tag.group(0))
        assert f'id="id_{field}_error"' in html
    assert "Бұл өрісті толтыру міндетті." in box
    assert title(response).startswith("Қате: ")
    # The summary is the first thing in the form, so it is there without script.
    form_start = html.index('<form method="post" action="/kk/accounts/signup/"')
    assert html.index('<div class="error-summary"', form_start) < html.index(
        "<fieldset", form_start
    )


def test_a_clean_page_has_no_summary_and_no_prefix(client):
    response = client.get("/kk/accounts/signup/")
    assert "error-summary" not in response.content.decode()
    assert not title(response).startswith("Қате")


@pytest.mark.parametrize(
    ("language", "prefix", "message"),
    [
        (
            "kk",
            "Қате: ",
            "Көрсетілген электрондық пошта мекенжайы және/немесе құпия сөз дұрыс емес.",
        ),
        ("ru", "Ошибка: ", "Указанные вами адрес электронной почты и/или пароль неверны."),
        ("en", "Error: ", "The email address and/or password you specified are not correct."),
    ],
)
def test_a_wrong_password_is_a_non_field_error_in_the_summary(client, language, prefix, message):
    user = UserFactory()
    response = client.post(
        f"/{language}/accounts/login/", {"login": user.email, "password": "wrong-password-1"}
    )
    assert response.status_code == 200
    box = summary(response)
    assert message in box
    assert title(response).startswith(prefix)
    assert "novalidate" in response.content.decode()


def test_the_empty_login_links_to_both_fields(client):
    response = client.post("/kk/accounts/login/", {})
    box = summary(response)
    assert 'href="#id_login"' in box and 'href="#id_password"' in box
    assert title(response).startswith("Қате: ")


def test_the_password_reset_summary(client):
    response = client.post("/ru/accounts/password/reset/", {"email": "nope"})
    box = summary(response)
    assert 'href="#id_email"' in box
    assert title(response).startswith("Ошибка: ")
