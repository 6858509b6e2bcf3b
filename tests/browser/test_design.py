"""The design system in a browser (docs/design.md): the phone-first header,
no horizontal scroll at 320 px or at 200 % zoom, the menu by keyboard, the
home page's audience paths, and no axe violation on the key public pages,
at 360 and 1366 px."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import axe_violations
from tests.course_fixtures import tiny_course
from tests.factories import HomePageFactory, course_tree

pytestmark = pytest.mark.django_db(transaction=True)

PHONE = {"width": 360, "height": 740}
DESKTOP = {"width": 1366, "height": 768}
HEADER_ACTIONS = [".brand", ".nav__help", ".lang-switch summary", ".header-menu summary"]


@pytest.fixture
def site(migrated_data, live_server):
    from content.models import HelpPage

    home = HomePageFactory(slug="home-design", title="Білім: балаларды қорғау платформасы")
    home.add_child(instance=HelpPage(title="Көмек", slug="komek", intro="111"))
    course = course_tree(home, tiny_course(modules=2, lessons_per_module=2, slug="design"))
    return {
        "home": f"{live_server.url}/kk/",
        "course": live_server.url + course.url,
        "course_path": course.url,
        "verify": f"{live_server.url}/kk/certificates/verify/",
    }


def no_horizontal_scroll(page):
    return page.evaluate(
        "document.documentElement.scrollWidth <= document.documentElement.clientWidth"
    )


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["360", "1366"])
def test_the_header_is_one_bar_with_large_targets(page, site, viewport):
    page.set_viewport_size(viewport)
    page.goto(site["home"])

    assert page.locator(".site-header").bounding_box()["height"] <= 64
    for selector in HEADER_ACTIONS:
        box = page.locator(f".site-header {selector}").bounding_box()
        assert box["height"] >= 44 and box["width"] >= 44, selector
    expect(page.locator(".site-header .nav__help")).to_contain_text("111")
    for link in page.locator(".site-footer .helplines a").all():
        box = link.bounding_box()
        assert box["height"] >= 44 and box["width"] >= 44, link.inner_text()
    # Search and navigation wait in the menu.
    expect(page.get_by_role("search")).to_be_hidden()
    expect(page.get_by_role("navigation", name="Негізгі")).to_be_hidden()


@pytest.mark.parametrize("name", ["home", "course", "verify"])
def test_no_horizontal_scroll_at_320_px_or_at_200_percent_zoom(browser, site, name):
    # 200 % zoom of a 1280 px window: a 640 px layout drawn at twice the density.
    for viewport, scale in (({"width": 320, "height": 640}, 1), ({"width": 640, "height": 400}, 2)):
        context = browser.new_context(viewport=viewport, device_scale_factor=scale)
        page = context.new_page()
        page.goto(site[name])
        assert no_horizontal_scroll(page), (name, viewport)
        page.locator(".header-menu summary").click()
        expect(page.get_by_role("search")).to_be_visible()
        assert no_horizontal_scroll(page), (name, viewport, "menu open")
        if viewport["width"] == 320:
            assert page.locator(".site-header__bar").bounding_box()["height"] <= 64
        context.close()


def test_the_menu_opens_and_closes_with_the_keyboard(page, site):
    page.set_viewport_size(PHONE)
    page.goto(site["home"])
    menu = page.locator(".header-menu")
    summary = menu.locator("summary")

    for _ in range(8):  # skip link, brand, help, language, then the menu
        page.keyboard.press("Tab")
        if summary.evaluate("element => element === document.activeElement"):
            break
    expect(summary).to_be_focused()
    expect(summary).to_have_accessible_name("Мәзір және іздеу")

    page.keyboard.press("Enter")
    expect(menu).to_have_attribute("open", "")
    page.keyboard.press("Tab")
    expect(page.get_by_role("searchbox", name="Сайттан іздеу")).to_be_focused()
    expect(page.get_by_role("link", name="Ата-аналар академиясы")).to_be_visible()

    page.keyboard.press("Escape")
    expect(menu).not_to_have_attribute("open", "")
    expect(summary).to_be_focused()

    page.keyboard.press("Space")
    expect(menu).to_have_attribute("open", "")
    page.keyboard.press("Enter")
    expect(menu).not_to_have_attribute("open", "")


def test_the_language_menu_holds_the_three_languages(page, site):
    page.set_viewport_size(PHONE)
    page.goto(site["home"])

    page.locator(".lang-switch summary").click()
    links = page.get_by_role("navigation", name="Тіл").get_by_role("link")
    expect(links).to_have_count(3)
    links.nth(1).click()
    expect(page.locator("html")).to_have_attribute("lang", "ru")


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["360", "1366"])
def test_the_home_page_opens_with_the_two_audience_paths(page, site, viewport):
    page.set_viewport_size(viewport)
    page.goto(site["home"])

    teachers, parents = page.locator("#path-teachers"), page.locator("#path-parents")
    expect(teachers.get_by_role("link")).to_have_attribute("href", site["course_path"])
    expect(parents.get_by_role("link")).to_have_attribute("href", "/kk/academy/")
    if viewport is DESKTOP:  # both in the first screen
        assert parents.bounding_box()["y"] < DESKTOP["height"] - 100
    expect(page.locator(".course-card")).to_contain_text("2")
    expect(page.get_by_role("link", name="Сертификатты тексеру").first).to_be_visible()
    expect(page.get_by_role("link", name="111").last).to_have_attribute("href", "tel:111")


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["360", "1366"])
@pytest.mark.parametrize("name", ["home", "course", "verify"])
def test_axe_finds_no_violation(page, site, viewport, name):
    page.set_viewport_size(viewport)
    page.goto(site[name])
    assert axe_violations(page) == []
    page.locator(".header-menu summary").click()
    assert axe_violations(page) == []
