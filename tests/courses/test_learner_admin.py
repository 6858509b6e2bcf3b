"""The admin's Learners screen through the real Wagtail admin URLs: who may
open it, that each person sees their own scope only (in the list, in the
filters, and by guessing an inspect URL), hostile query strings, the
inspect page's lessons and attempts, and a constant query count."""

from datetime import date, timedelta
from decimal import Decimal

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.users.models import UserProfile

from certificates.models import Certificate, CertificateTemplate
from courses import services
from courses.models import AssessmentPage, Attempt, Enrolment, LessonProgress
from directory.models import Region
from lms.dates import show_date
from tests.course_fixtures import lessons, tiny_course
from tests.factories import DistrictFactory, SchoolFactory, UserFactory, course_tree
from users import roles

pytestmark = pytest.mark.django_db

INDEX = reverse("learners:index")
RESULTS = reverse("learners:index_results")


def inspect_url(enrolment):
    return reverse("learners:inspect", args=[enrolment.pk])


def status(client, url, method="get"):
    """The final status: Django's LocaleMiddleware first redirects an
    unknown admin URL to a language prefix, which is then not found."""
    return getattr(client, method)(url, follow=True).status_code


def staff(group=None, **fields):
    """A staff member whose admin is in English, so the tests read the msgids."""
    user = UserFactory(**{"school": None, "role": "", **fields})
    if group:
        user.groups.add(Group.objects.get(name=group))
    UserProfile.objects.update_or_create(user=user, defaults={"preferred_language": "en"})
    return user


@pytest.fixture
def course(home):
    return course_tree(home, tiny_course())


@pytest.fixture
def places():
    north, south = Region.objects.order_by("sort_order")[:2]
    d1, d2 = DistrictFactory(region=north), DistrictFactory(region=north)
    d3 = DistrictFactory(region=south)
    return {
        "north": north,
        "south": south,
        "d1": d1,
        "d2": d2,
        "d3": d3,
        "a": SchoolFactory(district=d1),
        "b": SchoolFactory(district=d2),
        "c": SchoolFactory(district=d3),
    }


def learner(course, school, surname="Сәрсенбаева", **fields):
    return services.enroll(
        UserFactory(school=school, last_name=surname, role="teacher", **fields), course
    )


@pytest.fixture
def learners(course, places):
    """One learner in each school: a (district d1, north), b (d2, north), c (d3, south)."""
    return {
        key: learner(course, places[key], surname=surname)
        for key, surname in (("a", "Ахметова"), ("b", "Бекова"), ("c", "Серікова"))
    }


def certify(enrolment, number="КУРС-2026-000001"):
    template = CertificateTemplate.objects.create(
        name="Course",
        course=enrolment.course,
        text_kk="-",
        text_ru="-",
        text_en="-",
        organisation_kk="-",
        organisation_ru="-",
        organisation_en="-",
    )
    return Certificate.objects.create(
        number=number,
        source=f"course:{enrolment.pk}",
        holder=enrolment.user,
        template=template,
        holder_name=enrolment.user.get_full_name(),
        language="kk",
        hours=Decimal("8"),
        started_on=date(2026, 1, 1),
        completed_on=date(2026, 1, 2),
        issued_at=timezone.now(),
        region_id=enrolment.user.region_id,
        school=enrolment.user.school,
    )


@pytest.fixture
def people(places):
    north = places["north"]
    return {
        "superuser": staff(is_superuser=True, is_staff=True),
        "national": staff(roles.NATIONAL_ANALYSTS),
        "region": staff(roles.REGIONAL_OFFICERS, region=north),
        "district": staff(roles.DISTRICT_OFFICERS, district=places["d1"], region=north),
        "coordinator": staff(roles.SCHOOL_COORDINATORS, school=places["a"]),
        "methodologist": staff(roles.METHODOLOGISTS),
        "moderator": staff(roles.MODERATORS),
        "teacher": UserFactory(school=places["a"], role="teacher"),
    }


def listed(client, user, query=""):
    client.force_login(user)
    response = client.get(INDEX + query)
    assert response.status_code == 200
    return {row.pk for row in response.context["object_list"]}


# --- Who may open it --------------------------------------------------------------

# Who sees the learners of which schools: a (d1, north), b (d2, north), c (d3, south).
SCOPES = [
    ("superuser", "abc"),
    ("national", "abc"),
    ("region", "ab"),
    ("district", "a"),
    ("coordinator", "a"),
]


@pytest.mark.parametrize("who, sees", SCOPES)
def test_each_scope_lists_its_own_learners(client, people, learners, who, sees):
    assert listed(client, people[who]) == {learners[key].pk for key in sees}


