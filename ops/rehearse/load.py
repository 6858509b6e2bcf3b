"""The rehearsal's load: clients through the proxy, as browsers would be.

Every request is recorded with its time, its client's kind and its outcome
(the status, or the kind of error), so that each fault's window can be
counted. What the platform confirmed to a client (a registration, an
attendance mark, study time credited) is kept in ``seen`` for the checks at
the end (``ops/rehearse/inside.py check``).

Each request comes from an address of its own (``X-Forwarded-For``, read by
the platform through one trusted proxy), as visitors from across the
country would: the per-address limits are not what is rehearsed.
"""

import collections
import http.client
import json
import random
import re
import threading
import time
import urllib.parse
from http.cookies import SimpleCookie

TIMEOUT = 15


class Client:
    """One browser: its cookies, one request per connection."""

    def __init__(self, port, cookies=None):
        self.port = port
        self.cookies = dict(cookies or {})

    def request(self, method, path, form=None, headers=None):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=TIMEOUT)
        address = ".".join(str(random.randint(1, 254)) for _ in range(3))  # noqa: S311
        sent = {"Host": "127.0.0.1", "X-Forwarded-For": f"10.{address}", **(headers or {})}
        if self.cookies:
            sent["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = None
        if form is not None:
            body = urllib.parse.urlencode(form)
            sent["Content-Type"] = "application/x-www-form-urlencoded"
        try:
            connection.request(method, path, body=body, headers=sent)
            response = connection.getresponse()
            data = response.read()
            for header in response.headers.get_all("Set-Cookie") or []:
                for name, morsel in SimpleCookie(header).items():
                    self.cookies[name] = morsel.value
            return response.status, data
        finally:
            connection.close()


class Load:
    """The clients, each in a thread, until ``stop``."""

    def __init__(self, port, plan):
        self.port, self.plan = port, plan
        self.results = []  # (monotonic time, kind, ok, outcome)
        self.lock = threading.Lock()
        self.stopping = threading.Event()
        self.seen = {
            "registrations": [],
            "marks": {},
            "credited": collections.defaultdict(float),
        }
        self.started = None

    def record(self, kind, ok, outcome):
        with self.lock:
            self.results.append((time.monotonic(), kind, ok, outcome))

    def call(self, kind, client, method, path, ok=(200,), **kwargs):
        """One request; (status, body), or (None, b"") after a network error."""
        try:
            status, body = client.request(method, path, **kwargs)
        except OSError as error:
            self.record(kind, False, f"{type(error).__name__} {method} {_shape(path)}")
            return None, b""
        good = status in ok
        self.record(kind, good, f"{status} {method} {_shape(path)}")
        return status, body

    # --- the clients -------------------------------------------------------------------

    def reader(self, number):
        """Anonymous visitors: home, course, academy, a certificate's check."""
        paths = self.plan["read"]
        index = number
        while not self.stopping.is_set():
            self.call("reader", Client(self.port), "GET", paths[index % len(paths)])
            index += 1
            time.sleep(0.05)

    def learner(self, learners):
        """Teachers with a lesson open: the lesson page, then a heartbeat every
        second or so each, with the nonce each answer gives for the next."""
        open_lessons = {}
        while not self.stopping.is_set():
            for learner in learners:
                if self.stopping.is_set():
                    return
                client = Client(self.port, {"sessionid": learner["session"]})
                state = open_lessons.get(learner["user"])
                if state is None:
                    status, body = self.call("learner", client, "GET", learner["lesson"])
                    state = _heartbeat_form(body) if status == 200 else None
                    if state is None:
                        continue
                    open_lessons[learner["user"]] = state
                status, body = self.call(
                    "learner",
                    client,
                    "POST",
                    state["url"],
                    ok=(200, 409),
                    form={"token": state["token"], "nonce": state["nonce"]},
                )
                if status == 200:
                    answer = json.loads(body)
                    state["nonce"] = answer["nonce"]
                    with self.lock:
                        told = self.seen["credited"][learner["user"]]
                        self.seen["credited"][learner["user"]] = max(told, answer["active_seconds"])
                elif status is not None and status != 200:
                    open_lessons.pop(learner["user"])  # reload the page, as the page asks
            time.sleep(1.0)

    def registrant(self, number):
        """Guests registering for a session: the page, then its form."""
        path = f"/kk/academy/session/{self.plan['register_at']}/"
        count = 0
        while not self.stopping.is_set():
            client = Client(self.port)
            status, _body = self.call("registrant", client, "GET", path)
            token = client.cookies.get("csrftoken")
            if status == 200 and token:
                email = f"guest{number}-{count}@rehearsal.bilim.kz"
                count += 1
                status, _body = self.call(
                    "registrant",
                    client,
                    "POST",
                    path,
                    ok=(302,),
                    form={
                        "action": "register",
                        "name": "Қонақ Ата-ана",
                        "email": email,
                        "consent": "on",
                        "csrfmiddlewaretoken": token,
                    },
                )
                if status == 302:
                    with self.lock:
                        self.seen["registrations"].append(
                            {"session": self.plan["register_at"], "email": email}
                        )
            time.sleep(0.3)

    def marker(self):
        """The coordinator at the door: one mark a seat, tried until answered."""
        coordinator = self.plan["coordinator"]
        client = Client(
            self.port, {"sessionid": coordinator["session"], "csrftoken": coordinator["csrf"]}
        )
        path = f"/kk/academy/manage/sessions/{self.plan['mark_at']}/mark/"
        marks = ["present", "late", "absent", "excused"]
        for index, seat in enumerate(self.plan["seats"]):
            mark = marks[index % len(marks)]
            while not self.stopping.is_set():
                status, body = self.call(
                    "marker",
                    client,
                    "POST",
                    path,
                    form={"registration": seat, "mark": mark},
                    headers={"Accept": "application/json", "X-CSRFToken": coordinator["csrf"]},
                )
                if status == 200:
                    with self.lock:
                        self.seen["marks"][str(seat)] = json.loads(body)["mark"]
                    break
                time.sleep(0.5)
            if self.stopping.wait(2.0):
                return

    # --- running -----------------------------------------------------------------------

    def __enter__(self):
        self.started = time.monotonic()
        learners = self.plan["learners"]
        workers = [(self.reader, (n,)) for n in range(3)]
        workers += [(self.learner, (learners[n::3],)) for n in range(3)]
        workers += [(self.registrant, (n,)) for n in range(2)]
        workers += [(self.marker, ())]
        self.threads = [threading.Thread(target=t, args=a, daemon=True) for t, a in workers]
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exc):
        self.stopping.set()
        for thread in self.threads:
            thread.join(timeout=TIMEOUT + 5)
        self.seen["load_seconds"] = round(time.monotonic() - self.started)

    def since(self, moment):
        with self.lock:
            return [row for row in self.results if row[0] >= moment]


def _heartbeat_form(body):
    found = {}
    for name in ("heartbeat-url", "token", "nonce"):
        match = re.search(rf'data-{name}="([^"]*)"'.encode(), body)
        if not match:
            return None
        found[name] = match.group(1).decode()
    return {"url": found["heartbeat-url"], "token": found["token"], "nonce": found["nonce"]}


def _shape(path):
    """A path with its numbers and codes taken out, to count like with like."""
    return re.sub(r"/[0-9a-f-]{6,}/|/\d+/", "/…/", path)
