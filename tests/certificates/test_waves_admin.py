"""Waves from a list in the Wagtail admin, through HTTP: upload, the checked
preview (errors per line in the staff member's language), confirmation, the
background job and its page; who may do what; hostile files."""

from datetime import date

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from wagtail.models import ModelLogEntry
from wagtail.users.models import UserProfile

from certificates import waves
from certificates.models import Certificate, Wave
from lms.dates import show_date
from tests.certificates.test_admin import logged_in, staff
from tests.certificates.test_waves import HEADER, csv_of
from tests.factories import UserFactory
from users import roles

pytestmark = pytest.mark.django_db

UPLOAD = "certificate_registry:waves"
GOOD = csv_of(
    "asel@example.kz,,,,tiny,07.12.2025,20.01.2026,72,",
    "new@example.kz,Бекова,Дана,,tiny,01.02.2026,15.02.2026,36,",
)
BAD = csv_of(
    "asel@example.kz,,,,tiny,07.12.2025,20.01.2026,72,",
    "new@example.kz,Бекова,Дана,,nowhere,01.02.2026,15.02.2026,36,",
)


@pytest.fixture
def asel(db):
    return UserFactory(email="asel@example.kz", last_name="Омарова", first_name="Әсел")


def moderator(language="en"):
    user = staff(roles.MODERATORS)
    UserProfile.objects.filter(user=user).update(preferred_language=language)
    return user


def upload(client, data, name="wave.csv"):
    return client.post(reverse(UPLOAD), {"file": SimpleUploadedFile(name, data, "text/csv")})


def confirm(client, wave, capture):
    with capture(execute=True):
        return client.post(reverse("certificate_registry:wave", args=[wave.pk]))


def test_upload_preview_confirm_and_progress(
    client, template, asel, django_capture_on_commit_callbacks, mailoutbox
):
    logged_in(client, moderator())
    assert "Check the list" in client.get(reverse(UPLOAD)).content.decode()

    response = upload(client, GOOD)

    wave = Wave.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("certificate_registry:wave", args=[wave.pk])
    preview = client.get(response["Location"]).content.decode()
    assert "2 lines checked: 2 certificates to issue, 0 issued before" in preview
    assert "Омарова Әсел Қайратқызы" in preview and "Бекова Дана" in preview
    assert "new account" in preview and "Қысқа курс" in preview
    with translation.override("en"):
        assert show_date(date(2025, 12, 7)) in preview  # the language's date format
    assert not Certificate.objects.exists()

    response = confirm(client, wave, django_capture_on_commit_callbacks)

    assert response.status_code == 302
    wave.refresh_from_db()
    assert (wave.status, wave.issued, wave.position, wave.content) == ("done", 2, 2, "")
    assert Certificate.objects.exclude(pdf="").count() == 2 and len(mailoutbox) == 2
    page = client.get(response["Location"]).content.decode()
    assert "2 of 2 lines done (100" in page and "2 certificates issued" in page
    assert 'http-equiv="refresh"' not in page
    assert ModelLogEntry.objects.filter(action="certificates.wave").count() == 1

    # A second click, and the same file again: nothing new.
    confirm(client, wave, django_capture_on_commit_callbacks)
    upload(client, GOOD)
    again = Wave.objects.exclude(pk=wave.pk).get()
    assert (
        "0 certificates to issue, 2 issued before"
        in client.get(reverse("certificate_registry:wave", args=[again.pk])).content.decode()
    )
    confirm(client, again, django_capture_on_commit_callbacks)
    again.refresh_from_db()
    assert (again.status, again.issued, again.skipped) == ("done", 0, 2)
    assert Certificate.objects.count() == 2


