#!/usr/bin/env python3
"""Heartbeats at national concurrency: a fixed rate of credited beats behind gunicorn.

    .venv/bin/python benchmarks/heartbeats.py --skip-fill   # lms_bench filled by learning.py
    .venv/bin/python benchmarks/heartbeats.py --teachers 50000 --rate 1000 --duration 30

40,000 learners with a lesson open, each page beating every
``COURSES_HEARTBEAT_SECONDS`` (15 s), send about 2,700 beats a second. Unlike
``learning.py`` (closed loop with wrk, every beat after a session's first
answered 409 "stale"), this offers a FIXED rate, open loop, and every beat
carries the valid nonce its session's previous answer gave, so every beat is
credited, as a browser's would be:

1. Fill ``lms_bench`` as ``learning.py`` does (skipped with ``--skip-fill``).
2. Lessons: ``rate x interval`` enrolled bench teachers (40,500 at 2,700/s and
   15 s) get a fresh progress row for lesson ``--lesson`` (opened now, no time
   yet, its first attention check drawn as ``open_lesson`` draws it) and a
   heartbeat token bound to a session key of their own. The heartbeat never
   reads the session (the token carries a digest of its key), so no session
   rows are needed.
3. Serve: gunicorn with the production settings, as ``learning.py`` does.
4. Load (asyncio, in this process): beat ``k`` is due at ``start + k / rate``
   and belongs to lesson ``k mod lessons``, so each lesson beats every
   ``interval`` seconds, well under ``HEARTBEAT_CAP_SECONDS`` (30): every
   beat credits the whole time since the one before, as a visible, used page's
   would. A beat is sent when due on a new connection (gunicorn's sync
   workers close each one), at most ``--connections`` at a time; its latency is
   counted from when it was DUE, so time spent waiting for a free connection
   or a busy server counts (no coordinated omission).
5. Both ways in turn (``--modes``), each on a fresh gunicorn with the same
   workers and the same lessons carrying on: ``direct`` (one UPDATE per beat)
   and ``write-behind`` (``HEARTBEAT_WRITE_BEHIND``: one Lua script in Redis
   per beat; a second process, standing in for beat and a worker, runs
   ``courses.tasks.flush_heartbeats`` every ``HEARTBEAT_FLUSH_SECONDS``, and
   what is left is flushed before counting). The warm-up lasts one interval,
   so every lesson has beaten (and, written behind, been seeded) before.
6. Count: gunicorn's CPU and the PostgreSQL backends' CPU (``common.server_cpu``)
   and PostgreSQL's own background processes (WAL writer, checkpointer,
   autovacuum...), WAL bytes (``pg_current_wal_lsn``, the whole server's), and
   check that the active seconds the database holds for these lessons grew by
   exactly what the answers told the clients.

The criterion, fixed before measuring: the primary absorbs the heartbeats with
room to spare if at the offered 2,700 beats/s the PostgreSQL backends use at
most 0.5 core (a quarter of this 2-core machine) and the heartbeat's p99 stays
under 100 ms. Results go to ``benchmarks/results/heartbeats.json``.
"""

import argparse
import asyncio
import collections
import datetime
import json
import os
import random
import secrets
import subprocess
import sys
import time
from pathlib import Path

import common
import learning
from common import RESULTS, ROOT, bench_env, collectstatic, log, machine, start_gunicorn, stop

WORK = ROOT / "var" / "bench" / "heartbeats"
PATH = "/kk/learn/heartbeat/"


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--skip-fill", action="store_true", help="the data exists: measure only")
    parser.add_argument("--teachers", type=int, default=400_000, help="the fill (learning.py)")
    parser.add_argument("--rate", type=float, default=2_700, help="beats offered per second")
    parser.add_argument(
        "--interval", type=float, default=15, help="seconds between beats of one lesson"
    )
    parser.add_argument("--duration", type=float, default=60, help="seconds of load")
    parser.add_argument(
        "--warmup",
        type=float,
        default=15,
        help="seconds of load before (one interval: every lesson has beaten once)",
    )
    parser.add_argument(
        "--modes", default="direct,write-behind", help="direct and/or write-behind, in turn"
    )
    parser.add_argument("--connections", type=int, default=64, help="beats in flight, at most")
    parser.add_argument("--lesson", type=int, default=5, help="which lesson is open (1-based)")
    parser.add_argument("--pg", default="postgres://postgres@127.0.0.1:5432", help="server URL")
    parser.add_argument("--database", default="lms_bench")
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/3", help="cache (flushed!)")
    parser.add_argument("--port", type=int, default=8766)
    parser.add_argument("--workers", type=int, default=4, help="gunicorn sync workers")
    parser.add_argument("--seed", type=int, default=2023)
    parser.add_argument("--out", default=str(RESULTS / "heartbeats.json"))
    return parser.parse_args()


