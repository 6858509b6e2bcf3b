"""Grade ranges: in 5–11 and in order, in the form and in the database."""

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import translation

from literacy.models import UnitPage

from .factories import UnitPageFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("grade_from", "grade_to", "field"),
    [(9, 7, "grade_to"), (4, 6, "grade_from"), (10, 12, "grade_to")],
)
def test_grades_out_of_order_or_range_are_refused(unit_index, grade_from, grade_to, field):
    unit = UnitPageFactory(parent=unit_index)
    unit.grade_from, unit.grade_to = grade_from, grade_to

    with pytest.raises(ValidationError) as error:
        unit.full_clean()

    assert field in error.value.message_dict


@pytest.mark.parametrize(("grade_from", "grade_to"), [(5, 11), (7, 7), (10, 11)])
def test_grades_in_order_and_range_are_accepted(unit_index, grade_from, grade_to):
    unit = UnitPageFactory(parent=unit_index)
    unit.grade_from, unit.grade_to = grade_from, grade_to

    unit.full_clean()


def test_the_database_refuses_grades_out_of_order(unit_index):
    unit = UnitPageFactory(parent=unit_index)

    with pytest.raises(IntegrityError), transaction.atomic():
        UnitPage.objects.filter(pk=unit.pk).update(grade_from=11, grade_to=5)


def test_grade_label(unit_index):
    unit = UnitPageFactory.build(grade_from=7, grade_to=9)
    single = UnitPageFactory.build(grade_from=5, grade_to=5)

    with translation.override("en"):
        assert str(unit.grade_label) == "Grades 7–9"
        assert str(single.grade_label) == "Grade 5"
