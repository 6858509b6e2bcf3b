"""My academy's "Where we send reminders": who may change what, odd input,
the letter's deep link; and the coordinator's reach by channel."""

from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from academy import services, tokens
from academy.models import Registration
from messaging.models import ChannelOrder, Contact, Delivery
from messaging.people import Person
from privacy import consents
from privacy.models import Consent
from tests.factories import UserFactory

from .conftest import last_code, link

pytestmark = pytest.mark.django_db
MY = "/en/academy/my/"


def test_my_academy_offers_telegram_and_sms(client, parent, fake_telegram):
    client.force_login(parent)
    html = client.get(MY).content.decode()
    assert 'id="channels"' in html
    assert "Link Telegram" in html and 'name="sms-phone"' in html
    assert 'action="/en/messages/telegram/link/"' in html


def test_without_a_bot_or_sms_provider_the_section_is_absent(client, parent, settings):
    settings.TELEGRAM_BOT_TOKEN = ""
    settings.SMS_PROVIDER = "off"
    client.force_login(parent)
    assert 'id="channels"' not in client.get(MY).content.decode()


def test_the_linked_state_and_unlink(client, linked_parent, fake_telegram):
    client.force_login(linked_parent)
    html = client.get(MY).content.decode()
    assert "Unlink Telegram" in html
    contact = Contact.objects.get()
    response = client.post(f"/en/messages/unlink/{contact.pk}/")
    assert response.status_code == 302 and response["Location"].endswith("/my/#channels")
    contact.refresh_from_db()
    assert contact.stopped_at is not None
    assert not consents.allows(Consent.Purpose.TELEGRAM, user=linked_parent)
    assert "Link Telegram" in client.get(MY).content.decode()


def test_another_persons_contact_is_not_found(client, linked_parent, fake_telegram):
    other = UserFactory(email="other@example.kz")
    client.force_login(other)
    contact = Contact.objects.get()
    assert client.post(f"/en/messages/unlink/{contact.pk}/").status_code == 404
    manage = tokens.manage_token("someone@example.kz")
    assert client.post(f"/en/messages/guest/{manage}/unlink/{contact.pk}/").status_code == 404
    assert Contact.objects.get().stopped_at is None


