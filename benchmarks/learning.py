#!/usr/bin/env python3
"""Load test: 400,000 enrolled teachers, measured behind gunicorn with wrk.

    .venv/bin/python benchmarks/learning.py --fresh      # build lms_bench from scratch, then measure
    .venv/bin/python benchmarks/learning.py              # top the data up if needed, then measure
    .venv/bin/python benchmarks/learning.py --skip-fill  # data already there: measure only

Steps (docs/performance.md explains the method and records the figures):

1. Fill (skipped with ``--skip-fill``): create the PostgreSQL database ``lms_bench``
   (dropped first with ``--fresh``), migrate, run ``seed_demo``, then COPY in
   ``--teachers`` teachers spread over the demo schools, each enrolled in the
   80-hour demo course part-way through (a random prefix of the outline done,
   hours consistent) with progress rows for the last lesson done and the one
   in progress.
2. Sessions: clear the benchmark cache (Redis db 3), sign in ``--sessions``
   sample teachers through the session store (cached_db, as in production),
   put each just before the target lesson, and write their session and CSRF
   cookies and signed heartbeat tokens to ``var/bench/learning/sessions.tsv``.
3. Serve: ``collectstatic``, then gunicorn with the production settings.
4. Measure every endpoint with wrk in turn (warm-up, then a fixed duration),
   ``--rounds`` times (the round of median throughput is kept), count the CPU
   time gunicorn and the database's PostgreSQL backends spent per request
   (a figure that, unlike requests per second, barely moves when other
   programs share the machine), check that every response was a 2xx, print a
   table and write ``benchmarks/results/learning.json``.

Needs wrk (``apt-get install wrk``), PostgreSQL and Redis. The fill takes
about two minutes; the measurements about three minutes per round.
"""

import argparse
import datetime
import json
import os
import random
import sys
import time
from pathlib import Path

import common
from common import (
    HERE,
    RESULTS,
    ROOT,
    bench_env,
    collectstatic,
    copy_rows,
    fetch,
    log,
    machine,
    server_cpu,
    start_gunicorn,
    stop,
)

WORK = ROOT / "var" / "bench" / "learning"
LUA = HERE / "learning.lua"

# Fixed, so that sessions and tokens made in one run stay valid in the next.
# Only ever used against the throw-away benchmark database.
SECRET_KEY = "benchmark-only-secret-key-never-use-it-anywhere-else-0123456789abcdef"  # noqa: S105
BENCH_DOMAIN = "bench.bilim.kz"
BENCH_PASSWORD = "bench-password-1"  # noqa: S105 - one hash shared by every bench teacher

GIVEN = ["Әлия", "Нұржан", "Гүлнар", "Қанат", "Айгүл", "Ерлан", "Динара", "Мөлдір", "Дәурен"]
SURNAMES = ["Сейтқали", "Қасымов", "Нұрланова", "Омаров", "Ахметова", "Байжанов", "Есенова"]


# --- Environment -----------------------------------------------------------


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--fresh", action="store_true", help="drop and recreate the database")
    parser.add_argument("--skip-fill", action="store_true", help="the data exists: measure only")
    parser.add_argument("--teachers", type=int, default=400_000)
    parser.add_argument("--sessions", type=int, default=2_000, help="signed-in sample teachers")
    parser.add_argument(
        "--lesson", type=int, default=5, help="which lesson of the course to load (1-based)"
    )
    parser.add_argument("--pg", default="postgres://postgres@127.0.0.1:5432", help="server URL")
    parser.add_argument("--database", default="lms_bench")
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/3", help="cache (flushed!)")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--workers", type=int, default=4, help="gunicorn sync workers")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--threads", type=int, default=2, help="wrk threads")
    parser.add_argument("--duration", type=int, default=20, help="seconds measured per endpoint")
    parser.add_argument("--warmup", type=int, default=3, help="seconds of warm-up per endpoint")
    parser.add_argument(
        "--rounds", type=int, default=3, help="measure every endpoint N times (median kept)"
    )
    parser.add_argument("--only", help="comma-separated endpoint names to measure")
    parser.add_argument("--seed", type=int, default=2023)
    parser.add_argument("--out", default=str(RESULTS / "learning.json"))
    return parser.parse_args()


