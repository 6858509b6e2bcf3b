"""Browser journeys against the live server (Chromium's launch, the browser
mark and the Content-Security-Policy watch are in tests/conftest.py, as the
acceptance package drives a browser too)."""

from datetime import timedelta

import pytest
from django.utils import timezone

TEACHER = "one-lesson@example.kz"
FACTORY_PASSWORD = "correct-horse-battery"  # every UserFactory person's


@pytest.fixture
def one_lesson(migrated_data, settings):
    """A course of one lesson asking 15 minutes of study, ``TEACHER``
    enrolled in it; the page beats every second."""
    from courses import services
    from courses.models import LessonPage
    from tests.course_fixtures import tiny_course
    from tests.factories import HomePageFactory, UserFactory, course_tree

    settings.COURSES_HEARTBEAT_SECONDS = 1
    data = tiny_course(modules=1, lessons_per_module=1, slug="one-lesson")
    data["modules"][0]["lessons"][0]["min_active_minutes"] = 15
    course = course_tree(HomePageFactory(slug="home-one-lesson"), data)
    services.enroll(UserFactory(email=TEACHER, role="teacher"), course)
    return LessonPage.objects.descendant_of(course).get()


def sign_in(page, base_url, email, password=FACTORY_PASSWORD):
    """Through the Kazakh sign-in form, as a person would."""
    page.goto(f"{base_url}/kk/accounts/login/")
    page.get_by_label("Электрондық пошта").fill(email)
    page.get_by_label("Құпия сөз").fill(password)
    page.get_by_role("button", name="Кіру").click()


@pytest.fixture
def live_url(live_server):
    return live_server.url


class Clock:
    """Time that passes at once for the page and the server alike.

    ``hold()`` stops the page's ``Date`` and timers (Playwright's clock); each
    ``run_for(seconds)`` moves them on and the server's ``timezone.now`` by
    the same amount. The server keeps its rules: a heartbeat still adds only
    the time that passed since the one before, at most the cap."""

    def __init__(self, page, monkeypatch):
        self.page = page
        self.passed = timedelta()
        real_now = timezone.now
        monkeypatch.setattr(timezone, "now", lambda: real_now() + self.passed)

    def hold(self):
        now = timezone.now()
        self.page.clock.install(time=now)
        self.page.clock.pause_at(now)

    def run_for(self, seconds):
        self.passed += timedelta(seconds=seconds)
        self.page.clock.run_for(seconds * 1000)

    def resume(self):
        self.page.clock.resume()


@pytest.fixture
def clock(page, monkeypatch):
    return Clock(page, monkeypatch)


def axe_violations(page):
    """Run axe-core (shipped inside axe-playwright-python) for WCAG 2.1 AA."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(
        page,
        options={
            "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}
        },
    )
    return results.response["violations"]


@pytest.fixture
def webinar_academy(migrated_data, live_server, settings, fake_bbb):
    """A Parents' Academy session held on the fake BigBlueButton server
    (``fake_bbb``), started a minute ago for an hour, with two parents who have
    accounts and seats and the school's coordinator. The live server is
    SITE_URL, so BigBlueButton's end callback reaches it over real HTTP.

    Returns a dict: ``session``, ``parents`` (``aigerim``, ``bolat``: their
    registrations, e-mails ``<name>@example.kz``), ``coordinator``, ``fake``."""
    from django.contrib.auth.models import Group

    from academy.models import ProgrammePage, TopicPage
    from tests.factories import (
        HomePageFactory,
        RegistrationFactory,
        SchoolFactory,
        SessionFactory,
        UserFactory,
    )
    from users.roles import SCHOOL_COORDINATORS

    settings.SITE_URL = live_server.url
    home = HomePageFactory(title="Bilim", slug="home-webinar")
    programme = home.add_child(
        instance=ProgrammePage(title="Parents' Academy", slug="parents", required_sessions=2)
    )
    topic = programme.add_child(instance=TopicPage(title="Signs of bullying", slug="bullying"))
    school = SchoolFactory(name_en="School-lyceum No. 7")
    session = SessionFactory(
        school=school,
        topic=topic,
        format="online",
        meeting_url="",
        webinar_server="fake",
        room="",
        starts_in=-timedelta(minutes=1),
        minutes=60,
        capacity=30,
        facilitator="Gulnar Nurlanova",
    )
    parents = {}
    for key, first, last in (("aigerim", "Aigerim", "Seitova"), ("bolat", "Bolat", "Yerzhanov")):
        user = UserFactory(
            email=f"{key}@example.kz",
            role="parent",
            school=school,
            first_name=first,
            last_name=last,
            patronymic="",
            preferred_language="en",
        )
        parents[key] = RegistrationFactory(
            session=session, user=user, email=user.email, name=f"{last} {first}"
        )
    coordinator = UserFactory(email="coordinator@example.kz", role="", school=school)
    coordinator.groups.add(Group.objects.get(name=SCHOOL_COORDINATORS))
    return {"session": session, "parents": parents, "coordinator": coordinator, "fake": fake_bbb}


def follow_at(session, minutes):
    """One beat of ``webinars.tasks.follow_meetings`` at ``minutes`` after the
    session's start: simulated time, no waiting."""
    from webinars import tasks

    return tasks.follow_meetings(now=session.starts_at + timedelta(minutes=minutes))
