"""The audit entries about a person are in their copy of their data (without
the staff member's name or address), none about anyone else. (Retention of
the trail: tests/privacy/test_retention.py, with every other rule.)"""

import io
import json
import zipfile

import pytest

from academy.models import Registration
from audit import trail
from audit.models import AccessRecord
from privacy import my_data
from tests.audit.conftest import staff
from tests.factories import UserFactory
from users import roles

pytestmark = pytest.mark.django_db


def entries(**who):
    archive = io.BytesIO()
    my_data.write_zip(archive, **who)
    with zipfile.ZipFile(archive) as opened:
        return json.loads(opened.read("staff_access.json"))


def test_a_persons_copy_holds_the_records_about_them_only():
    me, other = UserFactory(), UserFactory()
    looker = staff(roles.SCHOOL_COORDINATORS, email="looker@example.kz")
    about_me = trail.record(
        None,
        AccessRecord.What.ADMIN_USER,
        [(me.pk, None)],
        user=looker,
        address="198.51.100.4",
        detail="/admin/users/",
    )
    trail.record(None, AccessRecord.What.ADMIN_USER, [(other.pk, None)], user=looker)
    rows = entries(user=me)
    assert [row["id"] for row in rows] == [about_me.pk]
    assert rows[0]["what"] == "admin_user"
    assert rows[0]["role"] == roles.SCHOOL_COORDINATORS
    assert rows[0]["rows"] == 1
    assert "actor_id" not in rows[0] and "address" not in rows[0]
    assert "looker@example.kz" not in json.dumps(rows)


def test_a_guests_copy_holds_the_records_of_their_registrations():
    from tests.factories import (
        HomePageFactory,
        ProgrammePageFactory,
        SessionFactory,
        TopicPageFactory,
    )

    programme = ProgrammePageFactory(parent=HomePageFactory(slug="home-audit"))
    session = SessionFactory(topic=TopicPageFactory(parent=programme))
    mine = Registration.objects.create(
        session=session, name="Ким Ольга", email="olga@example.kz", status="confirmed"
    )
    theirs = Registration.objects.create(
        session=session, name="Бөгде Адам", email="other@example.kz", status="confirmed"
    )
    looker = staff(roles.SCHOOL_COORDINATORS)
    both = trail.record(
        None, AccessRecord.What.ACADEMY_REGISTER, [(None, mine.pk), (None, theirs.pk)], user=looker
    )
    trail.record(None, AccessRecord.What.ACADEMY_REGISTER, [(None, theirs.pk)], user=looker)
    assert [row["id"] for row in entries(email="olga@example.kz")] == [both.pk]
