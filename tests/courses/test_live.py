"""Live sessions attended as evidence of a course's hours (#13): a lesson's
``live_session`` block, dates scheduled by staff, learners registering on
the lesson page within the seats, joining through the platform's link from
15 minutes before the start, the facilitator's register, the lesson held
back until its learner is marked present, and the policy counting the
session's minutes beside the lesson's own."""

import threading
from datetime import timedelta

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.contrib.messages import get_messages
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from courses import policy, services
from courses.models import CoursePage, LessonPage, LessonProgress, LiveAttendance, LiveSession
from courses.services.live import refuse_unless_attended
from tests.course_fixtures import lessons
from tests.factories import HomePageFactory, LiveSessionFactory, UserFactory, course_tree
from tests.factories import live_session as live_block
from users import roles

pytestmark = pytest.mark.django_db


@pytest.fixture
def lesson(course):
    """The course's first lesson, with a required 90-minute live session."""
    page = lessons(course)[0]
    page.body = [*page.body.raw_data, live_block("Буллингке қалай әрекет етеміз", 90)]
    page.save()
    return LessonPage.objects.get(pk=page.pk)


def block_id(lesson):
    return next(block.id for block in lesson.body if block.block_type == "live_session")


@pytest.fixture
def session(lesson):
    """A date tomorrow at 15:00 Almaty time, 90 minutes, 30 seats."""
    tomorrow = timezone.localtime() + timedelta(days=1)
    starts = tomorrow.replace(hour=15, minute=0, second=0, microsecond=0)
    return LiveSessionFactory(lesson=lesson, block_id=block_id(lesson), starts_at=starts)


def learner_client(course, **user):
    person = UserFactory(**user)
    services.enroll(person, course)
    client = Client()
    client.force_login(person)
    return client, person


def said(response):
    """The message the response added (the last one: earlier unread ones wait in the session)."""
    messages = [str(message) for message in get_messages(response.wsgi_request)]
    return messages[-1] if messages else None


def post(client, lesson, **data):
    return client.post(lesson.url, data)


def block_html(response):
    html = BeautifulSoup(response.content, "html.parser")
    return html.select_one("[data-live-session]")


def staff(group=roles.METHODOLOGISTS):
    user = UserFactory(role="teacher", is_staff=True, preferred_language="kk")
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def desk():
    """A second browser, for staff: the learner's client is pytest-django's ``client``."""
    return Client()


def register_url(session):
    return f"/admin/live_sessions/{session.pk}/register/"


def study(client, lesson):
    """Open the lesson and credit its active minutes, as heartbeats would."""
    client.get(lesson.url)
    LessonProgress.objects.filter(lesson_key=lesson.translation_key).update(
        active_seconds=lesson.min_active_minutes * 60 + 30
    )


def test_the_lesson_shows_its_dates_in_almaty_time_and_a_learner_registers(
    learner, teacher, lesson, session
):
    page = learner.get(lesson.url)
    block = block_html(page)
    text = block.get_text(" ", strip=True)
    assert "Буллингке қалай әрекет етеміз" in text
    # Kazakh format from lms.formats (d.m.Y, H:i), in Asia/Almaty whatever the server's clock.
    assert timezone.localtime(session.starts_at).strftime("%d.%m.%Y, 15:00") in text
    assert block.select_one(f'input[name="session"][value="{session.pk}"]') is not None
    response = post(learner, lesson, action="live_register", session=session.pk)
    assert response.status_code == 302
    row = LiveAttendance.objects.get()
    assert (row.session, row.enrolment.user, row.present) == (session, teacher, None)
    seat = block_html(learner.get(lesson.url)).select_one("[data-live-seat]")
    assert seat is not None and "15:00" in seat.get_text()
    # Registering again changes nothing: one seat per session and learner.
    post(learner, lesson, action="live_register", session=session.pk)
    assert LiveAttendance.objects.count() == 1


