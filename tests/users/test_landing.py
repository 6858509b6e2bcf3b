"""Every role lands where its work is: each demo person signs in through the
real sign-in form and is taken to their page, in the language they signed
in under; a ``next`` still wins; the header and each landing page's empty
state name the next step and link to it."""

import io

import pytest
from django.utils import translation

from courses.models import CoursePage
from tests.factories import SchoolFactory, UserFactory
from users import demo
from users.demo import DEMO_DOMAIN

pytestmark = pytest.mark.django_db

WHERE = {
    "teacher": "/{lang}/me/",
    "graduate": "/{lang}/me/",
    "psychologist": "/{lang}/me/",
    "social": "/{lang}/me/",
    "parent": "/{lang}/academy/my/",
    "methodologist": "/admin/",
    "moderator": "/admin/",
    "coordinator": "/{lang}/academy/manage/",
    "district": "/{lang}/reports/courses/",
    "region": "/{lang}/reports/courses/",
    "analyst": "/{lang}/reports/courses/",
    "auditor": "/admin/audit/",
    "admin": "/admin/",
}


@pytest.fixture(autouse=True)
def _english():
    """A request under /kk/ leaves Kazakh active; each test starts in English."""
    translation.activate("en")
    yield
    translation.activate("en")


@pytest.fixture
def password():
    """The demo people, as ``seed_demo`` makes them, at the first school."""
    SchoolFactory()
    return demo.seed(io.StringIO())


def sign_in(client, local, password, language="kk", next_url=None):
    data = {"login": f"{local}@{DEMO_DOMAIN}", "password": password}
    if next_url:
        data["next"] = next_url
    return client.post(f"/{language}/accounts/login/", data, follow=True)


def test_every_demo_person_is_in_the_table():
    assert {local for local, *_ in demo.DEMO_PEOPLE} | {"admin"} == set(WHERE)


@pytest.mark.parametrize("local", sorted(WHERE))
def test_each_role_lands_where_its_work_is(client, password, local):
    response = sign_in(client, local, password)
    chain = [url for url, _status in response.redirect_chain]
    assert chain[0] == "/kk/me/start/"
    assert chain[-1] == WHERE[local].format(lang="kk")
    assert response.status_code == 200


@pytest.mark.parametrize("local", ["parent", "coordinator", "region", "teacher"])
def test_the_landing_keeps_the_language(client, password, local):
    response = sign_in(client, local, password, language="ru")
    assert response.redirect_chain[-1][0] == WHERE[local].format(lang="ru")
    assert response.status_code == 200


def test_next_wins_over_the_landing(client, password):
    response = sign_in(client, "coordinator", password, next_url="/kk/academy/")
    assert [url for url, _status in response.redirect_chain] == ["/kk/academy/"]
    assert response.status_code == 200


def test_landing_asks_a_stranger_to_sign_in(client):
    response = client.get("/kk/me/start/")
    assert response.status_code == 302
    assert response["Location"].startswith("/kk/accounts/login/")


def test_a_teacher_made_coordinator_still_lands_on_my_learning(client):
    """A sign-up role decides, as in the header (staff roles are for accounts without one)."""
    from django.contrib.auth.models import Group

    teacher = UserFactory()
    teacher.groups.add(Group.objects.get(name="School coordinators"))
    client.force_login(teacher)
    assert client.get("/kk/me/start/")["Location"] == "/kk/me/"


# --- The header ---------------------------------------------------------------


def nav(response):
    """The main navigation (in the header's menu, after the language switcher)."""
    html = response.content.decode()
    start = html.index("<nav aria-label=")
    return html[start : html.index("</nav>", start)]


def test_the_coordinator_has_a_link_to_the_schools_sessions(client, password):
    response = sign_in(client, "coordinator", password)
    assert '<a href="/kk/academy/manage/" aria-current="page">Мектеп кездесулері</a>' in nav(
        response
    )
    other = client.get("/kk/academy/")
    assert '<a href="/kk/academy/manage/">Мектеп кездесулері</a>' in nav(other)


@pytest.mark.parametrize("local", ["teacher", "parent", "region", "methodologist"])
def test_no_one_else_sees_the_schools_sessions(client, password, local):
    sign_in(client, local, password)
    assert "/academy/manage/" not in nav(client.get("/kk/academy/"))


def test_a_parent_sees_my_academy_and_not_my_learning(client, password):
    menu = nav(sign_in(client, "parent", password))
    assert '<a href="/kk/academy/my/" aria-current="page">Менің академиям</a>' in menu
    assert "/kk/me/" not in menu


def test_a_teacher_sees_my_learning(client, password):
    menu = nav(sign_in(client, "teacher", password))
    assert '<a href="/kk/me/" aria-current="page">Менің оқуым</a>' in menu
    assert "/kk/academy/my/" not in menu


# --- Empty states name the next step ------------------------------------------


def test_my_learning_with_no_course_links_to_the_course(client, course):
    client.force_login(UserFactory())
    page = client.get("/kk/me/")
    assert list(page.context["open_courses"]) == [CoursePage.objects.get(pk=course.pk)]
    html = page.content.decode()
    assert f'<a href="{course.url}">{course.title}</a>' in html
    assert "Курсқа жазылу үшін оны ашыңыз" in html


def test_my_learning_leaves_out_a_closed_course(client, course):
    from datetime import timedelta

    from django.utils import timezone

    course.enrolment_closes = timezone.now() - timedelta(days=1)
    course.save_revision().publish()
    client.force_login(UserFactory())
    page = client.get("/kk/me/")
    assert list(page.context["open_courses"]) == []
    assert "Бұл тілде жазылуға ашық курс әлі жоқ." in page.content.decode()


def test_my_learning_sends_a_parent_to_my_academy(client, course):
    client.force_login(UserFactory(role="parent"))
    html = client.get("/kk/me/").content.decode()
    assert '<a href="/kk/academy/my/">«Менің академиям» бөліміне өту</a>' in html
    assert course.url not in html


def test_my_academy_with_nothing_booked_links_to_the_schools_sessions(client, password):
    page = sign_in(client, "parent", password)
    school = demo.person("parent").school
    html = page.content.decode()
    assert f'<a href="/kk/academy/school/{school.code}/">Мектебіңізде кездесу таңдаңыз</a>' in html
    assert '<a href="/kk/academy/">' in html


def test_my_academy_without_a_school_links_to_the_academy_index(client):
    client.force_login(UserFactory(role="parent", school=None))
    html = client.get("/kk/academy/my/").content.decode()
    assert "/kk/academy/school/" not in html
    assert '<a href="/kk/academy/">Мектебіңіздің академиясын табыңыз</a>' in html


def test_the_coordinators_empty_schedule_links_to_scheduling(client, password):
    page = sign_in(client, "coordinator", password)
    html = page.content.decode()
    assert "Жоспарланған кездесу жоқ." in html
    assert '<a href="/kk/academy/manage/sessions/new/">Кездесу жоспарлау</a>' in html
