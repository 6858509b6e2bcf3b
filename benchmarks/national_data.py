"""Realistic national data for the reports, made fast and repeatably.

``generate(size)`` fills the database with what the country would hold a
few months into the programme: about 200 districts and 7,500 schools (names
in Kazakh, Russian and English) in the 20 regions the migrations made;
400,000 school staff enrolled in the teacher course with progress (the done
keys, hours, lesson rows) and a certificate for every completion; 3,000,000
parents registered for Parents' Academy sessions at their child's school,
with attendance for the sessions held and a certificate for each account
holder who attended enough of them. The demo course and programme
(``manage.py seed_demo``) must exist. From the project's root folder:

    python -m benchmarks.national_data            # 7,500 schools, 400,000 staff, 3,000,000 parents
    python -m benchmarks.national_data --schools 40 --teachers 2000 --parents 5000 --regions 2
    python -m benchmarks.national_data --replace  # delete the earlier national data first

It lives with the benchmarks, outside the apps, so production code never
imports it; it sets Django up itself (``DJANGO_SETTINGS_MODULE``, by default
``lms.settings.dev``) and refuses to run under production settings.

Choices, and why:

- **Recognisable.** District codes start ``nat-``, school codes ``NAT-``,
  accounts end in ``@national.demo.bilim.kz`` (guests' addresses in
  ``@guest.national.demo.bilim.kz``). ``generate`` refuses to run while such
  rows exist, unless ``replace`` is given: then it deletes exactly those rows
  and what hangs off them (enrolments, registrations, certificates, report
  summaries), never the demo accounts or anything else.
- **Parents.** A third of them registered with an account (role parent,
  their child's school); the others as guests (a name and an e-mail on the
  registration, no ``User`` row), as the registration form allows. 1,000,000
  accounts instead of 3,000,000 keep the users table the size the learner
  export joins realistic, and only account holders get attendance
  certificates, because a certificate needs a holder. Their ``source`` is
  ``academy:<programme key>:<user id>``.
- **Repeatable.** Every school draws from its own ``random.Random`` seeded
  with the seed and the school's code, and every date counts back from
  ``today``: the same seed on the same day (or with the same ``today``) gives
  the same rows, whatever the chunking, and a size change leaves the schools
  that remain unchanged in kind.
- **Fast.** Ids are given here (from each table's highest id, the sequences
  set after), so each chunk of schools is generated once in Python and then
  written table by table: ``COPY`` (psycopg 3) on PostgreSQL, one transaction
  per chunk so that the deferred foreign-key checks never queue millions of
  events; ``executemany`` elsewhere (SQLite, for the tests' small sizes).
  Run it on a quiet database: rows inserted by others meanwhile could take
  an id this generator has given.
- **Certificates** are numbered in the order they were issued, per series
  and year, continuing each ``NumberCounter`` (no gaps, no clash with later
  issues); their PDFs are not rendered (the file field is empty, as between
  issue and rendering) and no letters are sent.
"""

import argparse
import base64
import bisect
import functools
import json
import os
import random
import sys
import time
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from math import sqrt
from uuid import UUID

from django.db import connection, models, transaction
from django.utils import timezone, translation

DOMAIN = "national.demo.bilim.kz"
GUEST_DOMAIN = f"guest.{DOMAIN}"
DISTRICT_PREFIX = "nat-"
SCHOOL_PREFIX = "NAT-"
NO_PASSWORD = "!national-data"  # noqa: S105 - unusable: generated people cannot sign in
LANGUAGES = ("kk", "ru", "en")
WEEKS = 26  # enrolments and sessions spread over half a year


class NationalDataExists(Exception):
    """The database already holds generated national data."""


@dataclass
class Size:
    regions: int = 20
    districts: int = 200
    schools: int = 7_500
    teachers: int = 400_000
    parents: int = 3_000_000
    seed: int = 2024
    today: object = None  # a date; every date counts back from it
    chunk: int = 250  # schools generated and written together
    account_share: float = 1 / 3  # parents who registered with an account


# --- Names -------------------------------------------------------------------

# Kazakh surnames in the masculine form; the feminine adds "а".
KK_SURNAMES = [
    "Қасымов", "Нұрланов", "Сейітқалиев", "Әбдіқадыров", "Өтегенов", "Жұмабаев", "Ғабитов",
    "Құрманғалиев", "Үсенов", "Ахметов", "Байжанов", "Есенов", "Тұрсынов", "Серікбаев",
    "Омаров", "Әлімжанов", "Қожахметов", "Мұқанов", "Сәрсенбаев", "Бекмағамбетов",
    "Жақсылықов", "Төлеуов", "Рахымжанов", "Ысқақов", "Нұрпейісов", "Оспанов", "Дәулетов",
    "Ерғалиев", "Шәкенов", "Бейсенов",
]  # fmt: skip
KK_MEN = [
    "Нұржан", "Қанат", "Ерлан", "Дәурен", "Ғалым", "Өмірзақ", "Асқар", "Бауыржан", "Ержан",
    "Мұрат", "Серік", "Талғат", "Әділет", "Нұрлан", "Айбек", "Ерболат", "Жандос", "Қайрат",
    "Мейірхан", "Темірлан", "Ғани", "Жәнібек", "Рүстем", "Ұлан",
]  # fmt: skip
KK_WOMEN = [
    "Әсем", "Гүлнар", "Айгүл", "Динара", "Мөлдір", "Әлия", "Ұлжан", "Іңкәр", "Жанар", "Сәуле",
    "Гүлмира", "Айжан", "Ақмарал", "Назерке", "Аружан", "Жібек", "Меруерт", "Перизат",
    "Райхан", "Құралай", "Әйгерім", "Ләззат", "Шынар", "Бибігүл",
]  # fmt: skip
RU_SURNAMES = [
    ("Иванов", "Иванова"), ("Петров", "Петрова"), ("Смирнов", "Смирнова"),
    ("Кузнецов", "Кузнецова"), ("Попов", "Попова"), ("Васильев", "Васильева"),
    ("Ким", "Ким"), ("Пак", "Пак"), ("Шевченко", "Шевченко"), ("Бондаренко", "Бондаренко"),
    ("Морозов", "Морозова"), ("Новиков", "Новикова"),
]  # fmt: skip
# Given name, and the patronymics it makes (son's, daughter's).
RU_MEN = [
    ("Иван", "Иванович", "Ивановна"), ("Сергей", "Сергеевич", "Сергеевна"),
    ("Андрей", "Андреевич", "Андреевна"), ("Дмитрий", "Дмитриевич", "Дмитриевна"),
    ("Алексей", "Алексеевич", "Алексеевна"), ("Владимир", "Владимирович", "Владимировна"),
    ("Николай", "Николаевич", "Николаевна"), ("Михаил", "Михайлович", "Михайловна"),
    ("Павел", "Павлович", "Павловна"), ("Виктор", "Викторович", "Викторовна"),
]  # fmt: skip
RU_WOMEN = [
    "Мария", "Елена", "Ольга", "Татьяна", "Наталья", "Ирина", "Светлана", "Анна", "Юлия",
    "Екатерина",
]  # fmt: skip

