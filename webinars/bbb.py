"""A small client of BigBlueButton's API (docs.bigbluebutton.org/development/api).

Every call is a GET to ``<server>/api/<call>?<query>&checksum=<hash>``, where
the hash is ``sha1(call + query + shared secret)`` (or sha256 with
``BBB_CHECKSUM``); BigBlueButton recomputes it over the query it receives, so
the query is built once and sent exactly as hashed. Answers are XML with a
``returncode`` of SUCCESS or FAILED (then ``messageKey`` says why). ``join``
is never fetched: its URL is for the person's browser.

A server that does not answer within ``BBB_TIMEOUT_SECONDS`` raises
``Unreachable``; one that answers FAILED raises ``BBBError`` with its key.
"""

import hashlib
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from urllib.parse import urlencode

from defusedxml import ElementTree
from django.conf import settings

from . import servers


class BBBError(Exception):
    """The server answered FAILED (or something that is not its XML)."""

    def __init__(self, message_key, message=""):
        super().__init__(f"{message_key}: {message}" if message else message_key)
        self.message_key, self.message = message_key, message


class Unreachable(BBBError):
    """No answer: refused, timed out, or an HTTP error page."""


@dataclass(frozen=True)
class Attendee:
    user_id: str
    full_name: str
    role: str


@dataclass(frozen=True)
class MeetingInfo:
    running: bool
    internal_meeting_id: str = ""
    attendees: tuple = field(default_factory=tuple)


@dataclass(frozen=True)
class RecordingInfo:
    record_id: str
    published: bool
    playback_url: str
    minutes: int


def checksum(call, query, secret, algorithm="sha1"):
    return hashlib.new(algorithm, f"{call}{query}{secret}".encode()).hexdigest()


@dataclass(frozen=True)
class Server:
    key: str
    url: str
    secret: str
    algorithm: str = "sha1"
    timeout: float = 5.0

    def signed_url(self, call, params):
        query = urlencode([(name, str(value)) for name, value in params.items()])
        signature = checksum(call, query, self.secret, self.algorithm)
        return f"{self.url}{call}?{query}{'&' if query else ''}checksum={signature}"

    def call(self, call, params):
        """The answer's XML root, after checking its ``returncode``."""
        try:
            with urllib.request.urlopen(  # noqa: S310 - our configured server's https/http URL
                self.signed_url(call, params), timeout=self.timeout
            ) as answer:
                body = answer.read(2_000_000)
        except (OSError, urllib.error.URLError) as error:  # timeouts are OSErrors
            raise Unreachable("unreachable", f"{self.key}: {error}") from error
        try:
            root = ElementTree.fromstring(body)
        except ElementTree.ParseError as error:
            raise BBBError("badResponse", f"{self.key}: not XML") from error
        if _text(root, "returncode") != "SUCCESS":
            raise BBBError(_text(root, "messageKey") or "failed", _text(root, "message"))
        return root

    def create(self, meeting_id, name, **extra):
        """Create the meeting (idempotent: an existing one answers SUCCESS too).
        Returns its ``internalMeetingID``."""
        root = self.call("create", {"meetingID": meeting_id, "name": name, **extra})
        return _text(root, "internalMeetingID")

    def join_url(self, meeting_id, full_name, user_id, role):
        return self.signed_url(
            "join",
            {"meetingID": meeting_id, "fullName": full_name, "userID": user_id, "role": role},
        )

    def meeting_info(self, meeting_id):
        """A ``MeetingInfo``, or None if the server knows no such meeting (never
        created, or ended and forgotten)."""
        try:
            root = self.call("getMeetingInfo", {"meetingID": meeting_id})
        except Unreachable:
            raise
        except BBBError as error:
            if error.message_key in ("notFound", "invalidMeetingIdentifier"):
                return None
            raise
        attendees = tuple(
            Attendee(_text(a, "userID"), _text(a, "fullName"), _text(a, "role"))
            for a in root.iterfind("attendees/attendee")
        )
        return MeetingInfo(
            running=_text(root, "running") == "true",
            internal_meeting_id=_text(root, "internalMeetingID"),
            attendees=attendees,
        )

    def is_running(self, meeting_id):
        return _text(self.call("isMeetingRunning", {"meetingID": meeting_id}), "running") == "true"

    def end(self, meeting_id):
        self.call("end", {"meetingID": meeting_id})

    def recordings(self, meeting_id):
        root = self.call("getRecordings", {"meetingID": meeting_id})
        found = []
        for item in root.iterfind("recordings/recording"):
            formats = list(item.iterfind("playback/format"))
            chosen = next(
                (f for f in formats if _text(f, "type") == "presentation"),
                formats[0] if formats else None,
            )
            if chosen is None:
                continue
            length = _text(chosen, "length")
            found.append(
                RecordingInfo(
                    record_id=_text(item, "recordID"),
                    published=_text(item, "published") == "true",
                    playback_url=_text(chosen, "url"),
                    minutes=int(length) if length.isdigit() else 0,
                )
            )
        return found


def _text(node, path):
    found = node.find(path)
    return (found.text or "").strip() if found is not None else ""


def server(key):
    """The configured server ``key``; KeyError if there is none."""
    config = servers.configured()[key]
    return Server(
        key=key,
        url=config["url"],
        secret=config["secret"],
        algorithm=settings.BBB_CHECKSUM,
        timeout=settings.BBB_TIMEOUT_SECONDS,
    )
