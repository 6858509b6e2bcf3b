"""Evidence of video actually played (#13): the lesson page reports the
stretches its videos played, with the heartbeat's signed token; the server
keeps their union per watcher, lesson and video, never credits more than the
wall-clock time since the previous report (or since the page was served) nor
beyond the video's duration, and holds the lesson back until 90 % of each
required video is watched. The hours policy counts what must be watched."""

import json
from datetime import timedelta

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.contrib.messages import get_messages
from django.test import Client
from django.utils import timezone
from wagtail_factories import DocumentFactory

from courses import policy, services
from courses.models import CoursePage, LessonPage, LessonProgress, VideoProgress
from courses.services.video import videos_of
from tests.course_fixtures import lessons
from tests.courses.test_publishing import admin  # noqa: F401 (fixture)
from tests.factories import UserFactory, video_file

pytestmark = pytest.mark.django_db

REPORT = "/kk/learn/heartbeat/video/"


@pytest.fixture
def video(course):
    """The course's first lesson with a required video of 100 seconds, after its text."""
    lesson = lessons(course)[0]
    block = video_file(
        DocumentFactory(title="Үш белгі.webm"),
        duration=100,
        caption="Буллингтің үш белгісі",
        captions=[("kk", DocumentFactory(title="kk.vtt")), ("ru", DocumentFactory(title="ru.vtt"))],
    )
    lesson.body = [*lesson.body.raw_data, block]
    lesson.save()
    return LessonPage.objects.get(pk=lesson.pk), block["id"]


class Watcher:
    """A teacher on the lesson page: its token, and reports as the page sends them."""

    def __init__(self, client, lesson, block_id):
        self.client, self.lesson, self.block_id = client, lesson, block_id
        self.page = client.get(lesson.url)
        self.token = self.page.context["heartbeat_token"]

    def report(self, *stretches, token=None, client=None):
        played = {self.block_id: [list(pair) for pair in stretches]}
        return (client or self.client).post(
            REPORT, {"token": token or self.token, "played": _json(played)}
        )

    def complete(self):
        response = self.client.post(self.lesson.url, {"action": "complete"})
        return [str(message) for message in get_messages(response.wsgi_request)]


def _json(value):
    return json.dumps(value)


def watched(block_id):
    row = VideoProgress.objects.filter(block_id=block_id).first()
    return (row.watched, row.watched_seconds) if row else ([], 0)


@pytest.fixture
def clock():
    """Wall-clock time for the page and the server alike, moved by the test."""
    with time_machine.travel(timezone.now().replace(microsecond=0), tick=False) as traveller:
        yield traveller


@pytest.fixture
def watcher(teacher_client, teacher, course, video, clock):
    services.enroll(teacher, course)
    lesson, block_id = video
    return Watcher(teacher_client, lesson, block_id)


def later(clock, seconds):
    clock.shift(timedelta(seconds=seconds))


def test_the_page_shows_the_video_with_captions_and_how_much_is_watched(watcher):
    html = BeautifulSoup(watcher.page.content, "html.parser")
    player = html.select_one("video[data-video]")
    assert player["data-video"] == watcher.block_id and player["data-duration"] == "100"
    assert player["preload"] in {"none", "metadata"}
    tracks = player.select("track")
    assert [(t["kind"], t["srclang"]) for t in tracks] == [("captions", "kk"), ("captions", "ru")]
    assert tracks[0].has_attr("default") and not tracks[1].has_attr("default")
    status = html.select_one(f'[data-video-status="{watcher.block_id}"]').get_text(" ", strip=True)
    assert "0:00" in status and "1:40" in status and "Буллингтің үш белгісі" in status
    assert html.select_one('script[src*="video.js"]') is not None


def test_reported_stretches_add_up_as_a_union(watcher, clock):
    later(clock, 60)
    first = watcher.report((0, 20))
    assert first.status_code == 200
    assert first.json()["videos"][watcher.block_id] == {
        "watched": 20,
        "duration": 100,
        "enough": False,
    }
    later(clock, 15)
    watcher.report((0, 20), (30, 40))
    assert watched(watcher.block_id) == ([[0, 20], [30, 40]], 30)
    later(clock, 15)
    watcher.report((10, 35))  # after a reload: a new page's own stretches
    assert watched(watcher.block_id) == ([[0, 40]], 40)
    later(clock, 15)
    again = watcher.report((0, 20), (30, 40))  # the same report once more
    assert again.json()["videos"][watcher.block_id]["watched"] == 40
    assert watched(watcher.block_id) == ([[0, 40]], 40)


