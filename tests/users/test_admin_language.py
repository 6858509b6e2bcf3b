"""The Wagtail admin for Kazakh staff (#14 point 8).

A person whose language is Kazakh reads our strings in Kazakh and Wagtail's
in Russian (Wagtail ships no Kazakh: ``users.admin_language``); anyone can
choose Қазақша, Русский or English in the admin's account settings, and that
choice wins over their own language. Every admin page of ours reads with no
English string of ours left.
"""

import json
import re
import zoneinfo
from datetime import timedelta
from pathlib import Path

import polib
import pytest
import wagtail
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.users.models import UserProfile

from certificates.models import RegenerationJob
from courses import services
from courses.models import AssessmentPage, LessonPage, LessonProgress, PracticalSubmission
from tests.course_fixtures import lessons
from tests.factories import LiveSessionFactory, UserFactory
from tests.factories import live_session as live_block
from tests.factories.certificates import CertificateFactory, CertificateTemplateFactory
from tests.i18n.test_languages import _VisibleText
from users import admin_language, roles

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]


def staff(group=None, **fields):
    user = UserFactory(is_staff=True, school=None, role="", **fields)
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user


def menu_labels(client):
    """Every label of the admin's sidebar (it is drawn from JSON props)."""
    html = client.get("/admin/").content.decode()
    props = re.search(r'<script id="wagtail-sidebar-props"[^>]*>(.*?)</script>', html, re.S)
    return set(re.findall(r'"label": "((?:[^"\\]|\\.)*)"', json.dumps(json.loads(props[1]))))


def decoded(labels):
    return {json.loads(f'"{label}"') for label in labels}


def test_kazakh_staff_read_our_menu_in_kazakh_and_wagtails_in_russian(client):
    client.force_login(staff(roles.METHODOLOGISTS, preferred_language="kk"))
    labels = decoded(menu_labels(client))
    # Ours, in Kazakh.
    assert {"Тексерілетін практикалық тапсырмалар", "Онлайн сабақтар"} <= labels
    # Wagtail's, in Russian rather than English.
    assert {"Страницы", "Аккаунт"} <= labels
    assert not {"Pages", "Account", "Live sessions"} & labels
    assert '<html lang="kk"' in client.get("/admin/").content.decode()
    # The strings of Wagtail's scripts too ("Loading…").
    assert json.dumps("Загрузка…") in client.get("/admin/jsi18n/").content.decode()


def test_our_menu_item_and_wagtails_search_for_an_officer_in_kazakh(client):
    client.force_login(staff(roles.NATIONAL_ANALYSTS, preferred_language="kk"))
    labels = decoded(menu_labels(client))
    assert "Білім алушылар" in labels and "Learners" not in labels
    html = client.get("/admin/").content.decode()
    assert "Панель управления" in html  # Wagtail's "Dashboard", from its Russian


def test_russian_staff_read_it_all_in_russian(client):
    client.force_login(staff(roles.NATIONAL_ANALYSTS, preferred_language="ru"))
    labels = decoded(menu_labels(client))
    assert {"Слушатели", "Аккаунт"} <= labels


def test_the_account_settings_choice_wins_over_the_persons_language(client):
    user = staff(roles.NATIONAL_ANALYSTS, preferred_language="kk")
    client.force_login(user)
    UserProfile.objects.update_or_create(user=user, defaults={"preferred_language": "en"})
    labels = decoded(menu_labels(client))
    assert {"Learners", "Account"} <= labels
    assert '<html lang="en"' in client.get("/admin/").content.decode()