def test_a_learner_changes_the_date_and_cancels_before_the_start(learner, lesson, session):
    later = LiveSessionFactory(
        lesson=lesson, block_id=session.block_id, starts_at=session.starts_at + timedelta(days=2)
    )
    post(learner, lesson, action="live_register", session=session.pk)
    post(learner, lesson, action="live_register", session=later.pk)
    assert list(LiveAttendance.objects.values_list("session", flat=True)) == [later.pk]
    response = post(learner, lesson, action="live_cancel", session=later.pk)
    assert LiveAttendance.objects.count() == 0
    assert said(response) == "Тіркелуіңіз болдырылмады."
    post(learner, lesson, action="live_register", session=session.pk)
    with time_machine.travel(session.starts_at + timedelta(minutes=1), tick=False):
        refused = post(learner, lesson, action="live_cancel", session=session.pk)
    assert LiveAttendance.objects.count() == 1
    assert said(refused) == "Кездесу басталып кетті; тіркелуді енді болдырмау мүмкін емес."


def test_capacity_refuses_the_one_too_many(course, lesson, session):
    LiveSession.objects.filter(pk=session.pk).update(capacity=2)
    clients = [learner_client(course)[0] for _ in range(3)]
    for client in clients[:2]:
        post(client, lesson, action="live_register", session=session.pk)
    refused = post(clients[2], lesson, action="live_register", session=session.pk)
    assert LiveAttendance.objects.filter(session=session).count() == 2
    assert said(refused) == "Бұл күнге орын қалмады. Басқа күнді таңдаңыз."
    html = block_html(clients[2].get(lesson.url))
    assert html.select_one(f'input[value="{session.pk}"]').has_attr("disabled")


@pytest.mark.django_db(transaction=True)
def test_two_learners_taking_the_last_seat_at_once(migrated_data):
    """The session row lock serialises them: one seat, one refusal."""
    if connection.vendor != "postgresql":
        pytest.skip("row locks need PostgreSQL")
    from tests.course_fixtures import tiny_course

    course = course_tree(HomePageFactory(slug="home-live"), tiny_course(slug="live-race"))
    page = lessons(course)[0]
    page.body = [*page.body.raw_data, live_block()]
    page.save()
    page = LessonPage.objects.get(pk=page.pk)
    session = LiveSessionFactory(lesson=page, block_id=block_id(page), capacity=1)
    enrolments = [services.enroll(UserFactory(), course) for _ in range(2)]
    barrier = threading.Barrier(2)
    outcomes = []

    def take(enrolment):
        try:
            barrier.wait()
            services.register(enrolment, page, session.pk)
            outcomes.append("seat")
        except services.LearningError:
            outcomes.append("refused")
        finally:
            connection.close()

    for _round in range(3):
        LiveAttendance.objects.all().delete()
        outcomes.clear()
        threads = [threading.Thread(target=take, args=(e,)) for e in enrolments]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert sorted(outcomes) == ["refused", "seat"]
        assert LiveAttendance.objects.count() == 1


def test_the_join_link_opens_15_minutes_before_and_records_the_first_join(learner, lesson, session):
    post(learner, lesson, action="live_register", session=session.pk)
    join = f"/kk/learn/live/{session.pk}/join/"
    with time_machine.travel(session.starts_at - timedelta(minutes=16), tick=False):
        assert block_html(learner.get(lesson.url)).select_one("[data-live-join]") is None
        early = learner.get(join)
        assert early.status_code == 302 and early["Location"] == lesson.url
        assert LiveAttendance.objects.get().joined_at is None
    opened = session.starts_at - timedelta(minutes=15)
    with time_machine.travel(opened, tick=False):
        link = block_html(learner.get(lesson.url)).select_one("[data-live-join]")
        assert link["href"] == join
        response = learner.get(join)
        assert response.status_code == 302
        assert response["Location"] == "https://meet.example.kz/live-1"
    with time_machine.travel(session.starts_at + timedelta(minutes=30), tick=False):
        learner.get(join)  # joining again keeps the first time
    assert LiveAttendance.objects.get().joined_at == opened
    with time_machine.travel(session.ends_at, tick=False):
        assert block_html(learner.get(lesson.url)).select_one("[data-live-join]") is None
        assert learner.get(join)["Location"] == lesson.url


