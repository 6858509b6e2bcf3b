"""The reports' small country (tests.reports.conftest), staff of each role,
and helpers to read the audit trail."""

import pytest
from django.contrib.auth.models import Group

from audit.models import AccessRecord
from tests.factories import UserFactory
from tests.reports import conftest as reports_conftest

country = reports_conftest.country


def staff(group=None, **fields):
    user = UserFactory(**{"role": "", "school": None, **fields})
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user


def only_record():
    """The one record the request left, with its subjects' ids."""
    records = list(AccessRecord.objects.all())
    assert len(records) == 1, [(r.what, r.rows) for r in records]
    record = records[0]
    record.user_ids = sorted(s.user_id for s in record.subjects.all() if s.user_id)
    record.registration_ids = sorted(
        s.registration_id for s in record.subjects.all() if s.registration_id
    )
    return record


@pytest.fixture
def school_a(country):
    return country["schools"]["a"]
