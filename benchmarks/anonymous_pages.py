#!/usr/bin/env python3
"""Anonymous pages from the cache, measured behind gunicorn with wrk.

    .venv/bin/python benchmarks/anonymous_pages.py            # seed if needed, then measure
    .venv/bin/python benchmarks/anonymous_pages.py --rounds 3 --duration 20

In one run, on the demo data (``seed_demo`` into the database ``lms_anon_bench``):
gunicorn is started twice with the production settings and the same workers,
first with the anonymous cache on (``ANON_CACHE_SECONDS=300``), then off (``0``);
each time wrk measures the bare view ``/healthz/`` and, as a visitor who is not
signed in (no cookies), the home page, a course page, the academy's index and
its programme page, one after the other, ``--rounds`` times. Each page's
ratio to the bare view is the median of the ratios within a round (the bare
view of the same server, measured a minute before at most). Also records the
pages' weight with and without gzip and the load average before every run
(docs/performance.md, "Anonymous pages from a cache").
"""

import argparse
import datetime
import http.client
import os
import sys
from pathlib import Path

import common
from common import RESULTS, ROOT, bench_env, collectstatic, log, machine, start_gunicorn, stop

WORK = ROOT / "var" / "bench" / "anonymous"
LUA = Path(__file__).resolve().parent / "learning.lua"
SECRET_KEY = "benchmark-only-secret-key-never-use-it-anywhere-else-anon-0123456789"  # noqa: S105
TARGET = 0.5
PAGES = ("home", "course", "academy", "programme")


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pg", default="postgres://postgres@127.0.0.1:5432", help="server URL")
    parser.add_argument("--database", default="lms_anon_bench")
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/15", help="cache (flushed!)")
    parser.add_argument("--port", type=int, default=8766)
    parser.add_argument("--workers", type=int, default=4, help="gunicorn sync workers")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--threads", type=int, default=2, help="wrk threads")
    parser.add_argument("--duration", type=int, default=10, help="seconds measured per endpoint")
    parser.add_argument("--warmup", type=int, default=2, help="seconds of warm-up per endpoint")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--out", default=str(RESULTS / "anonymous_pages.json"))
    return parser.parse_args()


def seed():
    from django.core.management import call_command

    log("migrating and seeding the demo (seed_demo, idempotent)")
    call_command("migrate", interactive=False, verbosity=0)
    call_command("seed_demo", verbosity=0, stdout=open(os.devnull, "w"))  # noqa: SIM115


def page_urls():
    from academy.models import ProgrammePage
    from courses.models import CoursePage

    course = CoursePage.objects.live().filter(locale__language_code="kk").order_by("path").first()
    programme = (
        ProgrammePage.objects.live().filter(locale__language_code="kk").order_by("path").first()
    )
    return {
        "bare": "/healthz/",
        "home": "/kk/",
        "course": course.url,
        "academy": "/kk/academy/",
        "programme": programme.url,
    }


def get(port, path, headers=None):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        connection.request("GET", path, headers=headers or {})
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        connection.close()


def preflight(args, urls, cached):
    """Every page answers 200; with the cache on the second visit is a hit,
    with it off nothing is. Returns the pages' weight, plain and gzipped."""
    weights = {}
    for name, path in urls.items():
        status, _headers, plain = get(args.port, path)
        status2, headers, _ = get(args.port, path)
        if status != 200 or status2 != 200:
            sys.exit(f"preflight: {path} gave {status}, {status2}")
        expected = ("hit" if cached else None) if name != "bare" else None
        if headers.get("X-Anon-Cache") != expected:
            sys.exit(f"preflight: {path} X-Anon-Cache {headers.get('X-Anon-Cache')!r}")
        _status, zipped_headers, zipped = get(args.port, path, {"Accept-Encoding": "gzip"})
        weights[name] = {
            "bytes": len(plain),
            "gzip_bytes": len(zipped) if zipped_headers.get("Content-Encoding") == "gzip" else None,
        }
    log(f"preflight ({'cache on' if cached else 'cache off'}): every page 200")
    return weights


