"""The audit trail's admin screens: who may open them (the permission
matrix), search and filters, the download (itself recorded), and that no one,
superusers included, can change or delete a record: not through the admin,
not through the ORM, and on PostgreSQL not even in SQL."""

import pytest
from django.db import DatabaseError, connection, transaction
from django.urls import NoReverseMatch, reverse

from audit import trail
from audit.models import AccessRecord, AccessSubject, AppendOnly
from tests.audit.conftest import staff
from tests.factories import UserFactory
from users import roles

pytestmark = pytest.mark.django_db

INDEX = reverse("audit:index")


def a_record(actor=None, what=AccessRecord.What.ADMIN_USER, subjects=((None, None),), **kw):
    actor = actor or staff(roles.NATIONAL_ANALYSTS)
    kw.setdefault("rows", 1)
    return trail.record(None, what, list(subjects), user=actor, detail="/admin/x/", **kw)


def people():
    return {
        "anonymous": lambda: None,
        "teacher": lambda: UserFactory(role="teacher"),
        "methodologist": lambda: staff(roles.METHODOLOGISTS),
        "moderator": lambda: staff(roles.MODERATORS),
        "coordinator": lambda: staff(roles.SCHOOL_COORDINATORS),
        "regional": lambda: staff(roles.REGIONAL_OFFICERS),
        "analyst": lambda: staff(roles.NATIONAL_ANALYSTS),
        "auditor": lambda: staff(roles.NATIONAL_AUDITORS),
        "superuser": lambda: staff(is_superuser=True, is_staff=True),
    }


SEES = {"auditor", "superuser"}


@pytest.mark.parametrize("who", list(people()))
@pytest.mark.parametrize("screen", ["index", "results", "inspect", "csv", "xlsx"])
def test_permission_matrix(client, who, screen):
    record = a_record()
    user = people()[who]()
    if user:
        client.force_login(user)
    url = {
        "index": INDEX,
        "results": reverse("audit:index_results"),
        "inspect": reverse("audit:inspect", args=[record.pk]),
        "csv": f"{INDEX}?export=csv",
        "xlsx": f"{INDEX}?export=xlsx",
    }[screen]
    response = client.get(url)
    if who in SEES:
        assert response.status_code == 200
        if response.streaming:
            b"".join(response.streaming_content)
    elif who == "anonymous" or who == "teacher":
        assert response.status_code == 302
        assert "/login/" in response["Location"]
    else:  # staff with the admin but not the trail: refused, sent to the dashboard
        assert response.status_code == 302
        assert response["Location"] == reverse("wagtailadmin_home")
    # Only the two who may read it leave a trace of the download, nobody else anything.
    downloads = AccessRecord.objects.filter(what=AccessRecord.What.AUDIT_EXPORT).count()
    assert downloads == (1 if who in SEES and screen in {"csv", "xlsx"} else 0)


@pytest.mark.parametrize("action", ["add", "edit", "delete", "history", "usage", "copy"])
def test_no_edit_or_delete_view_is_routed(action):
    with pytest.raises(NoReverseMatch):
        reverse(f"audit:{action}", args=[] if action == "add" else [1])


@pytest.mark.parametrize("suffix", ["edit/", "delete/", "history/", "usage/", "copy/"])
def test_a_superuser_cannot_post_to_change_a_record(client, suffix):
    record = a_record()
    client.force_login(staff(is_superuser=True, is_staff=True))
    response = client.post(f"{INDEX}{record.pk}/{suffix}", {"rows": 0}, follow=True)
    assert response.status_code == 404
    record.refresh_from_db()
    assert record.rows == 1


