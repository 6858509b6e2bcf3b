"""The demo's translations are made through wagtail-localize: each translated
course, unit and topic page is a Translation of its Kazakh page, so "Sync
translated pages" has something to sync after a methodologist's edit."""

import pytest
from wagtail.models import Locale
from wagtail_localize.models import Translation

from courses.models import LessonPage
from literacy.models import Topic, UnitPage

pytestmark = [pytest.mark.django_db, pytest.mark.xdist_group("acceptance")]


def test_the_seeded_demo_is_translated_through_wagtail_localize(demo):
    ru = Locale.objects.get(language_code="ru")
    lesson = LessonPage.objects.live().filter(locale=ru).first()
    source = Translation.objects.get(target_locale=ru, source__object=lesson.translation_key).source
    assert source.get_source_instance() == lesson.get_translation(Locale.get_default())
    assert source.locale.language_code == "kk"
    for model in (UnitPage, Topic):
        translated = model.objects.filter(locale=ru).first()
        assert Translation.objects.filter(
            target_locale=ru,
            source__object=translated.translation_key,
            source__locale__language_code="kk",
        ).exists()
