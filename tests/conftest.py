"""Fixtures shared by the whole suite."""

import pytest

pytest_plugins = ["tests.course_fixtures"]


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, tmp_path):
    """Uploaded and generated files go to temporary folders, never var/."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_ROOT = tmp_path / "private"


@pytest.fixture(autouse=True)
def _fresh_cache():
    """allauth's rate limits count in the cache; each test starts from zero."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """A database kept from an earlier run (``--reuse-db``) was left flushed by
    its last transactional test: put the migrations' rows back before any test."""
    from tests.reference import restore_reference_data

    with django_db_blocker.unblock():
        restore_reference_data()


@pytest.fixture
def migrated_data(transactional_db):
    """For tests that commit (live server, real workers): put back what the
    migrations made (Wagtail's root and locale, the regions, the staff groups)
    after an earlier transactional test's flush removed it."""
    from tests.reference import restore_reference_data

    restore_reference_data()
