"""The demo that ``make run`` builds, served as production serves it.

Every test that needs the demo as ``seed_demo`` makes it lives in this
package: the database is built once for the package by ``seed_demo`` itself
(not by fixtures), with ``DEBUG`` off and the manifest static storage of
production, so a template naming a static file that does not exist fails here
as it would there. Each test runs in a transaction that is rolled back, so a
hostile form submitted by one walk changes nothing for the next; browser
journeys reach the same database through ``demo_server``. The demo is removed
at the end and the migrations' reference rows put back for the rest of the
suite. Every module is in the xdist group ``acceptance``: one worker, one seed.
"""

from contextlib import contextmanager

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import connection
from django.test.utils import override_settings

from tests.reference import restore_reference_data


@pytest.fixture(scope="package")
def acceptance_dirs(tmp_path_factory):
    root = tmp_path_factory.mktemp("acceptance")
    return {"media": root / "media", "private": root / "private", "static": root / "static"}


@pytest.fixture(autouse=True)
def _media_in_tmp(acceptance_dirs):
    """Overrides the suite's per-test media folder: the demo's files (the
    graduate's certificate) live in the module's folders for every walk."""
    with override_settings(
        MEDIA_ROOT=acceptance_dirs["media"], PRIVATE_ROOT=acceptance_dirs["private"]
    ):
        yield


@contextmanager
def seeded_demo(django_db_blocker, dirs):
    """The database as ``seed_demo`` leaves it, served as production serves
    it (``DEBUG`` off, manifest static files collected into ``dirs``); on
    leaving, the demo is removed and the migrations' reference rows put back."""
    production_like = override_settings(
        DEBUG=False,
        STATIC_ROOT=dirs["static"],
        MEDIA_ROOT=dirs["media"],
        PRIVATE_ROOT=dirs["private"],
        STORAGES={
            **settings.STORAGES,
            "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
        },
    )
    production_like.enable()
    try:
        call_command("collectstatic", interactive=False, verbosity=0)
        with django_db_blocker.unblock():
            call_command("seed_demo", stdout=_Quiet())
        yield
    finally:
        with django_db_blocker.unblock():
            call_command("flush", interactive=False, verbosity=0)
            restore_reference_data()
            # After a browser journey this teardown runs in Playwright's
            # context, where Django keeps a connection of its own: close it, or
            # it holds the test database open when pytest-django drops it.
            connection.close()
        production_like.disable()


@contextmanager
def serving():
    """The demo over HTTP for browser journeys. Not pytest-django's
    ``live_server``: that makes each test transactional, and the flush after
    each would remove the demo. Static files are served by WhiteNoise from the
    collected folder, as in production."""
    from django.test.testcases import LiveServerThread

    thread = LiveServerThread("localhost", static_handler=_as_is)
    thread.daemon = True
    thread.start()
    thread.is_ready.wait()
    if thread.error:
        raise thread.error
    try:
        yield f"http://{thread.host}:{thread.port}"
    finally:
        thread.terminate()


@pytest.fixture(scope="package")
def demo(django_db_setup, django_db_blocker, acceptance_dirs):
    with seeded_demo(django_db_blocker, acceptance_dirs):
        yield


@pytest.fixture(scope="package")
def demo_server(demo):
    with serving() as url:
        yield url


def _as_is(application):
    return application


class _Quiet:
    def write(self, *args, **kwargs):
        pass

    def flush(self):
        pass
