"""The lesson page, "My learning" and every page's header are cached for
speed, yet show every published change at once."""

import pytest

from courses import services
from courses.models import AssessmentPage, LessonPage, ModulePage
from tests.course_fixtures import lessons, sql_of_second_visit

pytestmark = pytest.mark.django_db


def test_a_lesson_is_found_through_the_cached_outline(learner, course):
    # The first visit reads the outline and the page once; the second does not.
    sql = sql_of_second_visit(learner, lessons(course)[0])
    assert f'"{LessonPage._meta.db_table}"' not in sql


def test_other_course_urls_route_as_before(learner, course):
    module = ModulePage.objects.child_of(course).first()
    assert learner.get(module.url).status_code == 302  # a module redirects to its course
    assert learner.get(f"{module.url}no-such-lesson/").status_code == 404
    final_test = AssessmentPage.objects.child_of(course).get()
    # Routed through the outline too; locked until the lessons are done.
    assert learner.get(final_test.url).status_code == 302


def test_a_published_change_to_a_lesson_shows_at_once(learner, course):
    first = lessons(course)[0]
    assert "Мәтін" in learner.get(first.url).content.decode()

    first.title = "Жаңа атау"
    reflection = next(block for block in first.body if block.block_type == "reflection")
    first.body = [
        {"type": "paragraph", "value": "<p>Жаңартылған мәтін</p>"},
        {"type": "reflection", "value": reflection.block.get_prep_value(reflection.value)},
    ]
    first.save_revision().publish()

    html = learner.get(first.url).content.decode()
    assert "Жаңартылған мәтін" in html
    assert "Мәтін<" not in html
    assert "Жаңа атау" in html
    assert 'class="reflection"' in html

    first.unpublish()
    assert learner.get(first.url).status_code == 404


def test_reflection_answers_are_shown_to_their_author_only(learner, teacher, course, client):
    from tests.factories import UserFactory

    first = lessons(course)[0]
    block_id = next(block.id for block in first.body if block.block_type == "reflection")
    learner.post(first.url, {"action": "reflection", "block_id": block_id, "text": "Менің ойым"})
    assert "Менің ойым" in learner.get(first.url).content.decode()

    other = UserFactory(role="teacher")
    services.enroll(other, course)
    client.force_login(other)
    assert "Менің ойым" not in client.get(first.url).content.decode()


def test_my_learning_follows_the_course_outline(learner, course):
    html = learner.get("/kk/me/").content.decode()
    assert course.title in html

    course.title = "Қайта аталған курс"
    course.save_revision().publish()
    assert "Қайта аталған курс" in learner.get("/kk/me/").content.decode()

    course.unpublish()
    assert "Қайта аталған курс" not in learner.get("/kk/me/").content.decode()
