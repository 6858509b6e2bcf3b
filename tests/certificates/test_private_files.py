"""Certificate PDFs live in private storage: only the download view hands them
out, never MEDIA_URL; files stored before the change are moved there."""

import importlib
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from django.conf import settings
from django.core.checks import Error
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage, storages
from django.urls import clear_url_caches

from certificates import services, tasks
from certificates.models import Certificate
from lms import private_files
from tests.factories import UserFactory
from tests.users.test_settings import read_settings

pytestmark = pytest.mark.django_db

MIGRATION = importlib.import_module("certificates.migrations.0005_private_files")


@pytest.fixture
def certificate(completed):
    """Issued and rendered as the task does it, through the fast renderer."""
    certificate = services.issue_for_enrolment(completed.pk)
    tasks.deliver(certificate.pk)
    certificate.refresh_from_db()
    return certificate


def address(certificate):
    return f"/kk/certificates/{certificate.code}/download/"


def test_the_holder_downloads_the_pdf_kept_outside_media(client, certificate):
    assert certificate.pdf.name.startswith("certificates/")
    private = Path(settings.PRIVATE_ROOT, certificate.pdf.name)
    assert private.is_file()
    assert not Path(settings.MEDIA_ROOT, certificate.pdf.name).exists()
    assert Path(settings.MEDIA_ROOT) not in private.resolve().parents

    client.force_login(certificate.holder)
    response = client.get(address(certificate))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert "attachment" in response["Content-Disposition"]
    assert b"".join(response.streaming_content).startswith(b"%PDF")


def test_others_do_not_get_it(client, certificate):
    response = client.get(address(certificate))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    client.force_login(UserFactory(role="teacher"))  # another teacher, same school even
    assert client.get(address(certificate)).status_code == 404


def test_a_file_missing_from_the_disk_is_a_404(client, certificate):
    Path(settings.PRIVATE_ROOT, certificate.pdf.name).unlink()
    client.force_login(certificate.holder)
    assert client.get(address(certificate)).status_code == 404


@pytest.fixture
def debug_urls(settings):
    """The URLs as ``manage.py runserver`` has them: DEBUG on, so MEDIA_URL
    serves MEDIA_ROOT (lms/urls.py)."""
    import lms.urls

    settings.DEBUG = True
    importlib.reload(lms.urls)
    clear_url_caches()
    yield
    settings.DEBUG = False
    importlib.reload(lms.urls)
    clear_url_caches()


def test_media_url_does_not_serve_it_even_with_debug_on(client, certificate, debug_urls):
    default_storage.save("certificates/public-check.txt", ContentFile(b"public"))
    assert client.get("/media/certificates/public-check.txt").status_code == 200  # media served
    assert client.get(f"/media/{certificate.pdf.name}").status_code == 404


def test_regeneration_and_reissue_write_to_private_storage(client, certificate):
    new = services.reissue(certificate, "Құрманғали Әсем Өмірзаққызы")
    tasks.deliver(new.pk)
    new.refresh_from_db()
    assert new.pdf and storages["private"].exists(new.pdf.name)
    assert not default_storage.exists(new.pdf.name)


def test_the_bulk_renderer_stores_privately(completed):
    from certificates import bulk

    (pk,) = bulk.issue_batch.run([completed.pk])
    stored = Certificate.objects.get(pk=pk).pdf.name
    assert stored and storages["private"].exists(stored)
    assert not default_storage.exists(stored)


def test_files_stored_in_public_media_are_moved_by_the_migration(completed):
    certificate = services.issue_for_enrolment(completed.pk)
    name = default_storage.save("certificates/2026/01/old-v1.pdf", ContentFile(b"%PDF-1.7 old"))
    kept = default_storage.save("certificates/2026/01/old-v1-r3.pdf", ContentFile(b"%PDF r3"))
    # A run stopped half-way had copied this one already.
    storages["private"].save(kept, ContentFile(b"%PDF r3"))
    Certificate.objects.filter(pk=certificate.pk).update(pdf=name)

    MIGRATION.to_private(None, None)

    assert not default_storage.exists(name) and not default_storage.exists(kept)
    assert storages["private"].exists(name) and storages["private"].exists(kept)
    certificate.refresh_from_db()
    with certificate.pdf.open("rb") as handle:
        assert handle.read() == b"%PDF-1.7 old"
    assert private_files.move_files("certificates") == 0  # nothing left: safe to run again

    MIGRATION.to_public(None, None)  # and back, when the migration is reversed
    assert default_storage.exists(name) and not storages["private"].exists(name)


def test_a_private_root_inside_media_is_refused(settings):
    assert private_files.check_private_root(None) == []
    settings.PRIVATE_ROOT = Path(settings.MEDIA_ROOT) / "private"
    (error,) = private_files.check_private_root(None)
    assert isinstance(error, Error) and error.id == "lms.E002"


def test_with_s3_the_view_redirects_to_a_short_presigned_address(client, certificate, settings):
    settings.STORAGES = {
        **settings.STORAGES,
        "private": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                "bucket_name": "lms-private",
                "endpoint_url": "https://s3.example.kz",
                "region_name": "kz-1",
                "access_key": "test-key",
                "secret_key": "test-secret",
                "default_acl": "private",
                "querystring_auth": True,
                "querystring_expire": 300,
            },
        },
    }
    client.force_login(certificate.holder)
    response = client.get(address(certificate))
    assert response.status_code == 302
    target = urlsplit(response["Location"])
    query = parse_qs(target.query)
    assert (target.scheme, target.netloc) == ("https", "s3.example.kz")
    assert target.path == f"/lms-private/{certificate.pdf.name}"
    assert query["X-Amz-Expires"] == ["300"] and "X-Amz-Signature" in query
    assert query["response-content-type"] == ["application/pdf"]
    assert query["response-content-disposition"][0].startswith("attachment;")


def test_production_settings_keep_private_files_private():
    local = read_settings("s.STORAGES['private']['BACKEND']", "s.PRIVATE_ROOT")
    assert local["s.STORAGES['private']['BACKEND']"].endswith("PrivateFileSystemStorage")
    assert local["s.PRIVATE_ROOT"].endswith("var/private")
    s3 = read_settings(
        "s.STORAGES['private']['OPTIONS']",
        AWS_STORAGE_BUCKET_NAME="media",
        AWS_S3_ENDPOINT_URL="https://s3.example.kz",
    )["s.STORAGES['private']['OPTIONS']"]
    for part in ("'bucket_name': 'media'", "'location': 'private'", "'default_acl': 'private'"):
        assert part in s3
    assert "'querystring_expire': 300" in s3 and "'querystring_auth': True" in s3
    own_bucket = read_settings(
        "s.STORAGES['private']['OPTIONS']",
        AWS_STORAGE_BUCKET_NAME="media",
        AWS_PRIVATE_BUCKET_NAME="lms-private",
    )["s.STORAGES['private']['OPTIONS']"]
    assert "'bucket_name': 'lms-private'" in own_bucket and "'location': ''" in own_bucket
