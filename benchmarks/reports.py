#!/usr/bin/env python3
"""Reports on national data: report pages behind gunicorn with wrk, the
400,000-row learner export, the summary refresh and the queries per page.

    .venv/bin/python benchmarks/reports.py             # build lms_bench_national if needed, measure
    .venv/bin/python benchmarks/reports.py --fresh     # drop and rebuild it first (≈ 10 min more)
    .venv/bin/python benchmarks/reports.py --only course_region --duration 10 --skip-export

Steps (docs/performance.md, "Reports on national data", records the figures):

1. Fill: the PostgreSQL database ``lms_bench_national`` (created if missing,
   dropped first with ``--fresh``): migrate, ``seed_demo``, then
   ``national_data.generate`` (this folder) at full size (7,500 schools, 400,000 school
   staff, 3,000,000 parents) unless national data is there already.
2. Staff: a national analyst, a regional officer (the region with the most
   enrolments), a district officer (its largest district) and a school
   coordinator (that district's largest school), signed in through the
   session store as ``benchmarks/learning.py`` does.
3. In this process: the summary refresh timed (``reports.stats.refresh_*``),
   and every report page requested once per person through Django's test
   client to count its queries (and the database time they take).
4. Serve with gunicorn (production settings, ``--workers`` sync workers) and
   measure every page with ``wrk -c8`` (``--connections``) and ``learning.lua``
   as the signed-in person: requests per second, p50, p95, p99, non-2xx.
5. The learner list: a district's streamed during the request
   (``reports:learners``, CSV and XLSX, each from a fresh one-worker gunicorn),
   and the national one (400,000 rows) as the report page offers it, an
   ``exports`` job run by a real Celery worker (``-P solo``): wall time,
   bytes, rows, and the serving process's peak memory (VmHWM) before and after.
6. Print a table and write ``benchmarks/results/reports.json``.

Needs wrk, PostgreSQL and Redis (``--redis``, a database of its own: flushed).
"""

import argparse
import datetime
import http.client
import os
import shutil
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path

import common
from common import (
    HERE,
    RESULTS,
    ROOT,
    bench_env,
    celery_worker_command,
    collectstatic,
    fetch,
    load_average,
    log,
    machine,
    memory_kb,
    server_cpu,
    start_gunicorn,
    stop,
    workers_of,
)

WORK = ROOT / "var" / "bench" / "reports"
LUA = HERE / "learning.lua"
DATABASE = "lms_bench_national"
SECRET_KEY = "benchmark-only-secret-key-never-use-it-anywhere-else-reports-012345"  # noqa: S105
STAFF_DOMAIN = "bench-reports.bilim.kz"
TARGET_P95_MS = 300  # the regional course report at 8 concurrent users

# name, person, path, label
PAGES = [
    ("course_national", "analyst", "/kk/reports/courses/", "course report, national"),
    ("course_region", "region", "/kk/reports/courses/", "course report, region"),
    ("course_district", "district", "/kk/reports/courses/", "course report, district"),
    ("course_school", "school", "/kk/reports/courses/", "course report, school"),
    ("academy_national", "analyst", "/kk/reports/academy/", "academy report, national"),
    ("academy_region", "region", "/kk/reports/academy/", "academy report, region"),
    ("academy_district", "district", "/kk/reports/academy/", "academy report, district"),
    ("academy_school", "school", "/kk/reports/academy/", "academy report, school"),
]
# Streamed during the request: the largest district's list that is still
# streamed (the longer ones, the national one among them, are offered in the
# background only: reports.views.LONG_EXPORT_ROWS).
EXPORTS = [
    ("learners_csv_district", "/kk/reports/courses/learners/?export=csv&district={district}"),
    ("learners_xlsx_district", "/kk/reports/courses/learners/?export=xlsx&district={district}"),
]


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--fresh", action="store_true", help="drop and recreate the database")
    parser.add_argument("--seed", type=int, default=2024, help="of national_data")
    parser.add_argument("--pg", default="postgres://postgres@127.0.0.1:5432", help="server URL")
    parser.add_argument("--database", default=DATABASE)
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/6", help="cache (flushed!)")
    parser.add_argument("--port", type=int, default=8766)
    parser.add_argument("--workers", type=int, default=4, help="gunicorn sync workers")
    parser.add_argument("--connections", type=int, default=8, help="concurrent users")
    parser.add_argument("--threads", type=int, default=2, help="wrk threads")
    parser.add_argument("--duration", type=int, default=15, help="seconds measured per page")
    parser.add_argument("--warmup", type=int, default=3, help="seconds of warm-up per page")
    parser.add_argument("--only", help="comma-separated page names to measure")
    parser.add_argument("--skip-export", action="store_true", help="leave the exports out")
    parser.add_argument("--export-timeout", type=int, default=900, help="gunicorn --timeout")
    parser.add_argument("--out", default=str(RESULTS / "reports.json"))
    return parser.parse_args()


