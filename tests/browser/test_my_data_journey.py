"""A teacher, in Kazakh on a phone, downloads a copy of their data and
closes their account, changing their mind once (issue #15)."""

import json
import re
import zipfile
from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone
from playwright.sync_api import expect

from privacy.models import AccountClosure
from privacy.tasks import close_due_accounts
from tests.browser.conftest import FACTORY_PASSWORD, sign_in
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db(transaction=True)
EMAIL = "my-data@example.kz"


def test_download_my_data_then_close_my_account(page, live_server, migrated_data):
    UserFactory(email=EMAIL, role="teacher", first_name="Дана")
    page.set_viewport_size({"width": 360, "height": 740})
    sign_in(page, live_server.url, EMAIL)
    page.goto(f"{live_server.url}/kk/me/")
    page.get_by_role("link", name=re.compile("^Менің деректерім")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Менің деректерім")

    page.get_by_role("button", name="Деректерімнің көшірмесін дайындау").click()
    expect(page.locator(".message--success")).to_contain_text(EMAIL)
    (letter,) = [m for m in mail.outbox if m.to == [EMAIL]]
    link = re.search(r"https?://[^/\s]+(/\S+)", letter.body).group(1)
    with page.expect_download() as download:
        page.evaluate(
            "href => { const a = document.createElement('a'); a.href = href; "
            "document.body.appendChild(a); a.click(); }",
            link,
        )
    archive = zipfile.ZipFile(download.value.path())
    assert json.loads(archive.read("profile.json"))[0]["first_name"] == "Дана"

    # Closing asks for the password; a wrong one is said at the top and at the field.
    page.get_by_label("Құпия сөзіңіз").fill("not-it")
    page.get_by_role("button", name="Тіркелгімді жабу").click()
    expect(page.locator("[data-error-summary]")).to_contain_text("Бұл сіздің құпия сөзіңіз емес.")
    page.get_by_label("Құпия сөзіңіз").fill(FACTORY_PASSWORD)
    page.get_by_role("button", name="Тіркелгімді жабу").click()
    expect(page.locator(".message--warning")).to_contain_text("жабылады")

    # Changing one's mind.
    page.get_by_role("button", name="Тіркелгімді сақтау").click()
    expect(page.locator(".message--success")).to_have_text(re.compile("Тіркелгіңіз ашық қалады"))
    assert not AccountClosure.objects.exists()

    # For good this time: once the cooling-off is over, the account is closed.
    page.get_by_label("Құпия сөзіңіз").fill(FACTORY_PASSWORD)
    page.get_by_role("button", name="Тіркелгімді жабу").click()
    AccountClosure.objects.update(due_at=timezone.now() - timedelta(minutes=1))
    assert close_due_accounts() == 1
    page.goto(f"{live_server.url}/kk/me/")
    expect(page).to_have_url(re.compile("/kk/accounts/login/"))
    sign_in(page, live_server.url, EMAIL)
    expect(page).to_have_url(re.compile("/kk/accounts/login/"))
