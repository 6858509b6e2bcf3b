"""A number is used for SMS only once the code sent to it comes back: what the
person sees on My academy, the limits on tries and codes, odd input, who may
prove what, and the code over real HTTP to the fake SMSC gateway."""

from datetime import timedelta

import pytest
from django.test import Client, RequestFactory
from django.urls import reverse
from django.utils import timezone

from academy import services, tokens
from messaging import contacts, people, phone_codes, sending
from messaging.channels import Channel
from messaging.models import Contact, Delivery, PhoneCheck
from messaging.people import Person
from messaging.sms import parts
from privacy import consents
from privacy.models import Consent
from tests.factories import UserFactory

from .conftest import code_in, last_code, prove

pytestmark = pytest.mark.django_db
MY = "/en/academy/my/"
PHONE, CODE, AGAIN = (
    "/en/messages/phone/",
    "/en/messages/phone/code/",
    "/en/messages/phone/code/again/",
)
NUMBER = "+77012345678"


def save(client, number=NUMBER, url=PHONE):
    return client.post(url, {"sms-phone": number, "sms-consent": "on"})


@pytest.fixture
def signed_in(client, parent):
    client.force_login(parent)
    return client


def test_saving_a_number_sends_a_code_and_uses_nothing_yet(signed_in, parent, sms_outbox):
    response = save(signed_in, "8 701 234 56 78")
    assert response.status_code == 302 and response["Location"].endswith("/my/#channels")
    [sms] = sms_outbox
    assert sms["phone"] == NUMBER and sms["parts"] == 1
    assert sms["text"].startswith("Bilim: код ")  # the parent's language: Russian
    assert not Contact.objects.exists()
    assert not consents.allows(Consent.Purpose.SMS, user=parent)
    check = PhoneCheck.objects.get()
    code = last_code()
    stored = " ".join(str(value) for value in PhoneCheck.objects.values().get().values())
    assert code not in stored and check.code_hash != code
    html = signed_in.get(MY).content.decode()
    assert "We sent a code by SMS to +7 701 *** ** 78" in html
    assert 'for="id_sms-code"' in html and "Enter the code we sent to +7 701 *** ** 78" in html
    assert 'autocomplete="one-time-code"' in html and 'inputmode="numeric"' in html
    assert 'aria-describedby="id_sms-code_helptext"' in html
    assert "Send the code again" in html


def test_the_right_code_makes_the_number_live_and_the_consent_is_given_then(
    signed_in, parent, sms_outbox
):
    save(signed_in)
    before = timezone.now()
    assert signed_in.post(CODE, {"sms-code": last_code()}).status_code == 302
    contact = Contact.objects.get()
    assert (contact.address, contact.channel) == (NUMBER, "sms")
    assert contact.verified_at >= before
    consent = Consent.objects.get(purpose=Consent.Purpose.SMS)
    assert consent.given_at >= before and consent.withdrawn_at is None
    assert PhoneCheck.objects.get().outcome == "proved"
    assert people.chosen_channel(Person(user=parent)) == (Channel.SMS, contact)
    html = signed_in.get(MY).content.decode()
    assert "Messages go to +7 701 *** ** 78." in html and 'name="sms-code"' not in html


def test_a_wrong_code_says_so_and_keeps_the_state(signed_in, sms_outbox):
    save(signed_in)
    right = last_code()
    wrong = "000000" if right != "000000" else "111111"
    response = signed_in.post(CODE, {"sms-code": wrong})
    assert response.status_code == 400
    html = response.content.decode()
    assert "This code is not right. Check the SMS: 4 tries left." in html
    assert 'href="#id_sms-code"' in html  # the summary leads to the field
    assert 'aria-invalid="true"' in html
    assert 'aria-describedby="id_sms-code_helptext id_sms-code_error"' in html
    assert not Contact.objects.exists()
    assert signed_in.post(CODE, {"sms-code": right}).status_code == 302
    assert Contact.objects.get().verified_at


def test_five_wrong_tries_end_the_code_and_a_new_one_works(signed_in, sms_outbox, settings):
    save(signed_in)
    right = last_code()
    wrong = "000000" if right != "000000" else "111111"
    for _ in range(settings.PHONE_CODE_ATTEMPTS):
        assert signed_in.post(CODE, {"sms-code": wrong}).status_code == 400
    response = signed_in.post(CODE, {"sms-code": right})
    assert response.status_code == 400 and "Too many wrong tries" in response.content.decode()
    assert PhoneCheck.objects.get().attempts == settings.PHONE_CODE_ATTEMPTS
    assert signed_in.post(AGAIN).status_code == 302
    assert last_code() != right or len(sms_outbox) == 2
    assert signed_in.post(CODE, {"sms-code": last_code()}).status_code == 302
    assert Contact.objects.get().address == NUMBER