# --- 1. Fill ----------------------------------------------------------------------


def fill(args):
    from django.core.management import call_command

    from benchmarks import national_data

    log("migrating")
    call_command("migrate", interactive=False, verbosity=0)
    if None in national_data.demo_pages():
        log("seeding the demo (seed_demo)")
        with open(os.devnull, "w") as quiet:
            call_command("seed_demo", verbosity=0, stdout=quiet)
    if national_data.national_exists():
        log("national data already there: reused (--fresh to rebuild)")
        return None
    log("generating the national data (national_data.generate, full size)")
    started = time.monotonic()
    result = national_data.generate(
        national_data.Size(seed=args.seed), log=lambda line: log(line.strip())
    )
    result["total_seconds"] = round(time.monotonic() - started, 1)
    result["load_average_after"] = load_average()
    return result


def data_sizes():
    from academy.models import Attendance, Registration, Session
    from certificates.models import Certificate
    from courses.models import Enrolment, LessonProgress
    from directory.models import District, School
    from users.models import User

    return {
        "districts": District.objects.count(),
        "schools": School.objects.count(),
        "users": User.objects.count(),
        "enrolments": Enrolment.objects.count(),
        "lesson_progress": LessonProgress.objects.count(),
        "certificates": Certificate.objects.count(),
        "academy_sessions": Session.objects.count(),
        "academy_registrations": Registration.objects.count(),
        "academy_parents": Registration.objects.values("email").distinct().count(),
        "attendance": Attendance.objects.count(),
    }


# --- 2. Staff ------------------------------------------------------------------------


def places():
    """The region with the most enrolments, its largest district, that district's largest school."""
    from django.db.models import Count, Sum

    from directory.models import District, Region, School
    from reports.models import SchoolCourseStats

    stats = SchoolCourseStats.objects.order_by()
    region = stats.values("region").annotate(n=Sum("enrolled")).order_by("-n")[0]["region"]
    district = (
        stats.filter(region=region)
        .values("district")
        .annotate(n=Sum("enrolled"))
        .order_by("-n")[0]["district"]
    )
    school = (
        stats.filter(district=district)
        .values("school")
        .annotate(n=Sum("enrolled"))
        .order_by("-n")[0]["school"]
    )
    region = Region.objects.annotate(n_districts=Count("districts")).get(pk=region)
    district = District.objects.annotate(n_schools=Count("schools")).get(pk=district)
    return region, district, School.objects.get(pk=school)


def staff(region, district, school):
    """The four people, made or updated; returns {person: user}."""
    from django.contrib.auth.models import Group

    from users import roles
    from users.models import User

    plan = {
        "analyst": (roles.NATIONAL_ANALYSTS, {"school": None, "district": None, "region": None}),
        "region": (roles.REGIONAL_OFFICERS, {"school": None, "district": None, "region": region}),
        "district": (
            roles.DISTRICT_OFFICERS,
            {"school": None, "district": district, "region": region},
        ),
        "school": (roles.SCHOOL_COORDINATORS, {"school": school}),
    }
    people = {}
    for name, (group, place) in plan.items():
        user, _ = User.objects.update_or_create(
            email=f"{name}@{STAFF_DOMAIN}",
            defaults={"last_name": "Бенчмарков", "first_name": "Есеп", "role": "", **place},
        )
        user.groups.set([Group.objects.get(name=group)])
        people[name] = user
    return people


