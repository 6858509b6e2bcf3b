"""The register at the door (#14 point 5): one mark per tap through the JSON
endpoint (or a reload without the script), undo for the last change, the
"checked in" count, walk-ins, removing a registration after confirmation,
and the status a session shows once its time has passed."""

import gzip
import json
from datetime import timedelta
from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from django.contrib.staticfiles import finders
from django.urls import reverse
from django.utils import timezone

from academy import attendance
from academy.models import Attendance, Registration, Session, with_marks
from certificates.models import Certificate
from tests.factories import UserFactory
from users.roles import SCHOOL_COORDINATORS

Mark = Attendance.Mark
JSON = {"HTTP_ACCEPT": "application/json"}


@pytest.fixture
def held(make_session):
    """A session that started twenty minutes ago."""
    return make_session(starts_in=timedelta(minutes=-20))


@pytest.fixture
def seats(held):
    return [
        Registration.objects.create(
            session=held, name=name, email=f"p{n}@example.kz", status="confirmed"
        )
        for n, name in enumerate(["Ахметова Сая", "Ким Ольга", "Омаров Қанат"])
    ]


def tap(client, session, registration, mark, **headers):
    url = reverse("academy:manage_mark", args=[session.pk])
    return client.post(url, {"registration": registration.pk, "mark": mark}, **headers)


def undo(client, session, token, **headers):
    return client.post(
        reverse("academy:manage_undo", args=[session.pk]), {"undo": token}, **headers
    )


def register_page(client, session):
    return client.get(reverse("academy:manage_register", args=[session.pk]))


def test_a_tap_saves_the_mark_and_answers_with_the_count(coordinator_client, held, seats):
    response = tap(coordinator_client, held, seats[0], Mark.PRESENT, **JSON)
    assert response.status_code == 200
    data = response.json()
    assert data["registration"] == seats[0].pk and data["mark"] == "present"
    assert data["message"] == "Ахметова Сая: Present."
    assert data["count_text"] == "Checked in: 1 of 3"
    assert data["counts"]["attended"] == 1 and data["counts"]["unmarked"] == 2
    assert data["undo"]
    record = Attendance.objects.get()
    assert (record.mark, record.source) == ("present", "coordinator")
    assert record.marked_by.email == "coordinator@example.kz"


def test_late_is_attended_excused_is_neither_attended_nor_absent(coordinator_client, held, seats):
    for registration, mark in zip(seats, ["late", "excused", "absent"], strict=True):
        data = tap(coordinator_client, held, registration, mark, **JSON).json()
    counts = data["counts"]
    assert counts["attended"] == 1 and counts["late"] == 1
    assert counts["excused"] == 1 and counts["absent"] == 1 and counts["unmarked"] == 0
    assert data["count_text"] == "Checked in: 1 of 3"


def test_without_the_script_a_tap_reloads_the_register(coordinator_client, held, seats):
    url = reverse("academy:manage_mark", args=[held.pk])
    response = coordinator_client.post(url, {"choice": f"{seats[1].pk}:late"})
    assert response.status_code == 302
    assert response["Location"].endswith(f"/manage/sessions/{held.pk}/#person-{seats[1].pk}")
    html = register_page(coordinator_client, held).content.decode()
    assert f'value="{seats[1].pk}:late" aria-pressed="true"' in html
    assert f'value="{seats[0].pk}:present" aria-pressed="false"' in html
    assert "Checked in: 1 of 3" in html
    assert "Ким Ольга: Late." in html and 'name="undo"' in html
    assert "data-door-undo hidden" not in html


@pytest.mark.parametrize("mark", ["here", "", "PRESENT", "present;drop", "ә" * 300])
def test_a_bad_mark_is_refused_with_a_clear_message(coordinator_client, held, seats, mark):
    response = tap(coordinator_client, held, seats[0], mark, **JSON)
    assert response.status_code == 400
    error = response.json()["error"]
    assert "is not a mark" in error and "Present, Late, Excused, Absent" in error
    assert len(error) < 200
    assert not Attendance.objects.exists()


@pytest.mark.parametrize("who", ["", "abc", "1e3", "99999999999", "١"])
def test_a_bad_person_is_refused(coordinator_client, held, seats, who):
    url = reverse("academy:manage_mark", args=[held.pk])
    response = coordinator_client.post(url, {"registration": who, "mark": "present"}, **JSON)
    assert response.status_code == 400
    assert response.json()["error"] == "Say whose mark it is."


