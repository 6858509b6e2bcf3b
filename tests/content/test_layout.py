"""The layout every page shares: landmarks, skip link, language, helplines, weight."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.staticfiles import finders

pytestmark = pytest.mark.django_db

KK_URLS = ["/kk/", "/kk/about/", "/kk/help/", "/kk/accounts/login/"]
BUDGET = 100 * 1024


def get_soup(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response, BeautifulSoup(response.content, "html.parser")


@pytest.mark.parametrize("url", KK_URLS)
def test_footer_shows_the_helplines(client, site_tree, url):
    _, html = get_soup(client, url)

    helplines = html.select_one("footer.site-footer .helplines")
    text = helplines.get_text()
    assert "111" in text
    assert "balaqorgaubot2.0" in text
    assert "balaqorgau" in text.replace("balaqorgaubot2.0", "")
    assert helplines.find("a", href="tel:111")


@pytest.mark.parametrize("url", KK_URLS)
def test_landmarks_skip_link_and_language(client, site_tree, url):
    _, html = get_soup(client, url)

    assert html.html["lang"] == "kk"
    mains = html.find_all("main")
    assert len(mains) == 1
    assert mains[0]["id"] == "main"
    skip = html.body.find("a")  # the first thing a keyboard reaches
    assert skip["href"] == "#main"
    assert "skip-link" in skip["class"]
    assert html.find("header", class_="site-header")
    assert html.find("footer", class_="site-footer")
    for nav in html.find_all("nav"):
        assert nav.get("aria-label"), "each navigation landmark is named"
    assert len(html.find_all("h1")) <= 1


def test_language_names_carry_their_own_lang(client, site_tree):
    _, html = get_soup(client, "/kk/")

    langs = [a["lang"] for a in html.select(".lang-switch a")]
    assert langs == ["kk", "ru", "en"]


@pytest.mark.parametrize("url", KK_URLS)
def test_page_and_stylesheet_stay_under_100_kb(client, site_tree, url):
    response, html = get_soup(client, url)

    stylesheet = html.find("link", rel="stylesheet")["href"]
    assert stylesheet.endswith("css/site.css")
    css_path = finders.find("css/site.css")
    with open(css_path, "rb") as css:
        css_bytes = len(css.read())
    assert css_bytes < 15 * 1024
    assert len(response.content) + css_bytes < BUDGET


def test_stylesheet_defines_the_shared_classes():
    with open(finders.find("css/site.css"), encoding="utf-8") as css:
        text = css.read()
    for selector in (
        ".skip-link:focus",
        ":focus-visible",
        ".errorlist",
        ".helptext",
        ".wrap",
        ".narrow",
        ".messages",
        ".lang-switch",
        ".site-header",
        ".site-footer",
        ".helplines",
        ".progress",
        "@media",
    ):
        assert selector in text, selector
