"""The rehearsal's work inside the platform (run with its environment):

    python ops/rehearse/inside.py setup    # people, sessions, sign-ins: JSON
    python ops/rehearse/inside.py wave N   # queue a wave of N certificates: JSON
    python ops/rehearse/inside.py complete N  # N more teachers finish the course: JSON
    python ops/rehearse/inside.py check FILE  # what the clients saw -> checks: JSON

``setup`` makes what the load needs: teachers enrolled in the demo course and
signed in (their session keys, as a sign-in makes them), a coordinator signed
in, sessions of the demo school (one open for registrations, one under way
with seats to mark, one starting within the hour whose registrations are due
their one-hour reminder). ``check`` compares the platform's records with
what the clients were told and with the invariants that must hold whatever
failed: nothing lost, nothing doubled.
"""

import collections
import json
import os
import sys
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lms.settings.production")

import django  # noqa: E402

django.setup()

from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY  # noqa: E402
from django.contrib.sessions.backends.cached_db import SessionStore  # noqa: E402
from django.db import transaction  # noqa: E402
from django.db.models import Count, Max  # noqa: E402
from django.middleware.csrf import _get_new_csrf_string  # noqa: E402
from django.utils import timezone  # noqa: E402

DOMAIN = "rehearsal.bilim.kz"
TEACHERS = 24
GRADUATES = 16  # teachers who finish the course during the faults
REMINDED = 40  # registrations due their one-hour reminder
TO_MARK = 60  # seats at the session under way


LETTERS = "АӘБВГҒДЕЖЗИКҚЛМНҢОӨПРСТУҰҮФХҺЫІЭЮЯ"


def _letters(number):
    """A name part from a number (names hold letters only)."""
    word = ""
    while True:
        number, digit = divmod(number, len(LETTERS))
        word = LETTERS[digit] + word.lower()
        if not number:
            return word


def _sign_in(user):
    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.create()
    return {"session": session.session_key, "csrf": _get_new_csrf_string()}


def _course_and_lesson():
    from courses.demo_content import COURSE
    from courses.models import CoursePage
    from courses.outline import build_outline

    course = CoursePage.objects.get(slug=COURSE["slug"], locale__language_code="kk")
    outline = build_outline(course)
    lessons = [item for item in outline.items if item.kind == "lesson"]
    return course, outline, lessons[0]


def _session(school, topic, starts, capacity, coordinator):
    from academy.models import Session

    return Session.objects.create(
        school=school,
        topic=topic,
        topic_key=topic.translation_key,
        programme_key=topic.get_parent().translation_key,
        format=Session.Format.IN_PERSON,
        room="Rehearsal hall",
        starts_at=starts,
        ends_at=starts + timedelta(minutes=90),
        capacity=capacity,
        facilitator="Rehearsal",
        created_by=coordinator,
    )


def _teacher(mailbox, first_name, number, school):
    from users.models import Role, User

    return User.objects.create_user(
        email=f"{mailbox}@{DOMAIN}",
        password=None,
        first_name=first_name,
        last_name=f"Мұғалім {_letters(number)}",
        role=Role.TEACHER,
        school=school,
    )


@transaction.atomic
def setup():
    from academy.models import Registration, Session
    from courses.services import enroll
    from privacy.models import Consent
    from privacy.notice import current_version
    from users.models import User

    now = timezone.now()
    coordinator = User.objects.get(email="coordinator@demo.bilim.kz")
    school = coordinator.school
    demo = Session.objects.filter(school=school).select_related("topic").first()
    topic = demo.topic
    course, outline, lesson = _course_and_lesson()
    learners = []
    for number in range(TEACHERS):
        user = _teacher(f"teacher{number}", "Сынақ", number, school)
        # They agreed to the notice at sign-up, as everyone does.
        Consent.objects.create(
            user=user, purpose=Consent.Purpose.PROCESSING, version=current_version(), language="kk"
        )
        enroll(user, course)  # the lesson opens with the learner's first visit
        learners.append({**_sign_in(user), "lesson": lesson.url, "user": user.pk})
    for number in range(GRADUATES):
        enroll(_teacher(f"graduate{number}", "Түлек", number, school), course)
    open_for = _session(school, topic, now + timedelta(days=3), 100_000, coordinator)
    under_way = _session(school, topic, now - timedelta(minutes=10), TO_MARK, coordinator)
    soon = _session(school, topic, now + timedelta(minutes=50), REMINDED, coordinator)
    seats = []
    for session, count, prefix in ((under_way, TO_MARK, "seat"), (soon, REMINDED, "remind")):
        rows = Registration.objects.bulk_create(
            Registration(
                session=session,
                name=f"Ата-ана {_letters(number)}",
                email=f"{prefix}{number}@{DOMAIN}",
                language="kk",
                status=Registration.Status.CONFIRMED,
            )
            for number in range(count)
        )
        if session is under_way:
            seats = [row.pk for row in rows]
    # Registered two days ago: due the one-hour reminder, not a fresh letter.
    Registration.objects.filter(session=soon).update(created_at=now - timedelta(days=2))
    from certificates.models import Certificate

    code = Certificate.objects.filter(status="valid").values_list("code", flat=True).first()
    return {
        "read": [
            "/kk/",
            course.url,
            "/kk/academy/",
            f"/kk/certificates/verify/{code}/",
            f"/api/certificates/{code}/",
        ],
        "learners": learners,
        "coordinator": _sign_in(coordinator),
        "register_at": open_for.pk,
        "mark_at": under_way.pk,
        "seats": seats,
        "reminded": soon.pk,
    }