def sign_in(people):
    """A session per person, as a sign-in makes it; writes one sessions file
    per person for learning.lua ("get" mode) and returns their paths."""
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.cached_db import SessionStore
    from django.middleware.csrf import _get_new_csrf_string, _mask_cipher_secret

    WORK.mkdir(parents=True, exist_ok=True)
    files = {}
    for name, user in people.items():
        session = SessionStore()
        session[SESSION_KEY] = str(user.pk)
        session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
        session[HASH_SESSION_KEY] = user.get_session_auth_hash()
        session.create()
        secret = _get_new_csrf_string()
        files[name] = WORK / f"session-{name}.tsv"
        files[name].write_text(
            "\t".join([session.session_key, secret, _mask_cipher_secret(secret), "-"]) + "\n"
        )
    return files


def cookie(files, person):
    sid, csrf, *_ = Path(files[person]).read_text().split("\t")
    return {"Cookie": f"sessionid={sid}; csrftoken={csrf}"}


# --- 3. In this process ------------------------------------------------------------------


def time_refresh():
    from benchmarks import national_data

    return national_data.refresh_summaries()


def query_counts(people, region, other_region):
    """Queries and their database time for each page, once per person (after
    one warm-up request), and for a second region to show the count is constant."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    results = {}
    clients = {}
    for name, user in people.items():
        clients[name] = Client(SERVER_NAME="127.0.0.1")
        clients[name].force_login(user)
    checks = [(name, person, path) for name, person, path, _label in PAGES]
    checks += [
        ("course_region_by_analyst", "analyst", f"/kk/reports/courses/?region={region.pk}"),
        ("course_other_region", "analyst", f"/kk/reports/courses/?region={other_region.pk}"),
        ("academy_other_region", "analyst", f"/kk/reports/academy/?region={other_region.pk}"),
    ]
    for name, person, path in checks:
        clients[person].get(path)  # warm: outline, translations, templates
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            response = clients[person].get(path)
            seconds = time.perf_counter() - started
        if response.status_code != 200:
            sys.exit(f"{name}: {path} answered {response.status_code}")
        timings = sorted(
            ((float(query["time"]), query["sql"]) for query in captured.captured_queries),
            reverse=True,
        )
        results[name] = {
            "path": path,
            "queries": len(captured.captured_queries),
            "database_ms": round(1000 * sum(t for t, _ in timings), 1),
            "in_process_ms": round(1000 * seconds, 1),
            "slowest_queries": [
                {"ms": round(1000 * t, 1), "sql": sql[:300]} for t, sql in timings[:3]
            ],
        }
        log(
            f"{name:26} {results[name]['queries']:3d} queries, "
            f"{results[name]['database_ms']:7.1f} ms in the database, "
            f"{results[name]['in_process_ms']:7.1f} ms in all (dev settings, one request)"
        )
    return results


# --- 4. Pages under load -------------------------------------------------------------------


def preflight(args, files):
    for name, person, path, _label in PAGES:
        status, text = fetch(args.port, "GET", path, cookie(files, person))
        if status != 200 or "<h1" not in text:
            sys.exit(f"preflight: {name} {path} gave {status}: {text[:300]!r}")
    log("preflight: every page answers 200")


def measure(args, files, server):
    chosen = [page for page in PAGES if not args.only or page[0] in args.only.split(",")]
    results = {}
    for name, person, path, label in chosen:
        url = f"http://127.0.0.1:{args.port}{path}"
        options = {"connections": args.connections, "threads": args.threads, "script": LUA}
        script_args = ["get", str(files[person])]
        if args.warmup:
            common.wrk(url, seconds=args.warmup, script_args=script_args, **options)
        load = load_average()
        before = server_cpu(server, args.database)
        result = common.wrk(url, seconds=args.duration, script_args=script_args, **options)
        after = server_cpu(server, args.database)
        cpu = {
            part: 1000 * (after[part] - before[part]) / max(result["requests"], 1) for part in after
        }
        results[name] = {
            "label": label,
            "person": person,
            "path": path,
            "rps": round(result["rps"], 1),
            "p50_ms": round(result["latency_us"]["p50"] / 1000, 1),
            "p95_ms": round(result["latency_us"]["p95"] / 1000, 1),
            "p99_ms": round(result["latency_us"]["p99"] / 1000, 1),
            "max_ms": round(result["latency_us"]["max"] / 1000, 1),
            "requests": result["requests"],
            "non2xx": result["non2xx"],
            "socket_errors": sum(v for k, v in result["errors"].items() if k != "status"),
            "gunicorn_cpu_ms_per_request": round(cpu["gunicorn"], 1),
            "postgres_cpu_ms_per_request": round(cpu["postgres"], 1),
            "load_average_before": load,
        }
        log(
            f"{name:18} {result['rps']:7.1f} req/s  p50 {results[name]['p50_ms']:7.1f} ms  "
            f"p95 {results[name]['p95_ms']:7.1f} ms  p99 {results[name]['p99_ms']:7.1f} ms  "
            f"non-2xx {result['non2xx']}  load {load}"
        )
    return results


# --- 5. Exports -----------------------------------------------------------------------------


def export(args, env, files, name, path):
    """One export from a fresh single-worker gunicorn: time, size, rows, worker memory."""
    server = start_gunicorn(args.port, 1, env, WORK, extra=["--timeout", str(args.export_timeout)])
    try:
        headers = cookie(files, "analyst")
        fetch(args.port, "GET", "/kk/reports/courses/", headers)  # warm the worker
        worker = workers_of(server)[0]
        before = memory_kb(worker)
        load = load_average()
        connection = http.client.HTTPConnection("127.0.0.1", args.port, timeout=args.export_timeout)
        started = time.monotonic()
        connection.request("GET", path, headers=headers)
        response = connection.getresponse()
        first = time.monotonic() - started
        size = lines = 0
        while chunk := response.read(1 << 16):
            size += len(chunk)
            lines += chunk.count(b"\n")
        seconds = time.monotonic() - started
        connection.close()
        after = memory_kb(worker)
    finally:
        stop(server)
    result = {
        "path": path,
        "status": response.status,
        "seconds": round(seconds, 1),
        "first_byte_seconds": round(first, 2),
        "bytes": size,
        "csv_lines": lines if "csv" in name else None,
        "worker_peak_rss_mb_before": round(before.get("VmHWM", 0) / 1024, 1),
        "worker_peak_rss_mb_after": round(after.get("VmHWM", 0) / 1024, 1),
        "worker_rss_mb_after": round(after.get("VmRSS", 0) / 1024, 1),
        "load_average_before": load,
    }
    log(
        f"{name}: {response.status}, {seconds:.1f} s (first byte {first:.2f} s), "
        f"{size / 1e6:.1f} MB, worker peak RSS {result['worker_peak_rss_mb_before']} → "
        f"{result['worker_peak_rss_mb_after']} MB"
    )
    return result


def largest_streamed_district():
    """(id, learners) of the largest district whose list is still streamed
    during the request (at most ``reports.views.LONG_EXPORT_ROWS``)."""
    from django.db.models import Sum

    from reports.models import SchoolCourseStats
    from reports.views import LONG_EXPORT_ROWS

    sizes = (
        SchoolCourseStats.objects.values("district")
        .annotate(n=Sum("enrolled"))
        .filter(n__lte=LONG_EXPORT_ROWS)
        .order_by("-n")
        .values_list("district", "n")
    )
    return sizes[0]


def background_export(args, env, files, fmt, course_key):
    """The national learner list as the report page asks for it since
    lists over 20,000 rows go to the background: an ``exports`` job run by a
    real Celery worker (``-P solo``, so the measured process is the one that
    writes). Time from the task sent to the file stored; the worker's peak RSS."""
    import tempfile

    from celery import Celery

    from exports.models import ExportJob
    from lms.queues import queue_for
    from users.models import User

    broker = args.redis.rsplit("/", 1)[0] + "/6"
    media = tempfile.mkdtemp(prefix="bench-exports-")
    worker_env = {**env, "CELERY_BROKER_URL": broker, "PRIVATE_ROOT": media}  # export files
    import redis

    redis.Redis.from_url(broker).flushdb()
    worker = subprocess.Popen(  # noqa: S603
        celery_worker_command("solo"), cwd=ROOT, env=worker_env, start_new_session=True
    )
    try:
        sender = Celery(broker=broker)
        time.sleep(3)  # the worker imports Django and connects
        before = memory_kb(worker.pid)
        analyst = User.objects.get(email=f"analyst@{STAFF_DOMAIN}")
        job = ExportJob.objects.create(
            user=analyst,
            kind="reports-learners",
            params={"course": str(course_key), "format": fmt},
            language="kk",
        )
        load = load_average()
        started = time.monotonic()
        # A bare app knows no routes: name the queue the project's app would use.
        sender.send_task(
            "exports.tasks.run_export", args=[job.pk], queue=queue_for("exports.tasks.run_export")
        )
        while True:
            time.sleep(0.5)
            job.refresh_from_db()
            if job.status in (ExportJob.Status.DONE, ExportJob.Status.FAILED):
                break
            if time.monotonic() - started > args.export_timeout:
                break
        seconds = time.monotonic() - started
        after = memory_kb(worker.pid)
        stored = Path(media) / job.file.name if job.file else None
        size = stored.stat().st_size if stored and stored.exists() else 0
    finally:
        os.killpg(worker.pid, signal.SIGTERM)
        worker.wait(timeout=30)
        shutil.rmtree(media, ignore_errors=True)
    result = {
        "status": job.status,
        "error": job.error,
        "rows": job.rows_done,
        "seconds": round(seconds, 1),
        "bytes": size,
        "worker_peak_rss_mb_before": round(before.get("VmHWM", 0) / 1024, 1),
        "worker_peak_rss_mb_after": round(after.get("VmHWM", 0) / 1024, 1),
        "load_average_before": load,
    }
    log(
        f"background {fmt}: {job.status}, {job.rows_done:,} rows in {seconds:.1f} s, "
        f"{size / 1e6:.1f} MB, worker peak RSS {result['worker_peak_rss_mb_before']} → "
        f"{result['worker_peak_rss_mb_after']} MB"
    )
    return result


