"""A school's or a region's certificates as one ZIP of PDFs, from the
registry: streamed when small, prepared in the background above the limit;
only what the person may see; one audit record each."""

import io
import zipfile

import pytest
from django.urls import reverse

from audit.models import AccessRecord
from certificates import admin_zip, services
from exports.models import ExportJob
from tests.certificates.test_admin import issue, logged_in, staff
from tests.factories import DistrictFactory, SchoolFactory, UserFactory
from users import roles

pytestmark = pytest.mark.django_db

ZIP = "certificate_registry:zip"


@pytest.fixture
def schools(template, abai, ulytau):
    """Two schools of Abai and one of Ulytau, each with rendered certificates."""
    here = SchoolFactory(district=DistrictFactory(region=abai))
    next_door = SchoolFactory(district=DistrictFactory(region=abai))
    far = SchoolFactory(district=DistrictFactory(region=ulytau))
    issued = {}
    n = 0
    for school, names in (
        (here, ["Әлиева", "Омарова", "Ким"]),
        (next_door, ["Серікова"]),
        (far, ["Иванова"]),
    ):
        for name in names:
            n += 1
            holder = UserFactory(school=school, last_name=name, first_name="Дана")
            issued.setdefault(school.pk, []).append(issue(template, holder, n, render=True))
    services.revoke(issued[here.pk][2], "Қате")  # revoked: not in the ZIP
    return here, next_door, far, issued


def zip_names(response):
    assert response.status_code == 200, response.status_code
    assert response["Content-Type"] == "application/zip"
    data = b"".join(response.streaming_content) if response.streaming else response.content
    archive = zipfile.ZipFile(io.BytesIO(data))
    assert archive.testzip() is None
    for name in archive.namelist():
        assert archive.read(name).startswith(b"%PDF")
    return sorted(archive.namelist())


def records():
    return list(AccessRecord.objects.filter(what=AccessRecord.What.CERTIFICATES_ZIP).order_by("pk"))


def test_a_school_zip_holds_its_valid_pdfs_and_leaves_one_record(client, schools):
    here, _next_door, _far, issued = schools
    logged_in(client, staff(roles.MODERATORS))

    names = zip_names(client.get(reverse(ZIP), {"school": here.pk, "region": here.region_id}))

    valid = issued[here.pk][:2]
    assert names == sorted(admin_zip.entry_name(c) for c in valid)
    assert names[0].startswith(valid[0].number) and "Әлиева_Дана" in names[0]
    (record,) = records()
    assert record.rows == 2
    assert {s.user_id for s in record.subjects.all()} == {c.holder_id for c in valid}


def test_a_regional_officer_gets_their_region_only(client, schools, abai):
    here, next_door, far, issued = schools
    logged_in(client, staff(roles.REGIONAL_OFFICERS, region=abai))

    mine = zip_names(client.get(reverse(ZIP)))
    assert len(mine) == 3  # two of here, one of next door; none of Ulytau
    assert zip_names(client.get(reverse(ZIP), {"school": far.pk})) == []
    assert [r.rows for r in records()] == [3, 0]


def test_a_national_zip_asks_for_a_place_first(client, schools):
    logged_in(client, staff(roles.MODERATORS))
    response = client.get(reverse(ZIP), {"status": "valid"})
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("certificate_registry:index"))
    assert not records()


def test_a_big_zip_is_prepared_in_the_background(
    client, schools, monkeypatch, django_capture_on_commit_callbacks
):
    here, _next_door, _far, issued = schools
    monkeypatch.setattr(admin_zip, "STREAM_LIMIT", 1)
    logged_in(client, staff(roles.NATIONAL_ANALYSTS))

    page = client.get(reverse(ZIP), {"school": here.pk, "region": here.region_id})

    content = page.content.decode()
    assert page.status_code == 200 and "Prepare the ZIP" in content
    assert not records()
    with django_capture_on_commit_callbacks(execute=True):
        started = client.post(
            reverse("exports:start", args=["certificates-zip"]),
            {"format": "zip", "school": here.pk, "region": here.region_id},
        )
    job = ExportJob.objects.get()
    assert started.status_code == 302 and job.status == "done", job.error
    assert job.filename.endswith(".zip") and job.rows_done == 2
    names = zip_names(client.get(reverse("exports:download", args=[job.pk])))
    assert names == sorted(admin_zip.entry_name(c) for c in issued[here.pk][:2])
    (record,) = records()
    assert record.rows == 2


def test_other_exports_do_not_take_the_zip_format(
    client, schools, django_capture_on_commit_callbacks
):
    logged_in(client, staff(roles.MODERATORS))
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("exports:start", args=["certificates-registry"]), {"format": "zip"})
    assert ExportJob.objects.get().format == "csv"


@pytest.mark.parametrize(
    ("who", "status"),
    [
        (None, 302),
        ("teacher", 302),
        (roles.SCHOOL_COORDINATORS, 302),  # the admin sends them to its dashboard
        (roles.METHODOLOGISTS, 302),
        (roles.REGIONAL_OFFICERS, 200),
        (roles.NATIONAL_ANALYSTS, 200),
        (roles.MODERATORS, 200),
        ("superuser", 200),
    ],
)
def test_who_may_download_a_zip(client, schools, abai, who, status):
    here = schools[0]
    if who == "teacher":
        logged_in(client, UserFactory(role="teacher", school=here))
    elif who == "superuser":
        logged_in(client, staff(is_superuser=True, is_staff=True))
    elif who:
        logged_in(client, staff(who, region=abai))
    response = client.get(reverse(ZIP), {"school": here.pk, "region": here.region_id})
    assert response.status_code == status
    if status == 200:
        assert len(zip_names(response)) == 2
    else:
        assert not records()
