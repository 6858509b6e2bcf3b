"""Anonymous pages from a cache (lms/anon_cache.py): the second anonymous GET
of a public page is served from the cache without touching the database;
signed-in people, pages with a CSRF token and responses that set cookies are
never cached; a published change shows at once. Against the local-memory
cache and against Redis (db 14), as in production."""

import os

import pytest
from django.core.cache import cache
from django.test import override_settings
from django_redis.cache import RedisCache

from academy.models import Session
from lms import anon_cache
from tests.factories.academy import ProgrammePageFactory, SessionFactory, TopicPageFactory

pytestmark = pytest.mark.django_db


class WorkerRedisCache(RedisCache):
    """django-redis whose ``clear()`` (called by factories and fixtures) empties
    this xdist worker's keys only, not the whole database the workers share."""

    def clear(self):
        self.delete_pattern("*")


REDIS = {
    "default": {
        "BACKEND": "tests.test_anon_cache.WorkerRedisCache",
        "LOCATION": "redis://127.0.0.1:6379/14",
        # Each xdist worker apart: they clear the cache and change the generation.
        "KEY_PREFIX": f"anon-test-{os.environ.get('PYTEST_XDIST_WORKER', 'main')}",
    }
}
LOCMEM = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}


@pytest.fixture(params=["locmem", "redis"])
def cached(request, settings):
    with override_settings(
        CACHES=REDIS if request.param == "redis" else LOCMEM, ANON_CACHE_SECONDS=300
    ):
        cache.clear()
        yield request.param
        cache.clear()


@pytest.fixture
def topic(home):
    programme = ProgrammePageFactory(parent=home, title="Академия", slug="akademiya")
    return TopicPageFactory(parent=programme, title="Буллинг", slug="bulling")


def state(response):
    return response.get(anon_cache.HEADER)


def test_the_second_anonymous_get_is_a_hit_without_queries(
    cached, client, home, django_assert_num_queries
):
    first = client.get(home.url)
    assert first.status_code == 200
    assert state(first) == "miss"
    with django_assert_num_queries(0):
        second = client.get(home.url)
    assert state(second) == "hit"
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]
    # The headers of the middleware outside the cache are there on a hit too.
    assert "script-src 'self'" in second["Content-Security-Policy"]
    assert second["X-Frame-Options"] == "DENY"


def test_a_csrf_cookie_or_language_cookie_does_not_stop_hits(cached, client, home):
    client.get(home.url)
    client.cookies["csrftoken"] = "x" * 32
    client.cookies["lms_language"] = "ru"
    assert state(client.get(home.url)) == "hit"


def test_signed_in_people_never_get_or_fill_the_cache(cached, client, home, teacher):
    client.force_login(teacher)
    response = client.get(home.url)
    assert response.status_code == 200
    assert state(response) is None
    assert state(client.get(home.url)) is None  # not stored by the signed-in visit
    client.logout()
    client.cookies.clear()
    assert state(client.get(home.url)) == "miss"  # the first anonymous visit renders
    client.force_login(teacher)
    assert state(client.get(home.url)) is None  # and a signed-in one does not get it


def test_any_other_cookie_goes_past_the_cache(cached, client, home):
    client.get(home.url)
    client.cookies["messages"] = "something"
    assert state(client.get(home.url)) is None


def test_a_page_with_a_csrf_token_is_not_cached(cached, client, db):
    for _ in range(2):
        response = client.get("/kk/accounts/login/")
        assert response.status_code == 200
        assert b"csrfmiddlewaretoken" in response.content
        assert state(response) is None
    assert "private" in response["Cache-Control"]


def test_an_academy_session_page_with_its_registration_form_is_not_cached(cached, client, topic):
    session = SessionFactory(topic=topic)
    url = f"/kk/academy/session/{session.pk}/"
    for _ in range(2):
        response = client.get(url)
        assert response.status_code == 200
        assert state(response) is None