def wave(size):
    """A confirmed wave of ``size`` lines for the demo course, issued by the
    certificate workers batch after batch (``tasks.issue_wave``)."""
    from certificates import waves
    from certificates.models import Wave
    from certificates.tasks import issue_wave

    course, _outline, _lesson = _course_and_lesson()
    lines = ["email,surname,given name,course,started,completed,hours,language"]
    for number in range(size):
        lines.append(
            f"wave{number}@{DOMAIN},Толқын,Мұғалім {_letters(number)},{course.slug},"
            "01.09.2026,30.11.2026,80,kk"
        )
    text = "\n".join(lines) + "\n"
    checked = waves.check(text)
    if not checked.ok:
        raise SystemExit("\n".join(checked.errors[:5]))
    created = waves.create(None, "rehearsal.csv", text, checked, "kk", Wave.Status.QUEUED)
    issue_wave.delay(created.pk)
    return {"wave": created.pk, "lines": size}


def complete(count):
    """``count`` more graduates finish the course, as the last test passed
    would: every item done, then ``settle``, which completes the enrolment and
    queues its certificate once the transaction commits."""
    from courses.models import Enrolment
    from courses.services.pace import settle

    _course, outline, _lesson = _course_and_lesson()
    keys = [item.key for item in outline.items]
    finished = []
    waiting = Enrolment.objects.filter(
        user__email__startswith="graduate", completed_at__isnull=True
    ).order_by("pk")
    for enrolment_id in waiting.values_list("pk", flat=True)[:count]:
        with transaction.atomic():
            enrolment = Enrolment.objects.select_for_update().get(pk=enrolment_id)
            enrolment.done = keys
            settle(enrolment, outline, timezone.now(), ["done"])
        finished.append(enrolment_id)
    return {"completed": finished}


def _numbers_without_gaps():
    """Every counter's series holds exactly the numbers 1..last, each once
    (first versions: a reissue keeps its number)."""
    from certificates.models import Certificate, NumberCounter

    problems = []
    for counter in NumberCounter.objects.all():
        numbers = Certificate.objects.filter(
            version=1, number__startswith=counter.series, issued_at__year=counter.year
        ).values_list("number", flat=True)
        taken = sorted(int(number[len(counter.series) :]) for number in numbers)
        if taken != list(range(1, counter.last + 1)):
            missing = sorted(set(range(1, counter.last + 1)) - set(taken))
            doubled = len(taken) - len(set(taken))
            problems.append(
                f"{counter.series}{counter.year}: {counter.last} counted, {len(taken)} issued, "
                f"missing {missing[:10]}, doubled {doubled}"
            )
    return problems


def _letters_to(mailbox_prefix):
    """{address: letters sent to it} for addresses starting ``mailbox_prefix``
    (the file backend's folder: every letter sent)."""
    sent = collections.Counter()
    for path in Path(os.environ["EMAIL_FILE_PATH"]).glob("*.log"):
        for line in path.read_text(errors="replace").splitlines():
            if line.startswith(f"To: {mailbox_prefix}"):
                sent[line.removeprefix("To: ").strip()] += 1
    return sent