@pytest.mark.parametrize("who, sees", SCOPES)
def test_inspect_urls_of_other_scopes_are_not_found(client, people, learners, who, sees):
    client.force_login(people[who])
    for key, enrolment in learners.items():
        expected = 200 if key in sees else 404
        assert status(client, inspect_url(enrolment)) == expected, key


@pytest.mark.parametrize("who", ["methodologist", "moderator"])
def test_staff_without_a_scope_get_no_menu_item_and_no_list(client, people, learners, who):
    client.force_login(people[who])
    dashboard = client.get(reverse("wagtailadmin_home"))
    assert dashboard.status_code == 200
    assert INDEX not in dashboard.content.decode()
    for url in (INDEX, RESULTS):
        # Wagtail answers PermissionDenied in its admin with a redirect home and a message.
        response = client.get(url)
        assert (response.status_code, response["Location"]) == (302, reverse("wagtailadmin_home"))
    assert status(client, inspect_url(learners["a"])) in (403, 404)


def test_scoped_staff_get_the_menu_item(client, people):
    for who in ("superuser", "national", "region", "district", "coordinator"):
        client.force_login(people[who])
        assert INDEX in client.get(reverse("wagtailadmin_home")).content.decode(), who


def test_teachers_and_visitors_do_not_reach_it(client, people, learners):
    for url in (INDEX, inspect_url(learners["a"])):
        assert client.get(url).status_code == 302  # to the admin login
        client.force_login(people["teacher"])
        assert client.get(url).status_code in (302, 403)
        client.logout()


def test_no_add_edit_or_delete_even_for_a_superuser(client, people, learners):
    client.force_login(people["superuser"])
    base = INDEX.rstrip("/")
    pk = learners["a"].pk
    for url in (f"{base}/new/", f"{base}/edit/{pk}/", f"{base}/delete/{pk}/"):
        assert status(client, url) == 404, url
        assert status(client, url, "post") == 404, url
    assert Enrolment.objects.count() == 3
    page = client.get(inspect_url(learners["a"])).content.decode()
    assert "/edit/" not in page.split("<main", 1)[-1].split("</main>")[0]


# --- Filters and search ------------------------------------------------------------


def test_filters_by_place_course_and_status(client, people, places, learners):
    user = people["national"]
    north, d2 = places["north"], places["d2"]
    assert listed(client, user, f"?region={north.pk}") == {learners["a"].pk, learners["b"].pk}
    query = f"?region={north.pk}&district={d2.pk}"
    assert listed(client, user, query) == {learners["b"].pk}
    query += f"&school={places['b'].pk}"
    assert listed(client, user, query) == {learners["b"].pk}
    key = learners["a"].course_key
    assert listed(client, user, f"?course={key}") == {e.pk for e in learners.values()}
    Enrolment.objects.filter(pk=learners["c"].pk).update(completed_at=timezone.now())
    certify(learners["c"])
    Enrolment.objects.filter(pk=learners["b"].pk).update(completed_at=timezone.now())
    assert listed(client, user, "?status=completed") == {learners["b"].pk, learners["c"].pk}
    assert listed(client, user, "?status=studying") == {learners["a"].pk}
    assert listed(client, user, "?status=certified") == {learners["c"].pk}
    assert listed(client, user, "?status=uncertified") == {learners["b"].pk}


def test_places_outside_the_scope_are_neither_offered_nor_applied(client, people, places, learners):
    client.force_login(people["district"])
    response = client.get(INDEX)
    form = response.context["filters"].form
    assert "region" not in form.fields and "district" not in form.fields
    assert set(form.fields["school"].queryset) == {places["a"]}
    # Another district's school: not a choice, so no filter, and still only d1.
    assert listed(client, people["district"], f"?school={places['b'].pk}") == {learners["a"].pk}
    client.force_login(people["region"])
    form = client.get(INDEX + f"?district={places['d3'].pk}").context["filters"].form
    assert set(form.fields["district"].queryset) == {places["d1"], places["d2"]}
    assert listed(client, people["region"], f"?district={places['d3'].pk}") == {
        learners["a"].pk,
        learners["b"].pk,
    }


HOSTILE = ["-1", "0", "9" * 20, "abc", "'", '"', "%00", "1 OR 1=1", "١٢", "x" * 3000]


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_filter_values_do_not_fail(client, people, learners, value):
    client.force_login(people["superuser"])
    for name in ("region", "district", "school", "course", "status", "ordering", "p", "q"):
        for url in (INDEX, RESULTS):
            response = client.get(url, {name: value}, follow=True)
            assert response.status_code in (200, 400, 404), (name, response.status_code)


