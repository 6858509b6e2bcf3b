"""A fake BigBlueButton server: real HTTP on 127.0.0.1, the documented API.

The platform talks to it exactly as to a real server (``webinars.bbb``): the
checksum of every call is checked (``sha1``/``sha256``/… told apart by its
length, as bbb-web does) and a wrong one answers ``FAILED``/``checksumError``;
answers are XML shaped as docs.bigbluebutton.org/development/api shows for
``create``, ``getMeetingInfo``, ``isMeetingRunning``, ``end`` and
``getRecordings``. ``join`` is opened by the person's browser: it records the
attendee by ``userID`` and answers a small HTML page ("In the meeting").

What a test does to the meeting from the outside: ``leave`` (a person closes
the tab), ``join_as`` (someone joins without our link), ``end_meeting`` (the
moderator ends it: BigBlueButton forgets the meeting and calls its
``meta_endCallbackUrl`` with GET over real HTTP), ``add_recording``.

Use it through the ``fake_bbb`` fixture (tests/conftest.py), which also points
``BBB_SERVERS`` at it; or ``with FakeBBB() as server:`` anywhere.
"""

import hashlib
import html
import itertools
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, urlsplit
from xml.sax.saxutils import escape

ALGORITHMS = {40: "sha1", 64: "sha256", 96: "sha384", 128: "sha512"}


@dataclass
class FakeMeeting:
    meeting_id: str
    name: str
    internal_id: str
    create_time: int
    metadata: dict
    record: bool = False
    attendees: dict = field(default_factory=dict)  # userID → (fullName, role)
    has_user_joined: bool = False

    @property
    def running(self):
        return self.has_user_joined


