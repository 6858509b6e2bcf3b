"""Moderation keeps the hours rule of the page editor: a methodologist submits
a lesson, and the moderator's approval that would take the course past its
declared hours requests changes instead, with both figures; the moderator is
told why. An approval within the hours publishes, with the editor's warnings."""

from decimal import Decimal

import pytest
from django.contrib.auth.models import Group
from django.contrib.messages import get_messages
from wagtail.models import (
    GroupApprovalTask,
    Page,
    TaskState,
    Workflow,
    WorkflowPage,
    WorkflowState,
    WorkflowTask,
)

from courses import policy
from courses.models import HoursApprovalTask, LessonPage, ModulePage
from tests.courses.test_publishing import form_data
from tests.factories import UserFactory
from users.roles import METHODOLOGISTS, MODERATORS

pytestmark = pytest.mark.django_db


def staff(group_name):
    user = UserFactory(role="", school=None)
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def workflow(course):
    """The course's own review: one hours-checked approval by the moderators."""
    task = HoursApprovalTask.objects.create(name="Сағаттарды тексеру")
    task.groups.add(Group.objects.get(name=MODERATORS))
    review = Workflow.objects.create(name="Курсты тексеру")
    WorkflowTask.objects.create(workflow=review, task=task, sort_order=0)
    WorkflowPage.objects.create(workflow=review, page=course)
    return review


def submit_new_lesson(client, course, hours):
    """The methodologist's "Submit for moderation" of a new lesson in the
    course's first module; the lesson as saved (not live)."""
    module = ModulePage.objects.descendant_of(course).order_by("path").first()
    url = f"/admin/pages/add/courses/lessonpage/{module.pk}/"
    data = form_data(client, url)
    data.update(title="Жаңа сабақ", slug="new-lesson", hours=str(hours), min_active_minutes="1")
    data["action-submit"] = "action-submit"
    response = client.post(url, data)
    assert response.status_code == 302, response.content[-3000:]
    return LessonPage.objects.get(slug="new-lesson")


def approve(client, lesson, **headers):
    """The moderator's "Approve" POST to Wagtail's workflow action URL, and
    the messages shown on the page it leads to."""
    task_state = lesson.current_workflow_task_state
    url = f"/admin/pages/workflow/action/{lesson.pk}/approve/{task_state.pk}/"
    response = client.post(url, {"comment": ""}, follow=True, **headers)
    return response, [str(message) for message in get_messages(response.wsgi_request)]


def test_the_demo_moderation_uses_the_hours_check():
    # wagtailcore's default workflow on the root, converted by courses' 0006.
    (task,) = Workflow.objects.get(workflow_pages__page__depth=1).tasks.specific()
    assert isinstance(task, HoursApprovalTask)
    assert list(task.groups.values_list("name", flat=True)) == [MODERATORS]
    assert not GroupApprovalTask.objects.filter(active=True).exclude(pk=task.pk).exists()


def test_an_approval_past_the_declared_hours_requests_changes(client, course, workflow):
    client.force_login(staff(METHODOLOGISTS))
    lesson = submit_new_lesson(client, course, "2.5")
    assert not lesson.live and lesson.get_workflow() == workflow
    assert lesson.current_workflow_task.specific.__class__ is HoursApprovalTask

    client.force_login(staff(MODERATORS))
    response, said = approve(client, lesson)
    assert response.redirect_chain[-1][0] == f"/admin/pages/{lesson.pk}/edit/"
    assert any("Жарияланбады" in text and "10,5" in text and "8 " in text for text in said), said
    lesson.refresh_from_db()
    assert not lesson.live
    assert policy.evidence(course).hours == 8  # the course did not become 10.5 hours
    state = WorkflowState.objects.get(workflow=workflow)
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert state.current_task_state.status == TaskState.STATUS_REJECTED
    assert "10,5" in state.current_task_state.comment  # what the methodologist reads


def test_the_methodologist_reads_both_figures_in_the_history(client, course, workflow):
    methodologist = staff(METHODOLOGISTS)
    client.force_login(methodologist)
    lesson = submit_new_lesson(client, course, "2.5")
    client.force_login(staff(MODERATORS))
    approve(client, lesson)
    client.force_login(methodologist)
    state = WorkflowState.objects.get(workflow=workflow)
    history = client.get(f"/admin/pages/{lesson.pk}/workflow_history/detail/{state.pk}/")
    assert "10,5" in history.content.decode()


def test_an_approval_within_the_hours_publishes_with_the_warnings(client, course, workflow):
    course.declared_hours = Decimal("12")
    course.save_revision().publish()
    client.force_login(staff(METHODOLOGISTS))
    lesson = submit_new_lesson(client, course, "2.5")

    client.force_login(staff(MODERATORS))
    _response, said = approve(client, lesson)
    assert not any("Жарияланбады" in text for text in said), said
    assert any("10,5" in text and "12" in text for text in said), said  # below the declared
    lesson.refresh_from_db()
    assert lesson.live and lesson.hours == Decimal("2.5")
    assert policy.evidence(course).hours == Decimal("10.5")


def test_a_refused_lesson_goes_through_once_the_course_is_raised(client, course, workflow):
    methodologist = staff(METHODOLOGISTS)
    moderator = staff(MODERATORS)
    client.force_login(methodologist)
    lesson = submit_new_lesson(client, course, "2.5")
    client.force_login(moderator)
    approve(client, lesson)
    # The way: publish the course page at 10.5 first, then the lesson.
    course.declared_hours = Decimal("10.5")
    course.evidence_percent = 0
    course.save_revision().publish()
    client.force_login(methodologist)
    data = form_data(client, f"/admin/pages/{lesson.pk}/edit/")
    data["action-submit"] = "action-submit"  # "Resubmit"
    client.post(f"/admin/pages/{lesson.pk}/edit/", data)
    client.force_login(moderator)
    _response, said = approve(client, Page.objects.get(pk=lesson.pk))
    assert not any("Жарияланбады" in text or "академиялық" in text for text in said), said
    assert LessonPage.objects.get(pk=lesson.pk).live


def test_the_approval_dialog_leads_to_the_reason(client, course, workflow):
    client.force_login(staff(METHODOLOGISTS))
    lesson = submit_new_lesson(client, course, "2.5")
    client.force_login(staff(MODERATORS))
    task_state = lesson.current_workflow_task_state
    url = f"/admin/pages/workflow/action/{lesson.pk}/approve/{task_state.pk}/"
    answer = client.post(
        url, {"comment": "Жақсы сабақ"}, headers={"x-requested-with": "XMLHttpRequest"}
    )
    assert answer.json()["step"] == "success"
    said = [str(m) for m in get_messages(client.get(answer.json()["redirect"]).wsgi_request)]
    assert any("Жарияланбады" in text for text in said), said
    task_state.refresh_from_db()
    assert task_state.comment.endswith("Жақсы сабақ")  # the moderator's own words kept


def test_approving_from_the_page_editor_is_checked_too(client, course, workflow):
    client.force_login(staff(METHODOLOGISTS))
    lesson = submit_new_lesson(client, course, "2.5")
    client.force_login(staff(MODERATORS))
    url = f"/admin/pages/{lesson.pk}/edit/"
    data = form_data(client, url)
    data.update({"action-workflow-action": "true", "workflow-action-name": "approve"})
    response = client.post(url, data, follow=True)
    said = [str(message) for message in get_messages(response.wsgi_request)]
    assert any("Жарияланбады" in text and "10,5" in text for text in said), said
    assert not LessonPage.objects.get(pk=lesson.pk).live
