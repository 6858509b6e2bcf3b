"""Practical tasks (issue #13): a learner submits a written answer on the
lesson page; "auto" tasks are accepted when long enough and not another
learner's text, "reviewed" ones wait for a reviewer (permission
``courses.review_practicaltask``, held by Methodologists), who accepts or
returns them with a comment; the learner gets one letter per review. A lesson
with tasks is done only once they are accepted; the hours policy counts their
minutes. Everything through HTTP, on the real database."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.contrib.messages import get_messages
from django.core import mail
from django.core.exceptions import ValidationError

from courses import policy, services
from courses.blocks import PracticalTaskBlock
from courses.integrity import flags_for
from courses.models import CoursePage, Enrolment, PracticalSubmission
from courses.outline import get_outline
from courses.tasks import send_review_notice
from tests.course_fixtures import lessons, tiny_course
from tests.courses.test_learning import study
from tests.factories import LessonPageFactory, UserFactory, course_tree
from users.roles import METHODOLOGISTS

pytestmark = pytest.mark.django_db

REVIEW_URL = "/admin/courses/practical-tasks/"
ORIGINAL = "Мектебімізде буллингке қарсы кеңес құрып, ата-аналармен жиналыс өткіземіз."
PLAN = "Сынып сағатында балалармен қауіпсіз интернет туралы әңгімелесемін."


def with_tasks(data):
    """The first lesson of ``data`` gets two tasks: 1 checked automatically
    (5 words, 20 minutes), 2 reviewed (3 words, 40 minutes)."""
    data["modules"][0]["lessons"][0]["body"] += [
        (
            "practical_task",
            {
                "instructions": {
                    "kk": "Жоспар жазыңыз",
                    "ru": "Напишите план",
                    "en": "Write a plan",
                },
                "minutes": 20,
                "min_words": 5,
                "check": "auto",
            },
        ),
        (
            "practical_task",
            {
                "instructions": {"kk": "Сабақ өткізіңіз", "ru": "Проведите урок", "en": "Teach"},
                "minutes": 40,
                "min_words": 3,
                "check": "reviewed",
            },
        ),
    ]
    return data


@pytest.fixture
def course_data():
    return with_tasks(tiny_course())


@pytest.fixture
def lesson(course):
    return lessons(course)[0]


def task_ids(lesson):
    return [block.id for block in lesson.body if block.block_type == "practical_task"]


def said(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


def submit(client, lesson, block_id, text):
    response = client.post(
        lesson.url, {"action": "practical_task", "block_id": block_id, "text": text}
    )
    assert response.status_code == 302 and response["Location"] == lesson.url
    return said(response)


def another_learner(client, course):
    other = UserFactory(preferred_language="ru")
    services.enroll(other, course)
    client.force_login(other)
    return client


def reviewer_client(client):
    user = UserFactory(role="", school=None)
    user.groups.add(Group.objects.get(name=METHODOLOGISTS))
    client.force_login(user)
    return client


def statuses(html):
    soup = BeautifulSoup(html, "html.parser")
    return [tag["data-task-status"] for tag in soup.select("[data-task-status]")]


def test_old_lessons_and_the_task_blocks_render(learner, lesson, course, teacher):
    html = learner.get(lesson.url).content.decode()
    assert statuses(html) == ["none", "none"]
    assert "Жоспар жазыңыз" in html and "Сабақ өткізіңіз" in html
    assert html.count('name="action" value="practical_task"') == 2
    # Stream data from before the block (the other lessons) is valid and reads as it did.
    second = lessons(course)[1]
    second.body.stream_block.clean(second.body)
    Enrolment.objects.filter(user=teacher).update(done=[str(lesson.translation_key)])
    html = learner.get(second.url).content.decode()
    assert "Ойыңыз?" in html and "practical-task" not in html


def test_a_task_needs_its_minutes_and_words():
    block = PracticalTaskBlock()
    value = {"instructions": "<p>Жоспар</p>", "minutes": None, "min_words": 50, "check": "auto"}
    with pytest.raises(ValidationError):
        block.clean(block.to_python(value))
    value["minutes"] = 30
    assert block.clean(block.to_python(value))["minutes"] == 30
    assert block.get_default()["check"] == "reviewed" and block.get_default()["min_words"] == 50


def test_auto_check_accepts_an_original_answer_and_refuses_a_copy(
    learner, client, lesson, course, teacher
):
    auto, _reviewed = task_ids(lesson)
    refused = submit(learner, lesson, auto, "Тым қысқа жауап")
    assert refused and "5" in refused[0] and "3" in refused[0]
    assert not PracticalSubmission.objects.exists()

    submit(learner, lesson, auto, ORIGINAL)
    answer = PracticalSubmission.objects.get()
    assert (answer.status, answer.checking) == ("accepted", "auto")
    assert statuses(learner.get(lesson.url).content.decode())[0] == "accepted"

    other = another_learner(client, course)
    copy = "  " + ORIGINAL.upper().replace(" ", "   ") + "\n"
    refused = submit(other, lesson, auto, copy)
    assert refused and "Жоспар жазыңыз" in refused[0]
    assert PracticalSubmission.objects.count() == 1
    # The refused text comes back in the form, once.
    html = other.get(lesson.url).content.decode()
    assert ORIGINAL.upper().split()[0] in html and statuses(html)[0] == "none"
    assert ORIGINAL.upper().split()[0] not in other.get(lesson.url).content.decode()
    # In their own words: accepted.
    submit(other, lesson, auto, ORIGINAL + " Әр тоқсан сайын.")
    assert PracticalSubmission.objects.filter(status="accepted").count() == 2


def test_bad_input_gets_a_message_never_a_500(learner, lesson, course, teacher):
    auto, reviewed = task_ids(lesson)
    assert submit(learner, lesson, auto, "   ")
    assert submit(learner, lesson, auto, "сөз " * 5001)  # over 10,000 characters
    assert submit(learner, lesson, "no-such-block", ORIGINAL)
    other_lesson = lessons(course)[1]
    reflection = next(b.id for b in lesson.body if b.block_type == "reflection")
    assert submit(learner, lesson, reflection, ORIGINAL)
    response = learner.post(lesson.url, {"action": "practical_task", "text": ORIGINAL})
    assert response.status_code == 302
    # A task of a lesson not unlocked yet is refused too.
    assert learner.post(
        other_lesson.url, {"action": "practical_task", "block_id": reviewed, "text": PLAN}
    ).status_code in (302, 200)
    assert not PracticalSubmission.objects.exists()


def test_a_reviewed_task_blocks_mark_done_until_accepted(
    learner, client, lesson, teacher, django_capture_on_commit_callbacks
):
    auto, reviewed = task_ids(lesson)
    enrolment = Enrolment.objects.get(user=teacher)
    study(enrolment, lesson, 70)
    refused = said(learner.post(lesson.url, {"action": "complete"}))
    assert any("1" in text and "Жоспар жазыңыз" in text for text in refused), refused
    submit(learner, lesson, auto, ORIGINAL)
    refused = said(learner.post(lesson.url, {"action": "complete"}))
    assert any("2" in text and "Сабақ өткізіңіз" in text for text in refused), refused
    submit(learner, lesson, reviewed, PLAN)
    assert statuses(learner.get(lesson.url).content.decode()) == ["accepted", "submitted"]
    refused = said(learner.post(lesson.url, {"action": "complete"}))
    assert any("Сабақ өткізіңіз" in text and "тексерушіні күтуде" in text for text in refused)
    enrolment.refresh_from_db()
    assert enrolment.done == []

    answer = PracticalSubmission.objects.get(block_id=reviewed)
    reviewer = reviewer_client(client)
    assert PLAN in reviewer.get(REVIEW_URL).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        reviewer.post(REVIEW_URL, {"submission": answer.pk, "action": "accept"})
    answer.refresh_from_db()
    assert answer.status == "accepted" and answer.reviewed_at is not None
    assert PLAN not in reviewer.get(REVIEW_URL).content.decode()

    client.force_login(teacher)
    client.post(lesson.url, {"action": "complete"})
    enrolment.refresh_from_db()
    assert enrolment.done == [str(lesson.translation_key)]


def test_returning_needs_a_comment_and_the_learner_sees_it(
    learner, client, lesson, teacher, django_capture_on_commit_callbacks
):
    _auto, reviewed = task_ids(lesson)
    submit(learner, lesson, reviewed, PLAN)
    answer = PracticalSubmission.objects.get()
    reviewer = reviewer_client(client)
    with django_capture_on_commit_callbacks(execute=True):
        response = reviewer.post(
            REVIEW_URL, {"submission": answer.pk, "action": "return", "comment": "  "}
        )
    assert response.status_code == 302 and said(response)
    answer.refresh_from_db()
    assert answer.status == "submitted" and not mail.outbox
    comment = "Мысал келтіріңіз: қай сынып, қандай тақырып?"
    with django_capture_on_commit_callbacks(execute=True):
        reviewer.post(REVIEW_URL, {"submission": answer.pk, "action": "return", "comment": comment})
    answer.refresh_from_db()
    assert answer.status == "returned" and answer.comment == comment

    client.force_login(teacher)
    html = client.get(lesson.url).content.decode()
    assert statuses(html) == ["none", "returned"]
    assert "Тексеруші түзетуге қайтарды." in html and "Әлі жіберілмеген." in html
    soup = BeautifulSoup(html, "html.parser")
    assert comment in soup.select_one("[data-task-comment]").get_text()
    assert PLAN in html  # the returned answer is in the form, to change
    # The letter, in the learner's language (Kazakh), with the comment.
    (letter,) = mail.outbox
    assert letter.to == [teacher.email] and comment in letter.body
    assert "Сабақ 0.0" in letter.subject


def test_a_resubmission_goes_back_to_review(
    learner, client, lesson, teacher, django_capture_on_commit_callbacks
):
    _auto, reviewed = task_ids(lesson)
    submit(learner, lesson, reviewed, PLAN)
    # While it waits, it cannot be changed.
    assert submit(learner, lesson, reviewed, PLAN + " Тағы бір сөйлем.")
    answer = PracticalSubmission.objects.get()
    assert answer.text == PLAN
    with django_capture_on_commit_callbacks(execute=True):
        services.review_task(answer.pk, None, accept=False, comment="Толығырақ жазыңыз.")
    client.force_login(teacher)
    submit(client, lesson, reviewed, PLAN + " Тағы бір сөйлем.")
    answer.refresh_from_db()
    assert answer.status == "submitted" and answer.text.endswith("Тағы бір сөйлем.")
    assert answer.pk in services.review_queue().values_list("pk", flat=True)
    html = reviewer_client(client).get(REVIEW_URL).content.decode()
    assert "Тағы бір сөйлем." in html and "Толығырақ жазыңыз." in html  # the earlier comment


def test_a_reviewer_without_the_permission_is_refused(learner, client, lesson):
    _auto, reviewed = task_ids(lesson)
    submit(learner, lesson, reviewed, PLAN)
    answer = PracticalSubmission.objects.get()
    staff = UserFactory(role="", school=None)
    staff.groups.add(Group.objects.get(name="Moderators"))
    client.force_login(staff)
    assert client.get(REVIEW_URL).status_code in (302, 403)
    response = client.post(REVIEW_URL, {"submission": answer.pk, "action": "accept"})
    assert response.status_code in (302, 403)
    answer.refresh_from_db()
    assert answer.status == "submitted"
    assert REVIEW_URL not in client.get("/admin/").content.decode()
    # A methodologist sees the queue and the menu item.
    reviewer = reviewer_client(client)
    assert reviewer.get(REVIEW_URL).status_code == 200
    assert REVIEW_URL in reviewer.get("/admin/").content.decode()


def test_another_learners_answer_cannot_be_touched(
    learner, client, lesson, course, teacher, django_capture_on_commit_callbacks
):
    _auto, reviewed = task_ids(lesson)
    submit(learner, lesson, reviewed, PLAN)
    answer = PracticalSubmission.objects.get()
    other = another_learner(client, course)
    # Not a reviewer: the admin refuses; the lesson page knows only their own answers.
    response = other.post(REVIEW_URL, {"submission": answer.pk, "action": "accept"})
    assert response.status_code in (302, 403)
    response = other.post(
        lesson.url,
        {
            "action": "practical_task",
            "block_id": reviewed,
            "text": "Өз жауабым, үш сөз.",
            "submission": answer.pk,
        },
    )
    assert response.status_code == 302
    answer.refresh_from_db()
    assert (answer.status, answer.text, answer.enrolment.user) == ("submitted", PLAN, teacher)
    assert PracticalSubmission.objects.count() == 2
    assert PLAN not in other.get(lesson.url).content.decode()
    # A reviewer posting nonsense, or an answer reviewed already, gets a message.
    reviewer = reviewer_client(client)
    for data in (
        {"submission": "x", "action": "accept"},
        {"submission": str(2**70), "action": "accept"},
        {"submission": answer.pk, "action": "delete"},
    ):
        response = reviewer.post(REVIEW_URL, data)
        assert response.status_code == 302 and said(response)
    with django_capture_on_commit_callbacks(execute=True):
        reviewer.post(REVIEW_URL, {"submission": answer.pk, "action": "accept"})
    response = reviewer.post(
        REVIEW_URL, {"submission": answer.pk, "action": "return", "comment": "!"}
    )
    assert said(response)
    answer.refresh_from_db()
    assert answer.status == "accepted"


def test_letters_go_once(learner, lesson, teacher, django_capture_on_commit_callbacks):
    _auto, reviewed = task_ids(lesson)
    submit(learner, lesson, reviewed, PLAN)
    answer = PracticalSubmission.objects.get()
    with django_capture_on_commit_callbacks(execute=True):
        services.review_task(answer.pk, None, accept=True)
    assert len(mail.outbox) == 1
    assert send_review_notice.delay(answer.pk).get() is False
    assert send_review_notice(answer.pk) is False
    assert len(mail.outbox) == 1
    assert teacher.email in mail.outbox[0].to


def test_a_russian_reader_gets_the_letter_in_russian(
    client, lesson, course, django_capture_on_commit_callbacks
):
    _auto, reviewed = task_ids(lesson)
    other = another_learner(client, course)
    submit(other, lesson, reviewed, PLAN)
    answer = PracticalSubmission.objects.get()
    with django_capture_on_commit_callbacks(execute=True):
        services.review_task(answer.pk, None, accept=False, comment="Добавьте пример.")
    (letter,) = mail.outbox
    assert "Здравствуйте" in letter.body and "Добавьте пример." in letter.body
    assert "возвращено на доработку" in letter.subject


def test_the_policy_counts_the_tasks_minutes(course, lesson):
    # The tiny course: 9 minutes; the tasks add 20 + 40.
    assert policy.evidence(course).minutes == 9 + 60
    assert policy.evidence(course).parts[0].minutes == 4 + 60
    CoursePage.objects.filter(pk=course.pk).update(evidence_tasks=False)
    assert policy.evidence(CoursePage.objects.get(pk=course.pk)).minutes == 9
    assert CoursePage._meta.get_field("evidence_tasks").db_default is True


def test_the_editor_and_learners_read_the_tasks_in_the_policy(admin_client, client, course):
    html = admin_client.get(f"/admin/pages/{course.pk}/edit/").content.decode()
    table = BeautifulSoup(html, "html.parser").select_one(".help-block table.listing")
    rows = [[cell.get_text(strip=True) for cell in row.find_all("td")] for row in table.tbody("tr")]
    assert rows[0][1:] == ["4", "64"]
    assert 'name="evidence_tasks"' in html
    policy_html = client.get(course.url).content.decode().split('id="hours-policy"')[1]
    assert (
        policy_html.split("</details>")[0].count("<li>") == 5
    )  # study time, tests, video, tasks, live


def test_the_review_list_costs_the_same_for_more_rows(
    client, course, lesson, django_assert_max_num_queries
):
    _auto, reviewed = task_ids(lesson)
    # A second lesson with a reviewed task, in another module.
    more = LessonPageFactory(parent=lesson.get_parent(), body=lesson.body.raw_data)

    def answer_from_someone(page):
        user = UserFactory()
        enrolment = services.enroll(user, course)
        enrolment.done = [item.key for item in get_outline(course).items]
        enrolment.save()
        services.submit_task(enrolment, page, reviewed, PLAN)

    answer_from_someone(lesson)
    reviewer = reviewer_client(client)
    reviewer.get(REVIEW_URL)
    with django_assert_max_num_queries(40) as few:
        assert reviewer.get(REVIEW_URL).status_code == 200
    for _n in range(6):
        answer_from_someone(lesson)
        answer_from_someone(more)
    with django_assert_max_num_queries(len(few.captured_queries)):
        html = reviewer.get(REVIEW_URL).content.decode()
    assert html.count('value="accept"') == 13


def test_identical_task_answers_are_flagged_for_integrity(client, course, lesson, learner):
    _auto, reviewed = task_ids(lesson)
    submit(learner, lesson, reviewed, PLAN)
    other = another_learner(client, course)
    submit(other, lesson, reviewed, "  " + PLAN.lower())
    found = flags_for(course, Enrolment.objects.all(), get_outline(course))
    assert len(found) == 2
    assert all(flag.kind == "same_answers" for flags in found.values() for flag in flags)


def test_methodologists_hold_the_review_permission():
    group = Group.objects.get(name=METHODOLOGISTS)
    assert group.permissions.filter(codename="review_practicaltask").exists()


def test_the_builder_writes_practical_tasks(home):
    data = with_tasks(tiny_course(slug="again"))
    course = course_tree(home, data)
    assert len(task_ids(lessons(course)[0])) == 2