def test_an_expired_code_is_refused(signed_in, sms_outbox):
    save(signed_in)
    PhoneCheck.objects.update(expires_at=timezone.now() - timedelta(seconds=1))
    response = signed_in.post(CODE, {"sms-code": last_code()})
    assert response.status_code == 400
    assert "This code has expired" in response.content.decode()
    assert not Contact.objects.exists()
    assert PhoneCheck.objects.get().attempts == 0


def test_send_again_replaces_the_code(signed_in, sms_outbox):
    save(signed_in)
    first = last_code()
    response = signed_in.post(AGAIN, follow=True)
    assert "We sent a code by SMS to +7 701 *** ** 78" in response.content.decode()
    assert len(sms_outbox) == 2 and sms_outbox[-1]["phone"] == NUMBER
    assert list(PhoneCheck.objects.order_by("pk").values_list("outcome", flat=True)) == [
        "replaced",
        "",
    ]
    if first != last_code():  # one in a million they are the same
        assert signed_in.post(CODE, {"sms-code": first}).status_code == 400
    assert signed_in.post(CODE, {"sms-code": last_code()}).status_code == 302


def test_codes_are_limited_per_person_and_per_number(client, signed_in, sms_outbox, settings):
    save(signed_in)
    for _ in range(settings.PHONE_CODE_SENDS_PER_HOUR - 1):
        signed_in.post(AGAIN)
    assert len(sms_outbox) == settings.PHONE_CODE_SENDS_PER_HOUR
    html = signed_in.post(AGAIN, follow=True).content.decode()
    assert "as many codes as we can in an hour. Try again in 60 minutes." in html
    response = save(signed_in, "+77019998877")  # another number: still the same person
    assert response.status_code == 400 and "as many codes" in response.content.decode()
    assert len(sms_outbox) == settings.PHONE_CODE_SENDS_PER_HOUR
    # Someone else typing the same number: the number's count is used up too.
    guest = tokens.manage_token("guest@example.kz")
    response = save(client, url=f"/en/messages/guest/{guest}/phone/")
    assert response.status_code == 400 and "as many codes" in response.content.decode()
    assert len(sms_outbox) == settings.PHONE_CODE_SENDS_PER_HOUR
    # An hour later, codes go again.
    PhoneCheck.objects.update(created_at=timezone.now() - timedelta(hours=1, seconds=1))
    assert save(client, url=f"/en/messages/guest/{guest}/phone/").status_code == 302
    assert len(sms_outbox) == settings.PHONE_CODE_SENDS_PER_HOUR + 1


@pytest.mark.parametrize(
    "code",
    ["", "abcdef", "12345", "1234567", "9" * 10_000, "١٢٣٤٥٦", "<script>x</script>", "12 34 5x"],
)
def test_odd_codes_are_refused_with_a_message(signed_in, sms_outbox, code):
    save(signed_in)
    response = signed_in.post(CODE, {"sms-code": code})
    assert response.status_code == 400
    html = response.content.decode()
    assert 'class="error-summary"' in html and "<script>x" not in html
    assert not Contact.objects.exists()
    assert PhoneCheck.objects.get().attempts == 0  # not a try: no code looks like that


def test_a_code_with_spaces_is_read(signed_in, sms_outbox):
    save(signed_in)
    code = last_code()
    assert signed_in.post(CODE, {"sms-code": f" {code[:3]} {code[3:]} "}).status_code == 302


def test_a_code_with_no_number_waiting(signed_in):
    response = signed_in.post(CODE, {"sms-code": "123456"}, follow=True)
    assert response.status_code == 200
    assert "There is no number waiting for a code" in response.content.decode()
    response = signed_in.post(AGAIN, follow=True)
    assert "There is no number waiting for a code" in response.content.decode()
    assert not Contact.objects.exists() and not PhoneCheck.objects.exists()


def test_a_code_proves_only_its_own_persons_number(client, parent, sms_outbox):
    client.force_login(parent)
    save(client)
    code = last_code()
    other = UserFactory(email="other@example.kz")
    client.force_login(other)
    assert client.post(CODE, {"sms-code": code}).status_code == 302  # nothing waits for them
    guest = tokens.manage_token("guest@example.kz")
    response = client.post(f"/en/messages/guest/{guest}/phone/code/", {"sms-code": code})
    assert response.status_code == 302
    assert (
        client.post("/en/messages/guest/forged/phone/code/", {"sms-code": code}).status_code == 404
    )
    assert not Contact.objects.exists()
    assert PhoneCheck.objects.get().closed_at is None  # still the parent's to prove


def test_code_actions_are_post_only_with_csrf(parent, client):
    assert client.get(CODE).status_code == 405 and client.get(AGAIN).status_code == 405
    assert "/accounts/login/" in client.post(CODE, {"sms-code": "123456"})["Location"]
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(parent)
    assert strict.post(CODE, {"sms-code": "123456"}).status_code == 403
    assert strict.post(AGAIN).status_code == 403


