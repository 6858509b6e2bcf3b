"""The demo seed: six or more units over grades 5–11, in three languages."""

from io import StringIO

import pytest
from wagtail.documents import get_document_model
from wagtail.models import Page

import content.demo
import literacy.demo
from literacy.models import Topic, UnitIndexPage, UnitPage

pytestmark = pytest.mark.django_db


def counts():
    return {
        "pages": Page.objects.count(),
        "units": UnitPage.objects.count(),
        "topics": Topic.objects.count(),
        "documents": get_document_model().objects.count(),
    }


@pytest.fixture
def seeded():
    content.demo.seed(StringIO())
    literacy.demo.seed(StringIO())


def test_seed_makes_units_over_grades_5_to_11_in_three_languages(seeded):
    kk_units = UnitPage.objects.live().filter(locale__language_code="kk")
    assert kk_units.count() >= 6
    assert min(u.grade_from for u in kk_units) == 5
    assert max(u.grade_to for u in kk_units) == 11
    for code in ("ru", "en"):
        translated = UnitPage.objects.live().filter(locale__language_code=code)
        assert translated.count() == kk_units.count()
        for unit in translated:
            assert {t.locale.language_code for t in unit.topics.all()} == {code}
    for unit in kk_units:
        assert unit.topics.exists()
        assert len(unit.activities) >= 2
        document = unit.worksheets[0].value["document"]
        assert document.file.name.endswith(".txt")
        with document.open_file() as worksheet:
            assert "ЖҰМЫС ПАРАҒЫ" in worksheet.read().decode()


def test_seed_is_idempotent(seeded):
    before = counts()

    literacy.demo.seed(StringIO())

    assert counts() == before


def test_demo_pages_render_in_every_language(client, seeded):
    for code in ("kk", "ru", "en"):
        index = UnitIndexPage.objects.get(locale__language_code=code)
        response = client.get(index.url)
        assert response.status_code == 200
        assert response.content.count(b'class="card unit-card"') >= 6
        unit = UnitPage.objects.filter(locale__language_code=code).first()
        assert client.get(unit.url).status_code == 200
