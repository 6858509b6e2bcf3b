"""Home, standard and help pages render in every language and link to each other."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

pytestmark = pytest.mark.django_db


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


@pytest.mark.parametrize("name", ["home", "about", "help"])
def test_pages_render_in_kazakh(client, site_tree, name):
    page = site_tree["kk"][name]
    url = page.get_url()
    assert url.startswith("/kk/")

    response = client.get(url)

    assert response.status_code == 200
    html = soup(response)
    assert html.h1.get_text(strip=True) == page.title
    assert html.find(class_="lead").get_text(strip=True) == page.intro
    # The shared body blocks render through their own templates.
    assert html.find("h2", string="Буллингтің белгілері")
    assert html.select_one(".rich-text b").get_text() == "өзгерсе"
    assert html.select_one("figure.quote blockquote").get_text(strip=True).startswith("Бала")
    assert html.select_one(".callout--warning .callout__label").get_text(strip=True) == "Ескерту"


def test_translations_have_their_own_urls(client, site_tree):
    assert site_tree["ru"]["home"].get_url() == "/ru/"
    assert site_tree["en"]["about"].get_url() == "/en/about-en/"
    response = client.get("/ru/about-ru/")
    assert response.status_code == 200
    html = soup(response)
    assert html.html["lang"] == "ru"
    assert html.h1.get_text(strip=True) == "About ru"


def test_language_switcher_links_to_the_translation(client, site_tree):
    response = client.get("/kk/about/")

    switcher = soup(response).select_one("nav.lang-switch")
    links = {a["hreflang"]: a for a in switcher.find_all("a")}
    assert links["ru"]["href"] == "/ru/about-ru/"
    assert links["en"]["href"] == "/en/about-en/"
    assert links["kk"]["href"] == "/kk/about/"
    assert links["kk"]["aria-current"] == "page"
    assert links["ru"]["lang"] == "ru"
    assert "aria-current" not in links["ru"].attrs


def test_header_and_footer_link_to_the_help_page_of_the_language(client, site_tree):
    for code in ("kk", "ru"):
        html = soup(client.get(site_tree[code]["home"].get_url()))
        help_url = site_tree[code]["help"].get_url()
        assert html.select_one(".site-header a.nav__help")["href"] == help_url
        assert html.select_one(".site-footer").find("a", href=help_url)


def test_help_page_is_looked_up_once_per_request(client, site_tree):
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/kk/about/")
    assert response.status_code == 200
    lookups = [q["sql"] for q in queries if '"content_helppage"' in q["sql"]]
    assert len(lookups) == 1


def test_without_a_help_page_the_help_button_calls_111(client, site_tree):
    site_tree["kk"]["help"].unpublish()

    html = soup(client.get("/kk/"))

    assert html.select_one(".site-header a.nav__help")["href"] == "tel:111"
    assert not html.select_one(".site-header nav[aria-label] a[href$='/help/']")
    assert "111" in html.select_one(".site-footer").get_text()


def test_home_page_lists_sections_shown_in_menus(client, site_tree):
    about = site_tree["kk"]["about"]
    about.show_in_menus = True
    about.search_description = "Жоба туралы қысқаша."
    publish(about)

    html = soup(client.get("/kk/"))

    card = html.select_one(".cards .card")
    assert card.a["href"] == "/kk/about/"
    assert "қысқаша" in card.get_text()
    assert len(html.select(".cards .card")) == 1


def publish(page):
    page.save_revision().publish()
    return page