def test_the_facilitator_marks_the_register_and_the_lesson_can_then_be_done(
    desk, course, learner, teacher, lesson, session
):
    other, _person = learner_client(course)
    post(learner, lesson, action="live_register", session=session.pk)
    post(other, lesson, action="live_register", session=session.pk)
    study(learner, lesson)
    refused = post(learner, lesson, action="complete")
    assert said(refused) == (
        "Алдымен сабақтың онлайн сабағына қатысыңыз (Буллингке қалай әрекет етеміз): "
        "жүргізуші сізді «қатысты» деп белгілегенде сабақ аяқталады."
    )
    assert str(lesson.translation_key) not in services.enrolment_for(teacher, course).done

    facilitator = staff()
    desk.force_login(facilitator)
    mine, theirs = LiveAttendance.objects.order_by("enrolment__user_id")
    with time_machine.travel(session.starts_at + timedelta(minutes=100), tick=False):
        page = desk.get(register_url(session))
        assert page.status_code == 200
        form = BeautifulSoup(page.content, "html.parser").select_one("main form, form[method=post]")
        assert form.select_one(f'input[name="minutes-{mine.pk}"]')["value"] == "90"
        saved = desk.post(
            register_url(session),
            {
                f"present-{mine.pk}": "yes",
                f"minutes-{mine.pk}": "75",
                f"present-{theirs.pk}": "no",
                f"minutes-{theirs.pk}": "90",
            },
        )
        assert saved.status_code == 302
    mine.refresh_from_db()
    theirs.refresh_from_db()
    assert (mine.present, mine.minutes, mine.marked_by) == (True, 75, facilitator)
    assert (theirs.present, theirs.minutes) == (False, 0)
    assert LiveSession.objects.get(pk=session.pk).status == LiveSession.Status.HELD

    with time_machine.travel(session.ends_at + timedelta(minutes=30), tick=False):
        mark = block_html(learner.get(lesson.url)).select_one("[data-live-mark]").get_text()
        assert "75" in mark
        absent = block_html(other.get(lesson.url)).select_one("[data-live-mark]").get_text()
        assert "75" not in absent and "15:00" in absent
        done = post(learner, lesson, action="complete")
    assert str(lesson.translation_key) in services.enrolment_for(teacher, course).done, said(done)


def test_a_register_with_wrong_minutes_saves_nothing(desk, learner, lesson, session):
    post(learner, lesson, action="live_register", session=session.pk)
    row = LiveAttendance.objects.get()
    desk.force_login(staff())
    with time_machine.travel(session.starts_at + timedelta(minutes=95), tick=False):
        response = desk.post(
            register_url(session), {f"present-{row.pk}": "yes", f"minutes-{row.pk}": "500"}
        )
    assert response.status_code == 400
    row.refresh_from_db()
    assert row.present is None and row.marked_at is None


def test_an_optional_live_session_does_not_hold_the_lesson_back(learner, teacher, course):
    page = lessons(course)[0]
    page.body = [*page.body.raw_data, live_block(required=False)]
    page.save()
    page = LessonPage.objects.get(pk=page.pk)
    study(learner, page)
    post(learner, page, action="complete")
    assert str(page.translation_key) in services.enrolment_for(teacher, course).done