# --- 2. Lessons ----------------------------------------------------------------


def prepare_lessons(args, count):
    """``count`` open lessons of distinct bench teachers, fresh (no time yet);
    returns a list of dicts with what a browser holds for each."""
    from django.conf import settings
    from django.db import connection, transaction

    from courses.models import Enrolment, LessonProgress
    from courses.views import heartbeat_token
    from users.models import User

    course, outline = learning.demo_course()
    lessons = [item for item in outline.items if item.kind == "lesson"]
    target = lessons[args.lesson - 1]
    low, high = settings.COURSES_ATTENTION_CHECK_SECONDS
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT e.id, e.user_id FROM {Enrolment._meta.db_table} e "  # noqa: S608
            f"JOIN {User._meta.db_table} u ON u.id = e.user_id "
            "WHERE e.course_key = %s AND u.email LIKE %s ORDER BY e.id",
            [course.translation_key, f"%@{learning.BENCH_DOMAIN}"],
        )
        enrolments = cursor.fetchall()
    if len(enrolments) < count:
        sys.exit(f"only {len(enrolments):,} bench enrolments for {count:,} lessons: fill more")
    sample = sorted(random.Random(args.seed).sample(enrolments, count))
    log(f"{count:,} open lessons ({target.title}), one per teacher, no time credited yet")
    table = LessonProgress._meta.db_table
    with transaction.atomic(), connection.cursor() as cursor:
        ids = [enrolment_id for enrolment_id, _user in sample]
        cursor.execute(
            f"DELETE FROM {table} WHERE lesson_key = %s AND enrolment_id = ANY(%s)",  # noqa: S608
            [target.key, ids],
        )
        # As open_lesson makes it: opened now, the first check due after 5-15 minutes.
        cursor.execute(
            f"""INSERT INTO {table} (enrolment_id, lesson_key, started_at, last_beat_at,
                    beats, active_seconds, check_due_seconds, checks_passed, checks_failed)
                SELECT id, %s, now(), now(), 0, 0, %s + random() * %s, 0, 0
                  FROM unnest(%s::bigint[]) AS id
                RETURNING enrolment_id, id""",  # noqa: S608
            [target.key, low, high - low, ids],
        )
        progress = dict(cursor.fetchall())
    lessons = []
    for enrolment_id, user_id in sample:
        session_key = secrets.token_hex(16)
        progress_id = progress[enrolment_id]
        token = heartbeat_token(progress_id, enrolment_id, user_id, session_key)
        lessons.append(
            {
                "progress_id": progress_id,
                # HTTP/1.0: gunicorn's sync workers close the connection anyway, and a
                # 1.1 answer without Content-Length (the heartbeat skips CommonMiddleware)
                # would come chunked.
                "head": (
                    f"POST {PATH} HTTP/1.0\r\nHost: 127.0.0.1\r\n"
                    f"Cookie: {settings.SESSION_COOKIE_NAME}={session_key}\r\n"
                    "Content-Type: application/x-www-form-urlencoded\r\n"
                ).encode(),
                "body": f"token={token}&nonce=",
                "nonce": nonce_of(progress_id, 0),
                "told": None,
            }
        )
    return lessons


def nonce_of(progress_id, beats):
    from courses import attention

    return attention.nonce(progress_id, beats)


def credited_seconds(progress_ids):
    from django.db import connection

    from courses.models import LessonProgress

    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT coalesce(sum(active_seconds), 0), coalesce(sum(beats), 0), "  # noqa: S608
            f"count(*) FILTER (WHERE check_open_since IS NOT NULL) "
            f"FROM {LessonProgress._meta.db_table} WHERE id = ANY(%s)",
            [progress_ids],
        )
        seconds, beats, checks = cursor.fetchone()
    return float(seconds), int(beats), int(checks)


# --- 4. Load -----------------------------------------------------------------------


