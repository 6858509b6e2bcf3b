"""Every page's header (help link, language switcher) is cached, yet follows
page changes at once."""

import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.django_db


def test_the_header_follows_page_changes(client, site_tree):
    def header_links(url):
        html = BeautifulSoup(client.get(url).content, "html.parser")
        help_link = html.select_one(".site-header a.nav__help")
        switcher = {a["hreflang"]: a["href"] for a in html.select("nav.lang-switch a")}
        return (help_link["href"] if help_link else None), switcher

    help_url, switcher = header_links("/kk/about/")
    assert help_url == site_tree["kk"]["help"].url
    assert switcher["ru"] == "/ru/about-ru/"

    about_ru = site_tree["ru"]["about"]
    about_ru.slug = "o-proekte"
    about_ru.save_revision().publish()
    site_tree["kk"]["help"].unpublish()

    help_url, switcher = header_links("/kk/about/")
    assert help_url == "tel:111"  # no help page: the button calls the helpline
    assert switcher["ru"] == "/ru/o-proekte/"