def test_actions_are_post_only_and_need_a_person(client, fake_telegram):
    assert client.get("/en/messages/telegram/link/").status_code == 405
    response = client.post("/en/messages/telegram/link/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert client.post("/en/messages/guest/forged-token/phone/").status_code == 404


def test_csrf_is_checked(parent, fake_telegram):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(parent)
    assert client.post("/en/messages/telegram/link/").status_code == 403


def test_a_phone_with_the_tick_and_its_code_is_saved_with_the_consent(
    client, parent, fake_telegram
):
    client.force_login(parent)
    response = client.post(
        "/en/messages/phone/", {"sms-phone": "8 (701) 234-56-78", "sms-consent": "on"}
    )
    assert response.status_code == 302
    assert not Contact.objects.exists()  # not before the code comes back (test_phone_codes)
    response = client.post("/en/messages/phone/code/", {"sms-code": last_code()})
    assert response.status_code == 302
    contact = Contact.objects.get(channel="sms")
    assert (contact.user, contact.address) == (parent, "+77012345678")
    assert consents.allows(Consent.Purpose.SMS, user=parent)
    assert "+7 701 *** ** 78" in client.get(MY).content.decode()


@pytest.mark.parametrize(
    "data",
    [
        {"sms-phone": "12345", "sms-consent": "on"},
        {"sms-phone": "+7 701 234 56 78"},
        {"sms-phone": "<script>alert(1)</script>" * 3, "sms-consent": "on"},
        {},
    ],
)
def test_a_wrong_phone_keeps_what_was_typed_and_saves_nothing(client, parent, fake_telegram, data):
    client.force_login(parent)
    response = client.post("/en/messages/phone/", data)
    assert response.status_code == 400
    html = response.content.decode()
    assert 'class="error-summary"' in html
    if data.get("sms-phone") == "12345":
        assert 'value="12345"' in html
    assert "<script>alert" not in html
    assert not Contact.objects.exists()


def test_a_guest_manages_channels_through_the_signed_link(client, fake_telegram):
    manage = tokens.manage_token("guest@example.kz")
    page = client.get(reverse("academy:registrations", args=[manage]))
    assert f'action="/en/messages/guest/{manage}/phone/"' in page.content.decode()
    response = client.post(
        f"/en/messages/guest/{manage}/phone/", {"sms-phone": "+77011112233", "sms-consent": "on"}
    )
    assert response.status_code == 302
    response = client.post(f"/en/messages/guest/{manage}/phone/code/", {"sms-code": last_code()})
    assert response.status_code == 302
    contact = Contact.objects.get()
    assert (contact.user, contact.email) == (None, "guest@example.kz")
    bad = client.post(f"/en/messages/guest/{manage}/phone/", {"sms-phone": "x"})
    assert bad.status_code == 400 and "guest@example.kz" in bad.content.decode()


def test_the_order_of_channels(client, parent, fake_telegram):
    client.force_login(parent)
    assert client.post("/en/messages/first/", {"first": "sms"}).status_code == 302
    assert ChannelOrder.objects.get().order == "sms,telegram,email"
    assert client.post("/en/messages/first/", {"first": "telegram"}).status_code == 302
    assert ChannelOrder.objects.get().order == "telegram,sms,email"
    assert client.post("/en/messages/first/", {"first": "fax"}).status_code == 400
    assert client.post("/en/messages/first/", {"first": "email"}).status_code == 400


def test_the_confirmation_letter_carries_a_one_time_deep_link(
    session, parent, fake_telegram, on_commit
):
    with on_commit():
        services.register(session, name="", email="", user=parent)
    body = mail.outbox[0].body
    assert "https://t.me/bilim_test_bot?start=" in body


def test_no_deep_link_once_linked_or_without_a_bot(
    session, make_session, linked_parent, fake_telegram, on_commit, settings
):
    with on_commit():
        services.register(session, name="", email="", user=linked_parent)
    settings.TELEGRAM_BOT_TOKEN = ""
    with on_commit():
        services.register(make_session(), name="Ата", email="new@example.kz")
    assert all("t.me/" not in letter.body for letter in mail.outbox)


def test_reach_by_channel_for_the_coordinator(
    coordinator_client, make_session, linked_parent, fake_telegram, django_assert_num_queries
):
    session = make_session(starts_in=timedelta(days=1))
    mine = Registration.objects.create(
        session=session,
        user=linked_parent,
        name="A",
        email="parent@example.kz",
        status="confirmed",
        confirmation_sent_at=timezone.now(),
    )
    other = Registration.objects.create(
        session=session, name="B", email="b@example.kz", status="confirmed"
    )
    link(Person(email="b@example.kz"), chat_id=88)
    for registration, status in ((mine, "sent"), (other, "failed")):
        Delivery.objects.create(
            user=registration.user,
            email=registration.email if not registration.user else "",
            registration=registration,
            channel="telegram",
            kind="confirmed",
            dedupe_key=f"confirmed:registration:{registration.pk}:telegram",
            status=status,
        )
    response = coordinator_client.get("/en/academy/manage/reach/")
    assert response.status_code == 200
    rows = {row["channel"]: row for row in response.context["reach"]["rows"]}
    assert response.context["reach"]["registrants"] == 2
    assert rows["email"]["reached"] == 1
    assert (rows["telegram"]["reached"], rows["telegram"]["failed"]) == (1, 1)
    assert (rows["sms"]["reached"], rows["sms"]["failed"]) == (0, 0)
    from academy.models import Session
    from messaging import reach

    with django_assert_num_queries(2):  # whatever the number of sessions and registrants
        reach.by_channel(Session.objects.all())


def test_reach_is_for_coordinators_only(client, parent):
    client.force_login(parent)
    assert client.get("/en/academy/manage/reach/").status_code == 403


def test_a_guest_who_forgets_their_registrations_loses_their_channels_too(client, fake_telegram):
    from privacy import closing

    link(Person(email="guest@example.kz"), chat_id=42)
    closing.forget_guest("guest@example.kz")
    assert not Contact.objects.exists()


def test_the_copy_of_my_data_holds_my_channels_and_messages(linked_parent, fake_telegram):
    from privacy import my_data

    tables = my_data.tables(user=linked_parent)
    assert [row["address"] for row in tables["message_contacts"]] == ["5550001"]
    assert tables["messages"] == []
