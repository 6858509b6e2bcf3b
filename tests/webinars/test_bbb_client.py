"""webinars.bbb against the fake server over real HTTP: checksums, the XML of
each call, FAILED answers with their key, a server that is down; and the
``BBB_SERVERS`` setting."""

import time

import pytest
from django.core.exceptions import ImproperlyConfigured

from tests.ops.servers import closed_port
from webinars import bbb, servers


@pytest.fixture
def api(fake_bbb):
    return bbb.Server(key="fake", url=servers.api_url(fake_bbb.url), secret=fake_bbb.secret)


def test_the_checksum_is_the_documented_one():
    """The example of docs.bigbluebutton.org, "API Security Model"."""
    query = "name=Test+Meeting&meetingID=abc123&attendeePW=111222&moderatorPW=333444"
    secret = "639259d4-9dd8-4b25-bf01-95f9567eaf4b"
    assert bbb.checksum("create", query, secret) == "1fcbb0c4fc1f039f73aa6d697d2db9ba7f803f17"
    assert len(bbb.checksum("create", query, secret, "sha256")) == 64


def test_a_meeting_from_create_to_end(api, fake_bbb):
    internal = api.create("room-1", "Буллинг: белгілері", record="true")
    assert internal.startswith(fake_bbb.meetings["room-1"].internal_id[:10])
    assert api.create("room-1", "Буллинг: белгілері") == internal  # idempotent
    assert fake_bbb.meetings["room-1"].name == "Буллинг: белгілері"
    assert api.is_running("room-1") is False
    fake_bbb.join_as("room-1", "42", "Әлия Сәрсенова")
    fake_bbb.join_as("room-1", "staff-7", "Гүлнар", role="MODERATOR")
    info = api.meeting_info("room-1")
    assert info.running and info.internal_meeting_id == internal
    assert {(a.user_id, a.full_name, a.role) for a in info.attendees} == {
        ("42", "Әлия Сәрсенова", "VIEWER"),
        ("staff-7", "Гүлнар", "MODERATOR"),
    }
    assert api.is_running("room-1") is True
    api.end("room-1")
    for _ in range(50):  # BigBlueButton ends it a moment after answering
        if "room-1" not in fake_bbb.meetings:
            break
        time.sleep(0.02)
    assert api.meeting_info("room-1") is None
    assert api.is_running("room-1") is False


def test_the_join_url_is_signed_for_the_browser(api, fake_bbb, client):
    api.create("room-2", "Room")
    url = api.join_url("room-2", "Болат Ержанов", "17", "VIEWER")
    assert url.startswith(fake_bbb.url + "api/join?") and "userID=17" in url
    assert "role=VIEWER" in url and "checksum=" in url
    import urllib.request

    with urllib.request.urlopen(url) as answer:  # noqa: S310 - the fake's URL
        assert "In the meeting" in answer.read().decode()
    assert fake_bbb.attendees("room-2") == {"17": ("Болат Ержанов", "VIEWER")}


def test_sha256_checksums_are_accepted(fake_bbb):
    api = bbb.Server("fake", servers.api_url(fake_bbb.url), fake_bbb.secret, "sha256")
    api.create("room-3", "Room")
    assert "room-3" in fake_bbb.meetings


def test_a_wrong_secret_is_a_checksum_error(fake_bbb):
    api = bbb.Server("fake", servers.api_url(fake_bbb.url), "not-the-secret")
    with pytest.raises(bbb.BBBError) as failed:
        api.create("room-4", "Room")
    assert failed.value.message_key == "checksumError"
    assert "room-4" not in fake_bbb.meetings and fake_bbb.calls == []


def test_failed_answers_carry_their_message_key(api):
    with pytest.raises(bbb.BBBError) as failed:
        api.end("no-such-room")
    assert failed.value.message_key == "notFound"
    with pytest.raises(bbb.BBBError) as failed:
        api.create("x", "Room")  # a meeting ID of one character
    assert failed.value.message_key == "validationError"
    assert api.meeting_info("no-such-room") is None


def test_recordings_are_read_from_the_presentation_format(api, fake_bbb):
    api.create("room-5", "Room")
    assert api.recordings("room-5") == []
    record_id = fake_bbb.add_recording("room-5", minutes=52)
    fake_bbb.add_recording("other-room", minutes=3)
    (recording,) = api.recordings("room-5")
    assert recording.record_id == record_id and recording.published
    assert recording.minutes == 52 and "/playback/presentation/" in recording.playback_url


def test_a_server_that_is_down_or_broken_is_unreachable_quickly(fake_bbb):
    down = bbb.Server(
        "down", f"http://127.0.0.1:{closed_port()}/bigbluebutton/api/", "s", timeout=2
    )
    with pytest.raises(bbb.Unreachable):
        down.meeting_info("room")
    fake_bbb.broken = True
    api = bbb.Server("fake", servers.api_url(fake_bbb.url), fake_bbb.secret, timeout=2)
    with pytest.raises(bbb.Unreachable):
        api.create("room-6", "Room")


def test_the_setting_names_servers_by_key():
    parsed = servers.parse(
        "almaty=https://bbb1.example.kz/bigbluebutton/|s1; astana=https://bbb2.example.kz/bigbluebutton/api|s2;"
    )
    assert parsed == {
        "almaty": {"url": "https://bbb1.example.kz/bigbluebutton/api/", "secret": "s1"},
        "astana": {"url": "https://bbb2.example.kz/bigbluebutton/api/", "secret": "s2"},
    }
    assert servers.parse("") == {}
    for wrong in (
        "almaty",
        "Almaty City=https://x/|s",
        "a=ftp://x/|s",
        "a=https://x/",
        "a=https://x/|s;a=https://y/|t",
    ):
        with pytest.raises(ImproperlyConfigured):
            servers.parse(wrong)
    assert servers.algorithm("SHA256") == "sha256"
    with pytest.raises(ImproperlyConfigured):
        servers.algorithm("md5")