def test_hostile_inspect_urls_do_not_fail(client, people):
    client.force_login(people["superuser"])
    base = INDEX.rstrip("/")
    for pk in ("-1", "0", "9" * 20, "abc", "%27"):
        assert status(client, f"{base}/{pk}/") == 404, pk


def test_search_by_name_words_and_email(client, people, course, places, learners):
    other = learner(course, places["a"], surname="Ахметова", first_name="Дана")
    user = people["national"]
    assert listed(client, user, "?q=Ахметова") == {learners["a"].pk, other.pk}
    assert listed(client, user, "?q=Ахметова Дана") == {other.pk}
    assert listed(client, user, f"?q={other.user.email.upper()}") == {other.pk}
    assert listed(client, user, "?q='") == set()


# --- What the list and the inspect page show ---------------------------------------


def test_list_shows_place_progress_hours_and_certificate(client, people, learners):
    a = learners["a"]
    Enrolment.objects.filter(pk=a.pk).update(hours_done=Decimal("2.5"))
    certify(a)
    client.force_login(people["superuser"])
    html = client.get(INDEX).content.decode()
    assert a.user.email in html
    assert a.user.school.name_en in html or a.user.school.name in html
    assert "Short course" in html or "Қысқа курс" in html
    assert "КУРС-2026-000001" in html
    assert "31%" in html  # 2.5 of 8 hours
    assert "2.5" in html
    with translation.override("en"):
        assert show_date(a.enrolled_at) in html


def test_inspect_shows_each_lesson_and_attempt(client, people, course, learners):
    enrolment = learners["a"]
    first, second, *_rest = lessons(course)
    now = timezone.now()
    LessonProgress.objects.create(
        enrolment=enrolment,
        lesson_key=first.translation_key,
        started_at=now - timedelta(hours=1),
        last_beat_at=now,
        active_seconds=125,
        completed_at=now,
    )
    LessonProgress.objects.create(
        enrolment=enrolment,
        lesson_key=second.translation_key,
        started_at=now,
        last_beat_at=now,
        active_seconds=30,
    )
    test = AssessmentPage.objects.descendant_of(course).order_by("path").first()
    for number, score, passed in ((1, "50.00", False), (2, "100.00", True)):
        Attempt.objects.create(
            enrolment=enrolment,
            assessment_key=test.translation_key,
            assessment=test,
            number=number,
            started_at=now,
            submitted_at=now,
            score=Decimal(score),
            passed=passed,
        )
    client.force_login(people["district"])
    response = client.get(inspect_url(enrolment))
    assert response.status_code == 200
    rows = response.context["lessons"]
    assert [row["title"] for row in rows] == [lesson.title for lesson in lessons(course)]
    assert (rows[0]["minutes"], rows[0]["required_minutes"]) == (2, 1)
    assert rows[1]["progress"].completed_at is None
    assert rows[2]["progress"] is None
    tests = response.context["tests"]
    assert [(row["title"], row["attempt"].number) for row in tests[:2]] == [
        (test.title, 1),
        (test.title, 2),
    ]
    assert all(row["attempt"] is None for row in tests[2:])
    html = response.content.decode()
    assert "50%" in html and "100%" in html
    assert "Not attempted yet" in html
    assert enrolment.user.email in html
    assert "None issued" in html


# --- Cost ------------------------------------------------------------------------------


def list_queries(client, user):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(INDEX)
    assert response.status_code == 200
    return len(queries), len(response.context["object_list"])


def test_list_query_count_does_not_grow_with_rows(client, people, course, places):
    client.force_login(people["national"])
    for n in range(2):
        certify(learner(course, places["a"]), number=f"КУРС-2026-{n:06d}")
    client.get(INDEX)  # caches (outline, content types) filled
    few, rows = list_queries(client, people["national"])
    assert rows == 2
    for key in ("b", "c") * 9:
        learner(course, places[key])
    many, rows = list_queries(client, people["national"])
    assert rows == 20
    assert many == few


def test_screen_reads_in_russian(client, people, learners):
    officer = people["district"]
    UserProfile.objects.filter(user=officer).update(preferred_language="ru")
    client.force_login(officer)
    listing = client.get(INDEX).content.decode()
    assert "Слушатели" in listing and "Засчитано часов" in listing
    page = client.get(inspect_url(learners["a"])).content.decode()
    for words in ("Слушатели", "Впервые открыт", "Попыток ещё не было", "Дата записи", "Не выдан"):
        assert words in page