def check(seen):
    """``seen``: what the clients were told (ops/rehearse/load.py)."""
    from academy.models import Attendance, Registration
    from certificates.models import Certificate, Wave
    from courses.models import Enrolment, LessonProgress

    results = {}

    def verdict(name, problems, detail):
        results[name] = {"ok": not problems, "detail": detail, "problems": problems[:10]}

    # Registrations: each one a client was told of is there, once; none doubled.
    told = {(row["session"], row["email"]) for row in seen["registrations"]}
    kept = set(
        Registration.objects.filter(session_id=seen["register_at"]).values_list(
            "session_id", "email"
        )
    )
    doubles = list(
        Registration.objects.values("session_id", "email")
        .annotate(n=Count("id"))
        .filter(n__gt=1)
        .values_list("email", flat=True)
    )
    verdict(
        "registrations kept, none doubled",
        [f"lost {email}" for _s, email in sorted(told - kept)] + [f"doubled {e}" for e in doubles],
        f"{len(told)} confirmed to clients, {len(kept)} stored",
    )
    # Attendance marks: the one each coordinator's tap was answered with.
    marks = dict(
        Attendance.objects.filter(registration_id__in=[int(k) for k in seen["marks"]]).values_list(
            "registration_id", "mark"
        )
    )
    verdict(
        "attendance marks kept",
        [
            f"seat {seat}: told {mark}, stored {marks.get(int(seat))}"
            for seat, mark in seen["marks"].items()
            if marks.get(int(seat)) != mark
        ],
        f"{len(seen['marks'])} marks answered, {len(marks)} stored",
    )
    # Heartbeats: no second a learner was told of is lost, and none counted twice.
    stored = dict(
        LessonProgress.objects.filter(enrolment__user_id__in=[int(k) for k in seen["credited"]])
        .values_list("enrolment__user_id")
        .annotate(Max("active_seconds"))
    )
    problems = []
    for user, told_seconds in seen["credited"].items():
        have = stored.get(int(user), 0)
        if have + 1e-6 < told_seconds:
            problems.append(f"learner {user}: told {told_seconds:.1f} s, stored {have:.1f} s")
        if have > seen["load_seconds"] + 1:
            problems.append(
                f"learner {user}: {have:.1f} s stored in a {seen['load_seconds']} s run"
            )
    verdict(
        "credited study time kept, none doubled",
        problems,
        f"{len(seen['credited'])} learners, {sum(seen['credited'].values()):.0f} s told",
    )
    # Reminders: every registration due one had exactly one.
    sent = _letters_to("remind")
    due = list(
        Registration.objects.filter(session_id=seen["reminded"]).values_list(
            "email", "reminder_1h_sent_at"
        )
    )
    verdict(
        "one reminder each, none twice",
        [f"{email}: {sent.get(email, 0)} letters" for email, _at in due if sent.get(email) != 1]
        + [f"{email}: not marked sent" for email, at in due if at is None],
        f"{len(due)} due, {sum(sent.values())} letters",
    )
    # Confirmations: every guest told of a registration had its letter, once
    # (sent by the sweep when the broker did not take the task).
    confirmed = _letters_to("guest")
    verdict(
        "one confirmation each, none twice",
        [
            f"{email}: {confirmed.get(email, 0)} letters"
            for _s, email in sorted(told)
            if confirmed.get(email) != 1
        ],
        f"{len(told)} registrations, {sum(confirmed.values())} letters",
    )
    # The wave: done, one certificate per line, each with its PDF.
    if seen.get("wave"):
        wave_row = Wave.objects.get(pk=seen["wave"])
        issued = Certificate.objects.filter(
            holder__email__endswith=f"@{DOMAIN}", source__startswith="wave:"
        )
        per_holder = issued.values("holder_id").annotate(n=Count("id")).filter(n__gt=1).count()
        without_pdf = issued.filter(pdf="").count()
        verdict(
            "wave: one certificate per line, each with its PDF",
            (
                [f"wave {wave_row.status}, position {wave_row.position}"]
                if wave_row.status != "done"
                else []
            )
            + (
                [f"{issued.count()} certificates for {seen['wave_lines']} lines"]
                if issued.count() != seen["wave_lines"]
                else []
            )
            + ([f"{per_holder} holders with two"] if per_holder else [])
            + ([f"{without_pdf} without a PDF"] if without_pdf else []),
            f"{issued.count()} issued for {seen['wave_lines']} lines",
        )
    # Completions: each has one valid certificate; numbers have no gap.
    completed = Enrolment.objects.filter(completed_at__isnull=False).values_list("pk", flat=True)
    sources = dict(
        Certificate.objects.filter(source__startswith="course:", status="valid")
        .values_list("source")
        .annotate(n=Count("id"))
    )
    unrendered = Certificate.objects.filter(source__startswith="course:", pdf="").count()
    verdict(
        "every completion one certificate, with its PDF",
        [
            f"enrolment {pk}: {sources.get(f'course:{pk}', 0)}"
            for pk in completed
            if sources.get(f"course:{pk}", 0) != 1
        ]
        + ([f"{unrendered} without a PDF"] if unrendered else []),
        f"{len(completed)} completions",
    )
    gaps = _numbers_without_gaps()
    verdict("certificate numbers without gaps or doubles", gaps, "every series")
    return results


def main():
    command = sys.argv[1]
    if command == "setup":
        out = setup()
    elif command == "wave":
        out = wave(int(sys.argv[2]))
    elif command == "complete":
        out = complete(int(sys.argv[2]))
    elif command == "check":
        out = check(json.loads(Path(sys.argv[2]).read_text()))
    else:
        raise SystemExit(__doc__)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
