"""A programme of three topics (one translated into Russian), its
certificate template, two schools, a coordinator of the first, and a
``make_session`` factory for sessions relative to now."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone, translation
from wagtail.models import Locale

from academy.models import ProgrammePage, Session, TopicPage
from certificates.demo import ORGANISATION, TEXT
from certificates.models import CertificateTemplate
from tests.factories import SchoolFactory, UserFactory
from users.roles import SCHOOL_COORDINATORS


@pytest.fixture(autouse=True)
def _english():
    """Each test starts in English, the language of the message ids, so that
    assertions on messages hold whatever the catalogues say; a request in
    another language leaves its language active, which changes ``reverse()``."""
    translation.activate("en")
    yield
    translation.activate("en")


BODY = [{"type": "paragraph", "value": "<p>Баланы тыңдаңыз.</p>"}]


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.fixture
def programme(home):
    page = home.add_child(
        instance=ProgrammePage(
            title="Ата-аналар академиясы", slug="ata-analar", required_sessions=2, intro="Кіріспе"
        )
    )
    return publish(page)


@pytest.fixture
def topics(programme):
    titles = ["Әлеуметтік желілер", "Буллинг", "Заңды жауапкершілік"]
    pages = [
        publish(programme.add_child(instance=TopicPage(title=t, slug=f"t{n}", materials=BODY)))
        for n, t in enumerate(titles)
    ]
    ru = Locale.objects.get(language_code="ru")
    programme_ru = programme.copy_for_translation(ru, copy_parents=True)
    programme_ru.title = "Академия родителей"
    programme_ru.save()
    publish(programme_ru)
    copy = pages[0].copy_for_translation(ru)
    copy.title = "Соцсети"
    copy.save()
    publish(copy)
    return pages


@pytest.fixture
def topic(topics):
    return topics[0]


@pytest.fixture
def template(programme):
    return CertificateTemplate.objects.create(
        name="Academy",
        programme_key=str(programme.translation_key),
        number_prefix="АА-{year}-",
        **{f"text_{code}": text for code, text in TEXT.items()},
        **{f"organisation_{code}": text for code, text in ORGANISATION.items()},
    )


@pytest.fixture
def school(db):
    return SchoolFactory(code="SCH-A")


@pytest.fixture
def other_school(db):
    return SchoolFactory(code="SCH-B")


@pytest.fixture
def make_session(school, topic):
    """A session starting ``starts_in`` from now (negative: already started)."""

    def make(starts_in=timedelta(days=2), minutes=90, topic=topic, **fields):
        starts = timezone.now() + starts_in
        values = {
            "school": school,
            "topic": topic,
            "topic_key": topic.translation_key,
            "programme_key": topic.get_parent().translation_key,
            "format": Session.Format.BOTH,
            "meeting_url": "https://meet.example.kz/room-1",
            "room": "Акт залы",
            "starts_at": starts,
            "ends_at": starts + timedelta(minutes=minutes),
            "capacity": 2,
            "facilitator": "Нұрланова Гүлнар",
            **fields,
        }
        return Session.objects.create(**values)

    return make


@pytest.fixture
def session(make_session):
    return make_session()


@pytest.fixture
def coordinator(school):
    user = UserFactory(email="coordinator@example.kz", role="", school=school)
    user.groups.add(Group.objects.get(name=SCHOOL_COORDINATORS))
    return user


@pytest.fixture
def coordinator_client(client, coordinator):
    client.force_login(coordinator)
    return client


@pytest.fixture
def parent(school):
    return UserFactory(
        email="parent@example.kz",
        role="parent",
        school=school,
        last_name="Жұмабекова",
        first_name="Айгүл",
        patronymic="",
        preferred_language="ru",
    )


@pytest.fixture
def on_commit(django_capture_on_commit_callbacks):
    """Run what ``transaction.on_commit`` queued (letters, certificates) in
    tests that never commit."""

    def run():
        return django_capture_on_commit_callbacks(execute=True)

    return run
