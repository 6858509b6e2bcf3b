"""The layout every page shares: landmarks, skip link, language, helplines,
favicon, meta description, weight."""

import gzip

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.contrib.staticfiles import finders

pytestmark = pytest.mark.django_db

KK_URLS = ["/kk/", "/kk/about/", "/kk/help/", "/kk/accounts/login/"]
BUDGET = 40 * 1024


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
def test_page_and_its_assets_stay_under_40_kb_gzipped(client, site_tree, url):
    """The design budget (docs/design.md): HTML, CSS and JS of a page, as served gzipped."""
    response, html = get_soup(client, url)

    stylesheet = html.find("link", rel="stylesheet")["href"]
    assert stylesheet.endswith("css/site.css")
    assets = [link["href"] for link in html.find_all("link", rel="stylesheet")]
    assets += [script["src"] for script in html.find_all("script", src=True)]
    weight = len(gzip.compress(response.content, 6))
    for url_path in assets:
        with open(finders.find(url_path.removeprefix(settings.STATIC_URL)), "rb") as asset:
            weight += len(gzip.compress(asset.read(), 9))
    assert weight < BUDGET


def test_favicon_and_meta_description(client, site_tree):
    from content.models import OrganisationSettings

    _, html = get_soup(client, "/kk/")
    icons = [link["href"] for link in html.find_all("link", rel="icon")]
    assert [icon.rsplit(".", 1)[1] for icon in icons] == ["svg", "png"]
    assert html.find("meta", attrs={"name": "description"}) is None

    setting = OrganisationSettings.for_site(site_tree["kk"]["home"].get_site())
    setting.description_kk = "Балаларды қорғау платформасы."
    setting.save()
    _, html = get_soup(client, "/kk/")
    assert html.find("meta", attrs={"name": "description"})["content"] == (
        "Балаларды қорғау платформасы."
    )

    about = site_tree["kk"]["about"]
    about.search_description = "Жоба туралы қысқаша."
    about.save_revision().publish()
    _, html = get_soup(client, "/kk/about/")
    assert html.find("meta", attrs={"name": "description"})["content"] == "Жоба туралы қысқаша."


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


def test_every_scrolling_table_is_a_focusable_labelled_region():
    """axe's scrollable-region-focusable: a keyboard must reach a table that scrolls."""
    import re
    from pathlib import Path

    from django.conf import settings as django_settings

    templates = Path(django_settings.BASE_DIR) / "templates"
    wrapper = re.compile(r'<div class="table-(?:scroll|wrap)"[^>]*>')
    for path in templates.rglob("*.html"):
        for tag in wrapper.findall(path.read_text(encoding="utf-8")):
            assert 'tabindex="0"' in tag and 'role="region"' in tag, (path, tag)
            assert "aria-label" in tag, (path, tag)