# District names: (Kazakh, Russian, English) roots; "ауданы" / "район" / "District" added.
DISTRICT_ROOTS = [
    ("Бәйтерек", "Байтерек", "Baiterek"), ("Сарыарқа", "Сарыарка", "Saryarka"),
    ("Жаңаарқа", "Жанаарка", "Zhanaarka"), ("Қарасу", "Карасу", "Karasu"),
    ("Ақсу", "Аксу", "Aksu"), ("Көктерек", "Коктерек", "Kokterek"),
    ("Талдыбұлақ", "Талдыбулак", "Taldybulak"), ("Есіл", "Есиль", "Yesil"),
    ("Нұра", "Нура", "Nura"), ("Жетіқоңыр", "Жетиконыр", "Zhetikonyr"),
    ("Ақжайық", "Акжаик", "Akzhaiyk"), ("Бұқар жырау", "Бухар-Жырау", "Bukhar Zhyrau"),
    ("Ордабасы", "Ордабасы", "Ordabasy"), ("Қызылжар", "Кызылжар", "Kyzylzhar"),
    ("Шалқар", "Шалкар", "Shalkar"), ("Ұланды", "Уланды", "Ulandy"),
    ("Көксу", "Коксу", "Koksu"), ("Талас", "Талас", "Talas"), ("Іле", "Иле", "Ile"),
    ("Зеренді", "Зеренди", "Zerendi"), ("Әйтеке би", "Айтеке би", "Aiteke Bi"),
    ("Мақтаарал", "Мактаарал", "Maktaaral"), ("Қазалы", "Казалы", "Kazaly"),
    ("Бейнеу", "Бейнеу", "Beineu"), ("Аққайың", "Аккайын", "Akkaiyn"),
    ("Ертіс", "Иртыш", "Yertis"), ("Тарбағатай", "Тарбагатай", "Tarbagatai"),
    ("Қордай", "Кордай", "Korday"), ("Сайрам", "Сайрам", "Sairam"),
    ("Жаңақала", "Жанакала", "Zhanakala"),
]  # fmt: skip
# School kinds: (Kazakh, Russian, English) with {n} for the number.
SCHOOL_KINDS = [
    ("№ {n} жалпы білім беретін мектеп", "Общеобразовательная школа № {n}",
     "Secondary School No. {n}"),
    ("№ {n} мектеп-гимназия", "Школа-гимназия № {n}", "School-Gymnasium No. {n}"),
    ("№ {n} мектеп-лицей", "Школа-лицей № {n}", "School-Lyceum No. {n}"),
    ("Абай атындағы № {n} мектеп", "Школа № {n} имени Абая", "Abai School No. {n}"),
    ("№ {n} негізгі орта мектеп", "Основная средняя школа № {n}", "Basic School No. {n}"),
]  # fmt: skip
ROOMS = ["Акт залы / Актовый зал", "Кітапхана / Библиотека", "№ 12 кабинет / Кабинет № 12"]


def _latin(text):
    from directory.codes import latin_slug

    return latin_slug(text).replace("-", "")


class People:
    """Names drawn from small lists: mostly Kazakh, some Russian; ``women`` the share of women."""

    def __init__(self):
        self.kk_men = [(name, _latin(name)) for name in KK_MEN]
        self.kk_women = [(name, _latin(name)) for name in KK_WOMEN]
        self.kk_surnames = [(s, s + "а", _latin(s)) for s in KK_SURNAMES]
        self.ru_men = [(given, son, daughter, _latin(given)) for given, son, daughter in RU_MEN]
        self.ru_women = [(name, _latin(name)) for name in RU_WOMEN]
        self.ru_surnames = [(m, f, _latin(m)) for m, f in RU_SURNAMES]

    def draw(self, rng, women):
        """(surname, given name, patronymic, language, latin stem for the e-mail)."""
        woman = rng.random() < women
        if rng.random() < 0.78:
            masculine, feminine, latin_surname = rng.choice(self.kk_surnames)
            given, latin_given = rng.choice(self.kk_women if woman else self.kk_men)
            father = rng.choice(KK_MEN)
            patronymic = father + ("қызы" if woman else "ұлы")
            language = "kk" if rng.random() < 0.8 else "ru"
        else:
            masculine, feminine, latin_surname = rng.choice(self.ru_surnames)
            given, latin_given = (
                rng.choice(self.ru_women) if woman else rng.choice(self.ru_men)[::3]
            )
            patronymic = rng.choice(self.ru_men)[2 if woman else 1]
            language = "ru"
        if rng.random() < 0.03:
            patronymic = ""
        if rng.random() < 0.01:
            language = "en"
        surname = feminine if woman else masculine
        return surname, given, patronymic, language, f"{latin_given}.{latin_surname}"


# --- Writing rows --------------------------------------------------------------