def test_a_guest_proves_a_number_through_the_signed_link(client, sms_outbox):
    manage = tokens.manage_token("guest@example.kz")
    assert save(client, url=f"/en/messages/guest/{manage}/phone/").status_code == 302
    page = client.get(reverse("academy:registrations", args=[manage])).content.decode()
    assert f'action="/en/messages/guest/{manage}/phone/code/"' in page
    assert f'action="/en/messages/guest/{manage}/phone/code/again/"' in page
    url = f"/en/messages/guest/{manage}/phone/code/"
    assert client.post(url, {"sms-code": last_code()}).status_code == 302
    contact = Contact.objects.get()
    assert (contact.user, contact.email, contact.address) == (None, "guest@example.kz", NUMBER)
    assert consents.allows(Consent.Purpose.SMS, email="guest@example.kz")


def test_the_proved_number_stays_until_a_new_one_is_proved(parent, sms_outbox):
    person = Person(user=parent)
    old = prove(person, NUMBER)
    request = RequestFactory().post("/")
    contacts.set_phone(request, person, "+77019998877", "ru")
    assert people.chosen_channel(person) == (Channel.SMS, old)
    new = contacts.confirm_phone(request, person, last_code("+77019998877"))
    assert people.chosen_channel(person) == (Channel.SMS, new)
    old.refresh_from_db()
    assert (old.stopped_at is not None, old.stop_reason) == (True, "replaced")
    standing = Consent.objects.filter(purpose=Consent.Purpose.SMS, withdrawn_at__isnull=True)
    assert standing.count() == 1 and standing.get().given_at >= new.verified_at


def test_the_proved_number_again_needs_no_code(signed_in, parent, sms_outbox):
    prove(Person(user=parent), NUMBER)
    sms_outbox.clear()
    response = save(signed_in, "8 701 234 56 78")
    assert response.status_code == 302
    assert not sms_outbox and PhoneCheck.objects.filter(closed_at__isnull=True).count() == 0


def test_nothing_goes_by_sms_to_a_number_never_proved(
    session, parent, sms_outbox, on_commit, fake_telegram
):
    """A number saved before codes existed (a live contact, consent, no
    ``verified_at``) is not chosen, and a row already queued for it is skipped."""
    contact = Contact.objects.create(user=parent, channel="sms", address=NUMBER)
    consents.give(RequestFactory().post("/"), Consent.Purpose.SMS, user=parent)
    person = Person(user=parent)
    assert people.chosen_channel(person) == (None, None)
    with on_commit():
        services.register(session, name="", email="", user=parent)
    assert not Delivery.objects.exists() and not sms_outbox
    delivery = Delivery.objects.create(
        user=parent, channel="sms", kind="confirmed", dedupe_key="x", contact=contact, text="t"
    )
    assert sending.send(delivery.pk) == "skipped"
    delivery.refresh_from_db()
    assert delivery.reason == "not proved" and not sms_outbox


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_the_code_sms_is_one_part_in_every_language(language):
    text = phone_codes.text("482913", language)
    assert "482913" in text and parts.count(text) == 1 and "%(" not in text


def test_the_code_arrives_at_the_sms_gateway_over_http(signed_in, smsc_gateway):
    assert save(signed_in).status_code == 302
    [sent] = smsc_gateway.sent
    assert sent["phones"] == NUMBER and sent["charset"] == "utf-8"
    code = code_in(sent["mes"])
    assert sent["mes"].startswith("Bilim: код ") and sent["cnt"] == 1
    assert signed_in.post(CODE, {"sms-code": code}).status_code == 302
    assert Contact.objects.get().address == NUMBER


def test_a_gateway_that_refuses_the_code_says_so_and_keeps_nothing_open(signed_in, smsc_gateway):
    smsc_gateway.balance = 0
    response = save(signed_in)
    assert response.status_code == 400
    assert "We could not send an SMS to this number" in response.content.decode()
    assert PhoneCheck.objects.get().outcome == "not_sent"
    assert 'name="sms-code"' not in signed_in.get(MY).content.decode()


def test_codes_older_than_a_day_are_removed(parent, sms_outbox):
    from messaging import tasks

    person = Person(user=parent)
    phone_codes.send(person, NUMBER, "kk")
    phone_codes.send(person, NUMBER, "kk", now=timezone.now() - timedelta(days=1, minutes=1))
    assert tasks.remove_old_phone_checks() == 1
    assert PhoneCheck.objects.count() == 1


def test_a_guest_who_forgets_their_data_loses_their_codes_too(sms_outbox):
    from privacy import closing

    phone_codes.send(Person(email="guest@example.kz"), NUMBER, "ru")
    closing.forget_guest("guest@example.kz")
    assert not PhoneCheck.objects.exists()
