"""Authoring in the Wagtail admin: hours summary, review workflow, scheduled
publishing, and translation of the whole course with wagtail-localize."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.models import Locale, Page

from courses import services
from courses.models import AssessmentPage, CoursePage, LessonPage
from courses.outline import get_outline
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def staff(group_name, **fields):
    user = UserFactory(role="", school=None, **fields)
    user.groups.add(Group.objects.get(name=group_name))
    return user


def test_admin_shows_hours_and_warns_when_they_differ(client, course):
    client.force_login(staff("Methodologists"))
    page = client.get(f"/admin/pages/{course.pk}/edit/").content.decode()
    assert "help-info" in page and "16" in page
    course.declared_hours = 80
    course.save_revision().publish()
    page = client.get(f"/admin/pages/{course.pk}/edit/").content.decode()
    assert "help-warning" in page


def test_methodologist_submits_and_moderator_publishes(course):
    methodologist = staff("Methodologists")
    moderator = staff("Moderators")
    lesson = LessonPage.objects.descendant_of(course).first()
    assert lesson.permissions_for_user(methodologist).can_edit()
    assert not lesson.permissions_for_user(methodologist).can_publish()
    assert lesson.permissions_for_user(moderator).can_publish()

    lesson.title = "Жаңа атау"
    revision = lesson.save_revision(user=methodologist)
    workflow = lesson.get_workflow()
    assert workflow is not None
    state = workflow.start(lesson, methodologist)
    task_state = state.current_task_state
    assert not task_state.task.specific.user_can_access_editor(lesson, methodologist) or (
        "approve" not in [a[0] for a in task_state.task.specific.get_actions(lesson, methodologist)]
    )
    task_state.task.specific.on_action(task_state, moderator, "approve")
    lesson.refresh_from_db()
    assert lesson.live_revision_id == revision.pk
    assert lesson.title == "Жаңа атау"


def test_scheduled_publishing(course, home):
    lesson = LessonPage.objects.descendant_of(course).first()
    lesson.save_revision().publish()  # live through a revision, as the admin publishes
    lesson.refresh_from_db()
    lesson.title = "Кейін жарияланады"
    lesson.go_live_at = timezone.now() + timedelta(days=1)
    lesson.save_revision().publish()
    lesson.refresh_from_db()
    assert lesson.title != "Кейін жарияланады"  # still the old, live title
    from django.core.management import call_command

    call_command("publish_scheduled", verbosity=0)
    lesson.refresh_from_db()
    assert lesson.title != "Кейін жарияланады"  # not due yet
    from unittest import mock

    later = timezone.now() + timedelta(days=2)
    with mock.patch("django.utils.timezone.now", return_value=later):
        call_command("publish_scheduled", verbosity=0)
    lesson.refresh_from_db()
    assert lesson.title == "Кейін жарияланады"


def test_the_whole_course_is_translated_with_wagtail_localize(client, course, home, teacher):
    client.force_login(UserFactory(is_superuser=True, is_staff=True, school=None))
    ru = Locale.objects.get(language_code="ru")
    client.post(f"/admin/localize/submit/page/{home.pk}/", {"locales": [ru.pk]})
    response = client.post(
        f"/admin/localize/submit/page/{course.pk}/", {"locales": [ru.pk], "include_subtree": "on"}
    )
    assert response.status_code == 302
    source_pages = Page.objects.descendant_of(course, inclusive=True)
    for page in source_pages:
        assert page.get_translations().filter(locale=ru).exists(), page.title
    ru_course = CoursePage.objects.get(locale=ru, translation_key=course.translation_key)
    ru_test = AssessmentPage.objects.filter(locale=ru).first()
    kk_test = AssessmentPage.objects.get(
        locale=course.locale, translation_key=ru_test.translation_key
    )
    # Question ids survive translation, so attempts mean the same in every language.
    assert [b.id for b in ru_test.questions] == [b.id for b in kk_test.questions]

    # A teacher enrolled in Kazakh keeps one enrolment and one progress in Russian.
    enrolment = services.enroll(teacher, course)
    for page in Page.objects.descendant_of(ru_course, inclusive=True):
        page.specific.save_revision().publish()
    ru_lesson = LessonPage.objects.filter(locale=ru).order_by("path").first()
    assert services.enrolment_for(teacher, ru_course) == enrolment
    outline = get_outline(ru_course)
    assert outline.items[0].key == str(ru_lesson.translation_key)
