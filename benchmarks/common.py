"""What the benchmarks share: the PostgreSQL database, COPY, gunicorn, wrk,
CPU and memory accounting, and a description of the machine.

Imported by ``learning.py``, ``certificates.py`` and ``reports.py`` (run as
scripts, so this folder is on ``sys.path``). Functions that need Django
import it inside, after the script has called ``django.setup()``.
"""

import contextlib
import http.client
import json
import os
import platform
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"
BIN = Path(sys.executable).parent
WRK = shutil.which("wrk") or "wrk"
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
STARTED = time.monotonic()


def log(message):
    """A line with the minutes and seconds since the benchmark started."""
    elapsed = int(time.monotonic() - STARTED)
    print(f"[{elapsed // 60:3d}:{elapsed % 60:02d}] {message}", flush=True)


def celery_worker_command(pool, concurrency=1):
    """``celery -A lms worker`` consuming every queue of ``lms/queues.py`` (one
    machine doing all the work), with ``pool`` processes or ``solo``."""
    from lms import queues

    command = [str(BIN / "celery"), "-A", "lms", "worker", "-Q", ",".join(queues.ALL)]
    command += ["-P", pool] + (["-c", str(concurrency)] if pool != "solo" else [])
    quiet = ["--without-mingle", "--without-gossip", "--without-heartbeat"]
    return [*command, "-l", "WARNING", *quiet]


def load_average():
    """The 1, 5 and 15 minute load averages, as /proc/loadavg gives them."""
    with contextlib.suppress(OSError):
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    return ""


def bench_env(args, settings, secret_key):
    """The environment a benchmark runs Django under: its own database and
    cache (``args.pg``, ``args.database``, ``args.redis``), served on
    ``args.port``."""
    return {
        "DJANGO_SETTINGS_MODULE": settings,
        "DJANGO_SECRET_KEY": secret_key,
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DJANGO_SECURE_SSL_REDIRECT": "false",
        "DATABASE_URL": f"{args.pg}/{args.database}",
        # Persistent connections, as in production (60 s there); kept for the
        # whole run here, so that no backend exits with the CPU time it used
        # before it is counted.
        "DATABASE_CONN_MAX_AGE": "3600",
        "CACHE_URL": args.redis,
        "LOG_LEVEL": "WARNING",
        "SITE_URL": f"http://127.0.0.1:{args.port}",
    }


# --- Database --------------------------------------------------------------------


def prepare_database(pg, database, fresh=False, must_exist=False):
    """Create ``database`` on the server ``pg`` (dropped first if ``fresh``);
    returns whether it existed already. ``must_exist``: exit if it does not."""
    import psycopg

    with psycopg.connect(f"{pg}/postgres", autocommit=True) as admin:
        exists = admin.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [database]
        ).fetchone()
        if exists and fresh:
            log(f"dropping database {database}")
            admin.execute(f'DROP DATABASE "{database}" WITH (FORCE)')
            exists = None
        if not exists:
            if must_exist:
                sys.exit(f"database {database} does not exist: run without --skip-fill")
            log(f"creating database {database}")
            admin.execute(f'CREATE DATABASE "{database}"')
    return bool(exists)


def create_missing_tables():
    """Tables of models whose migrations are not written yet (an app in the
    making), so that seed_demo runs; a no-op once every app has migrations."""
    from django.apps import apps
    from django.db import connection

    existing = set(connection.introspection.table_names())
    missing = [
        model
        for model in apps.get_models()
        if model._meta.managed and not model._meta.proxy and model._meta.db_table not in existing
    ]
    if missing:
        log("creating tables without migrations: " + ", ".join(m._meta.db_table for m in missing))
        with connection.schema_editor() as editor:
            for model in missing:
                editor.create_model(model)


def copy_rows(table, columns, rows):
    """COPY ``rows`` into ``table`` on Django's connection; returns how many."""
    from django.db import connection

    connection.ensure_connection()
    count = 0
    sql = f"COPY {table} ({', '.join(columns)}) FROM STDIN"
    with connection.connection.cursor() as cursor, cursor.copy(sql) as copy:
        for row in rows:
            copy.write_row(row)
            count += 1
    return count


def postgres_version():
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        return cursor.fetchone()[0]


# --- Serving ---------------------------------------------------------------------------


def collectstatic(env):
    log("collectstatic")
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
        cwd=ROOT,
        env=env,
        check=True,
    )


def start_gunicorn(port, workers, env, work, extra=()):
    """gunicorn with ``workers`` sync workers on 127.0.0.1:``port``, once it
    answers /healthz/; its log goes to ``work``/gunicorn.log."""
    work.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 1):
        sys.exit(f"port {port} is taken: choose another with --port")
    command = [
        str(BIN / "gunicorn"),
        "lms.wsgi",
        "-w",
        str(workers),
        "--threads",
        "1",
        "-b",
        f"127.0.0.1:{port}",
        "--log-level",
        "warning",
        "--error-logfile",
        str(work / "gunicorn.log"),
        *extra,
    ]
    log(" ".join(["gunicorn", *command[1:]]))
    server = subprocess.Popen(command, cwd=ROOT, env=env, start_new_session=True)  # noqa: S603
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            sys.exit(f"gunicorn exited with {server.returncode}; see {work / 'gunicorn.log'}")
        try:
            if fetch(port, "GET", "/healthz/")[0] == 200:
                return server
        except OSError:
            pass
        time.sleep(0.3)
    stop(server)
    sys.exit("gunicorn did not answer within 60 s")