def test_a_response_that_sets_a_cookie_is_not_cached(cached, client, home, monkeypatch):
    real = anon_cache.AnonymousCacheMiddleware.__call__

    def setting_a_cookie(self, request):
        inner = self.get_response

        def get_response(request):
            response = inner(request)
            response.set_cookie("tracking", "1")
            return response

        self.get_response = get_response
        try:
            return real(self, request)
        finally:
            self.get_response = inner

    monkeypatch.setattr(anon_cache.AnonymousCacheMiddleware, "__call__", setting_a_cookie)
    assert state(client.get(home.url)) is None
    client.cookies.clear()
    assert state(client.get(home.url)) is None


def test_publishing_a_change_shows_at_once(cached, client, home):
    assert state(client.get(home.url)) == "miss"
    assert state(client.get(home.url)) == "hit"
    home.title = "A brand new title"
    home.save_revision().publish()
    response = client.get(home.url)
    assert state(response) == "miss"
    assert "A brand new title" in response.content.decode()


def test_a_course_page_is_cached_with_a_link_to_sign_in_and_enrol(cached, client, course):
    first = client.get(course.url)
    assert state(first) == "miss"
    assert b"csrfmiddlewaretoken" not in first.content
    assert b"/accounts/login/?next=" in first.content
    assert state(client.get(course.url)) == "hit"


def test_academy_pages_are_cached(cached, client, topic):
    for url in ("/kk/academy/", topic.get_parent().url):
        assert client.get(url).status_code == 200
        assert state(client.get(url)) == "hit", url


def test_unpublishing_drops_the_page(cached, client, course):
    assert client.get(course.url).status_code == 200
    assert state(client.get(course.url)) == "hit"
    course.unpublish()
    assert client.get(course.url).status_code == 404


def test_an_academy_session_change_drops_the_pages(cached, client, home, topic):
    client.get(home.url)
    assert state(client.get(home.url)) == "hit"
    SessionFactory(topic=topic)
    assert state(client.get(home.url)) == "miss"
    Session.objects.all().delete()
    assert state(client.get(home.url)) == "miss"


def test_query_strings_and_languages_are_keyed_apart(cached, client, home):
    assert state(client.get(home.url)) == "miss"
    assert state(client.get(home.url + "?a=1")) == "miss"
    assert state(client.get(home.url + "?a=1")) == "hit"
    assert state(client.get(home.url + "?a=2")) == "miss"
    other = "/ru/" if home.url.startswith("/kk/") else "/kk/"
    response = client.get(other)
    assert state(response) in ("miss", None)


def test_gzip_is_keyed_apart_and_compressed(cached, client, home):
    plain = client.get(home.url)
    zipped = client.get(home.url, HTTP_ACCEPT_ENCODING="gzip, deflate")
    assert state(zipped) == "miss"
    assert zipped["Content-Encoding"] == "gzip"
    assert "Content-Encoding" not in plain
    again = client.get(home.url, HTTP_ACCEPT_ENCODING="gzip")
    assert state(again) == "hit"
    assert again["Content-Encoding"] == "gzip"
    assert again.content == zipped.content


def test_head_is_served_from_the_get(cached, client, home):
    client.get(home.url)
    response = client.head(home.url)
    assert response.status_code == 200
    assert state(response) == "hit"
    assert response.content == b""


def test_head_alone_does_not_store(cached, client, home):
    client.head(home.url)
    assert state(client.get(home.url)) == "miss"


def test_other_methods_and_paths_go_past(cached, client, home):
    assert state(client.get("/healthz/")) is None
    assert state(client.get("/kk/no-such-page/")) is None  # a 404
    assert state(client.get("/kk/no-such-page/")) is None


def test_turned_off_with_zero_seconds(client, home):
    with override_settings(ANON_CACHE_SECONDS=0):
        client.get(home.url)
        assert state(client.get(home.url)) is None


def test_a_lost_generation_never_brings_back_old_pages(cached, client, home):
    client.get(home.url)
    cache.delete(anon_cache.GENERATION_KEY)
    assert state(client.get(home.url)) == "miss"


def test_with_a_cdn_the_page_says_public_and_varies_on_cookies(cached, client, home):
    with override_settings(
        WAGTAILFRONTENDCACHE={
            "cdn": {
                "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
                "LOCATION": "http://127.0.0.1:9",
            }
        }
    ):
        response = client.get(home.url)
    assert "s-maxage=300" in response["Cache-Control"]
    assert "public" in response["Cache-Control"]
    assert "Cookie" in response["Vary"]