def test_only_people_with_a_seat_at_this_session_are_marked(
    coordinator_client, held, seats, make_session
):
    waiting = Registration.objects.create(
        session=held, name="Күтуде", email="w@example.kz", status="waitlisted"
    )
    elsewhere = Registration.objects.create(
        session=make_session(starts_in=timedelta(minutes=-10)),
        name="Басқа",
        email="o@example.kz",
        status="confirmed",
    )
    for registration in (waiting, elsewhere):
        response = tap(coordinator_client, held, registration, "present", **JSON)
        assert response.status_code == 400
        assert response.json()["error"] == "This person has no seat at this session."
    assert not Attendance.objects.exists()


def test_no_marks_before_check_in_opens_nor_at_a_cancelled_session(
    coordinator_client, make_session
):
    later = make_session(starts_in=timedelta(hours=3))
    person = Registration.objects.create(
        session=later, name="А", email="a@example.kz", status="confirmed"
    )
    response = tap(coordinator_client, later, person, "present", **JSON)
    assert response.status_code == 400 and "once check-in opens" in response.json()["error"]
    assert "aria-pressed" not in register_page(coordinator_client, later).content.decode()
    Session.objects.filter(pk=later.pk).update(
        status="cancelled", starts_at=timezone.now() - timedelta(minutes=5)
    )
    response = tap(coordinator_client, later, person, "present", **JSON)
    assert response.json()["error"] == "This session has been cancelled."
    assert not Attendance.objects.exists()


def test_who_may_mark(client, held, seats, other_school):
    assert tap(client, held, seats[0], "present", **JSON).status_code == 302  # to sign in
    client.force_login(UserFactory(email="teacher@example.kz", school=held.school))
    assert tap(client, held, seats[0], "present", **JSON).status_code == 403
    theirs = UserFactory(email="c-b@example.kz", school=other_school)
    theirs.groups.add(Group.objects.get(name=SCHOOL_COORDINATORS))
    client.force_login(theirs)
    assert tap(client, held, seats[0], "present", **JSON).status_code == 404
    assert undo(client, held, "x", **JSON).status_code == 404
    assert not Attendance.objects.exists()
    client.force_login(UserFactory(email="root@example.kz", is_superuser=True, is_staff=True))
    assert tap(client, held, seats[0], "present", **JSON).status_code == 200


def test_only_post(coordinator_client, held):
    assert coordinator_client.get(reverse("academy:manage_mark", args=[held.pk])).status_code == 405


def test_undo_restores_the_previous_mark(coordinator_client, held, seats, coordinator):
    # The parent checked in themselves, late; the coordinator taps "absent" by mistake.
    checked_in = timezone.now() - timedelta(minutes=2)
    Attendance.objects.create(
        registration=seats[0],
        mark="late",
        source="self",
        checked_in_at=checked_in,
        marked_at=checked_in,
    )
    token = tap(coordinator_client, held, seats[0], "absent", **JSON).json()["undo"]
    response = undo(coordinator_client, held, token, **JSON)
    assert response.status_code == 200
    data = response.json()
    assert data["mark"] == "late" and data["undo"] == ""
    assert data["message"] == "Undone. Ахметова Сая: Late."
    assert data["count_text"] == "Checked in: 1 of 3"
    record = Attendance.objects.get()
    assert (record.mark, record.source, record.marked_by, record.marked_at) == (
        "late",
        "self",
        None,
        checked_in,
    )
    # Once undone, the same undo does nothing more.
    again = undo(coordinator_client, held, token, **JSON)
    assert again.status_code == 400 and "can no longer be undone" in again.json()["error"]


def test_undo_of_a_first_mark_leaves_the_person_unmarked(coordinator_client, held, seats):
    token = tap(coordinator_client, held, seats[2], "present", **JSON).json()["undo"]
    data = undo(coordinator_client, held, token, **JSON).json()
    assert data["mark"] == "" and data["message"] == "Undone. Омаров Қанат: not marked."
    assert data["counts"]["attended"] == 0
    assert Attendance.objects.get().mark == ""