async def beat(port, lesson):
    """One heartbeat on a new connection: (status, parsed JSON body)."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        body = (lesson["body"] + lesson["nonce"]).encode()
        writer.write(lesson["head"] + b"Content-Length: %d\r\n\r\n" % len(body) + body)
        raw = await reader.read()
    finally:
        writer.close()
    head, _sep, text = raw.partition(b"\r\n\r\n")
    status = int(head[9:12])
    try:
        return status, json.loads(text)
    except ValueError:
        return status, {}


async def offer(args, lessons, first, seconds):
    """Offer ``args.rate`` beats a second for ``seconds``, from beat number
    ``first`` on (a measured run carries on the warm-up's cadence)."""
    loop = asyncio.get_running_loop()
    slots = asyncio.Semaphore(args.connections)
    statuses = collections.Counter()
    latencies, service, pending = [], [], set()

    async def one(lesson, due):
        async with slots:
            sent = loop.time()
            try:
                status, data = await beat(args.port, lesson)
            except OSError as error:
                statuses[type(error).__name__] += 1
                return
        done = loop.time()
        latencies.append(done - due)
        service.append(done - sent)
        statuses[status] += 1
        if status == 200 and "nonce" not in data:
            statuses["200 without a nonce"] += 1
        if "active_seconds" in data:
            lesson["told"] = data["active_seconds"]
        if "nonce" in data:
            lesson["nonce"] = data["nonce"]

    total = int(args.rate * seconds)
    start = loop.time() + 0.01
    k = 0
    while k < total:
        now = loop.time()
        while k < total and start + k / args.rate <= now:
            lesson = lessons[(first + k) % len(lessons)]
            task = loop.create_task(one(lesson, start + k / args.rate))
            pending.add(task)
            task.add_done_callback(pending.discard)
            k += 1
        if k < total:
            await asyncio.sleep(max(0.0, start + k / args.rate - loop.time()))
    sent_in = loop.time() - start
    await asyncio.gather(*pending)
    return {
        "offered": total,
        "offering_seconds": sent_in,
        "elapsed_seconds": loop.time() - start,
        "statuses": statuses,
        "latencies": latencies,
        "service": service,
    }


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else None


def process_cpu():
    """CPU seconds so far of PostgreSQL's background processes (WAL writer,
    checkpointer, background writer, autovacuum...) and of redis-server: the
    whole servers', shared with whatever else runs on the machine."""
    totals = {"postgres_background": 0.0, "redis": 0.0}
    background = (b"writer", b"checkpointer", b"autovacuum", b"walsender", b"logical")
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes()
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2 :].split()
        used = (int(fields[11]) + int(fields[12])) / common.CLOCK_TICKS
        if cmdline.startswith(b"postgres: ") and any(name in cmdline for name in background):
            totals["postgres_background"] += used
        elif stat[stat.index("(") + 1 : stat.rindex(")")] == "redis-server":
            totals["redis"] += used
    return totals