class Writer:
    """Rows into tables, ids given here: COPY on PostgreSQL, executemany elsewhere."""

    def __init__(self):
        self.postgres = connection.vendor == "postgresql"
        self.next_ids = {}
        self.seconds = {}
        self.rows = {}

    def ids(self, model, count):
        """``count`` new ids for ``model``'s table, above its highest."""
        table = model._meta.db_table
        if table not in self.next_ids:
            with connection.cursor() as cursor:
                cursor.execute(f"SELECT COALESCE(MAX(id), 0) + 1 FROM {table}")  # noqa: S608
                self.next_ids[table] = cursor.fetchone()[0]
        first = self.next_ids[table]
        self.next_ids[table] += count
        return range(first, first + count)

    def next_id(self, model):
        return self.ids(model, 1)[0]

    def write(self, model, columns, rows):
        if not rows:
            return
        table = model._meta.db_table
        started = time.monotonic()
        if self.postgres:
            self._copy(table, columns, rows)
        else:
            self._insert(table, columns, rows)
        self.seconds[table] = self.seconds.get(table, 0) + time.monotonic() - started
        self.rows[table] = self.rows.get(table, 0) + len(rows)

    def _copy(self, table, columns, rows):
        connection.ensure_connection()
        sql = f"COPY {table} ({', '.join(columns)}) FROM STDIN"
        with connection.connection.cursor() as cursor, cursor.copy(sql) as copy:
            for row in rows:
                copy.write_row(row)

    def _insert(self, table, columns, rows):
        sql = (
            f"INSERT INTO {table} ({', '.join(columns)}) "  # noqa: S608 - our names
            f"VALUES ({', '.join(['%s'] * len(columns))})"
        )
        values = [[_plain(value) for value in row] for row in rows]
        with connection.cursor() as cursor:
            for start in range(0, len(values), 1000):
                cursor.executemany(sql, values[start : start + 1000])

    def finish(self):
        """Move each PostgreSQL sequence past the ids given here."""
        if not self.postgres:
            return
        with connection.cursor() as cursor:
            for table in self.next_ids:
                cursor.execute(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "  # noqa: S608
                    f"(SELECT COALESCE(MAX(id), 1) FROM {table}))"
                )