def test_a_learner_cannot_see_or_change_another_learners_seat(course, learner, lesson, session):
    post(learner, lesson, action="live_register", session=session.pk)
    other, _person = learner_client(course)
    # Their page shows the date to choose, not the first learner's seat.
    assert block_html(other.get(lesson.url)).select_one("[data-live-seat]") is None
    refused = post(other, lesson, action="live_cancel", session=session.pk)
    assert LiveAttendance.objects.count() == 1
    assert said(refused) == "Сіз бұл күнге тіркелмегенсіз."
    with time_machine.travel(session.starts_at, tick=False):
        assert other.get(f"/kk/learn/live/{session.pk}/join/").status_code == 404
    assert LiveAttendance.objects.get().joined_at is None
    # Malformed and unknown ids: a message, never a server error.
    for value in ("", "abc", "-1", "99999999"):
        response = post(other, lesson, action="live_register", session=value)
        assert response.status_code == 302 and said(response)
    assert other.get("/kk/learn/live/99999999/join/").status_code == 404
    assert Client().get(f"/kk/learn/live/{session.pk}/join/").status_code == 302  # to sign in


def test_a_session_of_another_lesson_cannot_be_taken_from_this_one(course, learner, lesson):
    elsewhere = lessons(course)[1]
    stray = LiveSessionFactory(lesson=elsewhere, block_id=block_id(lesson))
    response = post(learner, lesson, action="live_register", session=stray.pk)
    assert said(response) and LiveAttendance.objects.count() == 0


def test_staff_without_the_permission_are_refused_the_register_and_the_list(
    desk, learner, lesson, session
):
    post(learner, lesson, action="live_register", session=session.pk)
    desk.force_login(staff(roles.MODERATORS))
    for url in (register_url(session), "/admin/live_sessions/", "/admin/live_sessions/new/"):
        response = desk.get(url)
        assert response.status_code in (302, 403), url
    with time_machine.travel(session.starts_at + timedelta(minutes=95), tick=False):
        row = LiveAttendance.objects.get()
        desk.post(register_url(session), {f"present-{row.pk}": "yes"})
    assert LiveAttendance.objects.get().present is None
    desk.force_login(UserFactory())  # a learner, not staff at all
    assert desk.get(register_url(session)).status_code in (302, 403)


def test_methodologists_schedule_a_session_in_the_admin(client, lesson):
    client.force_login(staff())
    listing = client.get("/admin/live_sessions/")
    assert listing.status_code == 200
    form = client.get("/admin/live_sessions/new/")
    assert form.status_code == 200
    choice = f"{lesson.translation_key}:{block_id(lesson)}"
    assert choice in form.content.decode()
    response = client.post(
        "/admin/live_sessions/new/",
        {
            "block": choice,
            "starts_at": "2030-03-05 15:00",
            "minutes": "",
            "language": "ru",
            "meeting_url": "https://zoom.example.kz/j/123",
            "facilitator": "",
            "capacity": "25",
            "status": "scheduled",
        },
    )
    assert response.status_code == 302, response.context["form"].errors
    session = LiveSession.objects.get()
    assert (session.lesson_key, session.block_id) == (lesson.translation_key, block_id(lesson))
    assert session.minutes == 90  # the block's length
    assert timezone.localtime(session.starts_at).strftime("%H:%M") == "15:00"


def test_a_past_session_never_says_scheduled(desk, learner, lesson, session):
    """In the admin's list, on the register and on the lesson page: once its
    time has passed a session is "not marked yet" until its register is
    saved, then "held"."""
    post(learner, lesson, action="live_register", session=session.pk)
    desk.force_login(staff())  # the admin in Kazakh, the staff member's language

    def listing_status():
        html = BeautifulSoup(desk.get("/admin/live_sessions/").content, "html.parser")
        return html.select_one("table tbody tr").get_text(" ", strip=True)

    assert "Жоспарланған" in listing_status()  # ahead: scheduled
    with time_machine.travel(session.ends_at + timedelta(hours=1), tick=False):
        assert "Жоспарланған" not in listing_status()
        assert "Әлі белгіленбеген" in listing_status()
        register = desk.get(register_url(session)).content.decode()
        assert "Әлі белгіленбеген" in register and "Жоспарланған" not in register
        mark = block_html(learner.get(lesson.url)).select_one("[data-live-mark]")
        assert "әлі белгіленбеген" in mark.get_text()
        row = LiveAttendance.objects.get()
        desk.post(register_url(session), {f"present-{row.pk}": "no"})
        assert "Өтті" in listing_status()
        mark = block_html(learner.get(lesson.url)).select_one("[data-live-mark]")
        assert "«қатыспады» деп белгіленді" in mark.get_text()


