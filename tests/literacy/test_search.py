"""Site search: live pages of the visitor's language, by title and body."""

import pytest
from bs4 import BeautifulSoup

from .factories import UnitPageFactory

pytestmark = pytest.mark.django_db


def results(client, url):
    response = client.get(url)
    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    return html, [a.get_text(strip=True) for a in html.select(".search-result h2 a")]


def test_finds_a_unit_by_a_word_of_its_lesson_plan(client, unit_index):
    UnitPageFactory(parent=unit_index, title="Алгоритмдер", plan_text="Лента алгоритмі көпіршік.")
    UnitPageFactory(parent=unit_index, title="Жарнама", plan_text="Блогер жарнамасы.")

    html, found = results(client, "/kk/search/?q=көпіршік")

    assert found == ["Алгоритмдер"]
    result = html.select_one(".search-result")
    assert result.select_one(".search-result__type").get_text(strip=True)
    assert "Сабақтың қысқаша сипаттамасы." in result.get_text()


def test_finds_a_unit_by_its_title(client, unit_index):
    UnitPageFactory(parent=unit_index, title="Кибербуллинг және цифрлық із")

    _, found = results(client, "/kk/search/?q=Кибербуллинг")

    assert found == ["Кибербуллинг және цифрлық із"]


@pytest.mark.parametrize("query", ['"Кибербуллинг', 'Кибербуллинг"', '"Кибербуллинг"'])
def test_a_quote_left_open_or_closed_still_finds_the_page(client, unit_index, query):
    UnitPageFactory(parent=unit_index, title="Кибербуллинг және цифрлық із")

    html, found = results(client, f"/kk/search/?q={query}")

    assert found == ["Кибербуллинг және цифрлық із"]
    assert html.select_one("main form[role=search] input")["value"] == query


@pytest.mark.parametrize("query", ['"', "'", "(", "NEAR(", "*", "-", "x" * 3000, "\x00", "a\x00b"])
def test_search_syntax_alone_answers_with_the_form(client, unit_index, query):
    results(client, f"/kk/search/?q={query}")


def test_finds_nothing_for_nonsense_and_says_so(client, unit_index, units):
    html, found = results(client, "/kk/search/?q=qzxqvjw")

    assert found == []
    assert html.select_one(".search__count[role=status]")


def test_drafts_and_other_languages_are_not_found(client, site_tree, unit_index, units):
    _, found = results(client, "/kk/search/?q=бөлім")
    assert units["draft"].title not in found

    _, found = results(client, "/ru/search/?q=Кибербуллинг")
    assert found == []


@pytest.mark.parametrize("query", ["", "   "])
def test_an_empty_query_shows_only_the_form(client, site_tree, query):
    html, found = results(client, f"/kk/search/?q={query}")

    assert found == []
    form = html.select_one("main form[role=search]")
    assert form.find("label", attrs={"for": "search-q"})
    assert html.select_one(".search__count") is None


def test_results_come_twenty_to_a_page(client, unit_index):
    for _ in range(23):
        UnitPageFactory(parent=unit_index, plan_text="Ортақ сөз медиасауат.")

    _, first = results(client, "/kk/search/?q=медиасауат")
    html, second = results(client, "/kk/search/?q=медиасауат&page=2")

    assert (len(first), len(second)) == (20, 3)
    assert html.select_one(".pagination a[rel=prev]")


def test_every_page_has_a_labelled_search_box(client, site_tree):
    response = client.get("/kk/about/")

    form = BeautifulSoup(response.content, "html.parser").select_one(
        ".site-header form[role=search]"
    )
    assert form["action"] == "/kk/search/"
    field = form.find("input", attrs={"name": "q"})
    assert form.find("label", attrs={"for": field["id"]})


def test_pages_behind_a_login_are_not_found(client, unit_index):
    from wagtail.models import PageViewRestriction

    hidden = UnitPageFactory(parent=unit_index, title="Жабық бөлім", plan_text="құпиясөз")
    UnitPageFactory(parent=unit_index, title="Ашық бөлім", plan_text="құпиясөз")
    PageViewRestriction.objects.create(page=hidden, restriction_type=PageViewRestriction.LOGIN)

    _, found = results(client, "/kk/search/?q=құпиясөз")

    assert found == ["Ашық бөлім"]
