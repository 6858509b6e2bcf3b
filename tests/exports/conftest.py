"""Places, learners and staff for the export tests."""

import csv
import io
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from openpyxl import load_workbook

from courses.models import Enrolment
from directory.models import Region
from tests.factories import DistrictFactory, SchoolFactory, UserFactory


def add_learners(course, school, count, start=0, surname="Әбілқасымова"):
    """``count`` enrolled learners of ``school`` in two bulk inserts."""
    User = get_user_model()
    users = User.objects.bulk_create(
        User(
            email=f"learner{start + n}-{school.pk}@example.kz",
            last_name=f"{surname}{start + n:05d}",
            first_name="Айгүл",
            patronymic="Серікқызы",
            role="teacher",
            school=school,
            district_id=school.district_id,
            region_id=school.region_id,
            password="!",
        )
        for n in range(count)
    )
    if not users[0].pk:  # backends that return no ids from bulk inserts
        users = list(User.objects.filter(email__endswith=f"-{school.pk}@example.kz"))
    now = timezone.now()
    Enrolment.objects.bulk_create(
        Enrolment(
            user=user,
            course=course,
            course_key=course.translation_key,
            hours_done=n % 9,
            last_activity_at=now,
            completed_at=now - timedelta(days=1) if n % 3 == 0 else None,
        )
        for n, user in enumerate(users)
    )


@pytest.fixture
def country(course):
    north, south = Region.objects.order_by("sort_order")[:2]
    school_a = SchoolFactory(district=DistrictFactory(region=north), region=north)
    school_b = SchoolFactory(district=DistrictFactory(region=south), region=south)
    add_learners(course, school_a, 7)
    add_learners(course, school_b, 5, start=100)
    return {"regions": (north, south), "schools": (school_a, school_b), "course": course}


def staff(group, **place):
    user = UserFactory(role="", **{"school": None, **place})
    user.groups.add(Group.objects.get(name=group))
    return user


def read_csv(data):
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 with a byte-order mark
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def read_xlsx(data):
    book = load_workbook(io.BytesIO(data), read_only=True)
    return [list(row) for row in book.active.iter_rows(values_only=True)]
