"""A unit page: its sections, its worksheet, and its Russian translation."""

import pytest
import wagtail_factories
from bs4 import BeautifulSoup

from .factories import UnitPageFactory

pytestmark = pytest.mark.django_db


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def worksheet():
    return wagtail_factories.DocumentFactory(
        title="Жұмыс парағы",
        file__filename="zhumys-paragy.txt",
        file__data="Тапсырма: фейкті тап.".encode(),
    )


@pytest.fixture
def unit(unit_index, topics, worksheet):
    return UnitPageFactory(
        parent=unit_index,
        title="Фейк жаңалықтар",
        grade_from=7,
        grade_to=8,
        topics=[topics["fake-news"]],
        worksheets=[{"type": "worksheet", "value": {"document": worksheet.pk, "label": "Парақ"}}],
    )


def test_unit_page_shows_its_sections_in_heading_order(client, unit):
    html = soup(client.get(unit.url))

    assert html.h1.get_text(strip=True) == "Фейк жаңалықтар"
    assert [h.name for h in html.main.find_all(["h1", "h2"])][0] == "h1"
    sections = [h["id"] for h in html.main.find_all("h2")]
    assert sections == [
        "objectives-title",
        "plan-title",
        "activities-title",
        "worksheets-title",
        "parents-title",
    ]
    assert html.find("li", string="Фейктің белгілерін атайды.")
    assert html.select_one("#plan-title ~ .stream h3").get_text(strip=True) == "Кіріспе"
    assert html.select_one(".activity h3").get_text(strip=True) == "Фейкті тап"
    assert "15" in html.select_one(".activity__duration").get_text()
    assert "бірге" in html.select_one(".unit__parents").get_text()


def test_unit_page_links_its_worksheet(client, unit, worksheet):
    html = soup(client.get(unit.url))

    link = html.find("a", href=worksheet.url)
    assert link.get_text(strip=True) == "Парақ"
    assert "TXT" in link.find_parent(class_="document").get_text()


def test_topics_link_to_the_filtered_index(client, unit, unit_index):
    html = soup(client.get(unit.url))

    link = html.select_one("ul.tags a")
    assert link.get_text(strip=True) == "Фейк жаңалықтар"
    assert link["href"] == f"{unit_index.url}?topic=fake-news"


def test_translated_unit_renders_under_ru_with_russian_topics(client, unit, topics, locales):
    ru = locales["ru"]
    topic_ru = topics["fake-news"].copy_for_translation(ru)
    topic_ru.name = "Фейковые новости"
    topic_ru.save()
    translated = unit.copy_for_translation(ru, copy_parents=True)
    translated.title = "Фейковые новости и проверка фактов"
    # As wagtail-localize leaves it: the topics still point at the Kazakh ones.
    translated.save_revision().publish()
    translated.refresh_from_db()
    assert translated.url.startswith("/ru/")

    html = soup(client.get(translated.url))

    assert html.html["lang"] == "ru"
    assert html.h1.get_text(strip=True) == "Фейковые новости и проверка фактов"
    assert html.select_one("ul.tags a").get_text(strip=True) == "Фейковые новости"

    index_ru = translated.get_parent().specific  # an alias of the Kazakh index
    listing = soup(client.get(index_ru.url))
    card = listing.select_one(".unit-card")
    assert card.a.get_text(strip=True) == "Фейковые новости и проверка фактов"
    assert "Фейковые новости" in card.select_one(".tags").get_text()
    filtered = soup(client.get(f"{index_ru.url}?topic=fake-news"))
    assert len(filtered.select(".unit-card")) == 1


def test_unit_translated_with_wagtail_localize_shows_topics_of_its_language(
    client, unit, unit_index, topics, locales, django_capture_on_commit_callbacks
):
    from wagtail_localize.models import TranslationSource

    ru = locales["ru"]
    topic_ru = topics["fake-news"].copy_for_translation(ru)
    topic_ru.name = "Фейковые новости"
    topic_ru.save()
    for page in (unit_index, unit):
        source, _ = TranslationSource.get_or_create_from_instance(page)
        with django_capture_on_commit_callbacks(execute=True):  # it publishes on commit
            source.create_or_update_translation(ru, fallback=True)  # strings left in Kazakh

    translated = unit.get_translation(ru)
    html = soup(client.get(translated.url))

    assert translated.url.startswith("/ru/")
    assert html.select_one("ul.tags a").get_text(strip=True) == "Фейковые новости"
    assert html.find("a", href=unit.worksheets[0].value["document"].url)
