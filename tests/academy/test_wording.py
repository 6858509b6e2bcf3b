"""One English word, two meanings: the parent's "Register" (sign up) and the
coordinator's "Register" (the attendance register) read differently in
Kazakh and Russian."""

import re

import pytest
from django.urls import reverse
from django.utils import translation

from academy.models import Registration

SIGN_UP = {"kk": ("Тіркелу", "Тіркелу"), "ru": ("Регистрация", "Зарегистрироваться")}
ATTENDANCE_REGISTER = {"kk": "Қатысу журналы", "ru": "Журнал посещаемости"}


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_the_session_page_invites_parents_to_sign_up(client, session, language):
    html = client.get(f"/{language}/academy/session/{session.pk}/").content.decode()
    heading, button = SIGN_UP[language]
    assert re.search(rf'<h2 id="register-title">{heading}</h2>', html)
    assert re.search(rf'<button type="submit" class="button">{button}</button>', html)
    assert ATTENDANCE_REGISTER[language] not in html


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_the_coordinator_sees_the_attendance_register(coordinator_client, session, language):
    path = reverse("academy:manage_register", args=[session.pk])
    html = coordinator_client.get(f"/{language}{path[3:]}").content.decode()
    assert f'<h2 id="register-title">{ATTENDANCE_REGISTER[language]}</h2>' in html
    assert f"<title>{ATTENDANCE_REGISTER[language]}: " in html


def test_a_cancelled_registration_is_not_a_cancelled_session(session):
    """In Kazakh a session is "stopped" (тоқтатылды); a registration is
    withdrawn by the parent (бас тартылды)."""
    registration = Registration(session=session, status=Registration.Status.CANCELLED)
    with translation.override("kk"):
        assert registration.get_status_display() == "Бас тартылды"
        session.status = session.Status.CANCELLED
        assert session.get_status_display() == "Тоқтатылды"
    with translation.override("ru"):
        assert str(Registration._meta.get_field("name").verbose_name) == "имя"
