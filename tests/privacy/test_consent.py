"""Consent to the privacy notice (issue #15 point 1), through HTTP: no
account and no guest registration without the unticked box; each consent
records the notice's version, the purpose, the time and the language; a new
version of the notice asks signed-in people again before they go on; the
notice is linked from every page's footer and from the forms."""

import re

import pytest
from django.utils import timezone
from wagtail.models import Locale

from academy.models import Registration
from privacy.models import Consent
from tests.course_fixtures import lessons
from tests.factories import (
    ProgrammePageFactory,
    SchoolFactory,
    SessionFactory,
    TopicPageFactory,
    UserFactory,
)
from tests.privacy.conftest import new_version
from tests.users.test_accounts import signup_data
from users.models import User

pytestmark = pytest.mark.django_db


def test_no_account_without_consent(client, notice):
    data = signup_data(SchoolFactory())
    del data["consent"]
    response = client.post("/kk/accounts/signup/", data)
    assert response.status_code == 200
    assert not User.objects.exists() and not Consent.objects.exists()
    html = response.content.decode()
    summary = html[html.index('<div class="error-summary"') :]
    assert 'href="#id_consent"' in summary
    assert "Хабарламаға келісу үшін белгіні қойыңыз" in summary
    # Nothing typed is lost: the form comes back filled.
    assert 'value="aigerim@example.kz"' in html


def test_the_signup_box_is_unticked_and_links_to_the_notice(client, notice):
    html = client.get("/kk/accounts/signup/").content.decode()
    box = html[html.index('name="consent"') - 200 : html.index('name="consent"') + 200]
    assert "checked" not in box
    assert f'href="{notice.url}"' in html


def test_an_account_records_its_consent(client, notice):
    before = timezone.now()
    response = client.post("/kk/accounts/signup/", signup_data(SchoolFactory()))
    assert response.status_code == 302
    consent = Consent.objects.get()
    assert consent.user == User.objects.get(email="aigerim@example.kz")
    assert (consent.purpose, consent.version, consent.language) == ("processing", 1, "kk")
    assert consent.given_at >= before and consent.withdrawn_at is None


@pytest.fixture
def session(notice):
    programme = ProgrammePageFactory(parent=notice.get_parent())
    return SessionFactory(topic=TopicPageFactory(parent=programme))


def test_no_guest_registration_without_consent(client, notice, session):
    url = f"/ru/academy/session/{session.pk}/"
    response = client.post(
        url, {"action": "register", "name": "Ким Ольга", "email": "o@example.kz"}
    )
    assert response.status_code == 200
    assert "consent" in response.context["form"].errors
    assert not Registration.objects.exists() and not Consent.objects.exists()
    assert "Отметьте поле, чтобы согласиться с уведомлением" in response.content.decode()


def test_a_guest_registration_records_its_consent(client, notice, session):
    url = f"/ru/academy/session/{session.pk}/"
    client.post(
        url, {"action": "register", "name": "Ким Ольга", "email": "O@example.kz", "consent": "on"}
    )
    registration = Registration.objects.get()
    consent = Consent.objects.get()
    assert (consent.user, consent.email, consent.registration) == (
        None,
        "o@example.kz",
        registration,
    )
    assert (consent.version, consent.language) == (1, "ru")


def test_an_account_holder_registers_without_a_second_box(client, notice, session):
    parent = UserFactory(role="parent")
    client.force_login(parent)
    Consent.objects.create(user=parent, purpose="processing", version=1, language="kk")
    form = client.get(f"/kk/academy/session/{session.pk}/").context["form"]
    assert "consent" not in form.fields


def test_a_new_version_asks_again_before_going_on(client, notice):
    person = UserFactory(role="teacher")
    Consent.objects.create(user=person, purpose="processing", version=1, language="kk")
    client.force_login(person)
    assert client.get("/kk/me/").status_code == 200

    new_version(notice, 2)
    response = client.get("/kk/me/?tab=1")
    assert response.status_code == 302
    assert response["Location"] == "/kk/privacy/agree/?next=%2Fkk%2Fme%2F%3Ftab%3D1"
    # The notice itself stays readable, and a heartbeat or form is not stopped.
    assert client.get(notice.url).status_code == 200

    page = client.get(response["Location"])
    assert page.status_code == 200
    html = page.content.decode()
    assert "1-нұсқасына келісім бергенсіз" in html and "2-нұсқа" in html
    assert f'href="{notice.url}"' in html

    refused = client.post("/kk/privacy/agree/", {"next": "/kk/me/?tab=1"})
    assert refused.status_code == 400
    assert Consent.objects.filter(version=2).count() == 0

    agreed = client.post("/kk/privacy/agree/", {"next": "/kk/me/?tab=1", "consent": "on"})
    assert agreed.status_code == 302 and agreed["Location"] == "/kk/me/?tab=1"
    assert list(person.consents.values_list("version", flat=True).order_by("version")) == [1, 2]
    assert client.get("/kk/me/").status_code == 200


def test_the_agreement_never_leads_off_the_site(client, notice):
    person = UserFactory(role="teacher")
    client.force_login(person)
    response = client.post("/kk/privacy/agree/", {"next": "https://evil.example/", "consent": "on"})
    assert response.status_code == 302
    assert response["Location"].startswith("/kk/")


def test_without_a_notice_nobody_is_stopped(client):
    client.force_login(UserFactory(role="teacher"))
    assert client.get("/kk/me/").status_code == 200


def test_the_footer_links_to_the_notice_in_the_pages_language(client, notice):
    kk = client.get("/kk/accounts/login/").content.decode()
    ru = client.get("/ru/accounts/login/").content.decode()
    footer_kk = kk[kk.index('<footer class="site-footer">') :]
    footer_ru = ru[ru.index('<footer class="site-footer">') :]
    assert f'href="{notice.url}">Дербес деректер туралы хабарлама</a>' in footer_kk
    russian = notice.get_translation(Locale.objects.get(language_code="ru"))
    assert f'href="{russian.url}">Уведомление о персональных данных</a>' in footer_ru


def test_a_lesson_reminds_not_to_name_children_beside_the_answer(learner, course):
    first = lessons(course)[0]  # its body holds a reflection
    html = learner.get(first.url).content.decode()
    textarea = re.search(r'<textarea id="answer-([^"]+)" aria-describedby="([^"]+)"', html)
    block_id, described_by = textarea.groups()
    assert described_by == f"no-names-{block_id}"
    note = re.search(rf'<p class="callout" id="no-names-{block_id}">([^<]+)</p>', html)
    assert note.group(1).startswith("Балалардың аты-жөнін және баланы тануға болатын")