def test_the_model_refuses_to_change_or_delete():
    record = a_record()
    record.rows = 99
    with pytest.raises(AppendOnly):
        record.save()
    with pytest.raises(AppendOnly):
        record.delete()
    with pytest.raises(AppendOnly):
        AccessRecord.objects.filter(pk=record.pk).update(rows=99)
    with pytest.raises(AppendOnly):
        AccessRecord.objects.all().delete()
    with pytest.raises(AppendOnly):
        AccessSubject.objects.all().delete()
    assert AccessRecord.objects.get().rows == 1


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the trigger is PostgreSQL's")
@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE audit_accessrecord SET rows = 99",
        "DELETE FROM audit_accessrecord",
        "UPDATE audit_accesssubject SET user_id = 1",
        "DELETE FROM audit_accesssubject",
    ],
)
def test_the_database_refuses_sql_that_changes_or_deletes(sql):
    a_record(subjects=[(5, None)])
    with (
        pytest.raises(DatabaseError, match="append-only"),
        transaction.atomic(),
        connection.cursor() as cursor,
    ):
        cursor.execute(sql)
    assert AccessRecord.objects.get().rows == 1
    assert AccessSubject.objects.count() == 1


def test_search_and_filters(client):
    auditor = staff(roles.NATIONAL_AUDITORS)
    watched = UserFactory(email="watched@example.kz")
    looker = staff(roles.SCHOOL_COORDINATORS, last_name="Қарабаева")
    about_watched = a_record(actor=looker, subjects=[(watched.pk, None)])
    a_record(what=AccessRecord.What.ADMIN_USERS, subjects=[(UserFactory().pk, None)])
    client.force_login(auditor)

    def listed(**params):
        response = client.get(INDEX, params)
        assert response.status_code == 200
        return [r.pk for r in response.context["object_list"]]

    assert listed(person="WATCHED@example.kz") == [about_watched.pk]
    assert listed(q="Қарабаева") == [about_watched.pk]
    assert len(listed(what=AccessRecord.What.ADMIN_USERS)) == 1
    assert len(listed()) == 2
    # Hostile or odd input never gives a 500.
    for params in ({"person": "'"}, {"what": "x'"}, {"at_after": "2026-99-99"}, {"p": "99999"}):
        assert client.get(INDEX, params).status_code in {200, 404}


def test_the_inspect_page_names_whose_data_it_showed(client):
    from academy.models import Registration
    from tests.factories import (
        HomePageFactory,
        ProgrammePageFactory,
        SessionFactory,
        TopicPageFactory,
    )

    watched = UserFactory(last_name="Сәрсенова", first_name="Ләззат")
    programme = ProgrammePageFactory(parent=HomePageFactory(slug="home-audit-inspect"))
    guest = Registration.objects.create(
        session=SessionFactory(topic=TopicPageFactory(parent=programme)),
        name="Ким Ольга",
        email="olga@example.kz",
        status="confirmed",
    )
    record = a_record(subjects=[(watched.pk, None), (None, guest.pk), (None, 999999)])
    client.force_login(staff(roles.NATIONAL_AUDITORS))
    response = client.get(reverse("audit:inspect", args=[record.pk]))
    assert response.status_code == 200
    content = response.content.decode()
    assert "Сәрсенова Ләззат" in content
    assert "Ким Ольга &lt;olga@example.kz&gt;" in content
    assert ">999999<" in content  # a guest since deleted: the id stays


def test_the_download_holds_the_filtered_records_and_is_recorded(client):
    looker = staff(roles.SCHOOL_COORDINATORS, email="looker@example.kz")
    a_record(actor=looker, address="198.51.100.4")
    a_record(what=AccessRecord.What.ADMIN_USERS)
    auditor = staff(roles.NATIONAL_AUDITORS)
    client.force_login(auditor)
    response = client.get(INDEX, {"export": "csv", "what": AccessRecord.What.ADMIN_USER})
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    lines = [line for line in text.splitlines() if line]
    assert len(lines) == 2  # the header and the one matching record
    assert "looker@example.kz" in lines[1]
    assert "198.51.100.4" in lines[1]
    download = AccessRecord.objects.get(what=AccessRecord.What.AUDIT_EXPORT)
    assert (download.actor_id, download.rows) == (auditor.pk, 1)
    assert download.role == roles.NATIONAL_AUDITORS