def test_undo_only_while_the_row_is_as_the_change_left_it(
    coordinator_client, client, held, seats, coordinator
):
    token = tap(coordinator_client, held, seats[0], "present", **JSON).json()["undo"]
    tap(coordinator_client, held, seats[0], "late", **JSON)  # a later tap replaces it
    assert undo(coordinator_client, held, token, **JSON).status_code == 400
    assert Attendance.objects.get().mark == "late"
    # Nor by someone else, nor with a forged token.
    token = tap(coordinator_client, held, seats[1], "present", **JSON).json()["undo"]
    colleague = UserFactory(email="c2@example.kz", school=held.school)
    colleague.groups.add(Group.objects.get(name=SCHOOL_COORDINATORS))
    client.force_login(colleague)
    assert undo(client, held, token, **JSON).status_code == 400
    assert undo(coordinator_client, held, token[:-2] + "xx", **JSON).status_code == 400
    assert Attendance.objects.get(registration=seats[1]).mark == "present"


def test_undo_without_the_script(coordinator_client, held, seats):
    url = reverse("academy:manage_mark", args=[held.pk])
    coordinator_client.post(url, {"choice": f"{seats[0].pk}:present"})
    page = register_page(coordinator_client, held)
    token = page.context["undo_token"]
    response = undo(coordinator_client, held, token, follow=True)
    assert response.redirect_chain[-1][0].endswith(f"#person-{seats[0].pk}")
    html = response.content.decode()
    assert "Undone. Ахметова Сая: not marked." in html
    assert "data-door-undo hidden" in html  # nothing left to undo
    assert Attendance.objects.get().mark == ""


def test_an_undo_that_takes_attendance_away_revokes_the_certificate(
    coordinator_client, held, seats, make_session, coordinator, template, on_commit
):
    earlier = make_session(starts_in=timedelta(days=-7))
    before = Registration.objects.create(
        session=earlier, name="Ахметова Сая", email=seats[0].email, status="confirmed"
    )
    attendance.mark(earlier, [before.pk], Mark.PRESENT, coordinator)
    with on_commit():
        token = tap(coordinator_client, held, seats[0], "present", **JSON).json()["undo"]
    certificate = Certificate.objects.get(status="valid")
    data = undo(coordinator_client, held, token, **JSON).json()
    assert certificate.number in data["warning"]
    certificate.refresh_from_db()
    assert certificate.status == "revoked"


def test_a_walk_in_is_added_marked_and_counted(coordinator_client, held, seats):
    tap(coordinator_client, held, seats[0], "present", **JSON)
    url = reverse("academy:manage_register", args=[held.pk])
    response = coordinator_client.post(
        url, {"action": "walk_in", "walk_in-name": "Сейтова Гүл", "walk_in-email": ""}, follow=True
    )
    assert response.context["counts"]["attended"] == 2
    html = response.content.decode()
    assert "Checked in: 2 of 4" in html and "Сейтова Гүл" in html
    walk_in = Registration.objects.get(walk_in=True)
    assert f'value="{walk_in.pk}:present" aria-pressed="true"' in html


def test_removing_a_registration_is_confirmed_first(
    coordinator_client, held, seats, make_session, other_school
):
    Session.objects.filter(pk=held.pk).update(capacity=3)
    waiting = Registration.objects.create(
        session=held, name="Күтуде", email="w@example.kz", status="waitlisted"
    )
    page = register_page(coordinator_client, held).content.decode()
    url = reverse("academy:manage_remove", args=[held.pk, seats[2].pk])
    assert (
        f'<a href="remove/{seats[2].pk}/" aria-describedby="who-{seats[2].pk}">Remove…</a>' in page
    )
    confirm = coordinator_client.get(url)
    assert confirm.status_code == 200
    assert b'<button type="submit" class="door-danger">Remove from the register</button>' in (
        confirm.content
    )
    seats[2].refresh_from_db()
    assert seats[2].status == "confirmed"  # opening the page changes nothing
    response = coordinator_client.post(url, follow=True)
    assert "Омаров Қанат is removed from the register." in response.content.decode()
    seats[2].refresh_from_db()
    waiting.refresh_from_db()
    assert seats[2].status == "cancelled" and waiting.status == "confirmed"
    theirs = make_session(starts_in=timedelta(minutes=-5), school=other_school)
    person = Registration.objects.create(
        session=theirs, name="Б", email="b@example.kz", status="confirmed"
    )
    url = reverse("academy:manage_remove", args=[theirs.pk, person.pk])
    assert coordinator_client.post(url).status_code == 404
    mixed = reverse("academy:manage_remove", args=[held.pk, person.pk])
    assert coordinator_client.post(mixed).status_code == 404
    person.refresh_from_db()
    assert person.status == "confirmed"


