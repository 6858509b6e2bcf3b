"""Parents' Academy: programme and topic pages, sessions, registrations and
attendance marks. A session starts two days from now unless told otherwise."""

from datetime import timedelta

import factory
import wagtail_factories
from django.utils import timezone

from academy.models import Attendance, ProgrammePage, Registration, Session, TopicPage

from .people import SchoolFactory


class ProgrammePageFactory(wagtail_factories.PageFactory):
    """``parent``: the home page."""

    class Meta:
        model = ProgrammePage

    title = "Ата-аналар академиясы"
    slug = factory.Sequence(lambda n: f"ata-analar-{n}")
    intro = "Кіріспе"
    required_sessions = 2


class TopicPageFactory(wagtail_factories.PageFactory):
    """``parent``: a programme page."""

    class Meta:
        model = TopicPage

    title = factory.Sequence(lambda n: f"Тақырып {n}")
    slug = factory.Sequence(lambda n: f"topic-{n}")
    materials = factory.LazyFunction(
        lambda: [{"type": "paragraph", "value": "<p>Баланы тыңдаңыз.</p>"}]
    )


class SessionFactory(factory.django.DjangoModelFactory):
    """``topic`` is required (a live topic page); ``starts_in`` shifts the start from now."""

    class Meta:
        model = Session

    class Params:
        starts_in = timedelta(days=2)
        minutes = 90

    school = factory.SubFactory(SchoolFactory)
    topic = None
    topic_key = factory.LazyAttribute(lambda session: session.topic.translation_key)
    programme_key = factory.LazyAttribute(
        lambda session: session.topic.get_parent().translation_key
    )
    format = Session.Format.BOTH
    meeting_url = "https://meet.example.kz/room-1"
    room = "Акт залы"
    starts_at = factory.LazyAttribute(lambda session: timezone.now() + session.starts_in)
    ends_at = factory.LazyAttribute(
        lambda session: session.starts_at + timedelta(minutes=session.minutes)
    )
    capacity = 2
    facilitator = "Нұрланова Гүлнар"


class RegistrationFactory(factory.django.DjangoModelFactory):
    """A confirmed guest's seat unless ``user`` or ``status`` say otherwise."""

    class Meta:
        model = Registration

    session = factory.SubFactory(SessionFactory)
    user = None
    name = "Ата-ана"
    email = factory.Sequence(lambda n: f"parent{n}@example.kz")
    status = Registration.Status.CONFIRMED


class AttendanceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Attendance

    registration = factory.SubFactory(RegistrationFactory)
    mark = Attendance.Mark.PRESENT
    source = Attendance.Source.COORDINATOR
    marked_at = factory.LazyFunction(timezone.now)
