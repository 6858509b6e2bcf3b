"""Optional consents (issue #15 point 1, last part), through HTTP: reminders
by SMS and messengers are asked with a box of their own, unticked and not
required, below the required one on sign-up and a guest's registration;
"Your choices" on My data (and on a guest's manage page) gives and
withdraws them. A withdrawal is kept on the row; giving again is a new row
to the notice of the day; ``consents.allows`` answers whoever would send."""

import pytest
from django.contrib.messages import get_messages
from django.test import Client

from academy.models import Registration
from privacy import closing, consents
from privacy.models import Consent
from tests.factories import SchoolFactory, UserFactory
from tests.privacy.conftest import new_version
from tests.users.test_accounts import signup_data
from users.models import User

pytestmark = pytest.mark.django_db

REMINDERS = Consent.Purpose.REMINDERS
CHOOSE = "/kk/privacy/my-data/choices/"


def said(response):
    return [str(m) for m in get_messages(response.wsgi_request)]


# Sign-up ---------------------------------------------------------------------


def test_the_signup_box_is_unticked_optional_and_below_the_required_one(client, notice):
    html = client.get("/kk/accounts/signup/").content.decode()
    required = html.index('name="consent"')
    optional = html.index('name="consent_reminders"')
    assert optional > required
    box = html[html.rindex("<input", 0, optional) : html.index(">", optional)]
    assert "checked" not in box and "required" not in box
    assert 'type="checkbox"' in box
    assert "SMS" in html and "Telegram" in html and "«Менің деректерім»" in html


def test_signup_without_the_optional_box_records_processing_only(client, notice):
    response = client.post("/kk/accounts/signup/", signup_data(SchoolFactory()))
    assert response.status_code == 302
    person = User.objects.get(email="aigerim@example.kz")
    assert list(person.consents.values_list("purpose", flat=True)) == ["processing"]
    assert not consents.allows(REMINDERS, user=person)


def test_signup_with_the_optional_box_records_it_too(client, notice):
    data = signup_data(SchoolFactory(), consent_reminders="on")
    assert client.post("/kk/accounts/signup/", data).status_code == 302
    person = User.objects.get(email="aigerim@example.kz")
    reminders = person.consents.get(purpose="reminders")
    assert (reminders.version, reminders.language, reminders.withdrawn_at) == (1, "kk", None)
    assert person.consents.filter(purpose="processing").exists()
    assert consents.allows(REMINDERS, user=person)


def test_the_optional_box_does_not_stand_for_the_required_one(client, notice):
    data = signup_data(SchoolFactory(), consent_reminders="on")
    del data["consent"]
    response = client.post("/kk/accounts/signup/", data)
    assert response.status_code == 200
    assert "consent" in response.context["form"].errors
    assert not User.objects.exists() and not Consent.objects.exists()


# A guest's registration --------------------------------------------------------


@pytest.fixture
def session(notice, session):
    """The session of ``conftest``, with the notice live."""
    return session


def register(client, session, **data):
    form = {"action": "register", "name": "Ким Ольга", "email": "Olga@example.kz", **data}
    return client.post(f"/ru/academy/session/{session.pk}/", form)


def test_the_guest_form_has_the_optional_box_unticked(client, session):
    html = client.get(f"/ru/academy/session/{session.pk}/").content.decode()
    optional = html.index('name="consent_reminders"')
    assert optional > html.index('name="consent"')
    box = html[html.rindex("<input", 0, optional) : html.index(">", optional)]
    assert "checked" not in box and "required" not in box
    assert "«Мои данные»" in html


def test_a_guest_without_the_optional_box_gives_processing_only(client, session):
    register(client, session, consent="on")
    assert Registration.objects.count() == 1
    assert list(Consent.objects.values_list("purpose", flat=True)) == ["processing"]
    assert not consents.allows(REMINDERS, email="olga@example.kz")


def test_a_guest_with_the_optional_box_gives_it_for_their_email(client, session):
    register(client, session, consent="on", consent_reminders="on")
    registration = Registration.objects.get()
    reminders = Consent.objects.get(purpose="reminders")
    assert (reminders.user, reminders.email, reminders.registration) == (
        None,
        "olga@example.kz",
        registration,
    )
    assert (reminders.version, reminders.language) == (1, "ru")
    assert consents.allows(REMINDERS, email="OLGA@example.kz")
    assert not consents.allows(REMINDERS, email="other@example.kz")


def test_a_guest_needs_the_required_box_whatever_the_optional_one(client, session):
    response = register(client, session, consent_reminders="on")
    assert "consent" in response.context["form"].errors
    assert not Registration.objects.exists() and not Consent.objects.exists()


# Your choices on My data -------------------------------------------------------


@pytest.fixture
def member(teacher, notice):
    """The teacher agreed to the notice at sign-up."""
    Consent.objects.create(user=teacher, purpose="processing", version=1, language="kk")
    return teacher


def test_my_data_shows_the_choice_not_given(teacher_client, member):
    html = teacher_client.get("/kk/privacy/my-data/").content.decode()
    section = html[html.index('id="choices"') :]
    assert '<h2 id="choices-title">Сіздің таңдауыңыз</h2>' in section
    assert "Берілмеген" in section
    assert f'action="{CHOOSE}"' in section and 'value="give"' in section


