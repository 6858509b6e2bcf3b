"""The demo seed: six or more units over grades 5–11, in three languages."""

from io import StringIO

import pytest
from django.test.utils import override_settings
from wagtail.documents import get_document_model
from wagtail.models import Page

import content.demo
import literacy.demo
from literacy.models import Topic, UnitIndexPage, UnitPage
from tests.module_data import rolled_back

# One xdist worker for the module: its data is built once.
pytestmark = [pytest.mark.django_db, pytest.mark.xdist_group(__name__)]


def counts():
    return {
        "pages": Page.objects.count(),
        "units": UnitPage.objects.count(),
        "topics": Topic.objects.count(),
        "documents": get_document_model().objects.count(),
    }


@pytest.fixture(scope="module")
def media(tmp_path_factory):
    return tmp_path_factory.mktemp("media")


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, media):
    """The seeded documents stay in the module's folder for every test."""
    settings.MEDIA_ROOT = media


@pytest.fixture(scope="module")
def seeded(django_db_setup, django_db_blocker, media):
    """Seeded once for the module (``tests.module_data``)."""
    with override_settings(MEDIA_ROOT=media), django_db_blocker.unblock(), rolled_back():
        content.demo.seed(StringIO())
        literacy.demo.seed(StringIO())
        yield


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