def measure(args, urls, server, label):
    runs = {name: [] for name in urls}
    for round_number in range(args.rounds):
        for name, path in urls.items():
            url = f"http://127.0.0.1:{args.port}{path}"
            options = {"connections": args.connections, "threads": args.threads}
            if args.warmup:
                common.wrk(url, **options, seconds=args.warmup, script=LUA, script_args=["anon"])
            load = os.getloadavg()[0]
            before = common.server_cpu(server, args.database)
            result = common.wrk(
                url, **options, seconds=args.duration, script=LUA, script_args=["anon"]
            )
            after = common.server_cpu(server, args.database)
            cpu = sum(after[part] - before[part] for part in after)
            runs[name].append(
                {
                    "rps": round(result["rps"], 1),
                    "p50_ms": round(result["latency_us"]["p50"] / 1000, 2),
                    "p95_ms": round(result["latency_us"]["p95"] / 1000, 2),
                    "non2xx": result["non2xx"],
                    "server_cpu_ms_per_request": round(1000 * cpu / max(result["requests"], 1), 3),
                    "load_average_before": round(load, 2),
                }
            )
            log(
                f"{label} round {round_number + 1} {name:9} {result['rps']:8.1f} req/s  "
                f"p50 {result['latency_us']['p50'] / 1000:6.1f} ms  "
                f"server CPU {1000 * cpu / max(result['requests'], 1):5.2f} ms/req  "
                f"non-2xx {result['non2xx']}  load {load:.1f}"
            )
    return runs


def _median(values):
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def summarise(runs, urls):
    summary = {}
    for name, rounds in runs.items():
        ratios = [run["rps"] / bare["rps"] for run, bare in zip(rounds, runs["bare"], strict=True)]
        median_round = sorted(rounds, key=lambda run: run["rps"])[len(rounds) // 2]
        summary[name] = {
            "path": urls[name],
            **median_round,
            "ratio_to_bare": round(_median(ratios), 3),
            "ratio_per_round": [round(value, 3) for value in ratios],
            "rounds_rps": [run["rps"] for run in rounds],
            "rounds_load_average": [run["load_average_before"] for run in rounds],
            "non2xx": sum(run["non2xx"] for run in rounds),
        }
    return summary


def serve_and_measure(args, urls, cache_seconds):
    cached = cache_seconds > 0
    env = {
        **os.environ,
        **bench_env(args, "lms.settings.production", SECRET_KEY),
        "ANON_CACHE_SECONDS": str(cache_seconds),
    }
    label = "cache on " if cached else "cache off"
    from django.core.cache import cache

    cache.clear()
    server = start_gunicorn(args.port, args.workers, env, WORK)
    try:
        weights = preflight(args, urls, cached)
        runs = measure(args, urls, server, label)
    finally:
        stop(server)
    return summarise(runs, urls), weights


def main():
    args = parse_args()
    sys.path.insert(0, str(ROOT))
    os.chdir(ROOT)
    common.prepare_database(args.pg, args.database)
    os.environ.update(bench_env(args, "lms.settings.dev", SECRET_KEY))
    import django

    django.setup()
    seed()
    urls = page_urls()
    collectstatic({**os.environ, **bench_env(args, "lms.settings.production", SECRET_KEY)})
    from django.db import connections

    connections.close_all()
    load_before = common.load_average()
    log(f"load average before: {load_before}")
    cached, weights = serve_and_measure(args, urls, 300)
    uncached, _ = serve_and_measure(args, urls, 0)
    targets = {
        f"{name} (cached) >= {TARGET} x bare": {
            "met": cached[name]["ratio_to_bare"] >= TARGET,
            "median_ratio": cached[name]["ratio_to_bare"],
            "ratio_per_round": cached[name]["ratio_per_round"],
        }
        for name in ("home", "course", "academy")
    }
    targets["no non-2xx responses"] = {
        "met": all(row["non2xx"] == 0 for table in (cached, uncached) for row in table.values())
    }
    print()
    print("| page | path | cache on req/s | × bare | cache off req/s | × bare | on/off |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: |")
    for name in urls:
        on, off = cached[name], uncached[name]
        print(
            f"| {name} | `{urls[name]}` | {on['rps']:.0f} | {on['ratio_to_bare']:.2f} "
            f"| {off['rps']:.0f} | {off['ratio_to_bare']:.2f} | {on['rps'] / off['rps']:.1f} |"
        )
    print()
    for name, target in targets.items():
        print(f"  {'PASS' if target['met'] else 'FAIL'}  {name}: {target.get('median_ratio', '')}")
    import wagtail

    document = {
        "when": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "command": " ".join([".venv/bin/python", "benchmarks/anonymous_pages.py", *sys.argv[1:]]),
        "machine": machine(wagtail=wagtail.__version__, wrk=common.wrk_version()),
        "load_average_before": load_before,
        "load_average_after": common.load_average(),
        "parameters": {
            "gunicorn": f"-w {args.workers} --threads 1 (sync workers), production settings",
            "wrk": f"-t{args.threads} -c{args.connections} -d{args.duration}s "
            f"after a {args.warmup} s warm-up, {args.rounds} round(s), no cookies, "
            "no Accept-Encoding",
        },
        "page_weight": weights,
        "cache_on": cached,
        "cache_off": uncached,
        "targets": targets,
    }
    common.write_results(args.out, document)
    return 0 if all(target["met"] for target in targets.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