def test_the_register_costs_the_same_queries_for_more_learners(
    client, course, lesson, session, django_assert_max_num_queries
):
    def add_learners(count):
        for _ in range(count):
            enrolment = services.enroll(UserFactory(), course)
            LiveAttendance.objects.create(
                session=session, enrolment=enrolment, registered_at=timezone.now()
            )

    client.force_login(staff())
    add_learners(2)
    with time_machine.travel(session.starts_at + timedelta(minutes=95), tick=False):
        client.get(register_url(session))
        with CaptureQueriesContext(connection) as few:
            assert client.get(register_url(session)).status_code == 200
        add_learners(10)
        with django_assert_max_num_queries(len(few)):
            response = client.get(register_url(session))
    assert len(response.context["rows"]) == 12


def test_the_policy_adds_the_required_live_minutes(course, lesson):
    # The lesson asks 1 minute on the page; its live session 90 more, off the page.
    assert policy.item_minutes(course, lesson) == 1 + 90
    assert policy.evidence(course).minutes == 9 + 90
    CoursePage.objects.filter(pk=course.pk).update(evidence_live=False)
    assert policy.evidence(CoursePage.objects.get(pk=course.pk)).minutes == 9
    CoursePage.objects.filter(pk=course.pk).update(evidence_live=True)
    optional = live_block(required=False)
    lesson.body = [*LessonPage.objects.get(pk=lesson.pk).body.raw_data[:-1], optional]
    lesson.save()
    assert policy.evidence(CoursePage.objects.get(pk=course.pk)).minutes == 9


def test_old_lessons_and_the_course_page_render_without_dates(learner, course, lesson):
    assert learner.get(lessons(course)[1].url).status_code in (200, 302)
    page = learner.get(lesson.url)
    assert "data-live-session" in page.content.decode()
    assert block_html(page).select_one("form") is None  # no date scheduled yet
    assert learner.get(course.url).status_code == 200


def test_the_refusal_to_complete_reads_in_each_language(learner, teacher, course, lesson):
    enrolment = services.enrolment_for(teacher, course)
    expected = {
        "kk": "Алдымен сабақтың онлайн сабағына қатысыңыз",
        "ru": "Сначала посетите онлайн-занятие урока",
        "en": "Attend the lesson's live session first",
    }
    for language, start in expected.items():
        with translation.override(language), pytest.raises(services.LearningError) as refused:
            refuse_unless_attended(enrolment, lesson)
        assert str(refused.value).startswith(start)


def test_opening_the_register_leaves_one_audit_record(desk, course, learner, lesson, session):
    from audit.models import AccessRecord

    other, _person = learner_client(course)
    post(learner, lesson, action="live_register", session=session.pk)
    post(other, lesson, action="live_register", session=session.pk)
    facilitator = staff()
    desk.force_login(facilitator)
    assert desk.get(register_url(session)).status_code == 200
    record = AccessRecord.objects.get()
    registered = sorted(LiveAttendance.objects.values_list("enrolment__user_id", flat=True))
    assert (record.what, record.rows, record.actor_id, record.role) == (
        AccessRecord.What.LIVE_REGISTER,
        2,
        facilitator.pk,
        roles.METHODOLOGISTS,
    )
    assert sorted(record.subjects.values_list("user_id", flat=True)) == registered
