"""Fixtures shared by the whole suite.

Browser tests (any test using Playwright's ``page``): Debian's Chromium
driven by Playwright. No browser is ever downloaded: Playwright launches
/usr/bin/chromium. Where it is missing the tests are skipped on a developer's
machine and fail in CI.
"""

import os
from pathlib import Path

import pytest

pytest_plugins = ["tests.course_fixtures", "tests.fakes.telegram"]

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config, items):
    for item in items:
        if "page" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.browser)
            if not CHROMIUM.exists() and not os.environ.get("CI"):
                item.add_marker(pytest.mark.skip(reason=f"{CHROMIUM} is not installed"))
    # pytest-django runs tests that use the database in a transaction first and
    # those that commit (and flush the database after them) later. pytest then
    # groups the tests of one session-wide parameter, Playwright's browser, and
    # pulled the committing browser journeys up beside the acceptance package's
    # (which run in transactions): their flushes emptied the database for every
    # test after them. Put pytest-django's order back; the sort is stable.
    items.sort(key=_database_order)


def _database_order(item):
    marker = item.get_closest_marker("django_db")
    fixtures = getattr(item, "fixturenames", ())
    if (marker and marker.kwargs.get("transaction")) or {
        "transactional_db",
        "live_server",
    } & set(fixtures):
        return 1
    if marker or "db" in fixtures:
        return 0
    return 2


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {
        **browser_type_launch_args,
        "executable_path": str(CHROMIUM),
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ],
    }


@pytest.fixture(autouse=True)
def _no_content_security_policy_violations(request):
    """Every journey runs under the site's real Content-Security-Policy and
    Permissions-Policy: a script, style, frame or image the policy refuses, or
    a policy the browser cannot read, fails the test."""
    if "page" not in request.fixturenames:
        yield
        return
    page = request.getfixturevalue("page")
    refused = []

    def watch(message):
        if "Content Security Policy" in message.text or "Permissions-Policy" in message.text:
            refused.append(message.text)

    page.on("console", watch)
    yield
    assert not refused, "\n".join(refused)


@pytest.fixture(scope="session")
def signing_key(tmp_path_factory):
    """A self-signed demo key (as seed_demo makes), once per test process."""
    from certificates import credentials
    from certificates.signing import demo_key

    folder = tmp_path_factory.mktemp("signing")
    credentials.demo_key(folder / "credential-ed25519.pem")
    return demo_key(folder / "demo.p12")


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, tmp_path, signing_key):
    """Uploaded and generated files go to temporary folders, never var/;
    certificates are signed with the test process's demo key."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_ROOT = tmp_path / "private"
    settings.CERTIFICATE_SIGNING_KEY = str(signing_key)
    settings.CERTIFICATE_CREDENTIAL_KEY = str(signing_key.parent / "credential-ed25519.pem")


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


@pytest.fixture
def broker_gone():
    """Tasks go to a real Redis broker address where nothing listens, as
    while Redis restarts (lms/enqueue.py). Yields ``back()``, which puts the
    test settings back (tasks in-process), as teardown does."""
    from lms.celery import app
    from tests.ops.servers import closed_port

    # The write URL: the broker URL itself yields to CELERY_BROKER_URL in the environment.
    saved = (app.conf.broker_write_url, app.conf.task_always_eager)

    def reset_pools():  # as Celery does after a fork
        app._pool, app.amqp._producer_pool = None, None

    def back():
        reset_pools()
        app.conf.broker_write_url, app.conf.task_always_eager = saved

    reset_pools()
    app.conf.broker_write_url = f"redis://127.0.0.1:{closed_port()}/0"
    app.conf.task_always_eager = False
    yield back
    back()


@pytest.fixture
def fake_bbb(settings):
    """A fake BigBlueButton server on 127.0.0.1 (tests/fakes/bbb.py), configured
    as the one server "fake" of ``BBB_SERVERS``; stopped after the test."""
    from tests.fakes.bbb import FakeBBB
    from webinars import servers

    with FakeBBB() as server:
        settings.BBB_SERVERS = servers.parse(server.setting("fake"))
        yield server
