"""Browser tests: Debian's Chromium driven by Playwright against the live server.

No browser is ever downloaded: Playwright launches /usr/bin/chromium. Where
it is missing the tests are skipped on a developer's machine and fail in CI.
"""

import os
from datetime import timedelta
from pathlib import Path

import pytest
from django.utils import timezone

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "tests/browser" in str(item.fspath):
            item.add_marker(pytest.mark.browser)
            if not CHROMIUM.exists() and not os.environ.get("CI"):
                item.add_marker(pytest.mark.skip(reason=f"{CHROMIUM} is not installed"))


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


@pytest.fixture
def live_url(live_server):
    return live_server.url


class Clock:
    """Time that passes at once for the page and the server alike.

    ``hold()`` stops the page's ``Date`` and timers (Playwright's clock); each
    ``run_for(seconds)`` moves them on and the server's ``timezone.now`` by
    the same amount. The server keeps its rules: a heartbeat still adds only
    the time that passed since the one before, at most the cap."""

    def __init__(self, page, monkeypatch):
        self.page = page
        self.passed = timedelta()
        real_now = timezone.now
        monkeypatch.setattr(timezone, "now", lambda: real_now() + self.passed)

    def hold(self):
        now = timezone.now()
        self.page.clock.install(time=now)
        self.page.clock.pause_at(now)

    def run_for(self, seconds):
        self.passed += timedelta(seconds=seconds)
        self.page.clock.run_for(seconds * 1000)

    def resume(self):
        self.page.clock.resume()


@pytest.fixture
def clock(page, monkeypatch):
    return Clock(page, monkeypatch)


def axe_violations(page):
    """Run axe-core (shipped inside axe-playwright-python) for WCAG 2.1 AA."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(
        page,
        options={
            "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}
        },
    )
    return results.response["violations"]


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