def stop(server, timeout=20):
    """SIGTERM to the process group the server leads, SIGKILL if it lingers."""
    if server.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(server.pid, signal.SIGKILL)
            server.wait()


def fetch(port, method, path, headers=None, body=None, timeout=30):
    """(status, body as text) of one request to 127.0.0.1:``port``."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        return response.status, response.read().decode("utf-8", "replace")
    finally:
        connection.close()


def workers_of(server):
    """Process ids of gunicorn's workers (children of the master)."""
    pids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            with contextlib.suppress(OSError, IndexError):
                stat = (entry / "stat").read_text()
                if int(stat[stat.rindex(")") + 2 :].split()[1]) == server.pid:
                    pids.append(int(entry.name))
    return sorted(pids)


def memory_kb(pid):
    """{"VmHWM": …, "VmRSS": …} of a process, in kB (the high-water mark and now)."""
    values = {}
    with contextlib.suppress(OSError):
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            name, _, value = line.partition(":")
            if name in ("VmHWM", "VmRSS"):
                values[name] = int(value.split()[0])
    return values


# --- CPU ---------------------------------------------------------------------------------


def server_cpu(server, database):
    """CPU seconds used so far by gunicorn (master and workers) and by the
    PostgreSQL backends connected to the benchmark database."""
    totals = {"gunicorn": 0.0, "postgres": 0.0}
    marker = f" {database} ".encode()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            cmdline = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2 :].split()
        group, ticks = int(fields[2]), int(fields[11]) + int(fields[12])
        if group == server.pid:
            totals["gunicorn"] += ticks / CLOCK_TICKS
        elif cmdline.startswith(b"postgres: ") and marker in cmdline:
            totals["postgres"] += ticks / CLOCK_TICKS
    return totals


def cpu_times(worker_group):
    """Seconds of CPU used so far: by the worker's process group, by
    PostgreSQL's processes, by this process, and by the whole machine."""
    times = {"workers": 0, "postgresql": 0, "benchmark": 0}
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            name = Path(f"/proc/{pid}/comm").read_text().strip()
        except OSError:
            continue
        used = (int(fields[11]) + int(fields[12])) / CLOCK_TICKS
        if int(fields[2]) == worker_group:
            times["workers"] += used
        elif name.startswith("postgres"):
            times["postgresql"] += used
        elif int(pid) == os.getpid():
            times["benchmark"] += used
    busy = Path("/proc/stat").read_text().split("\n")[0].split()[1:]
    idle = int(busy[3]) + int(busy[4])
    times["machine"] = (sum(int(value) for value in busy[:8]) - idle) / CLOCK_TICKS
    return times


# --- wrk --------------------------------------------------------------------------------------


def wrk(url, *, connections, threads, seconds, script, script_args=()):
    """Run wrk with a Lua script whose ``done()`` prints ``RESULT {json}``
    (``learning.lua``); returns that, with ``rps`` and wrk's own output."""
    command = [
        WRK,
        f"-t{threads}",
        f"-c{connections}",
        f"-d{seconds}s",
        "--timeout",
        "10s",
        "--latency",
        "-s",
        str(script),
        url,
        "--",
        *script_args,
    ]
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout  # noqa: S603
    match = re.search(r"^RESULT (\{.*\})$", out, re.MULTILINE)
    if not match:
        raise RuntimeError(f"no result from wrk:\n{out}")
    result = json.loads(match.group(1))
    result["rps"] = result["requests"] / (result["duration_us"] / 1e6)
    result["wrk_output"] = out.split("RESULT")[0].strip()
    return result


def wrk_version():
    return (
        subprocess.run([WRK, "-v"], capture_output=True, text=True)  # noqa: S603
        .stdout.split("\n")[0]
        .strip()
    )


# --- Machine and results ---------------------------------------------------------------------


def machine(**extra):
    """CPU, cores, memory, OS and versions (Python, Django, PostgreSQL), plus ``extra``."""
    cpu = ""
    with contextlib.suppress(OSError, StopIteration):
        cpu = next(
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        )
    memory = ""
    with contextlib.suppress(OSError, ValueError, IndexError):
        memory = f"{int(Path('/proc/meminfo').read_text().split()[1]) / 1024 / 1024:.0f} GB"
    import django

    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory": memory,
        "os": platform.platform(),
        "python": platform.python_version(),
        "django": django.get_version(),
        "postgresql": postgres_version(),
        **extra,
    }


def write_results(path, document):
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(document, indent=2, ensure_ascii=False, default=str) + "\n")
    log(f"results written to {out.relative_to(ROOT) if out.is_relative_to(ROOT) else out}")
    return out
