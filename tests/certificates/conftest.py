import pytest

from certificates.demo import ORGANISATION, TEXT
from certificates.models import CertificateTemplate, Signatory
from courses import services
from courses.demo import study
from directory.models import Region
from tests.factories import UserFactory


def make_template(course):
    template = CertificateTemplate.objects.create(
        name="Test template",
        course=course,
        number_prefix="ПК-{year}-",
        **{f"text_{code}": text for code, text in TEXT.items()},
        **{f"organisation_{code}": text for code, text in ORGANISATION.items()},
    )
    Signatory.objects.create(
        template=template,
        name="Директор",
        position_kk="Директор",
        position_ru="Директор",
        position_en="Director",
    )
    return template


@pytest.fixture
def template(course):
    return make_template(course)


def complete(user, course):
    enrolment = services.enroll(user, course)
    study(enrolment, course)
    enrolment.refresh_from_db()
    assert enrolment.completed_at is not None
    return enrolment


@pytest.fixture
def graduate(db):
    return UserFactory(
        email="graduate@example.kz",
        last_name="Құрманғалиева",
        first_name="Әсем",
        patronymic="Өмірзаққызы",
        role="teacher",
        preferred_language="kk",
    )


@pytest.fixture
def completed(graduate, course, template):
    return complete(graduate, course)


@pytest.fixture
def abai(db):
    return Region.objects.get(code="abai")


@pytest.fixture
def ulytau(db):
    return Region.objects.get(code="ulytau")