# --- 1. Fill -----------------------------------------------------------------


def demo_course():
    from courses.demo_content import COURSE
    from courses.models import CoursePage
    from courses.outline import build_outline

    course = CoursePage.objects.get(slug=COURSE["slug"], locale__language_code="kk")
    return course, build_outline(course)


def fill(args):
    from django.contrib.auth.hashers import make_password
    from django.core.management import call_command
    from django.db import connection, transaction
    from django.utils import timezone

    from courses.models import Enrolment, LessonProgress
    from directory.models import School
    from users.models import Role, User

    log("migrating")
    call_command("migrate", interactive=False, verbosity=0)
    log("seeding the demo (seed_demo)")
    call_command("seed_demo", verbosity=0, stdout=open(os.devnull, "w"))  # noqa: SIM115
    course, outline = demo_course()
    bench = User.objects.filter(email__endswith=f"@{BENCH_DOMAIN}")
    existing = bench.count()
    if existing >= args.teachers:
        log(f"{existing:,} bench teachers already there")
        return
    schools = list(School.objects.order_by("pk").values_list("pk", "district_id", "region_id"))
    if not schools:
        sys.exit("no schools: seed_demo should have loaded the sample directory")
    started = time.monotonic()
    rng = random.Random(args.seed + existing)
    now = timezone.now()
    password = make_password(BENCH_PASSWORD)  # hashed once, shared by all
    explicit = {
        "password": password,
        "last_login": None,
        "is_superuser": False,
        "is_staff": False,
        "is_active": True,
        "patronymic": "",
        "preferred_language": "kk",
        "role": Role.TEACHER.value,
    }
    fields = [field for field in User._meta.concrete_fields if not field.primary_key]
    columns = [field.column for field in fields]

    def users():
        for number in range(existing, args.teachers):
            school, district, region = schools[number % len(schools)]
            values = {
                **explicit,
                "email": f"teacher{number:06d}@{BENCH_DOMAIN}",
                "first_name": GIVEN[number % len(GIVEN)],
                "last_name": SURNAMES[(number // len(GIVEN)) % len(SURNAMES)],
                "date_joined": now - datetime.timedelta(days=rng.randint(1, 90)),
                "school_id": school,
                "district_id": district,
                "region_id": region,
            }
            yield [
                values[field.attname] if field.attname in values else field.get_default()
                for field in fields
            ]

    items = outline.items
    with transaction.atomic():
        log(f"COPY {args.teachers - existing:,} teachers")
        copy_rows(User._meta.db_table, columns, users())
        with connection.cursor() as cursor:
            cursor.execute(
                f"""SELECT u.id FROM {User._meta.db_table} u
                    LEFT JOIN {Enrolment._meta.db_table} e
                      ON e.user_id = u.id AND e.course_key = %s
                    WHERE u.email LIKE %s AND e.id IS NULL ORDER BY u.id""",  # noqa: S608
                [course.translation_key, f"%@{BENCH_DOMAIN}"],
            )
            to_enrol = [row[0] for row in cursor.fetchall()]
        plans = {}
        hours_by_prefix = [
            outline.hours_done([item.key for item in items[:k]]) for k in range(len(items) + 1)
        ]
        complete_by_prefix = [
            outline.is_complete([item.key for item in items[:k]]) for k in range(len(items) + 1)
        ]

        def enrolments():
            for user_id in to_enrol:
                k = rng.randint(0, len(items))
                enrolled = now - datetime.timedelta(
                    days=rng.randint(1, 60), seconds=rng.randint(0, 86399)
                )
                active = enrolled + (now - enrolled) * rng.random()
                plans[user_id] = (k, active)
                yield [
                    user_id,
                    course.pk,
                    course.translation_key,
                    json.dumps([item.key for item in items[:k]]),
                    enrolled,
                    active if k else None,
                    hours_by_prefix[k],
                    active if complete_by_prefix[k] else None,
                ]

        log(f"COPY {len(to_enrol):,} enrolments")
        copy_rows(
            Enrolment._meta.db_table,
            [
                "user_id",
                "course_id",
                "course_key",
                "done",
                "enrolled_at",
                "last_activity_at",
                "hours_done",
                "completed_at",
            ],
            enrolments(),
        )
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT user_id, id FROM {Enrolment._meta.db_table} "  # noqa: S608
                "WHERE course_key = %s AND user_id = ANY(%s)",
                [course.translation_key, to_enrol],
            )
            enrolment_ids = dict(cursor.fetchall())

        def progress():
            # The last lesson done (completed) and the one in progress, if any.
            for user_id, (k, active) in plans.items():
                last_done = next((i for i in reversed(items[:k]) if i.kind == "lesson"), None)
                current = items[k] if k < len(items) and items[k].kind == "lesson" else None
                if last_done:
                    seconds = last_done.min_active_seconds + rng.randint(0, 900)
                    yield [
                        enrolment_ids[user_id],
                        last_done.key,
                        active - datetime.timedelta(seconds=seconds + 3600),
                        active - datetime.timedelta(seconds=3600),
                        seconds // 15,
                        float(seconds),
                        active - datetime.timedelta(seconds=3000),
                    ]
                if current:
                    seconds = rng.randint(0, max(current.min_active_seconds - 1, 0))
                    yield [
                        enrolment_ids[user_id],
                        current.key,
                        active - datetime.timedelta(seconds=seconds),
                        active,
                        seconds // 15,
                        float(seconds),
                        None,
                    ]

        log("COPY lesson progress")
        rows = copy_rows(
            LessonProgress._meta.db_table,
            [
                "enrolment_id",
                "lesson_key",
                "started_at",
                "last_beat_at",
                "beats",
                "active_seconds",
                "completed_at",
            ],
            progress(),
        )
        log(f"{rows:,} progress rows")
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    log(f"fill done in {time.monotonic() - started:.0f} s")


# --- 2. Sessions -------------------------------------------------------------


def prepare_sessions(args):
    """Sign in a sample of teachers; return what the endpoints need."""
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.cached_db import SessionStore
    from django.contrib.sessions.models import Session
    from django.core.cache import cache
    from django.db import transaction
    from django.middleware.csrf import _get_new_csrf_string, _mask_cipher_secret
    from django.utils import timezone

    from courses import attention
    from courses.models import Enrolment, LessonProgress
    from courses.views import heartbeat_token
    from users.models import User

    # Stale outlines (page ids of an earlier fill) and old sessions go.
    cache.clear()
    Session.objects.all().delete()
    course, outline = demo_course()
    lessons = [item for item in outline.items if item.kind == "lesson"]
    target = lessons[args.lesson - 1]
    position = outline.items.index(target)
    before = outline.items[:position]
    done = [item.key for item in before]
    ids = list(
        User.objects.filter(email__endswith=f"@{BENCH_DOMAIN}")
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    if len(ids) < args.sessions:
        sys.exit(f"only {len(ids)} bench teachers: run without --skip-fill")
    sample = random.Random(args.seed).sample(ids, args.sessions)
    now = timezone.now()
    log(f"signing in {len(sample):,} teachers, each just before lesson {args.lesson}")
    with transaction.atomic():
        # Everything before the target lesson done, so that it opens (200, not a redirect).
        Enrolment.objects.filter(user_id__in=sample, course_key=course.translation_key).update(
            done=done,
            hours_done=outline.hours_done(done),
            completed_at=None,
            last_activity_at=now,
        )
        enrolments = dict(
            Enrolment.objects.filter(
                user_id__in=sample, course_key=course.translation_key
            ).values_list("user_id", "pk")
        )
        LessonProgress.objects.filter(enrolment_id__in=enrolments.values()).delete()
        rows = []
        for enrolment_id in enrolments.values():
            for item in before:
                if item.kind == "lesson":
                    rows.append(
                        LessonProgress(
                            enrolment_id=enrolment_id,
                            lesson_key=item.key,
                            started_at=now - datetime.timedelta(days=1),
                            last_beat_at=now - datetime.timedelta(hours=20),
                            beats=item.min_active_seconds // 15,
                            active_seconds=float(item.min_active_seconds),
                            completed_at=now - datetime.timedelta(hours=20),
                        )
                    )
            rows.append(
                LessonProgress(
                    enrolment_id=enrolment_id,
                    lesson_key=target.key,
                    started_at=now,
                    last_beat_at=now,
                )
            )
        LessonProgress.objects.bulk_create(rows, batch_size=5000)
        progress = dict(
            LessonProgress.objects.filter(
                enrolment_id__in=enrolments.values(), lesson_key=target.key
            ).values_list("enrolment_id", "pk")
        )
    users = User.objects.in_bulk(sample)
    lines = []
    for user_id in sample:
        user = users[user_id]
        session = SessionStore()
        session[SESSION_KEY] = str(user.pk)
        session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
        session[HASH_SESSION_KEY] = user.get_session_auth_hash()
        session.create()  # the database row and the cache entry, as a sign-in makes them
        secret = _get_new_csrf_string()
        enrolment_id = enrolments[user_id]
        progress_id = progress[enrolment_id]
        token = heartbeat_token(progress_id, enrolment_id, user.pk, session.session_key)
        # The nonce of the row's current beat: the first beat of a run is credited,
        # the rest take the stale-nonce path (see learning.lua).
        beats = LessonProgress.objects.get(pk=progress_id).beats
        fields = [session.session_key, secret, _mask_cipher_secret(secret), token]
        lines.append("\t".join([*fields, attention.nonce(progress_id, beats)]))
    WORK.mkdir(parents=True, exist_ok=True)
    sessions_file = WORK / "sessions.tsv"
    sessions_file.write_text("\n".join(lines) + "\n")
    return {"lesson_url": target.url, "lesson_title": target.title, "sessions_file": sessions_file}


def data_sizes():
    from django.contrib.sessions.models import Session

    from courses.models import Enrolment, LessonProgress
    from directory.models import School
    from users.models import User

    return {
        "teachers": User.objects.filter(email__endswith=f"@{BENCH_DOMAIN}").count(),
        "users": User.objects.count(),
        "schools": School.objects.count(),
        "enrolments": Enrolment.objects.count(),
        "lesson_progress_rows": LessonProgress.objects.count(),
        "sessions": Session.objects.count(),
    }


# --- 3. Serve ----------------------------------------------------------------


# --- 4. Measure --------------------------------------------------------------


def endpoints(sessions):
    sessions_file = str(sessions["sessions_file"])
    # In the order measured: what each target compares stands side by side,
    # so that both see the same machine when other programs share it.
    return [
        # name, label, method, path, wrk mode
        ("bare", "bare Django view /healthz/", "GET", "/healthz/", "anon"),
        (
            "heartbeat",
            "heartbeat POST /kk/learn/heartbeat/",
            "POST",
            "/kk/learn/heartbeat/",
            "heartbeat",
        ),
        ("wagtail_home", "stock Wagtail HomePage /kk/", "GET", "/kk/", "anon"),
        ("lesson", f"lesson page {sessions['lesson_url']}", "GET", sessions["lesson_url"], "get"),
        ("my_learning", "My learning /kk/me/", "GET", "/kk/me/", "get"),
        (
            "wagtail_home_signed_in",
            "stock Wagtail HomePage /kk/, signed in",
            "GET",
            "/kk/",
            "get",
        ),
        (
            "wagtail_standard",
            "stock Wagtail StandardPage /kk/platforma-turaly/",
            "GET",
            "/kk/platforma-turaly/",
            "anon",
        ),
    ], sessions_file


def preflight(args, sessions):
    """One request per endpoint as a sample teacher: 200s with the expected content."""
    first = Path(sessions["sessions_file"]).read_text().splitlines()[0].split("\t")
    sid, csrf, masked, token, nonce = first
    cookie = {"Cookie": f"sessionid={sid}; csrftoken={csrf}"}
    checks = [
        ("GET", "/healthz/", {}, None, "ok"),
        ("GET", "/kk/", {}, None, "<h1"),
        ("GET", "/kk/platforma-turaly/", {}, None, "<h1"),
        ("GET", sessions["lesson_url"], cookie, None, 'id="active-time"'),
        ("GET", "/kk/me/", cookie, None, "course-card"),
        (
            "POST",
            "/kk/learn/heartbeat/",
            {
                **cookie,
                "X-CSRFToken": masked,
                "Content-Type": "application/x-www-form-urlencoded",
            },
            f"token={token}&nonce={nonce}",
            "active_seconds",
        ),
    ]
    for method, path, headers, body, expected in checks:
        status, text = fetch(args.port, method, path, headers, body)
        if status != 200 or expected not in text:
            sys.exit(f"preflight: {method} {path} gave {status}: {text[:300]!r}")
    log("preflight: every endpoint answers 200 with the expected content")


def wrk(args, path, mode, sessions_file, seconds):
    return common.wrk(
        f"http://127.0.0.1:{args.port}{path}",
        connections=args.connections,
        threads=args.threads,
        seconds=seconds,
        script=LUA,
        script_args=[mode] if mode == "anon" else [mode, sessions_file],
    )


def measure(args, sessions, server):
    chosen, sessions_file = endpoints(sessions)
    if args.only:
        wanted = set(args.only.split(","))
        chosen = [endpoint for endpoint in chosen if endpoint[0] in wanted]
    runs = {name: [] for name, *_ in chosen}
    for round_number in range(args.rounds):
        for name, _label, _method, path, mode in chosen:
            if args.warmup:
                wrk(args, path, mode, sessions_file, args.warmup)
            load = os.getloadavg()[0]
            before = server_cpu(server, args.database)
            result = wrk(args, path, mode, sessions_file, args.duration)
            after = server_cpu(server, args.database)
            result["cpu_ms_per_request"] = {
                part: 1000 * (after[part] - before[part]) / max(result["requests"], 1)
                for part in after
            }
            result["load_average_before"] = load
            runs[name].append(result)
            cpu = sum(result["cpu_ms_per_request"].values())
            log(
                f"round {round_number + 1} {name:17} {result['rps']:8.1f} req/s  "
                f"p50 {result['latency_us']['p50'] / 1000:6.1f} ms  "
                f"p95 {result['latency_us']['p95'] / 1000:6.1f} ms  "
                f"server CPU {cpu:5.2f} ms/req  non-2xx {result['non2xx']}  load {load:.1f}"
            )
    results = {}
    for name, label, method, path, mode in chosen:
        # With several rounds, the round of median throughput stands for the endpoint.
        ordered = sorted(runs[name], key=lambda result: result["rps"])
        median = ordered[len(ordered) // 2]
        cpu = median["cpu_ms_per_request"]
        results[name] = {
            "label": label,
            "method": method,
            "path": path,
            "authenticated": mode != "anon",
            "rps": round(median["rps"], 1),
            "p50_ms": round(median["latency_us"]["p50"] / 1000, 2),
            "p95_ms": round(median["latency_us"]["p95"] / 1000, 2),
            "p99_ms": round(median["latency_us"]["p99"] / 1000, 2),
            "requests": median["requests"],
            "server_cpu_ms_per_request": round(cpu["gunicorn"] + cpu["postgres"], 3),
            "gunicorn_cpu_ms_per_request": round(cpu["gunicorn"], 3),
            "postgres_cpu_ms_per_request": round(cpu["postgres"], 3),
            "non2xx": sum(result["non2xx"] for result in runs[name]),
            "socket_errors": sum(
                sum(value for key, value in result["errors"].items() if key != "status")
                for result in runs[name]
            ),
            "rounds_rps": [round(result["rps"], 1) for result in runs[name]],
            "rounds_load_average": [
                round(result["load_average_before"], 2) for result in runs[name]
            ],
        }
    return results


TARGETS = [
    # (what, compared with, at least this share of its throughput)
    ("heartbeat", "bare", 0.5),
    ("lesson", "wagtail_home", 1.0),
    ("my_learning", "wagtail_home", 1.0),
]


def _median(values):
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def ratios(results, name, baseline):
    """Throughput of ``name`` over ``baseline``, round by round (each round
    measures them a minute apart at most), and the median of those."""
    per_round = [
        a / b
        for a, b in zip(results[name]["rounds_rps"], results[baseline]["rounds_rps"], strict=True)
    ]
    return _median(per_round), per_round


def verdict(results):
    targets = {}
    for name, baseline, share in TARGETS:
        if name in results and baseline in results:
            median, per_round = ratios(results, name, baseline)
            targets[f"{name} >= {share:g} x {baseline}"] = {
                "met": median >= share,
                "median_ratio": round(median, 3),
                "ratio_per_round": [round(value, 3) for value in per_round],
            }
    targets["no non-2xx responses"] = {
        "met": all(result["non2xx"] == 0 for result in results.values())
    }
    return targets


def report(results, targets):
    print()
    print(
        "| endpoint | req/s | × bare | p50 ms | p95 ms | server CPU ms/req | non-2xx |\n"
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
    )
    for name, result in results.items():
        ratio = f"{ratios(results, name, 'bare')[0]:.2f}" if "bare" in results else "-"
        print(
            f"| {result['label']} | {result['rps']:.0f} | {ratio} | {result['p50_ms']:.1f} "
            f"| {result['p95_ms']:.1f} | {result['server_cpu_ms_per_request']:.2f} "
            f"| {result['non2xx']} |"
        )
    print()
    for name, target in targets.items():
        detail = ""
        if "median_ratio" in target:
            rounds = ", ".join(f"{value:.2f}" for value in target["ratio_per_round"])
            detail = f": median ratio {target['median_ratio']:.2f} (rounds: {rounds})"
        print(f"  {'PASS' if target['met'] else 'FAIL'}  {name}{detail}")


def main():
    args = parse_args()
    if args.fresh and args.skip_fill:
        sys.exit("--fresh and --skip-fill contradict each other")
    sys.path.insert(0, str(ROOT))
    os.chdir(ROOT)
    common.prepare_database(args.pg, args.database, args.fresh, must_exist=args.skip_fill)
    # Filling runs in this process under the development settings (seed_demo
    # refuses production); gunicorn serves under the production settings.
    os.environ.update(bench_env(args, "lms.settings.dev", SECRET_KEY))
    import django

    django.setup()
    if not args.skip_fill:
        fill(args)
    sessions = prepare_sessions(args)
    sizes = data_sizes()
    log("data: " + ", ".join(f"{key} {value:,}" for key, value in sizes.items()))
    production = {**os.environ, **bench_env(args, "lms.settings.production", SECRET_KEY)}
    collectstatic(production)
    from django.db import connections

    connections.close_all()
    server = start_gunicorn(args.port, args.workers, production, WORK)
    try:
        preflight(args, sessions)
        results = measure(args, sessions, server)
    finally:
        stop(server)
    targets = verdict(results)
    report(results, targets)
    import wagtail

    document = {
        "when": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "command": " ".join([".venv/bin/python", "benchmarks/learning.py", *sys.argv[1:]]),
        "machine": machine(wagtail=wagtail.__version__, wrk=common.wrk_version()),
        "data": sizes,
        "parameters": {
            "gunicorn": f"-w {args.workers} --threads 1 (sync workers)",
            "wrk": f"-t{args.threads} -c{args.connections} -d{args.duration}s "
            f"after a {args.warmup} s warm-up, {args.rounds} round(s)",
            "lesson": sessions["lesson_url"],
            "signed_in_sample": args.sessions,
        },
        "results": results,
        "ratios_to_bare": {
            name: round(ratios(results, name, "bare")[0], 3)
            for name in results
            if "bare" in results
        },
        "targets": targets,
    }
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(document, indent=2, ensure_ascii=False, default=str) + "\n")
    log(f"results written to {out.relative_to(ROOT) if out.is_relative_to(ROOT) else out}")
    return 0 if all(target["met"] for target in targets.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
