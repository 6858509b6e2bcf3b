"""My data (issue #15 point 2), through HTTP: a person asks, the ZIP is
prepared in the background and the link comes by e-mail; the ZIP holds all
of their data (profile, course work, registrations, attendance,
certificates with PDFs, consents) and none of anyone else's; the link is
theirs alone and expires; asking is limited per day; a guest asks through
the signed manage link in their letters."""

import io
import json
import os
import re
import zipfile
from datetime import timedelta

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone

from privacy.models import DataExport
from privacy.tasks import remove_expired_exports
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def ask(client, capture, url="/kk/privacy/my-data/"):
    with capture(execute=True):
        return client.post(url)


def link_from(letter):
    return re.search(r"https?://[^/\s]+(/\S+)", letter.body).group(1)


def zip_of(response):
    body = b"".join(response.streaming_content)
    return zipfile.ZipFile(io.BytesIO(body))


def test_the_zip_holds_all_of_my_data_and_nobody_elses(
    teacher_client, teacher, person_data, django_capture_on_commit_callbacks
):
    response = ask(teacher_client, django_capture_on_commit_callbacks)
    assert response.status_code == 302
    (letter,) = mail.outbox
    assert letter.to == [teacher.email]
    assert "ZIP" in letter.body
    download = teacher_client.get(link_from(letter))
    assert download.status_code == 200
    assert download["Content-Type"] == "application/zip"

    archive = zip_of(download)
    names = set(archive.namelist())
    for table in (
        "profile",
        "enrolments",
        "lesson_progress",
        "reflections",
        "registrations",
        "attendance",
        "certificates",
        "consents",
        "test_attempts",
        "data_exports",
    ):
        assert {f"{table}.json", f"{table}.csv"} <= names
    profile = json.loads(archive.read("profile.json"))
    assert [row["email"] for row in profile] == [teacher.email]
    assert "password" not in profile[0]
    reflections = json.loads(archive.read("reflections.json"))
    assert [r["text"] for r in reflections] == ["Сыныпта бір жағдай болды."]
    assert len(json.loads(archive.read("registrations.json"))) == 1
    assert json.loads(archive.read("attendance.json"))[0]["mark"] == "present"
    assert len(json.loads(archive.read("consents.json"))) == 1
    pdf = f"certificates/{person_data.number}-v{person_data.version}.pdf"
    assert archive.read(pdf) == b"%PDF-1.7 the teacher's certificate"
    assert archive.read("reflections.csv").decode("utf-8-sig").startswith("id,")

    everything = b"".join(archive.read(name) for name in names).decode("utf-8", "replace")
    assert "other@example.kz" not in everything and "Бөгде" not in everything


def test_the_link_is_for_its_owner_only(
    client, teacher_client, person_data, django_capture_on_commit_callbacks
):
    ask(teacher_client, django_capture_on_commit_callbacks)
    link = link_from(mail.outbox[0])
    client.force_login(UserFactory(email="nosy@example.kz"))
    assert client.get(link).status_code == 404
    client.logout()
    response = client.get(link)
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert client.get("/kk/privacy/my-data/download/not-a-token/").status_code == 404


def test_an_expired_copy_is_gone_and_its_file_removed(
    teacher_client, person_data, django_capture_on_commit_callbacks
):
    ask(teacher_client, django_capture_on_commit_callbacks)
    export = DataExport.objects.get()
    path = export.file.path
    DataExport.objects.update(expires_at=timezone.now() - timedelta(minutes=1))
    assert teacher_client.get(link_from(mail.outbox[0])).status_code == 410
    assert remove_expired_exports() == 1
    export.refresh_from_db()
    assert export.file.name == "" and not os.path.exists(path)


def test_asking_is_limited_per_day(
    teacher_client, teacher, settings, django_capture_on_commit_callbacks
):
    settings.PRIVACY_EXPORTS_PER_DAY = 2
    for _ in range(2):
        ask(teacher_client, django_capture_on_commit_callbacks)
    refused = teacher_client.post("/kk/privacy/my-data/", follow=True)
    assert DataExport.objects.filter(user=teacher).count() == 2
    assert len(mail.outbox) == 2
    assert "2 рет сұрадыңыз" in refused.content.decode()


def test_the_page_lists_my_copies_and_needs_an_account(teacher_client):
    assert Client().get("/kk/privacy/my-data/").status_code == 302
    page = teacher_client.get("/kk/privacy/my-data/")
    assert page.status_code == 200
    assert "Деректерімнің көшірмесін дайындау" in page.content.decode()
    assert 'href="/kk/privacy/my-data/"' in teacher_client.get("/kk/me/").content.decode()


def test_a_guest_asks_through_the_manage_link(
    client, guest_token, django_capture_on_commit_callbacks
):
    token = guest_token
    page = client.get(f"/kk/academy/registrations/{token}/").content.decode()
    assert f'action="/kk/privacy/my-data/guest/{token}/"' in page

    response = ask(
        client, django_capture_on_commit_callbacks, f"/kk/privacy/my-data/guest/{token}/"
    )
    assert response.status_code == 302
    (letter,) = mail.outbox
    assert letter.to == ["olga@example.kz"]
    archive = zip_of(client.get(link_from(letter)))
    assert [r["name"] for r in json.loads(archive.read("registrations.json"))] == ["Ким Ольга"]
    assert len(json.loads(archive.read("consents.json"))) == 1
    assert json.loads(archive.read("profile.json")) == []

    bad = client.post("/kk/privacy/my-data/guest/forged/")
    assert bad.status_code == 404
    assert DataExport.objects.count() == 1
