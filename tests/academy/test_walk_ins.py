"""Walk-ins: the coordinator adds a parent who came without registering to
the register of a held session, marked present; they count in attendance
and towards the certificate like everyone else."""

from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse

from academy import attendance, services
from academy.models import Attendance, Registration
from certificates.models import Certificate
from tests.factories import UserFactory

Mark = Attendance.Mark


@pytest.fixture
def held(make_session):
    """A session that started twenty minutes ago."""
    return make_session(starts_in=timedelta(minutes=-20))


def sheet(session):
    return reverse("academy:manage_register", args=[session.pk])


def add(client, session, name="Омарова Дана", email="dana@example.kz", **kwargs):
    data = {"action": "walk_in", "walk_in-name": name, "walk_in-email": email}
    return client.post(sheet(session), data, **kwargs)


def test_a_walk_in_is_added_present_and_counted(coordinator_client, held, coordinator):
    page = coordinator_client.get(sheet(held)).content.decode()
    assert 'name="walk_in-name"' in page and 'for="id_walk_in-name"' in page
    response = add(coordinator_client, held, email=" Dana@Example.kz ", follow=True)
    registration = Registration.objects.get()
    assert (registration.name, registration.email) == ("Омарова Дана", "dana@example.kz")
    assert registration.walk_in and registration.status == "confirmed"
    record = registration.attendance
    assert record.mark == Mark.PRESENT and record.marked_by == coordinator
    assert response.context["attended"] == 1
    html = response.content.decode()
    assert "Омарова Дана" in html and "walk-in" in html
    assert not mail.outbox  # they came: no confirmation or reminder letters


def test_a_walk_in_gets_the_certificate_like_others(
    coordinator_client, held, make_session, template, coordinator, on_commit
):
    earlier = make_session(starts_in=timedelta(days=-7))
    registration = Registration.objects.create(
        session=earlier, name="Омарова Дана", email="dana@example.kz", status="confirmed"
    )
    attendance.mark(earlier, [registration.pk], Mark.PRESENT, coordinator)
    assert not Certificate.objects.exists()
    with on_commit():
        add(coordinator_client, held)
    certificate = Certificate.objects.get()
    assert certificate.holder.email == "dana@example.kz"
    assert attendance.progress("dana@example.kz", held.programme_key)["attended"] == 2


def test_walk_ins_without_an_email_count_but_get_no_certificate(
    coordinator_client, held, make_session, template, coordinator, on_commit
):
    with on_commit():
        assert add(coordinator_client, held, name="Ахметов Ерлан", email="").status_code == 302
        assert add(coordinator_client, held, name="Ахметова Сая", email="").status_code == 302
    assert Registration.objects.filter(email="", walk_in=True).count() == 2
    assert Attendance.objects.filter(mark=Mark.PRESENT).count() == 2
    # Marking them again, or at another session, never makes one person of them.
    other = make_session(starts_in=timedelta(days=-7))
    with on_commit():
        add(coordinator_client, other, name="Ахметов Ерлан", email="")
        ids = list(Registration.objects.values_list("pk", flat=True))
        attendance.mark(held, ids, Mark.LATE, coordinator)
    assert not Certificate.objects.exists()
    # Changing or cancelling the session writes to no one without an address.
    with on_commit():
        services.cancel_session(held)
    assert not mail.outbox


def test_someone_already_registered_is_marked_present_instead(coordinator_client, held, on_commit):
    waiting = Registration.objects.create(
        session=held, name="Ким Ольга", email="olga@example.kz", status="waitlisted"
    )
    response = add(coordinator_client, held, name="Ким Ольга", email="olga@example.kz")
    assert response.status_code == 302
    waiting.refresh_from_db()
    assert waiting.status == "confirmed" and not waiting.walk_in
    assert waiting.attendance.mark == Mark.PRESENT
    again = add(coordinator_client, held, name="Ким Ольга", email="olga@example.kz")
    assert again.status_code == 200
    assert "already on the register" in str(again.context["walk_in_form"].non_field_errors())
    assert Registration.objects.count() == 1


def test_a_walk_in_with_an_account_is_linked_to_it(coordinator_client, held, parent):
    add(coordinator_client, held, name="Жұмабекова Айгүл", email=parent.email.upper())
    registration = Registration.objects.get()
    assert registration.user == parent and registration.language == "ru"


@pytest.mark.parametrize(
    ("name", "email", "field"),
    [
        ("", "dana@example.kz", "name"),
        ("   ", "", "name"),
        ("<script>alert(1)</script>", "", "name"),
        ("Дана 2", "", "name"),
        ("Омарова Дана", "not-an-address", "email"),
        ("Ә" * 201, "", "name"),
    ],
)
def test_bad_input_gets_a_message_on_the_field(coordinator_client, held, name, email, field):
    response = add(coordinator_client, held, name=name, email=email)
    assert response.status_code == 200
    form = response.context["walk_in_form"]
    assert form.errors[field]
    html = response.content.decode()
    # The message is tied to its field for screen readers.
    assert f'id="id_walk_in-{field}_error"' in html
    assert f'aria-describedby="id_walk_in-{field}_helptext id_walk_in-{field}_error"' in html
    assert form.data["walk_in-email"] == email  # what was typed stays
    assert not Registration.objects.exists()


def test_not_before_check_in_opens_nor_for_a_cancelled_session(coordinator_client, make_session):
    upcoming = make_session(starts_in=timedelta(hours=3))
    page = coordinator_client.get(sheet(upcoming))
    assert not page.context["walk_ins_open"]
    refused = add(coordinator_client, upcoming)
    assert refused.status_code == 200
    assert "once check-in opens" in str(refused.context["walk_in_form"].non_field_errors())
    cancelled = make_session(starts_in=timedelta(minutes=-20), status="cancelled")
    refused = add(coordinator_client, cancelled)
    assert "cancelled" in str(refused.context["walk_in_form"].non_field_errors())
    assert not Registration.objects.exists()


def test_only_the_schools_coordinators_add_walk_ins(client, held, make_session, other_school):
    assert add(client, held).status_code == 302  # to sign in
    client.force_login(UserFactory(email="teacher@example.kz", school=held.school))
    assert add(client, held).status_code == 403
    parent = UserFactory(email="p@example.kz", role="parent", school=held.school)
    client.force_login(parent)
    assert add(client, held).status_code == 403
    assert not Registration.objects.exists()


def test_another_schools_session_is_not_found(coordinator_client, make_session, other_school):
    theirs = make_session(starts_in=timedelta(minutes=-20), school=other_school)
    assert add(coordinator_client, theirs).status_code == 404
    assert not Registration.objects.exists()


def test_superusers_add_walk_ins_anywhere(client, make_session, other_school):
    theirs = make_session(starts_in=timedelta(minutes=-20), school=other_school)
    client.force_login(UserFactory(email="root@example.kz", is_superuser=True, is_staff=True))
    assert add(client, theirs).status_code == 302
    assert Registration.objects.get().session == theirs