def test_an_inflated_report_earns_no_more_than_the_time_that_passed(watcher, clock):
    later(clock, 5)
    claimed = watcher.report((0, 100))  # "watched it all" five seconds after opening
    assert claimed.json()["behind"] is True
    assert watched(watcher.block_id) == ([[0, 5]], 5)
    for _ in range(3):  # replayed as fast as a script can: no time, no credit
        watcher.report((0, 100))
    assert watched(watcher.block_id)[1] == 5
    later(clock, 10)
    watcher.report((0, 100))
    assert watched(watcher.block_id) == ([[0, 15]], 15)
    later(clock, 3600)  # an hour later: still never beyond the video's 100 seconds
    beyond = watcher.report((-50, 5000), (200, 300))
    assert beyond.json()["behind"] is False
    assert watched(watcher.block_id) == ([[0, 100]], 100)


@pytest.mark.parametrize(
    "played",
    ["", "[]", "{", '{"x": "y"}', '{"%s": [[0]]}', '{"%s": [["0", 10]]}', '{"%s": [[0, null]]}'],
)
def test_a_malformed_report_credits_nothing(watcher, clock, played):
    later(clock, 60)
    response = watcher.client.post(
        REPORT, {"token": watcher.token, "played": played.replace("%s", watcher.block_id)}
    )
    assert response.status_code in {200, 400}
    assert watched(watcher.block_id)[1] == 0


def test_the_lesson_is_not_done_until_the_video_is_watched(watcher, clock):
    LessonProgress.objects.update(active_seconds=600)  # the minutes of study are there
    said = watcher.complete()
    assert any("1:30" in text for text in said), said  # 90 of 100 seconds left to watch
    assert LessonProgress.objects.get().completed_at is None
    later(clock, 120)
    watcher.report((0, 60))
    said = watcher.complete()
    assert any("0:30" in text for text in said), said
    later(clock, 40)
    assert watcher.report((60, 95)).json()["videos"][watcher.block_id]["enough"] is True
    watcher.complete()
    progress = LessonProgress.objects.get()
    assert progress.completed_at is not None
    assert str(watcher.lesson.translation_key) in progress.enrolment.done


def test_another_persons_token_gives_nothing(watcher, clock):
    later(clock, 60)
    someone = Client()
    someone.force_login(UserFactory(role="teacher"))
    assert watcher.report((0, 60), client=someone).status_code == 403
    assert watcher.report((0, 60), client=Client()).status_code == 403
    assert watcher.report((0, 60), token=watcher.token + "x").status_code == 400
    assert not VideoProgress.objects.exists()
    assert watcher.report((0, 60)).status_code == 200


def test_a_video_without_a_duration_plays_but_is_neither_evidence_nor_a_condition(
    teacher_client, teacher, course
):
    # A video block stored before videos had a duration, captions or "required".
    lesson = lessons(course)[0]
    block = video_file(DocumentFactory(), duration=None)
    del block["value"]["captions"], block["value"]["required"]
    lesson.body = [*lesson.body.raw_data, block]
    lesson.save()
    services.enroll(teacher, course)
    html = BeautifulSoup(teacher_client.get(lesson.url).content, "html.parser")
    assert html.select_one("video") is not None and html.select_one("video[data-video]") is None
    assert html.select_one("#videos-watched") is None
    LessonProgress.objects.update(active_seconds=600)
    teacher_client.post(lesson.url, {"action": "complete"})
    assert LessonProgress.objects.get().completed_at is not None
    assert policy.evidence(course).minutes == 9