# --- 6. Report ---------------------------------------------------------------------------------


def report(pages, exports, counts, refresh):
    print()
    print("| page | req/s | p50 ms | p95 ms | p99 ms | queries | non-2xx |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for name, result in pages.items():
        print(
            f"| {result['label']} | {result['rps']:.1f} | {result['p50_ms']:.0f} "
            f"| {result['p95_ms']:.0f} | {result['p99_ms']:.0f} "
            f"| {counts.get(name, {}).get('queries', '-')} | {result['non2xx']} |"
        )
    print()
    for name, result in exports.items():
        print(
            f"{name}: {result.get('rows', '')} {result['seconds']} s, "
            f"{result['bytes'] / 1e6:.1f} MB, worker peak RSS "
            f"{result['worker_peak_rss_mb_before']} → {result['worker_peak_rss_mb_after']} MB"
        )
    print("summary refresh: " + ", ".join(f"{k} {v} s" for k, v in refresh.items()))


def main():
    args = parse_args()
    sys.path.insert(0, str(ROOT))
    os.chdir(ROOT)
    loads = {"start": load_average()}
    common.prepare_database(args.pg, args.database, args.fresh)
    # Filling and the query counts run in this process under the development
    # settings (seed_demo refuses production); gunicorn under the production ones.
    os.environ.update(bench_env(args, "lms.settings.dev", SECRET_KEY))
    import django

    django.setup()
    import redis

    redis.Redis.from_url(args.redis).flushdb()  # the benchmark's own cache database
    generation = fill(args)
    sizes = data_sizes()
    log("data: " + ", ".join(f"{key} {value:,}" for key, value in sizes.items()))
    loads["refresh"] = load_average()
    log("refreshing the summaries")
    refresh = time_refresh()
    log("summary refresh: " + ", ".join(f"{k} {v} s" for k, v in refresh.items()))
    region, district, school = places()
    from directory.models import Region

    other_region = Region.objects.exclude(pk=region.pk).order_by("sort_order").first()
    log(f"places: {region.name_kk}, {district.name_kk}, {school.name_kk}")
    people = staff(region, district, school)
    files = sign_in(people)
    counts = query_counts(people, region, other_region)
    production = {**os.environ, **bench_env(args, "lms.settings.production", SECRET_KEY)}
    collectstatic(production)
    from django.db import connections

    connections.close_all()
    loads["pages"] = load_average()
    server = start_gunicorn(args.port, args.workers, production, WORK)
    try:
        preflight(args, files)
        pages = measure(args, files, server)
    finally:
        stop(server)
    exports = {}
    if not args.skip_export:
        loads["exports"] = load_average()
        streamed = largest_streamed_district()
        log(f"streamed exports: {streamed[1]:,} learners of district {streamed[0]}")
        for name, path in EXPORTS:
            exports[name] = export(args, production, files, name, path.format(district=streamed[0]))
            exports[name]["learners"] = streamed[1]
        from courses.models import CoursePage

        course_key = CoursePage.objects.live().first().translation_key
        for fmt in ("csv", "xlsx"):
            exports[f"learners_{fmt}_national_background"] = background_export(
                args, production, files, fmt, course_key
            )
    loads["end"] = load_average()
    regional = pages.get("course_region")
    target = {
        "regional course report p95 < 300 ms at 8 concurrent": {
            "met": bool(regional and regional["p95_ms"] < TARGET_P95_MS),
            "p95_ms": regional and regional["p95_ms"],
        },
        "constant queries per page": {
            "met": len({counts[n]["queries"] for n in counts if n.startswith("course_region")}) == 1
            and counts["course_other_region"]["queries"]
            == counts["course_region_by_analyst"]["queries"],
        },
    }
    report(pages, exports, counts, refresh)
    import wagtail

    document = {
        "when": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "command": " ".join([".venv/bin/python", "benchmarks/reports.py", *sys.argv[1:]]),
        "machine": machine(wagtail=wagtail.__version__, wrk=common.wrk_version()),
        "load_average_1_5_15_min": loads,
        "data": sizes,
        "generation": generation,
        "places": {
            "region": f"{region.name_kk} ({region.n_districts} districts)",
            "district": f"{district.name_kk} ({district.n_schools} schools)",
            "school": school.name_kk,
        },
        "parameters": {
            "gunicorn": f"-w {args.workers} --threads 1 (sync workers), production settings",
            "wrk": f"-t{args.threads} -c{args.connections} -d{args.duration}s "
            f"after a {args.warmup} s warm-up, learning.lua get",
            "exports": f"a fresh gunicorn -w 1 --timeout {args.export_timeout} for each",
        },
        "summary_refresh_seconds": refresh,
        "queries_per_page": counts,
        "pages": pages,
        "exports": exports,
        "targets": target,
        "median_p95_ms": statistics.median(p["p95_ms"] for p in pages.values()) if pages else None,
    }
    common.write_results(args.out, document)
    return 0 if all(t["met"] for t in target.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
