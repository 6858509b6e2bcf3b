"""A programme of three topics (one translated into Russian), its
certificate template, two schools, a coordinator of the first, and
``make_session`` for sessions relative to now, all through tests.factories."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.utils import translation
from wagtail.models import Locale

from tests.factories import (
    CertificateTemplateFactory,
    ProgrammePageFactory,
    SchoolFactory,
    SessionFactory,
    TopicPageFactory,
    UserFactory,
)
from users.roles import SCHOOL_COORDINATORS


@pytest.fixture(autouse=True)
def _english():
    """Each test starts in English, the language of the message ids, so that
    assertions on messages hold whatever the catalogues say; a request in
    another language leaves its language active, which changes ``reverse()``."""
    translation.activate("en")
    yield
    translation.activate("en")


@pytest.fixture
def programme(home):
    return ProgrammePageFactory(
        parent=home, title="Ата-аналар академиясы", slug="ata-analar", required_sessions=2
    )


@pytest.fixture
def topics(programme):
    """Three live topics; the programme and the first topic also in Russian."""
    titles = ["Әлеуметтік желілер", "Буллинг", "Заңды жауапкершілік"]
    pages = [
        TopicPageFactory(parent=programme, title=t, slug=f"t{n}") for n, t in enumerate(titles)
    ]
    ru = Locale.objects.get(language_code="ru")
    for page, title in ((programme, "Академия родителей"), (pages[0], "Соцсети")):
        copy = page.copy_for_translation(ru, copy_parents=True)
        copy.title = title
        copy.live = True
        copy.save()
    return pages


@pytest.fixture
def topic(topics):
    return topics[0]


@pytest.fixture
def template(programme):
    return CertificateTemplateFactory(
        name="Academy",
        programme_key=str(programme.translation_key),
        number_prefix="АА-{year}-",
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
        fields.setdefault("school", school)
        return SessionFactory(topic=topic, starts_in=starts_in, minutes=minutes, **fields)

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
