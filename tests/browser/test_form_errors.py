"""The sign-up form sent back with errors, on a 360 px phone and a 1366 px
desktop: the summary takes focus and is in view, its first link takes focus
to its field, and axe finds nothing."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import axe_violations

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.mark.parametrize("width", [360, 1366])
def test_the_empty_signup_opens_on_a_summary_that_leads_to_the_fields(
    page, migrated_data, live_server, width
):
    page.set_viewport_size({"width": width, "height": 740})
    page.goto(f"{live_server.url}/kk/accounts/signup/")
    page.locator("form[action$='/accounts/signup/'] > button[type=submit]").click()

    summary = page.locator("[data-error-summary]")
    expect(summary).to_be_focused()
    expect(summary).to_be_in_viewport()
    expect(summary).to_contain_text("Қате бар")
    assert page.title().startswith("Қате: ")

    first = summary.get_by_role("link").first
    target = first.get_attribute("href").removeprefix("#")
    first.click()
    focused = page.evaluate("document.activeElement.id")
    assert focused == target or focused.startswith(f"{target}_")
    expect(page.locator(f"#{focused}")).to_have_attribute("aria-invalid", "true")

    assert axe_violations(page) == []
