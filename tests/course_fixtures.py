"""Course fixtures shared by every app's tests (registered in tests/conftest.py):
a small course in the format of the demo's data, built by the factories."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses import services
from courses.models import LessonPage
from tests.factories import HomePageFactory, UserFactory, course_tree


def lessons(course):
    """The course's lessons, in the order a learner meets them."""
    return list(LessonPage.objects.descendant_of(course).order_by("path"))


def sql_of_second_visit(client, page):
    """Open ``page`` twice and return the SQL of the second visit, joined: what
    a visit costs once the first has filled the caches. Both must show the page."""
    client.get(page.url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(page.url)
    assert response.status_code == 200
    assert response.context["page"].pk == page.pk
    return " ".join(query["sql"] for query in queries)


def tiny_course(modules=2, lessons_per_module=2, slug="tiny"):
    """``modules`` modules of ``lessons_per_module`` one-minute lessons (2 h
    each) and a two-question test; a final test; declared hours add up."""
    module_list = []
    for m in range(modules):
        module_list.append(
            {
                "slug": f"m{m}",
                "title": {"kk": f"Модуль {m}", "ru": f"Модуль {m}", "en": f"Module {m}"},
                "lessons": [
                    {
                        "slug": f"m{m}-l{n}",
                        "title": {
                            "kk": f"Сабақ {m}.{n}",
                            "ru": f"Урок {m}.{n}",
                            "en": f"Lesson {m}.{n}",
                        },
                        "hours": "2",
                        "min_active_minutes": 1,
                        "body": [
                            ("paragraph", {"kk": "Мәтін", "ru": "Текст", "en": "Text"}),
                            (
                                "reflection",
                                {"prompt": {"kk": "Ойыңыз?", "ru": "Мнение?", "en": "Your view?"}},
                            ),
                        ],
                    }
                    for n in range(lessons_per_module)
                ],
                "test": {
                    "title": {"kk": f"Тест {m}", "ru": f"Тест {m}", "en": f"Test {m}"},
                    "pass_mark": 70,
                    "attempt_limit": 2,
                    "shuffle_options": True,
                    "questions": [
                        {
                            "kind": "single",
                            "text": {
                                "kk": "111 деген не?",
                                "ru": "Что такое 111?",
                                "en": "What is 111?",
                            },
                            "options": [
                                {
                                    "text": {
                                        "kk": "Сенім телефоны",
                                        "ru": "Линия доверия",
                                        "en": "Helpline",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {"kk": "Такси", "ru": "Такси", "en": "Taxi"},
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "kk": "Ұлттық желі.",
                                "ru": "Национальная линия.",
                                "en": "The national line.",
                            },
                        },
                        {
                            "kind": "true_false",
                            "text": {
                                "kk": "Буллинг — қалыпты.",
                                "ru": "Буллинг — норма.",
                                "en": "Bullying is normal.",
                            },
                            "answer": False,
                        },
                    ],
                },
            }
        )
    hours = modules * lessons_per_module * 2
    return {
        "slug": slug,
        "title": {"kk": "Қысқа курс", "ru": "Короткий курс", "en": "Short course"},
        "intro": {"kk": "Кіріспе", "ru": "Введение", "en": "Intro"},
        "declared_hours": hours,
        "modules": module_list,
        "final_test": {
            "title": {"kk": "Қорытынды тест", "ru": "Итоговый тест", "en": "Final test"},
            "questions": [
                {
                    "kind": "matching",
                    "text": {"kk": "Сәйкестендіріңіз", "ru": "Сопоставьте", "en": "Match"},
                    "pairs": [
                        {
                            "left": {"kk": "111", "ru": "111", "en": "111"},
                            "right": {"kk": "Балалар", "ru": "Дети", "en": "Children"},
                        },
                        {
                            "left": {"kk": "112", "ru": "112", "en": "112"},
                            "right": {"kk": "Төтенше", "ru": "ЧС", "en": "Emergency"},
                        },
                    ],
                },
            ],
        },
    }


@pytest.fixture
def home(db):
    return HomePageFactory()


@pytest.fixture
def course_data():
    return tiny_course()


@pytest.fixture
def course(home, course_data):
    """The tiny course, page by page through the factories (live, no
    revisions); ``courses.builder.translate_course`` can translate it."""
    return course_tree(home, course_data)


@pytest.fixture
def teacher(db):
    return UserFactory(email="teacher@example.kz", role="teacher")


@pytest.fixture
def teacher_client(client, teacher):
    client.force_login(teacher)
    return client


@pytest.fixture
def learner(teacher_client, teacher, course):
    """The teacher's client, enrolled in the course."""
    services.enroll(teacher, course)
    return teacher_client
