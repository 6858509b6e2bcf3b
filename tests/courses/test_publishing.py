"""The admin refuses to publish hours that do not add up: a lesson that would
take a course past its declared hours, or a course page declaring fewer hours
than its lessons hold. The draft is kept; the live pages do not change."""

from decimal import Decimal

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.contrib.messages import get_messages
from wagtail.test.utils.form_data import nested_form_data, streamfield

from courses.models import CoursePage, LessonPage
from tests.course_fixtures import lessons
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin(client):
    client.force_login(UserFactory(role="", school=None, is_staff=True, is_superuser=True))
    return client


def form_data(client, url):
    """What a browser would post from the page form at ``url`` (edit or
    add), untouched, with an empty body."""
    form = BeautifulSoup(client.get(url).content, "html.parser").find("form", id="page-edit-form")
    data = {}
    for field in form.find_all(["input", "select", "textarea"]):
        name = field.get("name")
        if not name or field.get("type") in ("submit", "button", "file"):
            continue
        if field.get("type") == "checkbox":
            if field.has_attr("checked"):
                data[name] = field.get("value", "on")  # as a browser sends it
            continue
        if field.name == "select":
            chosen = field.find("option", selected=True)
            data[name] = chosen["value"] if chosen else ""
        elif field.name == "textarea":
            data[name] = field.text
        else:
            data[name] = field.get("value", "")
    data.update(nested_form_data({"body": streamfield([])}))
    return data


def publish(client, page, **changes):
    """Post the page's own edit form, with ``changes``, as "Publish"."""
    url = f"/admin/pages/{page.pk}/edit/"
    data = form_data(client, url)
    data.update({key: str(value) for key, value in changes.items()})
    data["action-publish"] = "action-publish"
    response = client.post(url, data)
    return response, [str(message) for message in get_messages(response.wsgi_request)]


def test_a_lesson_that_would_exceed_the_declared_hours_is_not_published(admin, course):
    lesson = lessons(course)[0]
    assert course.declared_hours == 8 and lesson.hours == 2
    response, said = publish(admin, lesson, hours="2.5")
    assert response.status_code == 302 and response["Location"].endswith(f"/{lesson.pk}/edit/")
    assert any("Жарияланбады" in text and "8,5" in text for text in said), said
    lesson = LessonPage.objects.get(pk=lesson.pk)
    assert lesson.hours == 2  # the live page is unchanged ...
    assert lesson.get_latest_revision_as_object().hours == Decimal("2.5")  # ... the draft kept


def test_a_course_page_cannot_declare_fewer_hours_than_it_holds(admin, course):
    response, said = publish(admin, course, declared_hours="7")
    assert any("Жарияланбады" in text for text in said), said
    assert CoursePage.objects.get(pk=course.pk).declared_hours == 8


def test_a_course_is_extended_by_raising_its_hours_first(admin, course):
    # The tiny course has minutes of evidence, not hours: no share asked here.
    _response, said = publish(admin, course, declared_hours="10", evidence_percent="0")
    assert any("10 академиялық сағат ішінен 8" in text for text in said), said
    assert CoursePage.objects.get(pk=course.pk).declared_hours == 10
    lesson = lessons(course)[0]
    _response, said = publish(admin, lesson, hours="4")
    assert not any("Жарияланбады" in text or "ішінен" in text for text in said), said
    assert LessonPage.objects.get(pk=lesson.pk).hours == 4


def test_publications_scheduled_for_later_count_too(admin, course):
    """A lesson scheduled to go live next week and a change published today
    must not add up, together, past the declared hours (the scheduled one is
    published later by ``publish_scheduled``, which no hook can refuse)."""
    from datetime import timedelta

    from django.core.management import call_command
    from django.utils import timezone

    from tests.factories import LessonPageFactory

    _response, said = publish(admin, course, declared_hours="10", evidence_percent="0")
    module = lessons(course)[0].get_parent()
    later = LessonPageFactory(parent=module, slug="later", hours=2, live=False)
    later.go_live_at = timezone.now() + timedelta(days=7)
    later.save_revision().publish()  # scheduled: not live yet
    assert not LessonPage.objects.get(pk=later.pk).live
    # 8 live + 2 scheduled = 10: lengthening a live lesson by 2 would make 12.
    lesson = lessons(course)[1]
    _response, said = publish(admin, lesson, hours="4")
    assert any("Жарияланбады" in text and "12" in text for text in said), said
    assert LessonPage.objects.get(pk=lesson.pk).hours == 2
    # Within the hours it goes through, and the scheduled lesson goes live later.
    _response, said = publish(admin, lesson, hours="2")
    assert not any("Жарияланбады" in text for text in said), said
    with time_machine.travel(timezone.now() + timedelta(days=8)):
        call_command("publish_scheduled")
    assert LessonPage.objects.get(pk=later.pk).live
