"""Course editions (#13 point 6): learners keep the course they enrolled in.

A change to a course's hours, required items or order makes a new edition
for those who enrol next; those enrolled before keep theirs (its lessons,
hours and rules) unless staff move them, with a letter; nothing done is
locked again; certificates name the edition's hours.
"""

from decimal import Decimal

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.utils import translation

from courses import services
from courses.models import AssessmentPage, CourseEdition, EditionMove, Enrolment, LessonProgress
from tests.course_fixtures import lessons
from tests.factories import LessonPageFactory, UserFactory
from users import roles

pytestmark = pytest.mark.django_db


def keys(*pages):
    return [str(page.translation_key) for page in pages]


def kk(message):
    with translation.override("kk"):
        return translation.gettext(message)


def shown_messages(response):
    return [message.message for message in response.context["messages"]]


def studied(enrolment, lesson):
    """The lesson's required active time, as heartbeats would have counted it."""
    progress = services.open_lesson(enrolment, lesson)
    LessonProgress.objects.filter(pk=progress.pk).update(
        active_seconds=lesson.min_active_minutes * 60 + 30
    )


def staff(group):
    user = UserFactory(role="teacher", is_staff=True, preferred_language="kk")
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def tree(course):
    """The tiny course's pages by name."""
    m0_l0, m0_l1, m1_l0, m1_l1 = lessons(course)
    tests = {test.slug: test for test in AssessmentPage.objects.descendant_of(course)}
    return {
        "m0_l0": m0_l0,
        "m0_l1": m0_l1,
        "m1_l0": m1_l0,
        "m1_l1": m1_l1,
        "m0_test": tests["m0-test"],
        "m1_test": tests["m1-test"],
        "final": next(test for slug, test in tests.items() if slug not in ("m0-test", "m1-test")),
    }


def add_required_lesson(course, tree, hours=2):
    """A methodologist publishes a new required lesson into module 0 and
    raises the course's declared hours by as much, as the rules ask."""
    added = LessonPageFactory(parent=tree["m0_l0"].get_parent(), slug="added", hours=hours)
    added.save_revision().publish()
    course.refresh_from_db()
    course.declared_hours += Decimal(hours)
    course.save_revision().publish()
    return added


def test_enrolling_pins_the_course_as_it_is(teacher, course, tree):
    enrolment = services.enroll(teacher, course)
    edition = enrolment.edition
    assert edition.number == 1
    assert edition.declared_hours == Decimal("8")
    assert [entry["key"] for entry in edition.items] == keys(
        tree["m0_l0"],
        tree["m0_l1"],
        tree["m0_test"],
        tree["m1_l0"],
        tree["m1_l1"],
        tree["m1_test"],
        tree["final"],
    )
    # Another learner of the unchanged course shares the edition.
    assert services.enroll(UserFactory(), course).edition == edition
    assert CourseEdition.objects.count() == 1


def test_a_lesson_published_into_a_finished_module_leaves_learners_on_their_edition(
    teacher_client, teacher, course, tree
):
    teacher_client.post(course.url, {"action": "enrol"})
    enrolment = Enrolment.objects.get(user=teacher)
    finished = [tree["m0_l0"], tree["m0_l1"], tree["m0_test"], tree["m1_l0"]]
    Enrolment.objects.filter(pk=enrolment.pk).update(done=keys(*finished))

    added = add_required_lesson(course, tree)

    # Nothing she did is locked, and the lesson she is on stays open.
    for page in finished:
        assert teacher_client.get(page.url).status_code == 200
    assert teacher_client.get(tree["m1_l1"].url).status_code == 200
    # The new lesson is not part of her edition: she is told so, not sent to do it.
    response = teacher_client.get(added.url, follow=True)
    assert response.redirect_chain[-1][0] == course.url
    assert shown_messages(response) == [
        kk(
            "This part was added to the course after you enrolled and is not part of "
            "your edition (%(edition)s). Your coordinator or the course's methodologist "
            "can move you to the current edition."
        )
        % {"edition": 1}
    ]
    # Her course page still promises 8 hours and lists no new lesson.
    page = teacher_client.get(course.url)
    assert page.context["outline"].declared_hours == Decimal("8")
    assert added.url not in page.content.decode()

    # She completes edition 1 without the new lesson: 8 hours, as promised.
    Enrolment.objects.filter(pk=enrolment.pk).update(
        done=keys(*finished, tree["m1_test"], tree["final"])
    )
    studied(enrolment, tree["m1_l1"])
    teacher_client.post(tree["m1_l1"].url, {"action": "complete"})
    enrolment.refresh_from_db()
    assert enrolment.completed_at is not None
    assert enrolment.hours_done == Decimal("8")
    assert enrolment.edition.number == 1

    # Someone enrolling now gets edition 2, where the new lesson is required.
    newcomer = UserFactory(email="newcomer@example.kz")
    teacher_client.force_login(newcomer)
    teacher_client.post(course.url, {"action": "enrol"})
    late = Enrolment.objects.get(user=newcomer)
    assert late.edition.number == 2
    assert late.edition.declared_hours == Decimal("10")
    Enrolment.objects.filter(pk=late.pk).update(
        done=keys(tree["m0_l0"], tree["m0_l1"], tree["m0_test"])
    )
    assert teacher_client.get(added.url).status_code == 200
    response = teacher_client.get(tree["m1_l0"].url, follow=True)
    assert shown_messages(response) == [kk("Finish the earlier lessons and tests first.")]


