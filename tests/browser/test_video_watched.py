"""The demo's video played in a real browser: the page reports what the
<video> element played and the line under the lesson rises with what the
server counted."""

import pytest
from playwright.sync_api import expect

from courses.builder import document
from courses.demo_content import FOLDER
from courses.models import LessonPage, VideoProgress
from tests.browser.conftest import TEACHER, sign_in
from tests.factories import video_file

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def lesson(one_lesson):
    """The one lesson, with the demo's 34-second video and its Kazakh captions."""
    videos = FOLDER / "videos"
    block = video_file(
        document(videos / "three-signs.webm"),
        duration=34,
        captions=[("kk", document(videos / "three-signs.kk.vtt"))],
    )
    one_lesson.body = [*one_lesson.body.raw_data, block]
    one_lesson.save()
    return LessonPage.objects.get(pk=one_lesson.pk), block["id"]


def test_playing_the_video_raises_the_watched_count(page, live_server, lesson):
    lesson, block_id = lesson
    sign_in(page, live_server.url, TEACHER)
    page.goto(f"{live_server.url}{lesson.url}")
    line = page.locator(f'[data-video-status="{block_id}"]')
    expect(line).to_contain_text("Бейне: 0:34 мин ішінен 0:00 мин көрілді")
    video = page.locator("video[data-video]")
    expect(video.locator('track[kind="captions"][srclang="kk"]')).to_have_count(1)
    page.evaluate("document.querySelector('video').muted = true")
    video.evaluate("video => video.play()")
    # Reports every second (the fixture's heartbeat): the count rises as it plays.
    expect(line.locator("[data-watched]")).not_to_have_text("0:00", timeout=15000)
    page.wait_for_timeout(2000)
    video.evaluate("video => video.pause()")
    page.wait_for_timeout(1500)
    row = VideoProgress.objects.get(block_id=block_id)
    played = video.evaluate("video => video.played.end(0) - video.played.start(0)")
    assert 1 <= row.watched_seconds <= played + 0.01
    assert line.locator("[data-watched]").inner_text() == f"0:{int(row.watched_seconds):02d}"
