"""Journey 1 of the foundation: sign up as a teacher, confirm the e-mail,
sign in, switch to Russian and back, see the help line in the footer; and
axe-core finds no WCAG 2.1 AA violation on the home, sign-up and login pages."""

import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from directory.models import School
from tests.browser.conftest import axe_violations

pytestmark = [pytest.mark.django_db, pytest.mark.xdist_group("acceptance")]
PASSWORD = "Qazaqstan-2026-strong"


def test_teacher_signs_up_confirms_signs_in_and_switches_language(demo_server, page):
    school = School.objects.select_related("district", "region").order_by("code").first()
    page.goto(f"{demo_server}/kk/accounts/signup/")
    page.get_by_label("Тегі").fill("Сәрсенбаева")
    page.get_by_label("Аты", exact=True).fill("Әйгерім")
    page.get_by_label("Мұғалім").check()
    page.get_by_label("Облыс").select_option(str(school.region_id))
    # The district and school lists fill from the choice above without a reload.
    page.get_by_label("Аудан").select_option(str(school.district_id))
    page.get_by_label("Мектеп", exact=True).select_option(str(school.pk))
    page.get_by_label("Электрондық пошта").fill("aigerim@example.kz")
    page.get_by_label("Құпия сөз", exact=True).fill(PASSWORD)
    page.get_by_label("Құпия сөз (қайта)").fill(PASSWORD)
    page.get_by_label(
        "Дербес деректерімнің хабарламада сипатталғандай өңделуіне келісемін."
    ).check()
    page.get_by_role("button", name="Тіркелу").click()
    expect(page).to_have_url(re.compile(r"/kk/accounts/confirm-email/$"))

    assert len(mail.outbox) == 1
    link = re.search(r"https?://\S+", mail.outbox[0].body).group(0)
    page.goto(link.replace("http://testserver", demo_server))
    page.get_by_role("button", name="Растау").click()
    expect(page).to_have_url(re.compile(r"/kk/me/$"))
    expect(page.get_by_role("heading", level=1)).to_be_visible()

    page.locator(".header-menu summary").click()  # "sign out" is in the header's menu
    page.get_by_role("link", name="Шығу").click()
    page.get_by_role("button", name="Шығу").click()
    page.goto(f"{demo_server}/kk/accounts/login/")
    page.get_by_label("Электрондық пошта").fill("aigerim@example.kz")
    page.get_by_label("Құпия сөз").fill(PASSWORD)
    page.get_by_role("button", name="Кіру").click()
    expect(page).to_have_url(re.compile(r"/kk/me/$"))

    page.locator(".lang-switch summary").click()  # the language menu
    page.get_by_role("link", name="Русский").click()
    expect(page).to_have_url(re.compile(r"/ru/me/$"))
    expect(page.locator("html")).to_have_attribute("lang", "ru")
    page.locator(".lang-switch summary").click()
    page.get_by_role("link", name="Қазақша").click()
    expect(page).to_have_url(re.compile(r"/kk/me/$"))
    footer = page.get_by_role("contentinfo")
    expect(footer).to_contain_text("111")
    expect(footer).to_contain_text("balaqorgau")


@pytest.mark.parametrize("path", ["/kk/", "/kk/accounts/signup/", "/kk/accounts/login/"])
def test_pages_have_no_wcag_aa_violations(demo_server, page, path):
    page.goto(f"{demo_server}{path}")
    violations = axe_violations(page)
    assert violations == [], [(v["id"], v["help"], len(v["nodes"])) for v in violations]