def test_learners_are_credited_their_editions_hours(teacher_client, teacher, course, tree):
    teacher_client.post(course.url, {"action": "enrol"})
    enrolment = Enrolment.objects.get(user=teacher)
    # The first lesson becomes 3 hours (and the course 9): her edition keeps 2.
    lesson = tree["m0_l0"]
    lesson.hours = Decimal("3")
    lesson.save_revision().publish()
    course.refresh_from_db()
    course.declared_hours = Decimal("9")
    course.save_revision().publish()

    studied(enrolment, lesson)
    teacher_client.post(lesson.url, {"action": "complete"})
    enrolment.refresh_from_db()
    assert enrolment.hours_done == Decimal("2")
    assert enrolment.credits.get().hours == Decimal("2")
    assert teacher_client.get(course.url).context["outline"].declared_hours == Decimal("8")

    newcomer = services.enroll(UserFactory(), course)
    assert newcomer.edition.number == 2
    studied(newcomer, lesson)
    services.complete_lesson(newcomer, lesson)
    newcomer.refresh_from_db()
    assert newcomer.hours_done == Decimal("3")


def test_a_withdrawn_lesson_is_not_asked_of_anyone(teacher_client, teacher, course, tree):
    teacher_client.post(course.url, {"action": "enrol"})
    enrolment = Enrolment.objects.get(user=teacher)
    tree["m1_l1"].unpublish()
    page = teacher_client.get(course.url)
    # Nobody can study it: the hours to complete shrink by its 2 hours.
    assert page.context["outline"].declared_hours == Decimal("6")
    Enrolment.objects.filter(pk=enrolment.pk).update(
        done=keys(tree["m0_l0"], tree["m0_l1"], tree["m0_test"], tree["m1_test"], tree["final"])
    )
    studied(enrolment, tree["m1_l0"])
    teacher_client.post(tree["m1_l0"].url, {"action": "complete"})
    enrolment.refresh_from_db()
    assert enrolment.completed_at is not None
    assert enrolment.hours_done == Decimal("6")


def test_an_enrolment_from_before_editions_is_pinned_at_its_next_step(teacher, course, tree):
    enrolment = services.enroll(teacher, course)
    Enrolment.objects.filter(pk=enrolment.pk).update(edition=None)
    enrolment.refresh_from_db()
    studied(enrolment, tree["m0_l0"])
    services.complete_lesson(enrolment, tree["m0_l0"])
    enrolment.refresh_from_db()
    assert enrolment.edition.number == 1
    assert enrolment.hours_done == Decimal("2")