def test_give_withdraw_and_give_again(teacher_client, member, notice):
    given = teacher_client.post(CHOOSE, {"purpose": "reminders", "action": "give"})
    assert given.status_code == 302 and given["Location"] == "/kk/privacy/my-data/#choices"
    assert consents.allows(REMINDERS, user=member)
    assert said(given) == ["Келісіміңіз жазылды: SMS және мессенджерлер арқылы еске салу."]
    page = teacher_client.get("/kk/privacy/my-data/").content.decode()
    assert 'value="withdraw"' in page[page.index('id="choices"') :]

    withdrawn = teacher_client.post(CHOOSE, {"purpose": "reminders", "action": "withdraw"})
    assert withdrawn.status_code == 302
    first = Consent.objects.get(user=member, purpose="reminders")
    assert first.withdrawn_at is not None  # kept, marked withdrawn
    assert not consents.allows(REMINDERS, user=member)
    assert "кері қайтарылды" in said(withdrawn)[0]

    new_version(notice, 2)
    teacher_client.post("/kk/privacy/agree/", {"consent": "on"})
    teacher_client.post(CHOOSE, {"purpose": "reminders", "action": "give"})
    rows = Consent.objects.filter(user=member, purpose="reminders").order_by("pk")
    assert [(row.version, row.withdrawn_at is None) for row in rows] == [(1, False), (2, True)]
    assert consents.allows(REMINDERS, user=member)


def test_giving_twice_keeps_one_standing_consent(teacher_client, member):
    for _ in range(2):
        teacher_client.post(CHOOSE, {"purpose": "reminders", "action": "give"})
    assert Consent.objects.filter(user=member, purpose="reminders").count() == 1


def test_only_my_own_consents_change(teacher_client, member):
    other = UserFactory(email="other@example.kz", role="parent")
    theirs = Consent.objects.create(user=other, purpose="reminders", version=1, language="ru")
    a_guest = Consent.objects.create(
        email="other@example.kz", purpose="reminders", version=1, language="ru"
    )
    teacher_client.post(
        CHOOSE, {"purpose": "reminders", "action": "withdraw", "user": other.pk, "pk": theirs.pk}
    )
    theirs.refresh_from_db()
    a_guest.refresh_from_db()
    assert theirs.withdrawn_at is None and a_guest.withdrawn_at is None
    assert consents.allows(REMINDERS, user=other)
    assert consents.allows(REMINDERS, email="other@example.kz")


def test_withdrawing_in_the_account_also_withdraws_what_its_email_gave_as_a_guest(
    teacher_client, member
):
    Consent.objects.create(
        email=member.email.upper(), purpose="reminders", version=1, language="kk"
    )
    teacher_client.post(CHOOSE, {"purpose": "reminders", "action": "withdraw"})
    assert not consents.allows(REMINDERS, email=member.email)


def test_the_required_consent_cannot_be_withdrawn_here(teacher_client, member):
    response = teacher_client.post(CHOOSE, {"purpose": "processing", "action": "withdraw"})
    assert response.status_code == 400
    assert not Consent.objects.filter(withdrawn_at__isnull=False).exists()
    assert teacher_client.post(CHOOSE, {"purpose": "reminders"}).status_code == 400


def test_the_endpoint_takes_posts_from_signed_in_people_only(client, teacher_client, member):
    assert teacher_client.get(CHOOSE).status_code == 405
    anonymous = Client().post(CHOOSE, {"purpose": "reminders", "action": "give"})
    assert anonymous.status_code == 302
    assert anonymous["Location"].startswith("/kk/accounts/login/?next=")
    refused = Client(enforce_csrf_checks=True)
    refused.force_login(member)
    assert refused.post(CHOOSE, {"purpose": "reminders", "action": "give"}).status_code == 403
    assert not Consent.objects.filter(purpose="reminders").exists()


def test_closing_an_account_withdraws_its_optional_consents(teacher_client, member):
    teacher_client.post(CHOOSE, {"purpose": "reminders", "action": "give"})
    closing.close(member)
    assert not consents.allows(REMINDERS, user=member)
    assert Consent.objects.get(user=member, purpose="processing").withdrawn_at is None


# A guest's choices through the manage link -----------------------------------------


def test_a_guest_gives_and_withdraws_from_the_manage_link(client, guest_token):
    page = f"/ru/academy/registrations/{guest_token}/"
    url = f"/ru/privacy/my-data/guest/{guest_token}/choices/"
    html = client.get(page).content.decode()
    assert f'action="{url}"' in html and "Не дано" in html
    assert '<h3 id="choices-title">Ваш выбор</h3>' in html  # inside "My data"

    given = client.post(url, {"purpose": "reminders", "action": "give"})
    assert given.status_code == 302 and given["Location"] == f"{page}#choices"
    assert consents.allows(REMINDERS, email="olga@example.kz")
    assert not consents.allows(REMINDERS, email="other@example.kz")
    assert Consent.objects.get(purpose="reminders").user is None

    client.post(url, {"purpose": "reminders", "action": "withdraw"})
    assert not consents.allows(REMINDERS, email="olga@example.kz")
    assert Consent.objects.get(purpose="reminders").withdrawn_at is not None
    assert client.get(url).status_code == 405


def test_a_bad_manage_link_changes_nothing(client, guest_token):
    response = client.post(
        "/ru/privacy/my-data/guest/not-a-token/choices/", {"purpose": "reminders", "action": "give"}
    )
    assert response.status_code == 404
    assert not Consent.objects.filter(purpose="reminders").exists()
