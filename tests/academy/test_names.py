"""One rule for people's names wherever they are typed: sign-up, guest
registration for a session and the coordinator's walk-ins. A name is shown
on the register and printed on the certificate, so markup, control and
invisible format characters are refused with a message, and what was typed
is kept in the form."""

from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from academy.models import Registration
from users.validators import validate_person_name

MESSAGE = "Use letters only, with spaces, hyphens or apostrophes between words."
HOSTILE_NAMES = {
    "right-to-left override": "\u202eevil\u202c Parent",
    "left-to-right mark": "Ким\u200e Ольга",
    "zero-width joiner": "Ким\u200dОльга",
    "NUL": "Ким\x00Ольга",
    "markup": "<b>Ольга</b>",
    "less-than": "Ольга <",
    "greater-than": "> Ольга",
    "ampersand entity": "Ольга &amp;",
    "tab inside": "Ким\tОльга",
    "digits": "Ольга 2",
}
GOOD_NAMES = ["Ким Ольга", "Сәрсенбаева Әйгерім", "O'Brien Anne-Marie", "Жұмабек Д.", "и\u0306ога"]


@pytest.mark.parametrize("name", GOOD_NAMES)
def test_names_of_every_alphabet_pass(name):
    validate_person_name(name)


@pytest.mark.parametrize("name", HOSTILE_NAMES.values(), ids=HOSTILE_NAMES.keys())
def test_a_guest_registration_refuses_the_name_and_keeps_the_input(client, session, name):
    response = client.post(
        reverse("academy:session", args=[session.pk]),
        {"action": "register", "consent": "on", "name": name, "email": "olga@example.kz"},
    )
    assert response.status_code == 200
    form = response.context["form"]
    assert form.errors["name"]
    assert form.data["email"] == "olga@example.kz"
    assert 'value="olga@example.kz"' in response.content.decode()
    assert not Registration.objects.exists()


def test_the_guest_message_is_clear_and_translated(client, session):
    data = {"action": "register", "consent": "on", "name": HOSTILE_NAMES["right-to-left override"]}
    english = client.post(reverse("academy:session", args=[session.pk]), data)
    assert english.context["form"].errors["name"] == [MESSAGE]
    russian = client.post(f"/ru/academy/session/{session.pk}/", data)
    assert russian.context["form"].errors["name"][0] != MESSAGE
    assert "буквы" in russian.context["form"].errors["name"][0]


def test_a_guest_name_is_kept_as_typed_with_spaces_tidied(client, session):
    client.post(
        reverse("academy:session", args=[session.pk]),
        {
            "action": "register",
            "consent": "on",
            "name": "  Ким   Ольга ",
            "email": "olga@example.kz",
        },
    )
    assert Registration.objects.get().name == "Ким Ольга"


@pytest.mark.parametrize("name", HOSTILE_NAMES.values(), ids=HOSTILE_NAMES.keys())
def test_a_walk_in_refuses_the_name(coordinator_client, make_session, name):
    held = make_session(starts_in=timedelta(minutes=-20))
    response = coordinator_client.post(
        reverse("academy:manage_register", args=[held.pk]),
        {"action": "walk_in", "walk_in-name": name, "walk_in-email": "dana@example.kz"},
    )
    assert response.status_code == 200
    form = response.context["walk_in_form"]
    assert form.errors["name"]
    assert form.data["walk_in-email"] == "dana@example.kz"
    assert not Registration.objects.exists()


@pytest.mark.parametrize("field", ["last_name", "first_name", "patronymic"])
@pytest.mark.parametrize("name", HOSTILE_NAMES.values(), ids=HOSTILE_NAMES.keys())
def test_sign_up_refuses_the_name_and_keeps_the_input(client, db, field, name):
    data = {
        "last_name": "Сәрсенбаева",
        "first_name": "Әйгерім",
        "patronymic": "",
        "role": "parent",
        "preferred_language": "kk",
        "email": "aigerim@example.kz",
        "password1": "Qazaqstan-2026-strong",
        "password2": "Qazaqstan-2026-strong",
        field: name,
    }
    response = client.post("/en/accounts/signup/", data)
    assert response.status_code == 200
    form = response.context["form"]
    assert form.errors[field]
    assert form.data["email"] == "aigerim@example.kz"
    assert not get_user_model().objects.exists()
