"""The demo: a programme of six or more topics in three languages, its
certificate template, and sessions past and future in three schools."""

from io import StringIO

import pytest
from django.utils import timezone

import academy.demo
import content.demo
import directory.demo
import users.demo
from academy import attendance
from academy.models import Attendance, ProgrammePage, Registration, Session, TopicPage
from certificates.models import CertificateTemplate
from tests.module_data import rolled_back

# One xdist worker for the module: its data is built once.
pytestmark = [pytest.mark.django_db, pytest.mark.xdist_group(__name__)]


@pytest.fixture(scope="module")
def seeded(django_db_setup, django_db_blocker):
    """Seeded once for the module (``tests.module_data``)."""
    out = StringIO()
    with django_db_blocker.unblock(), rolled_back():
        directory.demo.seed(out)
        content.demo.seed(out)
        users.demo.seed(out)
        academy.demo.seed(out)
        yield out


def counts():
    return [
        model.objects.count()
        for model in (ProgrammePage, TopicPage, Session, Registration, Attendance)
    ]


def test_programme_topics_and_template_in_three_languages(seeded):
    programme = ProgrammePage.objects.get(locale__language_code="kk")
    for code in ("kk", "ru", "en"):
        topics = TopicPage.objects.live().filter(locale__language_code=code)
        assert topics.count() >= 6
        assert all(topic.materials for topic in topics)
    assert ProgrammePage.objects.filter(translation_key=programme.translation_key).count() == 3
    assert CertificateTemplate.objects.filter(programme_key=str(programme.translation_key)).exists()


def test_sessions_in_several_schools_past_and_future(seeded):
    now = timezone.now()
    assert Session.objects.values("school").distinct().count() >= 3
    for school_id in Session.objects.values_list("school", flat=True).distinct():
        sessions = Session.objects.filter(school_id=school_id)
        assert sessions.filter(starts_at__lt=now).exists()
        assert sessions.filter(starts_at__gt=now).exists()
    assert Session.objects.filter(status="cancelled").exists()


def test_the_demo_parent_and_coordinator_fit_together(seeded):
    parent = users.demo.person("parent")
    coordinator = users.demo.person("coordinator")
    registrations = Registration.objects.filter(user=parent)
    assert registrations.exists()
    assert {r.session.school_id for r in registrations} == {coordinator.school_id}
    key = registrations.first().session.programme_key
    progress = attendance.progress(parent.email, key)
    assert progress["attended"] == 3 and progress["required"] == 4


def test_seed_is_idempotent(seeded):
    before = counts()
    academy.demo.seed(StringIO())
    assert counts() == before