def test_cancelling_the_session_is_a_destructive_button_then_a_confirmation(
    coordinator_client, held
):
    page = register_page(coordinator_client, held).content.decode()
    url = reverse("academy:manage_cancel", args=[held.pk])
    assert f'<a class="door-danger" href="{url}">Cancel the session…</a>' in page
    confirm = coordinator_client.get(url).content.decode()
    assert 'class="door-danger">Cancel the session and tell registrants</button>' in confirm


def test_the_status_follows_time_and_marks(
    make_session, seats, held, coordinator, django_assert_num_queries
):
    now = timezone.now()
    ahead = make_session(starts_in=timedelta(days=1))
    over = make_session(starts_in=timedelta(hours=-3))
    assert ahead.stage(now) == "scheduled" and held.stage(now) == "running"
    assert over.stage(now) == "unmarked"
    person = Registration.objects.create(
        session=over, name="А", email="a@example.kz", status="confirmed"
    )
    attendance.mark(over, [person.pk], Mark.ABSENT, coordinator)
    assert over.stage(now) == "held"
    # Lists annotate the marks once instead of asking per session.
    listed = {s.pk: s for s in with_marks(Session.objects.all())}
    with django_assert_num_queries(0):
        assert listed[over.pk].stage(now) == "held"
        assert listed[held.pk].stage(now + timedelta(hours=3)) == "unmarked"
    over.status = "cancelled"
    assert over.stage(now) == "cancelled"


@pytest.mark.parametrize("language", ["en", "kk", "ru"])
def test_past_sessions_never_say_scheduled(
    coordinator_client, client, make_session, coordinator, school, language
):
    marked = make_session(starts_in=timedelta(days=-2))
    person = Registration.objects.create(
        session=marked, name="А", email="a@example.kz", status="confirmed"
    )
    attendance.mark(marked, [person.pk], Mark.PRESENT, coordinator)
    make_session(starts_in=timedelta(days=-1))  # nobody marked
    words = {
        "en": ("Scheduled", "Held", "Not marked yet"),
        "kk": ("Жоспарланған", "Өтті", "Әлі белгіленбеген"),
        "ru": ("Запланировано", "Проведено", "Ещё не отмечено"),
    }[language]
    pages = [
        ("<td>{}</td>", coordinator_client.get(f"/{language}/academy/manage/")),
        ("· {}</li>", client.get(f"/{language}/academy/school/{school.code}/")),
    ]
    for shown, response in pages:
        html = response.content.decode()
        assert shown.format(words[0]) not in html
        assert shown.format(words[1]) in html and shown.format(words[2]) in html
    register = coordinator_client.get(f"/{language}/academy/manage/sessions/{marked.pk}/")
    assert words[1] in register.content.decode()


def test_the_register_stays_small(coordinator_client, held):
    """Forty people at the door, in Kazakh, with long names, stay within the
    40 KB page budget."""
    for n in range(40):
        Registration.objects.create(
            session=held,
            name=f"Әбдірахманова Гүлнар Серікқызы {n}",
            email=f"abdirakhmanova.gulnar.{n}@example.kz",
            status="confirmed",
        )
    path = reverse("academy:manage_register", args=[held.pk])
    html = coordinator_client.get(f"/kk{path[3:]}").content
    # Measured as the design budget is (tests/content/test_layout.py, docs/design.md): the page
    # and its styles and scripts as served gzipped (assets by WhiteNoise, pages by the proxy).
    assets = [
        finders.find(path)
        for path in ("css/site.css", "css/register.css", "js/register.js", "js/header.js")
    ]
    sent = len(gzip.compress(html, 6)) + sum(
        len(gzip.compress(Path(asset).read_bytes(), 9)) for asset in assets
    )
    assert sent < 40 * 1024, (len(html), sent)


def test_the_json_is_json(coordinator_client, held, seats):
    response = tap(coordinator_client, held, seats[0], "present", **JSON)
    assert response["Content-Type"] == "application/json"
    json.loads(response.content)


def test_the_rates_count_the_excused_apart(coordinator_client, held, seats):
    for registration, mark in zip(seats, ["late", "excused", "absent"], strict=True):
        Attendance.objects.create(registration=registration, mark=mark)
    response = coordinator_client.get(reverse("academy:manage_rates"))
    (row,) = response.context["sessions"]
    assert (row.registered, row.attended, row.excused, row.rate) == (3, 1, 1, 33)
    (topic,) = response.context["topics"]
    assert (topic["attended"], topic["excused"]) == (1, 1)
    assert "<td>1</td><td>1</td><td>33" in response.content.decode()