class FakeBBB:
    """One fake server. ``url`` and ``secret`` are what ``bbb-conf --secret`` would print."""

    def __init__(self, secret="fake-bbb-shared-secret"):  # noqa: S107 - a test server
        self.secret = secret
        self.meetings = {}  # meetingID → FakeMeeting (ended ones are forgotten, as in BBB)
        self.recordings = {}  # meetingID → [dict]
        self.calls = []  # (call, params) of every API call with a good checksum
        self.broken = False  # answer 500 with an HTML page, as a proxy in front of a dead bbb-web
        self.lock = threading.Lock()
        self._numbers = itertools.count(1)
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                fake._handle(self)

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    # --- life ---------------------------------------------------------------------

    def start(self):
        self.thread.start()
        return self

    def stop(self):
        self.httpd.shutdown()
        self.httpd.server_close()

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()

    @property
    def url(self):
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/bigbluebutton/"

    def setting(self, key="fake"):
        """The ``BBB_SERVERS`` value naming this server as ``key``."""
        return f"{key}={self.url}|{self.secret}"

    # --- what a test does to meetings ------------------------------------------------

    def only_meeting(self):
        (meeting,) = self.meetings.values()
        return meeting

    def attendees(self, meeting_id):
        with self.lock:
            meeting = self.meetings.get(meeting_id)
            return dict(meeting.attendees) if meeting else {}

    def join_as(self, meeting_id, user_id, full_name="Someone", role="VIEWER"):
        with self.lock:
            meeting = self.meetings[meeting_id]
            meeting.attendees[str(user_id)] = (full_name, role)
            meeting.has_user_joined = True

    def leave(self, meeting_id, user_id):
        """The person closes the tab: gone from the attendees."""
        with self.lock:
            self.meetings[meeting_id].attendees.pop(str(user_id), None)

    def end_meeting(self, meeting_id, callback=True):
        """End the meeting as its moderator would. BigBlueButton forgets it and
        GETs ``meta_endCallbackUrl`` with ``recordingmarks``; returns that
        callback's HTTP status (``callback=False``: its URL, not called)."""
        with self.lock:
            meeting = self.meetings.pop(meeting_id)
        url = meeting.metadata.get("endcallbackurl")
        if not url:
            return None
        marks = "true" if meeting.record else "false"
        url = f"{url}{'&' if '?' in url else '?'}recordingmarks={marks}"
        if not callback:
            return url
        return get_status(url)

    def add_recording(self, meeting_id, minutes=60, published=True, internal_id=None):
        """A processed recording of the meeting, as getRecordings will list it."""
        number = next(self._numbers)
        record_id = internal_id or f"{hashlib.sha1(meeting_id.encode()).hexdigest()}-{number}"  # noqa: S324
        with self.lock:
            self.recordings.setdefault(meeting_id, []).append(
                {
                    "recordID": record_id,
                    "meetingID": meeting_id,
                    "published": published,
                    "minutes": minutes,
                    "url": f"{self.url.removesuffix('/bigbluebutton/')}/playback/presentation/2.3/{record_id}",
                }
            )
        return record_id

    def calls_of(self, name):
        return [params for call, params in self.calls if call == name]

    # --- the HTTP side ------------------------------------------------------------------

    def _handle(self, request):
        parts = urlsplit(request.path)
        prefix = "/bigbluebutton/api/"
        if self.broken:
            return _send(request, 500, "<html><body>502 Bad Gateway</body></html>", "text/html")
        if not parts.path.startswith(prefix):
            return _send(request, 404, "<html><body>Not found</body></html>", "text/html")
        call = parts.path[len(prefix) :]
        query = parts.query
        pieces = query.split("&") if query else []
        given = next((p[len("checksum=") :] for p in pieces if p.startswith("checksum=")), "")
        rest = "&".join(p for p in pieces if not p.startswith("checksum="))
        algorithm = ALGORITHMS.get(len(given))
        expected = (
            hashlib.new(algorithm, f"{call}{rest}{self.secret}".encode()).hexdigest()
            if algorithm
            else None
        )
        if expected is None or expected != given.lower():
            return _xml(request, _failed("checksumError", "Checksums do not match"))
        params = dict(parse_qsl(rest, keep_blank_values=True))
        with self.lock:
            self.calls.append((call, params))
        answer = getattr(self, f"_api_{call}", None)
        if answer is None:
            return _xml(request, _failed("unsupportedRequest", "This request is not supported."))
        return answer(request, params)

    def _api_create(self, request, params):
        meeting_id = params.get("meetingID", "")
        if not 2 <= len(meeting_id) <= 256 or "," in meeting_id:
            return _xml(request, _failed("validationError", "Meeting ID must be valid."))
        with self.lock:
            meeting = self.meetings.get(meeting_id)
            duplicate = meeting is not None
            if not duplicate:
                now = int(time.time() * 1000)
                meeting = FakeMeeting(
                    meeting_id=meeting_id,
                    name=params.get("name", meeting_id),
                    internal_id=f"{hashlib.sha1(meeting_id.encode()).hexdigest()}-{now}",  # noqa: S324
                    create_time=now,
                    metadata={
                        name[len("meta_") :].lower(): value
                        for name, value in params.items()
                        if name.startswith("meta_")
                    },
                    record=params.get("record") == "true",
                )
                self.meetings[meeting_id] = meeting
        body = (
            f"<meetingID>{escape(meeting.meeting_id)}</meetingID>"
            f"<internalMeetingID>{meeting.internal_id}</internalMeetingID>"
            "<parentMeetingID>bbb-none</parentMeetingID>"
            f"<createTime>{meeting.create_time}</createTime>"
            f"<hasUserJoined>{_bool(meeting.has_user_joined)}</hasUserJoined>"
            "<duration>0</duration><hasBeenForciblyEnded>false</hasBeenForciblyEnded>"
        )
        if duplicate:
            body += (
                "<messageKey>duplicateWarning</messageKey><message>This conference was already "
                "in existence and may currently be in progress.</message>"
            )
        return _xml(request, _success(body))

    def _api_join(self, request, params):
        meeting = self.meetings.get(params.get("meetingID", ""))
        if meeting is None:
            return _xml(
                request, _failed("invalidMeetingIdentifier", "The meeting ID does not exist.")
            )
        name = params.get("fullName", "")
        if not name:
            return _xml(request, _failed("missingParamFullName", "You must specify a name."))
        role = params.get("role", "VIEWER").upper()
        user_id = params.get("userID") or f"w_{next(self._numbers)}"
        self.join_as(meeting.meeting_id, user_id, name, role)
        page = (
            '<!doctype html><html lang="en"><head><meta charset="utf-8">'
            "<title>BigBlueButton (fake)</title></head><body><main>"
            f"<h1>In the meeting</h1><p>{html.escape(name)} ({html.escape(role)})</p>"
            "</main></body></html>"
        )
        return _send(request, 200, page, "text/html; charset=utf-8")

    def _api_getMeetingInfo(self, request, params):
        with self.lock:
            meeting = self.meetings.get(params.get("meetingID", ""))
            if meeting is None:
                return _xml(request, _failed("notFound", "A meeting with that ID does not exist"))
            attendees = "".join(
                "<attendee>"
                f"<userID>{escape(user_id)}</userID><fullName>{escape(name)}</fullName>"
                f"<role>{role}</role><isPresenter>false</isPresenter>"
                "<isListeningOnly>true</isListeningOnly><hasJoinedVoice>false</hasJoinedVoice>"
                "<hasVideo>false</hasVideo><clientType>HTML5</clientType>"
                "</attendee>"
                for user_id, (name, role) in meeting.attendees.items()
            )
            moderators = sum(1 for _n, role in meeting.attendees.values() if role == "MODERATOR")
            metadata = "".join(
                f"<{key}>{escape(value)}</{key}>" for key, value in meeting.metadata.items()
            )
            body = (
                f"<meetingName>{escape(meeting.name)}</meetingName>"
                f"<meetingID>{escape(meeting.meeting_id)}</meetingID>"
                f"<internalMeetingID>{meeting.internal_id}</internalMeetingID>"
                f"<createTime>{meeting.create_time}</createTime>"
                f"<running>{_bool(meeting.running)}</running><duration>0</duration>"
                f"<hasUserJoined>{_bool(meeting.has_user_joined)}</hasUserJoined>"
                f"<recording>{_bool(meeting.record)}</recording>"
                "<hasBeenForciblyEnded>false</hasBeenForciblyEnded>"
                f"<startTime>{meeting.create_time}</startTime><endTime>0</endTime>"
                f"<participantCount>{len(meeting.attendees)}</participantCount>"
                f"<moderatorCount>{moderators}</moderatorCount>"
                f"<attendees>{attendees}</attendees><metadata>{metadata}</metadata>"
                "<isBreakout>false</isBreakout>"
            )
        return _xml(request, _success(body))

    def _api_isMeetingRunning(self, request, params):
        meeting = self.meetings.get(params.get("meetingID", ""))
        running = bool(meeting and meeting.running)
        return _xml(request, _success(f"<running>{_bool(running)}</running>"))

    def _api_end(self, request, params):
        meeting_id = params.get("meetingID", "")
        if meeting_id not in self.meetings:
            return _xml(request, _failed("notFound", "We could not find a meeting with that ID"))
        # BigBlueButton answers at once and ends the meeting (and calls back) afterwards.
        threading.Thread(target=self.end_meeting, args=(meeting_id,), daemon=True).start()
        return _xml(
            request,
            _success(
                "<messageKey>sentEndMeetingRequest</messageKey><message>A request to end the "
                "meeting was sent.</message>"
            ),
        )

    def _api_getRecordings(self, request, params):
        wanted = [m for m in params.get("meetingID", "").split(",") if m]
        with self.lock:
            found = [
                r
                for meeting_id, items in self.recordings.items()
                if not wanted or meeting_id in wanted
                for r in items
            ]
        recordings = "".join(
            "<recording>"
            f"<recordID>{r['recordID']}</recordID><meetingID>{escape(r['meetingID'])}</meetingID>"
            f"<internalMeetingID>{r['recordID']}</internalMeetingID>"
            f"<published>{_bool(r['published'])}</published>"
            f"<state>{'published' if r['published'] else 'unpublished'}</state>"
            "<playback>"
            "<format><type>podcast</type>"
            f"<url>{escape(r['url'])}/audio.ogg</url><length>{r['minutes']}</length></format>"
            "<format><type>presentation</type>"
            f"<url>{escape(r['url'])}</url><processingTime>7177</processingTime>"
            f"<length>{r['minutes']}</length></format>"
            "</playback></recording>"
            for r in found
        )
        body = f"<recordings>{recordings}</recordings>"
        if not found:
            body += "<messageKey>noRecordings</messageKey><message>There are no recordings for the meeting(s).</message>"
        return _xml(request, _success(body))


def get_status(url):
    """GET ``url`` as BigBlueButton would; its HTTP status."""
    try:
        with urllib.request.urlopen(url, timeout=10) as answer:  # noqa: S310 - the test's own URL
            return answer.status
    except urllib.error.HTTPError as error:
        return error.code


def _bool(value):
    return "true" if value else "false"


def _success(body):
    return f"<response><returncode>SUCCESS</returncode>{body}</response>"


def _failed(key, message):
    return (
        "<response><returncode>FAILED</returncode>"
        f"<messageKey>{key}</messageKey><message>{message}</message></response>"
    )


def _xml(request, text):
    _send(request, 200, text, "text/xml; charset=utf-8")


def _send(request, status, text, content_type):
    body = text.encode()
    request.send_response(status)
    request.send_header("Content-Type", content_type)
    request.send_header("Content-Length", str(len(body)))
    request.end_headers()
    request.wfile.write(body)
