"""Our own error pages under production settings: in the URL's language, with
the header, the language switch and the help line 111; the 500 page renders
while every query fails."""

import pytest
from django.db import OperationalError, connection
from django.test import Client

pytestmark = [pytest.mark.django_db, pytest.mark.urls("tests.error_urls")]


@pytest.fixture(autouse=True)
def _production(settings):
    settings.DEBUG = False
    settings.ALLOWED_HOSTS = ["testserver"]


def test_a_missing_page_is_a_kazakh_page_with_the_helpline(client):
    response = client.get("/kk/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert '<html lang="kk">' in html
    assert "Бет табылмады" in html
    assert 'href="tel:111"' in html
    assert 'class="site-header"' in html
    assert 'hreflang="ru"' in html
    assert "Not Found" not in html


def test_a_missing_page_speaks_the_language_of_its_url(client):
    html = client.get("/ru/no-such-page/").content.decode()
    assert '<html lang="ru">' in html
    assert "Страница не найдена" in html


def test_a_bad_request_is_a_400_in_the_language_of_the_url(client):
    response = client.get("/ru/boom/bad/")
    assert response.status_code == 400
    html = response.content.decode()
    assert '<html lang="ru">' in html
    assert "Не удалось обработать запрос" in html
    assert 'href="tel:111"' in html


def test_a_foreign_host_gets_the_plain_400_page(client):
    response = client.get("/kk/", HTTP_HOST="evil.example")
    assert response.status_code == 400
    assert "Сұрауды түсіну мүмкін болмады" in response.content.decode()


def test_a_denied_page_offers_sign_in_to_an_anonymous_visitor(client):
    response = client.get("/en/boom/denied/")
    assert response.status_code == 403
    html = response.content.decode()
    assert "You do not have access to this page" in html
    assert "/en/accounts/login/?next=/en/boom/denied/" in html


def test_an_expired_form_says_so_in_kazakh():
    client = Client(enforce_csrf_checks=True)
    response = client.post("/kk/accounts/login/", {"login": "a@example.com", "password": "x"})
    assert response.status_code == 403
    html = response.content.decode()
    assert '<html lang="kk">' in html
    assert "Форманың мерзімі өтті" in html


def _refuse(execute, sql, params, many, context):
    raise OperationalError("the database is down")


def _while_the_database_is_down(url, status=500):
    client = Client(raise_request_exception=False)
    with connection.execute_wrapper(_refuse):
        response = client.get(url)
    assert response.status_code == status
    return response.content.decode()


def test_the_500_page_renders_while_the_database_is_down():
    html = _while_the_database_is_down("/kk/boom/")
    assert '<html lang="kk">' in html
    assert "Біз жақта қате шықты" in html
    assert 'href="tel:111"' in html
    assert 'href="/ru/boom/"' in html  # the language switch keeps the address


def test_any_page_while_the_database_is_down_is_the_plain_page_in_its_language():
    # A page that needs the database says it is briefly unavailable (503,
    # lms/db_unavailable.py), on the same plain page: no database, no cache.
    html = _while_the_database_is_down("/ru/no-such-page/", status=503)
    assert '<html lang="ru">' in html
    assert "Сайт ненадолго недоступен" in html