def test_the_account_settings_offer_kazakh_russian_and_english(client):
    user = staff(roles.METHODOLOGISTS, preferred_language="kk")
    client.force_login(user)
    html = client.get("/admin/account/").content.decode()
    # Wagtail names each language in itself (Django's names: "Қазақ").
    for code in ("kk", "ru", "en"):
        assert f'<option value="{code}">' in html
    response = client.post(
        "/admin/account/",
        {
            "locale-preferred_language": "ru",
            "locale-current_time_zone": "",
            "name_email-first_name": user.first_name,
            "name_email-last_name": user.last_name,
            "name_email-email": user.email,
            "theme-theme": "system",
            "theme-density": "default",
            "theme-contrast": "system",
            "theme-keyboard_shortcuts": "on",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert UserProfile.objects.get(user=user).preferred_language == "ru"
    assert "Слушатели" not in decoded(menu_labels(client))  # a methodologist: no learners
    assert "Практические задания на проверку" in decoded(menu_labels(client))


# --- Every page of ours, for a Kazakh superuser --------------------------------------


def _msgids(path):
    return {entry.msgid for entry in polib.pofile(str(path)) if entry.msgid}


WAGTAIL_DIR = Path(wagtail.__file__).parent
# Wagtail's own English messages: the ones its Russian lacks stay English, and are Wagtail's.
WAGTAIL_MSGIDS = {
    msgid
    for path in WAGTAIL_DIR.parent.glob("wagtail*/**/locale/en/LC_MESSAGES/*.po")
    for msgid in _msgids(path)
}
KK = polib.pofile(str(ROOT / "locale/kk/LC_MESSAGES/django.po"))
# Our messages whose Kazakh differs from the English (not "PDF", "A4", "Email"…).
OURS = {entry.msgid for entry in KK if entry.msgstr and entry.msgstr != entry.msgid}
# Names rather than words: products, keys, time zones, the language switcher's
# "English", Wagtail's data (its root page, its workflow), a school's code.
NAMES = {
    "Ctrl",
    "Shift",
    "Alt",
    "Esc",
    "Wagtail",
    "JavaScript",
    "CMS",
    "Bilim",
    "LMS",
    "URL",
    "PDF",
    "ZIP",
    "English",
    "Asia",
    "Almaty",
    "SCH",
    "Zoom",
    "Google",
    "Meet",
    "BigBlueButton",
    "Slug",
    "Letter",
    "Root",
    "Moderators",
    "approval",
    "example",
    "XLSX",
    "CSV",
}
TIME_ZONES = zoneinfo.available_timezones()
# {name} in a certificate's text, addresses, e-mail addresses.
PLACEHOLDERS = r"\{\w+\}|https?://\S+|\S+@\S+"


class _AdminText(_VisibleText):
    """Visible text, without what people typed (textareas) or the time zones' names."""

    def handle_starttag(self, tag, attrs):
        if tag == "textarea":
            self._skip += 1
        super().handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        if tag == "textarea":
            self._skip -= 1
        super().handle_endtag(tag)


def english_left(html):
    parser = _AdminText()
    parser.feed(html)
    left = []
    for part in (part.strip() for part in parser.parts):
        if part in OURS:
            left.append(part)  # one of ours, untranslated
        elif part in WAGTAIL_MSGIDS or part in TIME_ZONES:
            continue
        elif set(re.findall(r"[A-Za-z]{3,}", re.sub(PLACEHOLDERS, "", part))) - NAMES:
            left.append(part)  # English we never marked for translation
    return left


REVIEWED_TASK = {
    "type": "practical_task",
    "value": {"instructions": "<p>Жоспар жазыңыз</p>", "minutes": 40, "min_words": 3},
}


def block_of(page, kind):
    return next(block.id for block in page.body if block.block_type == kind)


@pytest.fixture
def pages(client, course, teacher):
    """Our admin pages with something on them: a live session, a task waiting
    for review, six hours of study with no break, a certificate and its template."""
    lesson = lessons(course)[0]
    task = {**REVIEWED_TASK, "value": {**REVIEWED_TASK["value"], "check": "reviewed"}}
    lesson.body = [*lesson.body.raw_data, live_block("Буллингке қалай әрекет етеміз", 90), task]
    lesson.save()
    lesson = LessonPage.objects.get(pk=lesson.pk)
    test = AssessmentPage.objects.descendant_of(course).first()
    enrolment = services.enroll(teacher, course)
    PracticalSubmission.objects.create(
        enrolment=enrolment,
        lesson_key=lesson.translation_key,
        block_id=block_of(lesson, "practical_task"),
        checking="reviewed",
        text="Сынып сағатында балалармен қауіпсіз интернет туралы әңгімелесемін.",
        fingerprint="-",
        submitted_at=timezone.now(),
    )
    now = timezone.now()
    LessonProgress.objects.create(  # six hours of heartbeats with no break: unusual
        enrolment=enrolment,
        lesson_key=lessons(course)[1].translation_key,
        started_at=now - timedelta(hours=6),
        last_beat_at=now,
        active_seconds=5.8 * 3600,
        beats=1400,
    )
    template = CertificateTemplateFactory(course=course, name="Курс сертификаты")
    certificate = CertificateFactory(template=template, holder=teacher)
    job = RegenerationJob.objects.create(template=template, total=1, status="running")
    session = LiveSessionFactory(lesson=lesson, block_id=block_of(lesson, "live_session"))
    snippets = "wagtailsnippets_{}:{}".format
    return [
        "/admin/",
        f"/admin/courses/{course.pk}/editions/",
        "/admin/courses/practical-tasks/",
        "/admin/courses/integrity/",
        f"/admin/courses/tests/{test.pk}/statistics/",
        "/admin/learners/",
        f"/admin/learners/{enrolment.pk}/",
        "/admin/live_sessions/",
        "/admin/live_sessions/new/",
        reverse("live_sessions:edit", args=[session.pk]),
        f"/admin/live_sessions/{session.pk}/register/",
        reverse("certificate_registry:index"),
        reverse("certificate_registry:inspect", args=[certificate.pk]),
        reverse("certificate_registry:revoke", args=[certificate.pk]),
        reverse("certificate_registry:reissue", args=[certificate.pk]),
        reverse(snippets("certificates_certificatetemplate", "list")),
        reverse(snippets("certificates_certificatetemplate", "add")),
        reverse(snippets("certificates_certificatetemplate", "edit"), args=[template.pk]),
        reverse(snippets("certificates_certificatetemplate", "regenerate"), args=[template.pk]),
        reverse(snippets("certificates_certificatetemplate", "regeneration_job"), args=[job.pk]),
        f"/admin/pages/{course.pk}/edit/",
        f"/admin/pages/{lesson.get_parent().pk}/edit/",
        f"/admin/pages/{lesson.pk}/edit/",
        f"/admin/pages/{test.pk}/edit/",
        "/admin/users/new/",
        f"/admin/users/edit/{teacher.pk}/",
        reverse(snippets("content_callcentre", "list")),
        reverse(snippets("content_callcentre", "add")),
        reverse(snippets("literacy_topic", "add")),
        reverse(snippets("directory_region", "add")),
        reverse(snippets("directory_district", "add")),
        reverse(snippets("directory_school", "add")),
        reverse(snippets("directory_school", "list")),
        "/admin/snippets/",
    ]


def test_every_admin_page_of_ours_reads_in_kazakh(client, pages):
    client.force_login(staff(is_superuser=True, preferred_language="kk"))
    found = {}
    for url in pages:
        response = client.get(url)
        assert response.status_code == 200, url
        left = english_left(response.content.decode())
        if left:
            found[url] = left
    assert found == {}
    # The queue and the evidence pages had rows to show, not only their empty states.
    assert "қауіпсіз интернет" in client.get("/admin/courses/practical-tasks/").content.decode()
    assert "Сәрсенбаева" in client.get("/admin/courses/integrity/").content.decode()


# --- The catalogue behind it --------------------------------------------------------


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("Pages", "Страницы"),  # Wagtail's menu: no Kazakh anywhere, so Russian
        ("Settings", "Настройки"),
        ("Dashboard", "Панель управления"),
        ("Search", "Іздеу"),  # ours has Kazakh: it wins
        ("Learners", "Білім алушылар"),
        ("This field is required.", "Бұл өрісті толтыру міндетті."),  # Django's Kazakh wins
    ],
)
def test_kazakh_falls_back_to_russian_only_where_kazakh_has_nothing(message, expected):
    with translation.override("kk"):
        assert translation.gettext(message) == expected


MATCH, MATCHES = "There is %(counter)s match", "There are %(counter)s matches"  # Wagtail's


def test_russian_plurals_keep_their_forms_under_kazakh():
    with translation.override("kk"):
        forms = [translation.ngettext(MATCH, MATCHES, n) % {"counter": n} for n in (1, 3, 5)]
    with translation.override("ru"):
        assert forms == [
            translation.ngettext(MATCH, MATCHES, n) % {"counter": n} for n in (1, 3, 5)
        ]
    assert forms[0] == "Есть 1 совпадение"


def test_the_fallback_never_overrides_a_kazakh_translation(tmp_path):
    admin_language.build("django", tmp_path)
    fallback = polib.mofile(str(tmp_path / "kk/LC_MESSAGES/django.mo"))
    russian = {(entry.msgctxt or "", entry.msgid) for entry in fallback}
    kazakh = {(entry.msgctxt or "", entry.msgid) for entry in KK.translated_entries()}
    assert len(russian) > 1000
    assert ("", "Pages") in russian
    assert russian & kazakh == set()