def _plain(value):
    """A value as Django would store it on SQLite (UUIDs as hex, UTC datetimes)."""
    if isinstance(value, datetime):
        return connection.ops.adapt_datetimefield_value(value)
    if isinstance(value, UUID):
        return value.hex
    if isinstance(value, Decimal):
        return str(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


# --- The plan ----------------------------------------------------------------------


def spread(total, weights):
    """``total`` split in proportion to ``weights`` (largest remainders), summing exactly."""
    whole = sum(weights) or 1
    shares = [total * w / whole for w in weights]
    counts = [int(share) for share in shares]
    order = sorted(range(len(weights)), key=lambda i: counts[i] - shares[i])
    for i in order[: total - sum(counts)]:
        counts[i] += 1
    return counts


@dataclass
class Course:
    page: object
    key: UUID
    page_ids: dict  # language → page id
    template: object
    titles: dict
    done_json: list  # per prefix length k: the done keys as JSON
    hours: list  # per k
    complete_from: int  # the shortest complete prefix
    last_lesson: list  # per k: the last lesson done (Item) or None
    current_lesson: list  # per k: the lesson in progress (Item) or None


@dataclass
class Programme:
    page: object
    key: UUID
    topics: list  # (page id, translation key)
    required: int
    template: object
    titles: dict


@dataclass
class Context:
    size: Size
    writer: Writer
    people: People
    course: Course
    programme: Programme
    start: datetime  # midnight at the start of ``today``, local time
    course_certificates: list = field(default_factory=list)
    academy_certificates: list = field(default_factory=list)

    def rng(self, purpose, code):
        return random.Random(f"{self.size.seed}:{purpose}:{code}")


def course_plan(page):
    from certificates.services import template_for_course
    from courses.models import CoursePage
    from courses.outline import build_outline

    outline = build_outline(page)
    items = outline.items
    prefixes = [[item.key for item in items[:k]] for k in range(len(items) + 1)]
    complete = [outline.is_complete(keys) for keys in prefixes]
    if not complete[-1]:
        raise ValueError(f"the course «{page.title}» cannot be completed: check its hours")
    lessons = [None] * (len(items) + 1)
    for k in range(1, len(items) + 1):
        lessons[k] = items[k - 1] if items[k - 1].kind == "lesson" else lessons[k - 1]
    translations = CoursePage.objects.filter(translation_key=page.translation_key)
    return Course(
        page=page,
        key=page.translation_key,
        page_ids={p.locale.language_code: p.pk for p in translations.select_related("locale")},
        template=template_for_course(page.translation_key),
        titles={p.locale.language_code: p.title for p in translations.select_related("locale")},
        done_json=[json.dumps(keys) for keys in prefixes],
        hours=[outline.hours_done(keys) for keys in prefixes],
        complete_from=complete.index(True),
        last_lesson=lessons,
        current_lesson=[
            items[k] if k < len(items) and items[k].kind == "lesson" else None
            for k in range(len(items) + 1)
        ],
    )


def programme_plan(page):
    from academy.models import TopicPage
    from academy.programme import programme_titles
    from certificates.models import CertificateTemplate

    topics = TopicPage.objects.child_of(page).live().order_by("path")
    return Programme(
        page=page,
        key=page.translation_key,
        topics=[(topic.pk, topic.translation_key) for topic in topics],
        required=page.required_sessions,
        template=CertificateTemplate.objects.filter(programme_key=str(page.translation_key))
        .order_by("-updated_at")
        .first(),
        titles=programme_titles(page.translation_key),
    )


def demo_pages():
    """The demo course and programme (``seed_demo``), or None for each that is missing."""
    from academy.demo_content import PROGRAMME
    from academy.models import ProgrammePage
    from courses.demo_content import COURSE
    from courses.models import CoursePage

    course = CoursePage.objects.filter(slug=COURSE["slug"], locale__language_code="kk").first()
    programme = ProgrammePage.objects.filter(
        slug=PROGRAMME["slug"], locale__language_code="kk"
    ).first()
    return course, programme


# --- Directory ----------------------------------------------------------------------


def make_directory(ctx):
    """Districts and schools; returns the schools as (id, code, district id, region id, city)."""
    from directory.models import District, Region, School

    size = ctx.size
    regions = list(Region.objects.order_by("sort_order", "pk")[: size.regions])
    rng = ctx.rng("directory", "country")
    per_region = spread(
        size.districts, [0.5 if region.kind == Region.Kind.CITY else 1.0 for region in regions]
    )
    taken = set(District.objects.values_list("region_id", "name_kk"))
    districts = []
    for region, count in zip(regions, per_region, strict=True):
        roots = rng.sample(range(len(DISTRICT_ROOTS)), len(DISTRICT_ROOTS))
        names = (
            (f"{kk}{suffix} ауданы", f"{ru}{suffix} район", f"{en}{suffix} District")
            for round_number in range(count + 1)
            for suffix in [f" {round_number + 1}" if round_number else ""]
            for kk, ru, en in (DISTRICT_ROOTS[i] for i in roots)
        )
        free = (name for name in names if (region.pk, name[0]) not in taken)
        for j, (kk, ru, en) in zip(range(count), free, strict=False):
            districts.append(
                District(
                    region=region,
                    code=f"{DISTRICT_PREFIX}{region.code}-{j + 1:02d}",
                    name_kk=kk,
                    name_ru=ru,
                    name_en=en,
                )
            )
    District.objects.bulk_create(districts, batch_size=1000)
    districts = list(
        District.objects.filter(code__startswith=DISTRICT_PREFIX)
        .select_related("region")
        .order_by("code")
    )
    weights = [
        rng.lognormvariate(0, 0.5) * (3 if d.region.kind == Region.Kind.CITY else 1)
        for d in districts
    ]
    schools, number = [], 0
    for district, count in zip(districts, spread(size.schools, weights), strict=True):
        for n in range(count):
            number += 1
            kk, ru, en = SCHOOL_KINDS[rng.randrange(len(SCHOOL_KINDS))]
            school_number = n + 1  # numbered within the district
            schools.append(
                School(
                    code=f"{SCHOOL_PREFIX}{number:05d}",
                    district=district,
                    region_id=district.region_id,
                    name_kk=kk.format(n=school_number),
                    name_ru=ru.format(n=school_number),
                    name_en=en.format(n=school_number),
                )
            )
    School.objects.bulk_create(schools, batch_size=2000)
    kinds = {district.pk: district.region.kind == Region.Kind.CITY for district in districts}
    return [
        (pk, code, district_id, region_id, kinds[district_id])
        for pk, code, district_id, region_id in School.objects.filter(
            code__startswith=SCHOOL_PREFIX
        )
        .order_by("code")
        .values_list("pk", "code", "district_id", "region_id")
    ]


# --- Teachers -------------------------------------------------------------------------

USER_COLUMNS = [
    "id", "password", "last_login", "is_superuser", "is_staff", "is_active", "date_joined",
    "email", "last_name", "first_name", "patronymic", "preferred_language", "role",
    "school_id", "district_id", "region_id",
]  # fmt: skip
ENROLMENT_COLUMNS = [
    "id", "user_id", "course_id", "course_key", "done", "enrolled_at", "last_activity_at",
    "hours_done", "completed_at",
]  # fmt: skip
PROGRESS_COLUMNS = [
    "enrolment_id", "lesson_key", "started_at", "last_beat_at", "beats", "active_seconds",
    "completed_at",
]  # fmt: skip
STAFF_ROLES = ["teacher"] * 92 + ["psychologist"] * 4 + ["social_pedagogue"] * 4


@dataclass
class Batch:
    users: list = field(default_factory=list)
    enrolments: list = field(default_factory=list)
    progress: list = field(default_factory=list)
    sessions: list = field(default_factory=list)
    registrations: list = field(default_factory=list)
    attendance: list = field(default_factory=list)


def teachers_of(ctx, school, count, batch, numbers):
    """``count`` school staff of ``school``, each enrolled in the course."""
    from courses.models import Enrolment
    from users.models import User

    school_id, code, district_id, region_id, _city = school
    rng = ctx.rng("teachers", code)
    course, start = ctx.course, ctx.start
    last = len(course.hours) - 1
    user_ids = ctx.writer.ids(User, count)
    enrolment_ids = ctx.writer.ids(Enrolment, count)
    for user_id, enrolment_id, number in zip(user_ids, enrolment_ids, numbers, strict=True):
        surname, given, patronymic, language, stem = ctx.people.draw(rng, women=0.78)
        days = WEEKS * 7 * sqrt(rng.random())  # more enrolled early on
        enrolled = start - timedelta(days=days, seconds=rng.randrange(3600, 86400))
        completed = None
        if days > 21 and rng.random() < 0.31:
            k = last
            completed = enrolled + timedelta(days=rng.uniform(20, days - 0.5))
            activity = completed
        else:
            k = 0 if rng.random() < 0.08 else rng.randrange(1, course.complete_from)
            recent = 1 - rng.random() ** 2.5  # most were active lately
            activity = enrolled + (start - enrolled) * recent if k else None
        batch.users.append(
            (
                user_id, NO_PASSWORD, activity, False, False, True,
                enrolled - timedelta(minutes=rng.randrange(5, 4000)),
                f"{stem}.{number:07d}@{DOMAIN}", surname, given, patronymic, language,
                rng.choice(STAFF_ROLES), school_id, district_id, region_id,
            )
        )  # fmt: skip
        batch.enrolments.append(
            (
                enrolment_id, user_id,
                course.page_ids.get(language) or course.page.pk, course.key,
                course.done_json[k], enrolled, activity, course.hours[k], completed,
            )
        )  # fmt: skip
        _progress(rng, course, k, enrolment_id, activity, batch.progress)
        if completed:
            ctx.course_certificates.append(
                (
                    completed + timedelta(seconds=rng.randrange(60, 1800)), enrolment_id,
                    user_id, (surname, given, patronymic), language, school_id, region_id,
                    enrolled, completed, course.hours[k],
                )
            )  # fmt: skip


def _progress(rng, course, k, enrolment_id, activity, rows):
    """The last lesson done and the one in progress, as the learning pages leave them."""
    done, current = course.last_lesson[k], course.current_lesson[k]
    if done and activity:
        seconds = done.min_active_seconds + rng.randrange(900)
        finished = activity - timedelta(hours=1)
        rows.append(
            (
                enrolment_id, UUID(done.key), finished - timedelta(seconds=seconds),
                finished, seconds // 15, float(seconds), finished + timedelta(minutes=10),
            )
        )  # fmt: skip
    if current and activity and k:
        seconds = rng.randrange(max(current.min_active_seconds, 1))
        rows.append(
            (
                enrolment_id, UUID(current.key), activity - timedelta(seconds=seconds),
                activity, seconds // 15, float(seconds), None,
            )
        )  # fmt: skip


# --- Parents and the academy -----------------------------------------------------------

SESSION_COLUMNS = [
    "id", "school_id", "topic_key", "programme_key", "topic_id", "format", "meeting_url",
    "room", "starts_at", "ends_at", "capacity", "facilitator", "status", "recording_url",
    "checkin_secret", "sequence", "created_by_id", "created_at", "cancelled_at",
]  # fmt: skip
REGISTRATION_COLUMNS = [
    "id", "session_id", "user_id", "name", "email", "language", "status", "created_at",
    "promoted_at", "cancelled_at", "confirmation_sent_at", "waitlist_sent_at",
    "moved_up_sent_at", "cancellation_sent_at", "reminder_24h_sent_at", "reminder_1h_sent_at",
]  # fmt: skip
ATTENDANCE_COLUMNS = [
    "registration_id", "mark", "source", "checked_in_at", "joined_at", "marked_by_id",
    "marked_at",
]  # fmt: skip
# How many sessions a parent registers for: 1 to 6, with these weights (mean ≈ 1.8).
SESSIONS_WANTED = [1, 2, 3, 4, 5, 6]
SESSIONS_CUMULATIVE = [0.60, 0.80, 0.88, 0.94, 0.98, 1.0]
FORMATS = ["in_person"] * 4 + ["online"] * 3 + ["both"] * 3
SESSION_LENGTH = timedelta(minutes=90)


@dataclass
class Planned:
    id: int
    topic: int
    starts: datetime
    format: str
    cancelled_at: datetime | None
    held: bool
    confirmed: int = 0


def sessions_of(ctx, school, parents, rng):
    """The school's sessions: each topic once (twice in big schools), about
    four weeks apart, from up to half a year ago to a few weeks ahead."""
    from academy.models import Session

    topics = ctx.programme.topics
    rounds = 2 if parents > 450 else 1
    ids = iter(ctx.writer.ids(Session, len(topics) * rounds))
    first_week = -rng.randint(WEEKS - 8, WEEKS - 1)
    weekday, hour = rng.choice([(1, 18), (2, 18), (3, 19), (5, 11)])
    planned = []
    for index in range(len(topics)):
        for round_number in range(rounds):
            week = first_week + 4 * index + 2 * round_number + rng.randint(0, 1)
            day = week * 7 + weekday - ctx.start.weekday()
            day = day if day != 0 else 1  # never today: held or not is then clear
            starts = ctx.start + timedelta(days=day, hours=hour)
            cancelled = None
            if rng.random() < 0.04:
                cancelled = min(starts - timedelta(days=rng.randint(1, 5)), ctx.start)
            planned.append(
                Planned(
                    next(ids), index, starts, rng.choice(FORMATS), cancelled,
                    held=cancelled is None and starts < ctx.start,
                )
            )  # fmt: skip
    return planned


def session_rows(ctx, school, planned, rng):
    school_id, code = school[0], school[1]
    for session in planned:
        page_id, topic_key = ctx.programme.topics[session.topic]
        online = session.format != "in_person"
        created = min(session.starts - timedelta(days=rng.randint(14, 35)), ctx.start)
        surname, given, patronymic, _language, _stem = ctx.people.draw(rng, women=0.8)
        yield (
            session.id, school_id, topic_key, ctx.programme.key, page_id, session.format,
            f"https://meet.example.kz/{code.lower()}-{session.id}" if online else "",
            ROOMS[session.id % len(ROOMS)] if session.format != "online" else "",
            session.starts, session.starts + SESSION_LENGTH,
            max(30, (session.confirmed // 10 + 2) * 10),
            f"{surname} {given}, педагог-психолог",
            "cancelled" if session.cancelled_at else "scheduled",
            f"https://video.example.kz/{code.lower()}-{session.id}"
            if online and session.held else "",
            f"{rng.getrandbits(128):032x}", 1 if session.cancelled_at else 0, None, created,
            session.cancelled_at,
        )  # fmt: skip


def parents_of(ctx, school, count, batch, numbers):
    """``count`` parents of ``school``, their registrations and attendance."""
    from academy.models import Registration
    from users.models import User

    school_id, code, district_id, region_id, _city = school
    rng = ctx.rng("parents", code)
    planned = sessions_of(ctx, school, count, rng)
    by_topic = {}
    for session in planned:
        by_topic.setdefault(session.topic, []).append(session)
    topics = list(by_topic)
    for number in numbers:
        surname, given, patronymic, language, stem = ctx.people.draw(rng, women=0.7)
        name = " ".join(part for part in (surname, given, patronymic) if part)
        account = rng.random() < ctx.size.account_share
        user_id = ctx.writer.next_id(User) if account else None
        email = f"{stem}-{number:07d}@{DOMAIN if account else GUEST_DOMAIN}"
        wanted = SESSIONS_WANTED[bisect.bisect_left(SESSIONS_CUMULATIVE, rng.random())]
        diligence = rng.choice((0.95, 0.95, 0.95, 0.75, 0.75, 0.4))
        chosen = sorted(
            (rng.choice(by_topic[t]) for t in rng.sample(topics, min(wanted, len(topics)))),
            key=lambda s: s.starts,
        )
        attended, first_registered = [], None
        for session in chosen:
            registration_id = ctx.writer.next_id(Registration)
            created = min(session.starts - timedelta(hours=rng.uniform(2, 14 * 24)), ctx.start)
            first_registered = first_registered or created
            status = "cancelled" if rng.random() < 0.04 else "confirmed"
            reminded = session.held and status == "confirmed"
            batch.registrations.append(
                (
                    registration_id, session.id, user_id, name, email, language, status,
                    created, None,
                    created + timedelta(days=rng.uniform(0, 1)) if status == "cancelled" else None,
                    created, None, None,
                    session.cancelled_at if session.cancelled_at and status != "cancelled"
                    else None,
                    session.starts - timedelta(hours=24)
                    if reminded and created < session.starts - timedelta(hours=24) else None,
                    session.starts - timedelta(hours=1) if reminded else None,
                )
            )  # fmt: skip
            if status != "confirmed":
                continue
            session.confirmed += 1
            if session.held:
                mark = _attend(rng, session, registration_id, diligence, batch.attendance)
                if mark in ("present", "late"):
                    attended.append(session)
        if account:
            batch.users.append(
                (
                    user_id, NO_PASSWORD, first_registered, False, False, True,
                    first_registered - timedelta(minutes=rng.randrange(1, 600)),
                    email, surname, given, patronymic, language, "parent",
                    school_id, district_id, region_id,
                )
            )  # fmt: skip
            if len(attended) >= ctx.programme.required:
                reached = attended[ctx.programme.required - 1]
                issued = min(reached.starts + timedelta(days=1, hours=rng.uniform(0, 6)), ctx.start)
                ctx.academy_certificates.append(
                    (
                        issued, None, user_id, (surname, given, patronymic), language,
                        school_id, region_id, attended[0].starts, reached.starts,
                        Decimal("1.5") * len(attended),
                    )
                )  # fmt: skip
    batch.sessions.extend(session_rows(ctx, school, planned, rng))


def _attend(rng, session, registration_id, diligence, rows):
    """One attendance row of a confirmed registration at a held session; returns the mark."""
    starts, ends = session.starts, session.starts + SESSION_LENGTH
    came = rng.random() < diligence
    online = session.format == "online" or (session.format == "both" and rng.random() < 0.5)
    if came and online:
        late = rng.random() < 0.1
        joined = starts + timedelta(minutes=rng.uniform(20, 40) if late else rng.uniform(-5, 10))
        if late and rng.random() < 0.3:  # a late join, left for the coordinator
            rows.append((registration_id, "", "join", None, joined, None, None))
            return ""
        rows.append((registration_id, "late" if late else "present", "join", None, joined, None,
                     joined))  # fmt: skip
        return "late" if late else "present"
    if came:
        late = rng.random() < 0.08
        checked = starts + timedelta(minutes=rng.uniform(16, 30) if late else rng.uniform(-15, 5))
        self_check = rng.random() < 0.7
        rows.append(
            (
                registration_id, "late" if late else "present",
                "self" if self_check else "coordinator", checked, None, None,
                checked if self_check else ends,
            )
        )  # fmt: skip
        return "late" if late else "present"
    mark = "excused" if rng.random() < 0.3 else "absent"
    rows.append((registration_id, mark, "coordinator", None, None, None, ends))
    return mark


# --- Certificates -------------------------------------------------------------------------

CERTIFICATE_COLUMNS = [
    "number", "version", "code", "status", "source", "holder_id", "template_id", "holder_name",
    "language", "texts", "hours", "started_on", "completed_on", "issued_at", "region_id",
    "school_id", "pdf", "emailed_at", "revoked_at", "revoked_reason",
]  # fmt: skip


class Texts:
    """``certificates.services.frozen_texts`` for many certificates: each
    language's strings translated once, then only formatted."""

    def __init__(self, template, titles):
        from django.utils.translation import gettext

        self.parts = {}
        for language in LANGUAGES:
            with translation.override(language):
                self.parts[language] = (
                    template.texts(language),
                    titles.get(language) or titles.get("kk", ""),
                    gettext("Issued %(date)s. Certificate No. %(number)s"),
                    gettext("Check this certificate"),
                )

    @functools.cache  # noqa: B019 - a few distinct hours, one Texts per run
    def hours_line(self, language, hours):
        from courses.hours import academic_hours

        with translation.override(language):
            return academic_hours(hours)

    @functools.cache  # noqa: B019 - a few hundred distinct days, one Texts per run
    def date(self, language, day):
        from lms.dates import show_date

        with translation.override(language):
            return show_date(day)

    def json(self, holder_name, surname, hours, start, end, issued_on, number):
        hours_text = f"{Decimal(hours).normalize():f}"
        values = {"name": holder_name, "hours": hours_text}
        texts = {}
        for language, (base, course, issued_line, verify) in self.parts.items():
            dates = {"start": self.date(language, start), "end": self.date(language, end)}
            texts[language] = {
                "title": base["title"],
                "organisation": base["organisation"],
                "course": course,
                "body": base["text"].format_map(_Keep({**values, **dates, "course": course})),
                "hours_line": self.hours_line(language, hours),
                "issued_line": issued_line
                % {"date": self.date(language, issued_on), "number": number},
                "verify_line": verify,
            }
        texts["surname"] = surname
        texts["surname_key"] = surname.casefold()
        return json.dumps(texts, ensure_ascii=False)


class _Keep(dict):
    def __missing__(self, key):
        return "{" + key + "}"


def write_certificates(ctx, template, titles, candidates, source):
    """Number the certificates in issue order, per series and year, after
    each counter's last number, and write them; returns how many."""
    from certificates.models import Certificate, NumberCounter

    if template is None or not candidates:
        return 0
    texts = Texts(template, titles)
    rng = ctx.rng("certificates", source("x", "x"))
    candidates.sort(key=lambda c: (c[0], c[2]))
    rows, counters = [], {}
    for issued, enrolment_id, user_id, names, language, school_id, region_id, *rest in candidates:
        started, completed, hours = rest
        issued_on = timezone.localdate(issued)
        series = template.series(issued_on.year)
        if (series, issued_on.year) not in counters:
            counter, _ = NumberCounter.objects.get_or_create(series=series, year=issued_on.year)
            counters[series, issued_on.year] = counter
        counter = counters[series, issued_on.year]
        counter.last += 1
        number = f"{series}{counter.last:06d}"
        holder_name = " ".join(part for part in names if part)
        started_on, completed_on = timezone.localdate(started), timezone.localdate(completed)
        rows.append(
            (
                number, 1, base64.urlsafe_b64encode(rng.randbytes(18)).decode(), "valid",
                source(enrolment_id, user_id), user_id, template.pk, holder_name, language,
                texts.json(holder_name, names[0], hours, started_on, completed_on, issued_on,
                           number),
                hours, started_on, completed_on, issued, region_id, school_id, "",
                issued + timedelta(minutes=2), None, "",
            )
        )  # fmt: skip
    ctx.writer.write(Certificate, CERTIFICATE_COLUMNS, rows)
    NumberCounter.objects.bulk_update(counters.values(), ["last"])
    return len(rows)


# --- Replacing --------------------------------------------------------------------------


def national_exists():
    from directory.models import District, School
    from users.models import User

    return (
        District.objects.filter(code__startswith=DISTRICT_PREFIX).exists()
        or School.objects.filter(code__startswith=SCHOOL_PREFIX).exists()
        or User.objects.filter(email__endswith=f"@{DOMAIN}").exists()
    )


def delete_national(log=print):
    """Delete the generated rows and what hangs off them, nothing else;
    number counters go back to the highest number left in their series."""
    from academy.models import Session
    from certificates.models import Certificate, NumberCounter
    from directory.models import District, School
    from users.models import User

    users = "SELECT id FROM users_user WHERE email LIKE %s"
    pattern = [f"%@{DOMAIN}"]
    schools = "SELECT id FROM directory_school WHERE code LIKE %s"
    with transaction.atomic(), connection.cursor() as cursor:
        started = time.monotonic()
        _delete(cursor, Certificate, f"holder_id IN ({users})", pattern)
        _delete(cursor, Session, f"school_id IN ({schools})", [f"{SCHOOL_PREFIX}%"])
        _delete(cursor, User, f"id IN ({users})", pattern)
        _delete(cursor, School, "code LIKE %s", [f"{SCHOOL_PREFIX}%"])
        _delete(cursor, District, "code LIKE %s", [f"{DISTRICT_PREFIX}%"])
        for counter in NumberCounter.objects.select_for_update():
            numbers = Certificate.objects.filter(number__startswith=counter.series).values_list(
                "number", flat=True
            )
            counter.last = max((int(n[len(counter.series) :]) for n in numbers), default=0)
            counter.save(update_fields=["last"])
        log(f"  deleted the national data in {time.monotonic() - started:.1f} s")


def _delete(cursor, model, where, params):
    """DELETE with the ORM's on_delete rules done in SQL: CASCADE children
    first, SET_NULL cleared; PROTECT left to the database to refuse."""
    table = model._meta.db_table
    chosen = f"SELECT id FROM {table} WHERE {where}"  # noqa: S608 - our names
    for relation in model._meta.get_fields(include_hidden=True):
        if not (relation.auto_created and not relation.concrete):
            continue
        if not (relation.one_to_many or relation.one_to_one):
            continue
        child, column = relation.related_model, relation.field.column
        if not child._meta.managed or child._meta.proxy:
            continue
        rule = relation.field.remote_field.on_delete
        if rule is models.CASCADE:
            _delete(cursor, child, f"{column} IN ({chosen})", params)
        elif rule is models.SET_NULL:
            cursor.execute(
                f"UPDATE {child._meta.db_table} SET {column} = NULL "  # noqa: S608
                f"WHERE {column} IN ({chosen})",
                params,
            )
    cursor.execute(f"DELETE FROM {table} WHERE {where}", params)  # noqa: S608


# --- All of it --------------------------------------------------------------------------


def generate(size=None, *, course=None, programme=None, replace=False, log=print):
    """Fill the database; returns ``{"rows": {table: n}, "seconds": {step: s}}``."""
    size = size or Size()
    if course is None or programme is None:
        demo_course, demo_programme = demo_pages()
        course, programme = course or demo_course, programme or demo_programme
    if course is None or programme is None:
        raise ValueError("the demo course and programme are missing: run manage.py seed_demo")
    timings = {}
    clock = time.monotonic()

    def step(name):
        nonlocal clock
        now = time.monotonic()
        timings[name] = round(now - clock, 1)
        log(f"  {name}: {timings[name]:.1f} s")
        clock = now

    if national_exists():
        if not replace:
            raise NationalDataExists(
                "the database already holds national data: pass replace to delete it first"
            )
        delete_national(log)
        step("delete the earlier national data")
    today = size.today or timezone.localdate()
    start = timezone.make_aware(datetime(today.year, today.month, today.day))
    ctx = Context(
        size=size,
        writer=Writer(),
        people=People(),
        course=course_plan(course),
        programme=programme_plan(programme),
        start=start,
    )
    if not ctx.programme.topics:
        raise ValueError(f"the programme «{programme.title}» has no live topics")
    with transaction.atomic():
        schools = make_directory(ctx)
    step(f"directory: {size.districts} districts, {len(schools)} schools")
    fill_people(ctx, schools, log)
    step(f"people: {size.teachers:,} school staff, {size.parents:,} parents")
    with transaction.atomic():
        made = write_certificates(
            ctx,
            ctx.course.template,
            ctx.course.titles,
            ctx.course_certificates,
            lambda enrolment_id, user_id: f"course:{enrolment_id}",
        )
        made += write_certificates(
            ctx,
            ctx.programme.template,
            ctx.programme.titles,
            ctx.academy_certificates,
            lambda enrolment_id, user_id: f"academy:{ctx.programme.key}:{user_id}",
        )
    ctx.writer.finish()
    step(f"certificates: {made:,}")
    for name, seconds in refresh_summaries().items():
        timings[f"summary {name}"] = seconds
    step("summaries")
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    step("ANALYZE")
    rows = {table: ctx.writer.rows.get(table, 0) for table in ctx.writer.rows}
    copy_seconds = {table: round(s, 1) for table, s in ctx.writer.seconds.items()}
    return {"rows": rows, "seconds": timings, "write_seconds": copy_seconds}


def fill_people(ctx, schools, log):
    """Teachers and parents, chunk by chunk of schools, written table by table."""
    from academy.models import Attendance, Registration, Session
    from courses.models import Enrolment, LessonProgress
    from users.models import User

    rng = ctx.rng("sizes", "country")
    weights = [rng.lognormvariate(0, 0.5) * (1.6 if school[4] else 1) for school in schools]
    teachers = spread(ctx.size.teachers, weights)
    parents = spread(ctx.size.parents, weights)
    teacher_number = parent_number = 0
    started = time.monotonic()
    for first in range(0, len(schools), ctx.size.chunk):
        batch = Batch()
        for index in range(first, min(first + ctx.size.chunk, len(schools))):
            school = schools[index]
            numbers = range(teacher_number + 1, teacher_number + teachers[index] + 1)
            teachers_of(ctx, school, teachers[index], batch, numbers)
            teacher_number += teachers[index]
            numbers = range(parent_number + 1, parent_number + parents[index] + 1)
            parents_of(ctx, school, parents[index], batch, numbers)
            parent_number += parents[index]
        write = ctx.writer.write
        with transaction.atomic():
            write(User, USER_COLUMNS, batch.users)
            write(Enrolment, ENROLMENT_COLUMNS, batch.enrolments)
            write(LessonProgress, PROGRESS_COLUMNS, batch.progress)
            write(Session, SESSION_COLUMNS, batch.sessions)
            write(Registration, REGISTRATION_COLUMNS, batch.registrations)
            write(Attendance, ATTENDANCE_COLUMNS, batch.attendance)
        done = min(first + ctx.size.chunk, len(schools))
        if done == len(schools) or (first // ctx.size.chunk) % 5 == 4:
            log(f"    {done:,} of {len(schools):,} schools, {time.monotonic() - started:.0f} s")
    return teacher_number, parent_number


def refresh_summaries():
    """Every ``refresh_*`` function of ``reports.stats`` (course figures,
    and the academy's where they exist); seconds each."""
    from reports import stats

    seconds = {}
    for name in sorted(dir(stats)):
        function = getattr(stats, name)
        if name.startswith("refresh_") and callable(function):
            if getattr(function, "__module__", "") != stats.__name__:
                continue
            started = time.monotonic()
            function()
            seconds[name] = round(time.monotonic() - started, 1)
    return seconds


def fingerprint():
    """A digest of the generated rows without ids, for the repeatability test."""
    import hashlib

    from academy.models import Attendance, Registration, Session
    from certificates.models import Certificate
    from courses.models import Enrolment
    from directory.models import School
    from users.models import User

    digest = hashlib.sha256()
    parts = [
        School.objects.filter(code__startswith=SCHOOL_PREFIX).values_list(
            "code", "name_kk", "district__code"
        ),
        User.objects.filter(email__endswith=f"@{DOMAIN}").values_list(
            "email", "last_name", "first_name", "patronymic", "role", "school__code",
            "date_joined",
        ),
        Enrolment.objects.filter(user__email__endswith=f"@{DOMAIN}").values_list(
            "user__email", "enrolled_at", "hours_done", "completed_at", "last_activity_at"
        ),
        Session.objects.filter(school__code__startswith=SCHOOL_PREFIX).values_list(
            "school__code", "topic_key", "starts_at", "status", "capacity"
        ),
        Registration.objects.filter(session__school__code__startswith=SCHOOL_PREFIX).values_list(
            "email", "session__starts_at", "status", "created_at"
        ),
        Attendance.objects.filter(
            registration__session__school__code__startswith=SCHOOL_PREFIX
        ).values_list("registration__email", "registration__session__starts_at", "mark"),
        Certificate.objects.filter(holder__email__endswith=f"@{DOMAIN}").values_list(
            "number", "holder__email", "hours", "completed_on", "code"
        ),
    ]  # fmt: skip
    for rows in parts:
        for row in sorted(rows.order_by(), key=str):
            digest.update(repr(row).encode())
    return digest.hexdigest()


def main(argv=None, out=print):
    """The command line: parse ``argv``, generate, say what was written."""
    from django.conf import settings

    default = Size()
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.national_data",
        description="Generate national data (districts, schools, staff, parents) for reports.",
    )
    parser.add_argument("--seed", type=int, default=default.seed, help="same seed, same data")
    parser.add_argument("--regions", type=int, default=default.regions, help="of the 20")
    parser.add_argument("--districts", type=int, default=default.districts)
    parser.add_argument("--schools", type=int, default=default.schools)
    parser.add_argument("--teachers", type=int, default=default.teachers)
    parser.add_argument("--parents", type=int, default=default.parents)
    parser.add_argument(
        "--today",
        type=date.fromisoformat,
        help="YYYY-MM-DD that dates count back from (default: today)",
    )
    parser.add_argument("--chunk", type=int, default=default.chunk, help="schools written together")
    parser.add_argument(
        "--replace",
        action="store_true",
        help="delete the national data made earlier (only that) before generating",
    )
    options = vars(parser.parse_args(argv))
    if getattr(settings, "ENVIRONMENT", "") == "production":
        raise SystemExit("national_data refuses to run under production settings.")
    replace = options.pop("replace")
    size = Size(**options)
    if size.districts < size.regions or size.schools < size.districts:
        raise SystemExit("At least one district per region and one school per district.")
    course, programme = demo_pages()
    if course is None or programme is None:
        raise SystemExit("The demo course and programme are missing: run seed_demo first.")
    started = time.monotonic()
    out(
        f"Generating {size.schools:,} schools, {size.teachers:,} school staff and "
        f"{size.parents:,} parents (seed {size.seed})"
    )
    try:
        result = generate(size, course=course, programme=programme, replace=replace, log=out)
    except NationalDataExists as error:
        raise SystemExit(f"{error} (--replace).") from error
    for table, rows in sorted(result["rows"].items()):
        seconds = result["write_seconds"].get(table, 0)
        out(f"  {table}: {rows:,} rows, written in {seconds:.1f} s")
    out(f"National data ready in {time.monotonic() - started:.0f} s.")


__all__ = ["NationalDataExists", "Size", "delete_national", "generate", "main", "national_exists"]

if __name__ == "__main__":
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lms.settings.dev")
    django.setup()
    main(sys.argv[1:])
