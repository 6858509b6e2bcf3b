"""Export files (lists of people) live in private storage, reached only
through the download view of the person who asked; files written to public
media before the change are moved by the migration."""

import importlib
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage, storages

from exports.models import ExportJob
from tests.exports.conftest import staff
from tests.exports.test_flow import download, start
from tests.factories import UserFactory
from users import roles

pytestmark = pytest.mark.django_db


@pytest.fixture
def job(client, country, django_capture_on_commit_callbacks):
    client.force_login(staff(roles.NATIONAL_ANALYSTS))
    start(
        client,
        django_capture_on_commit_callbacks,
        {"course": str(country["course"].translation_key), "format": "csv"},
    )
    return ExportJob.objects.get(status="done")


def test_the_file_is_outside_media_and_only_its_owner_downloads_it(client, job):
    assert Path(settings.PRIVATE_ROOT, job.file.name).is_file()
    assert not Path(settings.MEDIA_ROOT, job.file.name).exists()
    assert len(download(client, job).decode("utf-8-sig").splitlines()) == 13
    client.force_login(staff(roles.NATIONAL_ANALYSTS))  # the same rights, not the owner
    assert client.get(f"/kk/exports/{job.pk}/download/").status_code == 404
    client.logout()
    assert client.get(f"/kk/exports/{job.pk}/download/").status_code == 302


def test_with_s3_the_owner_is_redirected_to_a_short_presigned_address(client, job, settings):
    settings.STORAGES = {
        **settings.STORAGES,
        "private": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                "bucket_name": "media",
                "location": "private",
                "endpoint_url": "https://s3.example.kz",
                "region_name": "kz-1",
                "access_key": "test-key",
                "secret_key": "test-secret",
                "querystring_expire": 300,
            },
        },
    }
    response = client.get(f"/kk/exports/{job.pk}/download/")
    assert response.status_code == 302
    target = urlsplit(response["Location"])
    assert target.path == f"/media/private/{job.file.name}"
    assert parse_qs(target.query)["X-Amz-Expires"] == ["300"]


def test_old_export_files_are_moved_out_of_media(db):
    migration = importlib.import_module("exports.migrations.0002_private_files")
    name = default_storage.save("exports/abc/learners.csv", ContentFile(b"a;b\n"))
    job = ExportJob.objects.create(user=UserFactory(), kind="k", status="done", file=name)
    migration.to_private(None, None)
    assert not default_storage.exists(name) and storages["private"].exists(name)
    job.refresh_from_db()
    with job.file.open("rb") as handle:
        assert handle.read() == b"a;b\n"
