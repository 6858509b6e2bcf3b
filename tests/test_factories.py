"""The factories make what the platform itself would: a course tree a
learner can open, a test with each kind of question, academy attendance that
counts, and a certificate that the public page verifies."""

import pytest
from django.utils import translation

from academy.attendance import attended_sessions
from courses.models import AssessmentPage
from tests.factories import (
    AssessmentPageFactory,
    AttendanceFactory,
    CertificateFactory,
    CoursePageFactory,
    EnrolmentFactory,
    HomePageFactory,
    LessonPageFactory,
    ModulePageFactory,
    ProgrammePageFactory,
    RegistrationFactory,
    SessionFactory,
    TopicPageFactory,
    UserFactory,
    matching,
    single_choice,
    true_false,
)

pytestmark = pytest.mark.django_db


def test_a_course_tree_from_the_factories_is_open_to_its_learner(client):
    course = CoursePageFactory(parent=HomePageFactory(), sequential=False)
    module = ModulePageFactory(parent=course)
    lesson = LessonPageFactory(parent=module, title="Бірінші сабақ")
    test = AssessmentPageFactory(
        parent=module,
        questions=[
            single_choice("111 деген не?", ["Сенім телефоны", "Такси"]),
            true_false("Буллинг — қалыпты.", False),
            matching("Сәйкестендіріңіз", [("111", "Балалар"), ("112", "Төтенше")]),
        ],
    )
    enrolment = EnrolmentFactory(course=course)
    assert enrolment.course_key == course.translation_key
    stored = AssessmentPage.objects.get(pk=test.pk).questions  # valid blocks after a round trip
    assert [block.block_type for block in stored] == ["single", "true_false", "matching"]
    assert [option["correct"] for option in stored[0].value["options"]] == [True, False]
    client.force_login(enrolment.user)
    assert "Бірінші сабақ" in client.get(lesson.url).content.decode()
    assert client.get(test.url).status_code == 200


def test_marked_attendance_counts_towards_the_programme(home):
    topic = TopicPageFactory(parent=ProgrammePageFactory(parent=home))
    registration = RegistrationFactory(session=SessionFactory(topic=topic))
    AttendanceFactory(registration=registration)
    sessions = attended_sessions(registration.email, topic.get_parent().translation_key)
    assert list(sessions) == [registration.session]


def test_a_factory_certificate_is_verified_by_the_public_page(client):
    holder = UserFactory(last_name="Жақсыбекова")
    certificate = CertificateFactory(holder=holder)
    assert certificate.number.startswith("ПК-") and certificate.status == "valid"
    with translation.override("kk"):
        page = client.get(f"/kk/certificates/verify/{certificate.code}/")
    assert page.status_code == 200
    assert "Жақсыбекова" in page.content.decode()
