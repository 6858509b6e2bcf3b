"""The lesson page and "My learning" cost the same number of queries for a
small course and a large one, and with few or many learners, and no more
than they do now (see docs/performance.md)."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses import services
from courses.models import LessonPage
from tests.course_fixtures import tiny_course
from tests.factories import UserFactory, course_tree

pytestmark = pytest.mark.django_db


# Upper bounds, with the outline, the lesson page and the header links cached.
# The lesson page, routed from memory (courses.routing): Wagtail's
# view-restriction check (2), the user (1), the enrolment with the lesson's
# progress and answers (1 on PostgreSQL, 2 elsewhere). "My learning": the user,
# the enrolments, the certificates, the school (4), and one to spare.
LESSON_PAGE_MAX_QUERIES = 5
MY_LEARNING_MAX_QUERIES = 5


def count_queries(client, url):
    client.get(url)  # warm the outline cache, as in production
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def setup(home, client, modules, lessons_per_module, learners, slug):
    course = course_tree(home, tiny_course(modules, lessons_per_module, slug=slug))
    for _ in range(learners):
        services.enroll(UserFactory(role="teacher"), course)
    teacher = UserFactory(role="teacher")
    enrolment = services.enroll(teacher, course)
    client.force_login(teacher)
    lesson = LessonPage.objects.descendant_of(course).order_by("path").first()
    services.open_lesson(enrolment, lesson)
    return lesson


def test_lesson_page_queries_do_not_grow(home, client):
    small = setup(home, client, 1, 2, 1, "small")
    small_count = count_queries(client, small.url)
    cache.clear()
    large = setup(home, client, 6, 5, 30, "large")
    assert count_queries(client, large.url) == small_count
    assert small_count <= LESSON_PAGE_MAX_QUERIES


def test_my_learning_queries_do_not_grow(home, client):
    setup(home, client, 1, 2, 1, "small")
    small_count = count_queries(client, "/kk/me/")
    cache.clear()
    teacher_lesson = setup(home, client, 6, 5, 30, "large")
    # The second learner is enrolled in one course of 30 lessons and 6 tests.
    assert teacher_lesson
    assert count_queries(client, "/kk/me/") == small_count
    assert small_count <= MY_LEARNING_MAX_QUERIES