def test_the_policy_counts_what_must_be_watched(course):
    lesson = lessons(course)[0]
    lesson.body = [*lesson.body.raw_data, video_file(DocumentFactory(), duration=600)]
    lesson.save()
    # The lesson asks 1 minute of study; its video must play 9 of its 10 minutes.
    # Watched on the lesson page, those minutes are active time too: the larger counts.
    assert policy.item_minutes(course, LessonPage.objects.get(pk=lesson.pk)) == 9
    assert policy.evidence(course).minutes == 9 - 1 + 9
    CoursePage.objects.filter(pk=course.pk).update(evidence_video=False)
    assert policy.evidence(CoursePage.objects.get(pk=course.pk)).minutes == 9
    CoursePage.objects.filter(pk=course.pk).update(evidence_video=True, evidence_study_time=False)
    # Lessons now evidence their videos only; the tests still count (5 minutes).
    assert policy.evidence(CoursePage.objects.get(pk=course.pk)).minutes == 9 + 5
    optional = video_file(DocumentFactory(), duration=600, required=False)
    lesson.body = [*LessonPage.objects.get(pk=lesson.pk).body.raw_data[:-1], optional]
    lesson.save()
    assert policy.evidence(CoursePage.objects.get(pk=course.pk)).minutes == 5


def test_the_editor_counts_video_minutes_in_the_hours_table(admin, course):  # noqa: F811
    lesson = lessons(course)[0]
    lesson.body = [*lesson.body.raw_data, video_file(DocumentFactory(), duration=1200)]
    lesson.save()
    html = admin.get(f"/admin/pages/{course.pk}/edit/").content.decode()
    table = BeautifulSoup(html, "html.parser").select_one(".help-block table.listing")
    rows = [[cell.get_text(strip=True) for cell in row.find_all("td")] for row in table.tbody("tr")]
    # Module 0: a lesson with 18 of its video's 20 minutes to watch, a lesson of
    # 1 minute of study and a test of 2 questions.
    assert rows[0][1:] == ["4", "21"]
    assert admin.get(f"/admin/pages/{lesson.pk}/edit/").status_code == 200


def test_the_demo_lesson_has_a_small_video_with_captions_and_a_transcript():
    from courses.demo_content import COURSE

    module = next(m for m in COURSE["modules"] if m["slug"] == "bullying-and-cyberbullying")
    lesson = next(item for item in module["lessons"] if item["slug"] == "what-is-bullying")
    kind, value = next(block for block in lesson["body"] if block[0] == "video")
    assert value["duration"] == 34 and value["file"].stat().st_size < 300_000
    assert sorted(value["captions"]) == ["en", "kk", "ru"]
    for path in value["captions"].values():
        assert path.read_text().startswith("WEBVTT")
    assert "111" in value["transcript"]["kk"] and "111" in value["transcript"]["ru"]


def test_a_course_with_a_video_is_built_and_translated(home, course_data):
    from wagtail.models import Locale

    from courses.builder import build_course, translate_course
    from courses.demo_content import COURSE

    demo = next(m for m in COURSE["modules"] if m["slug"] == "bullying-and-cyberbullying")
    video = next(
        block
        for item in demo["lessons"]
        if item["slug"] == "what-is-bullying"
        for block in item["body"]
        if block[0] == "video"
    )
    course_data["modules"][0]["lessons"][0]["body"].append(video)
    course = build_course(home, course_data)
    russian = translate_course(course, course_data, Locale.objects.get(language_code="ru"))
    pages = [
        LessonPage.objects.descendant_of(page).order_by("path").first().specific
        for page in (course, russian)
    ]
    blocks = [next(b for b in page.body if b.block_type == "video_file") for page in pages]
    assert blocks[0].id == blocks[1].id
    assert blocks[0].value["video"].pk == blocks[1].value["video"].pk  # uploaded once
    assert [c["language"] for c in blocks[1].value["captions"]] == ["kk", "ru", "en"]
    assert blocks[1].value["caption"] == "Три признака буллинга (34 секунды)"
    assert "111" in blocks[1].value["transcript"].source
    assert videos_of(pages[1])[0].duration == 34


def test_a_token_that_does_not_say_when_it_was_served_counts_from_a_second_later():
    """Pages served before tokens carried their time: the signature's own
    time, whole seconds rounded down, plus one, so never earlier."""
    from datetime import UTC, datetime

    from django.core import signing

    from courses.views import TOKEN_SALT, served_at

    signed = datetime(2026, 12, 7, 4, 0, 0, 500000, tzinfo=UTC)
    with time_machine.travel(signed, tick=False):
        old = signing.dumps([1, 2, 3, "tag"], salt=TOKEN_SALT, compress=True)
    assert served_at(old, ["tag"]) == datetime(2026, 12, 7, 4, 0, 1, tzinfo=UTC)