def flusher_cpu(flusher):
    if flusher is None:
        return 0.0
    try:
        fields = Path(f"/proc/{flusher.pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / common.CLOCK_TICKS


def wal_lsn():
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_current_wal_lsn()::text")
        return cursor.fetchone()[0]


def wal_bytes(before, after):
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_wal_lsn_diff(%s::pg_lsn, %s::pg_lsn)", [after, before])
        return int(cursor.fetchone()[0])


def measure(args, lessons, server, label, flusher=None):
    """One run at the offered rate; returns its figures. With ``flusher`` (the
    write-behind), what Redis still holds is flushed before counting."""
    from django.db import connections

    from courses.services import writebehind

    ids = [lesson["progress_id"] for lesson in lessons]
    if args.warmup:
        log(f"{label}: warm-up, {args.warmup:g} s at {args.rate:g} beats/s")
        asyncio.run(offer(args, lessons, 0, args.warmup))
    if flusher is not None:
        writebehind.flush()  # the warm-up's credit in the database before counting
    db_before, beats_before, _checks = credited_seconds(ids)
    told_before = {lesson["progress_id"]: lesson["told"] for lesson in lessons}
    load = common.load_average()
    lsn = wal_lsn()
    connections.close_all()  # this process's own backend does not count as the server's
    cpu_before, background_before = common.server_cpu(server, args.database), process_cpu()
    flusher_before = flusher_cpu(flusher)
    client_before, wall_before = time.process_time(), time.monotonic()
    log(f"{label}: {args.rate:g} beats/s for {args.duration:g} s, load average {load}")
    run = asyncio.run(offer(args, lessons, int(args.rate * args.warmup), args.duration))
    wall = time.monotonic() - wall_before
    client = time.process_time() - client_before
    # Counted before the flusher stops: its backend's CPU goes when it exits.
    cpu_after, background_after = common.server_cpu(server, args.database), process_cpu()
    flusher_used = flusher_cpu(flusher) - flusher_before
    flushed = 0
    if flusher is not None:
        # The flusher stops (between flushes or in one: each commits whole or not at
        # all) and what Redis still holds is flushed here, its backend's CPU counted too.
        flusher.terminate()
        flusher.wait()
        connections["default"].ensure_connection()
        before_last = common.server_cpu(server, args.database)["postgres"]
        flushed = writebehind.flush()
        cpu_after["postgres"] += common.server_cpu(server, args.database)["postgres"] - before_last
    wal = wal_bytes(lsn, wal_lsn())
    db_after, beats_after, checks = credited_seconds(ids)
    answered = sum(run["statuses"][code] for code in run["statuses"] if isinstance(code, int))
    told = sum(
        lesson["told"] - (told_before[lesson["progress_id"]] or 0.0)
        for lesson in lessons
        if lesson["told"] is not None
    )
    credited = db_after - db_before
    cpu = {part: cpu_after[part] - cpu_before[part] for part in cpu_after}
    background = {
        part: background_after[part] - background_before[part] for part in background_after
    }
    ok = sum(count for code, count in run["statuses"].items() if code == 200)

    def ms(values, share):
        value = percentile(values, share)
        return round(1000 * value, 2) if value is not None else None

    result = {
        "label": label,
        "load_average_before": load,
        "offered_per_second": args.rate,
        "offered": run["offered"],
        "answered": answered,
        "achieved_per_second": round(answered / run["elapsed_seconds"], 1),
        "seconds_to_offer": round(run["offering_seconds"], 2),
        "seconds_to_answer_all": round(run["elapsed_seconds"], 2),
        "statuses": {str(code): count for code, count in sorted(run["statuses"].items(), key=str)},
        "non_2xx": answered - run["statuses"][200],
        "failed": sum(
            count for code, count in run["statuses"].items() if not isinstance(code, int)
        ),
        "latency_from_due_ms": {
            "p50": ms(run["latencies"], 0.50),
            "p95": ms(run["latencies"], 0.95),
            "p99": ms(run["latencies"], 0.99),
            "max": ms(run["latencies"], 1.0),
        },
        "latency_from_send_ms": {
            "p50": ms(run["service"], 0.50),
            "p95": ms(run["service"], 0.95),
            "p99": ms(run["service"], 0.99),
        },
        "postgres_backends_cores": round(cpu["postgres"] / wall, 3),
        "postgres_backends_ms_per_beat": round(1000 * cpu["postgres"] / max(ok, 1), 4),
        "postgres_background_cores": round(background["postgres_background"] / wall, 3),
        "redis_cores": round(background["redis"] / wall, 3),
        "flusher_cores": round(flusher_used / wall, 3),
        "rows_left_for_the_last_flush": flushed,
        "gunicorn_cores": round(cpu["gunicorn"] / wall, 3),
        "gunicorn_ms_per_beat": round(1000 * cpu["gunicorn"] / max(ok, 1), 4),
        "client_cores": round(client / wall, 3),
        "wal_bytes_per_second": round(wal / wall),
        "wal_bytes_per_beat": round(wal / max(ok, 1)),
        "credited_seconds_told": round(told, 3),
        "credited_seconds_in_database": round(credited, 3),
        "credited_match": abs(told - credited) < 1e-6 * max(len(lessons), 1),
        "beats_credited_in_database": beats_after - beats_before,
        "attention_checks_open": checks,
    }
    lat = result["latency_from_due_ms"]
    log(
        f"{label}: {result['achieved_per_second']:.0f}/s answered, p50 {lat['p50']} ms, "
        f"p99 {lat['p99']} ms, non-2xx {result['non_2xx']}, PostgreSQL backends "
        f"{result['postgres_backends_cores']:.2f} cores "
        f"({result['postgres_backends_ms_per_beat']:.3f} ms/beat), gunicorn "
        f"{result['gunicorn_ms_per_beat']:.3f} ms/beat, WAL "
        f"{result['wal_bytes_per_second'] / 1e6:.2f} MB/s, credited {credited:.0f} s in the "
        f"database vs {told:.0f} s told"
    )
    return result


def verdict(result, rate):
    """The pre-committed criterion, at the offered rate."""
    return {
        "postgres_backends_at_most_0.5_core": result["postgres_backends_cores"] <= 0.5,
        "p99_under_100_ms": (result["latency_from_due_ms"]["p99"] or 1e9) < 100,
        "achieved_offered_rate": result["achieved_per_second"] >= 0.98 * rate,
        "no_non_2xx": result["non_2xx"] == 0,
        "credited_match": result["credited_match"],
    }


def flusher_loop():
    """``--flusher``: what beat and a worker do in production, in one process:
    ``courses.tasks.flush_heartbeats`` every ``HEARTBEAT_FLUSH_SECONDS``."""
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.conf import settings

    from courses.tasks import flush_heartbeats

    while True:
        started = time.monotonic()
        written = flush_heartbeats()
        took = time.monotonic() - started
        log(f"flushed {written:,} lessons in {1000 * took:.0f} ms")
        time.sleep(max(0.0, settings.HEARTBEAT_FLUSH_SECONDS - took))


def start_flusher(env):
    log_file = (WORK / "flusher.log").open("w")
    command = [sys.executable, str(Path(__file__).resolve()), "--flusher"]
    return subprocess.Popen(  # noqa: S603
        command, cwd=ROOT, env=env, stdout=log_file, stderr=subprocess.STDOUT
    )


MODES = {
    # name: environment on top of the production settings
    "direct": {"HEARTBEAT_WRITE_BEHIND": "false"},
    "write-behind": {"HEARTBEAT_WRITE_BEHIND": "true"},
}


def ratio(results, field, path=()):
    def value(result):
        for part in path:
            result = result[part]
        return result[field]

    base = value(results["direct"])
    return round(value(results["write-behind"]) / base, 3) if base else None


def main():
    if "--flusher" in sys.argv:
        return flusher_loop()
    args = parse_args()
    sys.path.insert(0, str(ROOT))
    os.chdir(ROOT)
    common.prepare_database(args.pg, args.database, must_exist=args.skip_fill)
    os.environ.update(bench_env(args, "lms.settings.dev", learning.SECRET_KEY))
    import django

    django.setup()
    if not args.skip_fill:
        learning.fill(args)
    from django.core.cache import cache

    cache.clear()
    lessons = prepare_lessons(args, round(args.rate * args.interval))
    production = {**os.environ, **bench_env(args, "lms.settings.production", learning.SECRET_KEY)}
    collectstatic(production)
    from django.db import connections

    results, checks = {}, {}
    for mode in args.modes.split(","):
        env = {**production, **MODES[mode]}
        connections.close_all()
        server = start_gunicorn(args.port, args.workers, env, WORK)
        flusher = start_flusher(env) if mode == "write-behind" else None
        try:
            results[mode] = measure(args, lessons, server, mode, flusher)
        finally:
            if flusher is not None and flusher.poll() is None:
                flusher.terminate()
                flusher.wait()
            stop(server)
        checks[mode] = verdict(results[mode], args.rate)
        for name, met in checks[mode].items():
            print(f"  {mode}: {'PASS' if met else 'FAIL'}  {name}")
    import wagtail

    document = {
        "when": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "command": " ".join([".venv/bin/python", "benchmarks/heartbeats.py", *sys.argv[1:]]),
        "machine": machine(wagtail=wagtail.__version__),
        "data": learning.data_sizes(),
        "parameters": {
            "gunicorn": f"-w {args.workers} --threads 1 (sync workers)",
            "rate": args.rate,
            "interval_seconds": args.interval,
            "lessons": len(lessons),
            "duration_seconds": args.duration,
            "warmup_seconds": args.warmup,
            "connections": args.connections,
            "flush_every_seconds": float(os.environ.get("HEARTBEAT_FLUSH_SECONDS", "10")),
        },
        "criterion": "at the offered rate, PostgreSQL backends <= 0.5 core and p99 < 100 ms",
        "results": results,
        "checks": checks,
    }
    if {"direct", "write-behind"} <= set(results):
        document["write_behind_over_direct"] = {
            field: ratio(results, field)
            for field in (
                "postgres_backends_ms_per_beat",
                "postgres_backends_cores",
                "gunicorn_ms_per_beat",
                "wal_bytes_per_beat",
                "achieved_per_second",
            )
        } | {"p99_from_due": ratio(results, "p99", ("latency_from_due_ms",))}
    common.write_results(args.out, document)
    return 0


if __name__ == "__main__":
    sys.exit(main())