def test_a_running_wave_reloads_its_page(client, template):
    logged_in(client, moderator())
    wave = Wave.objects.create(file_name="a.csv", status=Wave.Status.RUNNING, total=4, position=2)
    page = client.get(reverse("certificate_registry:wave", args=[wave.pk])).content.decode()
    assert 'http-equiv="refresh"' in page and "2 of 4 lines done (50" in page


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("kk", "2-жол: «nowhere» мекенжайы бар курс не бағдарлама жоқ."),
        ("ru", "Строка 2: нет курса или программы с адресом «nowhere»."),
    ],
)
def test_one_bad_line_issues_nothing_and_is_named_in_the_staff_language(
    client, template, asel, language, expected
):
    logged_in(client, moderator(language))
    data = csv_of("asel@example.kz,,,,nowhere,07.12.2025,20.01.2026,72,")

    response = upload(client, data + GOOD.split(b"\n", 1)[1])

    assert response.status_code == 200
    assert expected in response.content.decode()
    assert not Wave.objects.exists() and not Certificate.objects.exists()


def test_a_wave_that_no_longer_checks_out_is_not_issued(
    client, template, asel, django_capture_on_commit_callbacks
):
    logged_in(client, moderator())
    upload(client, GOOD)
    wave = Wave.objects.get()
    template.delete()

    response = confirm(client, wave, django_capture_on_commit_callbacks)

    assert response.status_code == 200
    assert "has no certificate template yet" in response.content.decode()
    wave.refresh_from_db()
    assert wave.status == "checked" and not Certificate.objects.exists()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "The submitted file is empty."),
        (b"\n\n", "The file is empty."),
        ("email,фамилия\nа,б\n".encode("cp1251"), "The file is not in UTF-8."),
        (b"\x00" * 10, "not a CSV text file"),
        (HEADER.encode(), "no lines to issue"),
        (b'"unclosed\n' * 3, "missing: email"),
        (b"x" * (waves.MAX_BYTES + 10), "The file is too big"),
        (
            csv_of("\"=cmd|' /C calc'!A0\",Ахметов,Нұр,,tiny,01.02.2026,15.02.2026,80,"),
            "is not valid",
        ),
        (
            csv_of('q@example.kz,"Иванов ""Вася""",Нұр,,tiny,01.02.2026,15.02.2026,80,'),
            "may hold letters only",
        ),
        (
            csv_of("q@example.kz,<script>,Нұр,,tiny,01.02.2026,15.02.2026,1e999,"),
            "not a number between",
        ),
    ],
)
def test_hostile_files_get_a_clear_message_never_an_error_page(client, template, data, message):
    logged_in(client, moderator())
    response = upload(client, data)
    assert response.status_code == 200
    content = response.content.decode()
    assert message in content.replace("&quot;", '"').replace("&#x27;", "'")
    assert "<script>," not in content
    assert not Wave.objects.exists()


@pytest.mark.parametrize(
    ("who", "allowed"),
    [
        (None, False),
        ("teacher", False),
        (roles.SCHOOL_COORDINATORS, False),
        (roles.REGIONAL_OFFICERS, False),
        (roles.METHODOLOGISTS, False),
        (roles.MODERATORS, True),
        ("superuser", True),
    ],
)
def test_who_may_issue_waves(client, template, asel, who, allowed):
    wave = Wave.objects.create(
        file_name="a.csv", content=GOOD.decode(), total=2, status=Wave.Status.CHECKED
    )
    pages = [reverse(UPLOAD), reverse("certificate_registry:wave", args=[wave.pk])]
    if who == "teacher":
        logged_in(client, UserFactory(role="teacher"))
    elif who == "superuser":
        logged_in(client, staff(is_superuser=True, is_staff=True))
    elif who:
        logged_in(client, staff(who))

    for url in pages:
        assert (client.get(url).status_code == 200) is allowed, url
    upload(client, GOOD)
    assert (Wave.objects.count() == 2) is allowed
    client.post(pages[1])
    wave.refresh_from_db()
    assert (wave.status != "checked") is allowed
    assert Certificate.objects.exists() is False or allowed