def test_staff_move_learners_to_the_current_edition_with_a_letter(
    client, course, tree, django_capture_on_commit_callbacks
):
    on_way = services.enroll(UserFactory(email="on-way@example.kz"), course)
    Enrolment.objects.filter(pk=on_way.pk).update(done=keys(tree["m0_l0"]))
    finished = services.enroll(UserFactory(email="finished@example.kz"), course)
    Enrolment.objects.filter(pk=finished.pk).update(done=keys(tree["m0_l0"]))
    Enrolment.objects.filter(pk=finished.pk).update(completed_at=finished.enrolled_at)
    added = add_required_lesson(course, tree)
    url = f"/admin/courses/{course.pk}/editions/"

    # A methodologist sees the editions and what changed, but moving is for
    # those who may publish the course.
    client.force_login(staff(roles.METHODOLOGISTS))
    page = client.get(url)
    assert page.status_code == 200
    assert "form" in page.context and not page.context["can_move"]
    assert page.context["changed"]["added"] == [added.title]
    # (Wagtail's admin answers a refusal with a redirect and a message.)
    refused = client.post(url, {"from_edition": 1})
    assert (refused.status_code, refused.url) == (302, "/admin/")
    assert not EditionMove.objects.exists()
    # A coordinator does not even see them.
    client.force_login(staff(roles.SCHOOL_COORDINATORS))
    assert client.get(url).url == "/admin/"

    client.force_login(staff(roles.MODERATORS))
    assert client.get(url).context["can_move"]
    # An edition that does not exist is refused with a message; nothing moves.
    refused = client.post(url, {"from_edition": 7})
    assert refused.status_code == 200
    assert refused.context["form"].errors["from_edition"]
    assert not EditionMove.objects.exists()

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"from_edition": 1, "note": "Жаңа сабақ: «қауіпсіз мектеп»."})
    assert response.status_code == 302
    on_way.refresh_from_db()
    finished.refresh_from_db()
    assert on_way.edition.number == 2
    assert on_way.done == keys(tree["m0_l0"])  # progress kept
    assert on_way.hours_done == Decimal("2")
    assert finished.edition.number == 1  # completed: not touched
    move = EditionMove.objects.get()
    assert (move.enrolment, move.from_edition.number, move.to_edition.number) == (on_way, 1, 2)
    assert move.notice_sent_at is not None

    # One letter, in the learner's language, saying what changed.
    assert len(mail.outbox) == 1
    letter = mail.outbox[0]
    assert letter.to == ["on-way@example.kz"]
    assert added.title in letter.body
    assert "«қауіпсіз мектеп»" in letter.body
    with translation.override("kk"):
        assert translation.gettext("New in this edition:") in letter.body

    # The moved learner now meets the new lesson.
    client.force_login(on_way.user)
    Enrolment.objects.filter(pk=on_way.pk).update(
        done=keys(tree["m0_l0"], tree["m0_l1"], tree["m0_test"])
    )
    assert client.get(added.url).status_code == 200

    # Moving again moves nobody and sends nothing more.
    client.force_login(staff(roles.MODERATORS))
    again = client.post(url, {"from_edition": 1})
    assert again.status_code == 200 and again.context["form"].errors
    assert len(mail.outbox) == 1


def test_a_letter_is_sent_once_however_often_its_task_runs(
    course, tree, django_capture_on_commit_callbacks
):
    from courses.tasks import send_edition_notice

    enrolment = services.enroll(UserFactory(), course)
    add_required_lesson(course, tree)
    with django_capture_on_commit_callbacks(execute=True):
        services.move_to_current(course, by=None, from_number=1)
    move = EditionMove.objects.get(enrolment=enrolment)
    assert len(mail.outbox) == 1
    assert send_edition_notice(move.pk) is False
    assert len(mail.outbox) == 1


def test_publishing_a_change_says_who_keeps_the_edition(client, course, tree):
    from tests.courses.test_publishing import publish

    client.force_login(UserFactory(role="", school=None, is_staff=True, is_superuser=True))
    services.enroll(UserFactory(), course)
    # Within the edition (only the intro): nothing to say.
    _response, said = publish(client, course, intro="Жаңа кіріспе")
    assert not any("1" in text and "нұсқа" in text for text in said), said
    _response, said = publish(client, course, declared_hours="10", evidence_percent="0")
    with translation.override("kk"):
        expected = translation.ngettext(
            "%(count)s learner who enrolled earlier keeps edition %(edition)s of the "
            "course; those who enrol next study it as changed. Staff can move learners "
            "on the course's Editions page.",
            "%(count)s learners who enrolled earlier keep edition %(edition)s of the "
            "course; those who enrol next study it as changed. Staff can move learners "
            "on the course's Editions page.",
            1,
        ) % {"count": 1, "edition": 1}
    assert expected in said
