"""Acceptance gate: every demo role, in every language, walks the site from
where it lands, and sends hostile values to every parameter and form it meets.

No response may be a 5xx, and every HTML page carries ``lang`` of its URL's
language. The walk is bounded (pages per walk, visits per page shape), so it
stays inside CI's time even as the demo grows.
"""

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation

from tests.acceptance.crawler import LANGUAGES, Crawler
from users.demo import DEMO_DOMAIN, DEMO_PEOPLE

ROLES = [None, *(local for local, *_ in DEMO_PEOPLE), "admin"]
# One xdist worker for the package: the demo (conftest's `demo`) is built once.
pytestmark = pytest.mark.xdist_group("acceptance")


def _landing(client, language):
    """Follow the sign-in redirect as the person would after logging in."""
    with translation.override(language):
        login = reverse("account_login")
    response = client.get(login)
    if response.status_code in (301, 302):
        return response["Location"]
    return f"/{language}/"


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("role", ROLES, ids=lambda r: r or "anonymous")
def test_no_page_fails_for_anyone(demo, db, role, language):
    from users.models import User

    client = Client(raise_request_exception=True)
    if role:
        client.force_login(User.objects.get(email=f"{role}@{DEMO_DOMAIN}"))
    start = _landing(client, language)
    # The admin has no language prefix: its pages are walked in the Kazakh walk.
    crawler = Crawler(client, language, max_pages=50, admin=language == "kk")
    crawler.walk(start)
    crawler.walk(f"/{language}/")  # and the public pages, as this person
    print(f"{role}/{language}: {len(crawler.visited)} pages, {crawler.requests} requests")
    assert len(crawler.visited) > 3, f"walk from {start} reached only {crawler.visited}"
    report = "\n".join(str(problem) for problem in crawler.problems)
    assert not crawler.problems, f"{len(crawler.problems)} problems:\n{report}"
