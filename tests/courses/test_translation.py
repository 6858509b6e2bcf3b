"""A course translated from its data goes through wagtail-localize: each
translated page is a Translation of its Kazakh page, with the data's strings,
so "Sync translated pages" keeps them when the source changes."""

import pytest
from wagtail.models import Locale
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from courses.builder import translate_course
from courses.models import AssessmentPage, LessonPage
from tests.course_fixtures import lessons

pytestmark = pytest.mark.django_db


@pytest.fixture
def ru(course, course_data):
    locale = Locale.objects.get(language_code="ru")
    translate_course(course, course_data, locale)
    return locale


def test_each_translated_page_is_a_translation_of_the_kazakh_page(course, ru):
    for kk_page in [course, *course.get_descendants()]:
        source = TranslationSource.objects.get_for_instance(kk_page.specific)
        assert source.locale.language_code == "kk"
        assert Translation.objects.filter(source=source, target_locale=ru, enabled=True).exists()
        translated = source.get_translated_instance(ru)
        assert translated.live and translated.translation_key == kk_page.translation_key
        assert translated.get_parent().translation_key == kk_page.get_parent().translation_key


def test_the_translated_pages_carry_the_datas_texts(course, ru):
    lesson = lessons(course)[0].get_translation(ru)
    assert lesson.title == "Урок 0.0"
    assert [block.value.source for block in lesson.body if block.block_type == "paragraph"] == [
        "<p>Текст</p>"
    ]
    test = AssessmentPage.objects.live().filter(locale=ru, slug="m0-test").get()
    assert test.title == "Тест 0"
    assert StringTranslation.objects.filter(locale=ru, data="Линия доверия").exists()


def test_syncing_a_source_edit_keeps_the_translated_texts(course, ru):
    kk_lesson = lessons(course)[0]
    LessonPage.objects.filter(pk=kk_lesson.pk).update(hours="3")
    kk_lesson.refresh_from_db()
    source, _ = TranslationSource.update_or_create_from_instance(kk_lesson)
    Translation.objects.get(source=source, target_locale=ru).save_target(publish=False)

    lesson = LessonPage.objects.get(translation_key=kk_lesson.translation_key, locale=ru)
    assert lesson.title == "Урок 0.0"
    assert lesson.hours == 3
