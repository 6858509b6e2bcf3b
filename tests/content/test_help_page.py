"""The help page lists the call centres of its own language, national lines first."""

import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.django_db


def call_centre_section(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").select_one("section.call-centres")


def test_kazakh_help_page_lists_kazakh_call_centres_grouped_by_region(
    client, site_tree, regions, call_centres
):
    section = call_centre_section(client, "/kk/help/")

    groups = [h3.get_text(strip=True) for h3 in section.find_all("h3")]
    in_order = sorted(regions.values(), key=lambda region: region.sort_order)
    assert groups == ["Ұлттық желілер", *(region.name_kk for region in in_order)]
    text = section.get_text()
    assert "Алматы байланыс орталығы" in text
    assert "Балалар сенім телефоны" in text
    assert "Колл-центр Алматы" not in text
    phones = {a.get_text(): a["href"] for a in section.select("a.call-centre__phone")}
    assert phones == {
        "111": "tel:111",
        "8 722 000 0000": "tel:87220000000",
        "+7 727 000 00 00": "tel:+77270000000",
    }


def test_russian_help_page_lists_only_russian_call_centres(client, site_tree, call_centres):
    section = call_centre_section(client, "/ru/help/")

    text = section.get_text()
    assert "Колл-центр Алматы" in text
    assert "Алматы байланыс орталығы" not in text
    # The region's name follows the page's language.
    assert [h3.get_text(strip=True) for h3 in section.find_all("h3")] == ["город Алматы"]


def test_help_page_without_call_centres_points_to_111(client, site_tree):
    section = call_centre_section(client, "/en/help/")

    assert section.find("h3") is None
    assert "111" in section.get_text()
