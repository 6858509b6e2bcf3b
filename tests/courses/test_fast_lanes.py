"""The two fast lanes of the learning pages (docs/performance.md): lessons and
tests routed from memory (``courses.routing``), and the heartbeat answered
before the rest of the middleware (``courses.middleware``). Both must behave
exactly like the slow way: every published change shows at once, view
restrictions still hold, and a heartbeat counts only for its own person."""

import pytest
from django.test import Client
from wagtail.models import PageViewRestriction, Site

from courses import services
from courses.models import LessonProgress, ModulePage
from tests.course_fixtures import lessons, sql_of_second_visit
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_a_lesson_is_routed_without_reading_the_site_or_the_tree(learner, course):
    # The first visit builds this process's table of lesson URLs.
    sql = sql_of_second_visit(learner, lessons(course)[0])
    assert '"wagtailcore_site"' not in sql
    assert '"wagtailcore_locale"' not in sql


def test_an_unpublished_lesson_is_gone_at_once(learner, course):
    first = lessons(course)[0]
    assert learner.get(first.url).status_code == 200
    first.unpublish()
    assert learner.get(first.url).status_code == 404


def test_a_renamed_module_moves_its_lessons_at_once(learner, course):
    first = lessons(course)[0]
    old_url = first.url
    assert learner.get(old_url).status_code == 200
    module = ModulePage.objects.child_of(course).first()
    module.slug = "renamed-module"
    module.save_revision().publish()
    first.refresh_from_db()
    assert "renamed-module" in first.url
    assert learner.get(old_url).status_code == 404
    assert learner.get(first.url).status_code == 200


def test_view_restrictions_still_hold(learner, course):
    first = lessons(course)[0]
    assert learner.get(first.url).status_code == 200
    restriction = PageViewRestriction.objects.create(
        page=course, restriction_type=PageViewRestriction.PASSWORD, password="secret-word"
    )
    response = learner.get(first.url)
    assert response.status_code == 200
    assert "password" in response.content.decode().lower()
    assert "active-time" not in response.content.decode()  # the lesson itself is not shown
    # Wagtail's own password form (a URL of two or more segments, like a lesson's) still answers.
    action = f"/kk/_util/authenticate_with_password/{restriction.pk}/{first.pk}/"
    answer = learner.post(action, {"password": "secret-word", "return_url": first.url})
    assert (answer.status_code, answer["Location"]) == (302, first.url)
    assert "active-time" in learner.get(first.url).content.decode()


def test_another_site_does_not_get_this_sites_lessons(learner, course):
    first = lessons(course)[0]
    assert learner.get(first.url).status_code == 200
    # A second site on another host, rooted at the course's parent's sibling:
    other_root = ModulePage.objects.child_of(course).first()
    Site.objects.create(hostname="other.example", port=80, root_page=other_root)
    response = learner.get(first.url, HTTP_HOST="other.example")
    assert response.status_code == 404


def test_the_heartbeat_needs_no_csrf_token_but_its_own_session(teacher, course):
    enrolment = services.enroll(teacher, course)
    first = lessons(course)[0]
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(teacher)
    page = browser.get(first.url)
    token, nonce = page.context["heartbeat_token"], page.context["heartbeat_nonce"]

    # No X-CSRFToken header: the signed token does that work.
    response = browser.post("/kk/learn/heartbeat/", {"token": token, "nonce": nonce})
    assert response.status_code == 200
    assert "active_seconds" in response.json()
    assert response["X-Content-Type-Options"] == "nosniff"  # SecurityMiddleware still ran
    assert LessonProgress.objects.get(enrolment=enrolment, lesson_key=first.translation_key).beats

    following = {"token": token, "nonce": response.json()["nonce"]}
    intruder = Client(enforce_csrf_checks=True)
    intruder.force_login(UserFactory(role="teacher"))
    assert intruder.post("/kk/learn/heartbeat/", following).status_code == 403
    assert Client().post("/kk/learn/heartbeat/", following).status_code == 403
    assert browser.post("/ru/learn/heartbeat/", following).status_code == 200
    assert browser.get("/kk/learn/heartbeat/").status_code == 405


def test_a_heartbeat_counts_only_in_the_session_the_lesson_was_opened_in(teacher, course):
    from django.core import signing

    from courses.views import TOKEN_SALT

    enrolment = services.enroll(teacher, course)
    first = lessons(course)[0]
    browser = Client()
    browser.force_login(teacher)
    page = browser.get(first.url).context
    token, nonce = page["heartbeat_token"], page["heartbeat_nonce"]
    response = browser.post("/kk/learn/heartbeat/", {"token": token, "nonce": nonce})
    assert response.status_code == 200
    nonce = response.json()["nonce"]

    # The same person signed in elsewhere (another session) cannot use this page's token.
    elsewhere = Client()
    elsewhere.force_login(teacher)
    assert (
        elsewhere.post("/kk/learn/heartbeat/", {"token": token, "nonce": nonce}).status_code == 403
    )

    # Signing out replaces the cookie: the lesson left open stops counting.
    browser.post("/kk/accounts/logout/")
    browser.force_login(teacher)
    assert browser.post("/kk/learn/heartbeat/", {"token": token, "nonce": nonce}).status_code == 403

    # A token made before tokens named their session is checked against the session.
    progress = LessonProgress.objects.get(enrolment=enrolment, lesson_key=first.translation_key)
    old = signing.dumps([progress.pk, enrolment.pk, teacher.pk], salt=TOKEN_SALT, compress=True)
    response = browser.post("/kk/learn/heartbeat/", {"token": old, "nonce": nonce})
    assert response.status_code == 200
    nonce = response.json()["nonce"]
    assert elsewhere.post("/kk/learn/heartbeat/", {"token": old, "nonce": nonce}).status_code == 200
    assert Client().post("/kk/learn/heartbeat/", {"token": old, "nonce": nonce}).status_code == 403
    intruder = Client()
    intruder.force_login(UserFactory(role="teacher"))
    assert intruder.post("/kk/learn/heartbeat/", {"token": old}).status_code == 403
