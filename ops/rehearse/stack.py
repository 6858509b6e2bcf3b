"""The rehearsal's stack: PostgreSQL primary and replica, Redis, web nodes,
workers, beat and the proxy, each started, stopped and hurt on demand, all on
127.0.0.1 and all its own (``ops/rehearsal``)."""

import contextlib
import http.client
import json
import os
import secrets
import shlex
import shutil
import signal
import socket
import subprocess
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
OPS = ROOT / "ops"
BIN = ROOT / ".venv" / "bin"
PG_BIN = Path(
    subprocess.run(  # noqa: S603
        ["pg_config", "--bindir"],  # noqa: S607
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
)
STARTED = time.monotonic()


def log(message):
    elapsed = int(time.monotonic() - STARTED)
    print(f"[{elapsed // 60:2d}:{elapsed % 60:02d}] {message}", flush=True)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def unit_command(unit, instance=""):
    """The ExecStart of ``ops/systemd/<unit>``, for this checkout and ``instance``."""
    for line in (OPS / "systemd" / unit).read_text().splitlines():
        if line.startswith("ExecStart="):
            command = line.removeprefix("ExecStart=")
            command = command.replace("/srv/lms/.venv/bin/", f"{BIN}/").replace("%i", instance)
            return shlex.split(command.replace("%%h", "%h"))
    raise SystemExit(f"{unit} has no ExecStart")


def request(port, path, timeout=5):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request("GET", path, headers={"Host": "127.0.0.1"})
        response = connection.getresponse()
        response.read()
        return response.status
    finally:
        connection.close()


def wait_until(check, what, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with contextlib.suppress(Exception):
            if check():
                return
        time.sleep(0.2)
    raise SystemExit(f"{what} did not come up within {timeout} s")


class Stack:
    def __init__(self, work):
        self.work = work
        self.processes = {}
        self.ports = {
            name: free_port() for name in ("primary", "replica", "redis", "web1", "web2", "proxy")
        }
        self.env = None

    # --- PostgreSQL ------------------------------------------------------------------

    def _as_postgres(self, *command, **kwargs):
        return subprocess.run(  # noqa: S603
            ["runuser", "-u", "postgres", "--", *map(str, command)],  # noqa: S607
            check=True,
            capture_output=True,
            text=True,
            **kwargs,
        )

    def _pg_folder(self, name):
        folder = self.work / name
        folder.mkdir(mode=0o700)
        shutil.chown(folder, "postgres", "postgres")
        return folder

    def _pg_start(self, name):
        folder = self.work / name
        self._as_postgres(
            PG_BIN / "pg_ctl",
            "-D",
            folder,
            "-l",
            self.work / f"{name}.log",
            "-w",
            "-o",
            f"-p {self.ports[name]} -k {folder} -c listen_addresses=127.0.0.1",
            "start",
        )

    def pg_stop(self, name, mode="fast"):
        with contextlib.suppress(subprocess.CalledProcessError):
            self._as_postgres(PG_BIN / "pg_ctl", "-D", self.work / name, "-m", mode, "-w", "stop")

    def pg_start(self, name):
        self._pg_start(name)

    def pg_restart(self, name):
        """A fast restart (``pg_ctl restart -m fast``): sessions cut, as an upgrade or a crash."""
        self._as_postgres(
            PG_BIN / "pg_ctl",
            "-D",
            self.work / name,
            "-l",
            self.work / f"{name}.log",
            "-m",
            "fast",
            "-w",
            "-o",
            f"-p {self.ports[name]} -k {self.work / name} -c listen_addresses=127.0.0.1",
            "restart",
        )

    def psql(self, name, sql):
        return self._as_postgres(
            PG_BIN / "psql", *self._to(name), "-d", "lms", "-Atc", sql
        ).stdout.strip()

    def _to(self, name):
        """The client options that reach the cluster ``name``."""
        return ("-h", "127.0.0.1", "-p", self.ports[name], "-U", "postgres")

    def replica_lag(self):
        """Seconds the replica's replay is behind (``lms.replica``'s measure)."""
        with contextlib.suppress(subprocess.CalledProcessError):
            return float(
                self.psql(
                    "replica",
                    "SELECT COALESCE(EXTRACT(EPOCH FROM now() - pg_last_xact_replay_timestamp()), 0)",
                )
            )
        return None

    def postgres(self):
        self.work.chmod(0o755)
        shutil.chown(self.work, "postgres", "postgres")  # its logs go here too
        primary = self._pg_folder("primary")
        self._as_postgres(PG_BIN / "initdb", "-D", primary, "-U", "postgres", "--auth=trust")
        with (primary / "postgresql.conf").open("a") as conf:
            conf.write("wal_level = replica\nmax_wal_senders = 5\nhot_standby = on\n")
        with (primary / "pg_hba.conf").open("a") as hba:
            hba.write("host replication all 127.0.0.1/32 trust\n")
        self._pg_start("primary")
        replica = self._pg_folder("replica")  # empty: pg_basebackup fills it
        self._as_postgres(
            PG_BIN / "pg_basebackup", *self._to("primary"), "-D", replica, "-R", "-X", "stream"
        )
        self._pg_start("replica")
        self._as_postgres(PG_BIN / "createdb", *self._to("primary"), "lms")
        log(f"PostgreSQL primary :{self.ports['primary']}, replica :{self.ports['replica']}")

    # --- Redis -------------------------------------------------------------------------

    def redis_start(self):
        self.processes["redis"] = subprocess.Popen(  # noqa: S603
            [  # noqa: S607
                "redis-server",
                "--port",
                str(self.ports["redis"]),
                "--bind",
                "127.0.0.1",
                "--dir",
                str(self.work),
                "--save",
                "",
                "--appendonly",
                "yes",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        import redis

        wait_until(lambda: redis.Redis(port=self.ports["redis"]).ping(), "Redis")

    # --- The platform ------------------------------------------------------------------

    def environment(self):
        pg = "postgres://postgres@127.0.0.1:{}/lms"
        redis = f"redis://127.0.0.1:{self.ports['redis']}"
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "lms.settings.production",
            "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
            "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
            "DJANGO_SECURE_SSL_REDIRECT": "false",
            "DATABASE_URL": pg.format(self.ports["primary"]),
            "DATABASE_REPLICA_URL": pg.format(self.ports["replica"]),
            "CACHE_URL": f"{redis}/1",
            "CELERY_BROKER_URL": f"{redis}/0",
            "SITE_URL": f"http://127.0.0.1:{self.ports['proxy']}",
            "MEDIA_ROOT": str(self.work / "media"),
            "PRIVATE_ROOT": str(self.work / "private"),
            "EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
            "EMAIL_FILE_PATH": str(self.work / "mail"),
            "CERTIFICATE_SIGNING_KEY": str(self.work / "signing.p12"),
            "LOG_LEVEL": "WARNING",
            # Two proxies in front: the load plays an edge proxy naming each
            # visitor's address (X-Forwarded-For), then HAProxy adds its own.
            "TRUSTED_PROXY_COUNT": "2",
            # Heartbeats as at national scale: kept in Redis, flushed by beat.
            "HEARTBEAT_WRITE_BEHIND": "true",
            # The sweeps (lms/enqueue.py) take what is older than this.
            "TASK_SWEEP_GRACE_SECONDS": "5",
            # A killed worker's unacknowledged tasks come back after this long
            # (production: 900 s; docs/operations.md, "Queues").
            "CELERY_VISIBILITY_TIMEOUT": "30",
            # Readers leave a replica this far behind (production: 30 s).
            "DATABASE_REPLICA_MAX_LAG": "5",
        }
        return self.env

    def manage(self, *args, settings="lms.settings.production"):
        subprocess.run(  # noqa: S603
            [str(BIN / "python"), "manage.py", *args],
            cwd=ROOT,
            env={**self.env, "DJANGO_SETTINGS_MODULE": settings},
            check=True,
            stdout=subprocess.DEVNULL,
        )

    def platform_script(self, *args):
        """``ops/rehearse/inside.py`` with the stack's environment: its JSON."""
        done = subprocess.run(  # noqa: S603
            [str(BIN / "python"), str(OPS / "rehearse" / "inside.py"), *map(str, args)],
            cwd=ROOT,
            env=self.env,
            capture_output=True,
            text=True,
        )
        if done.returncode:
            raise SystemExit(f"inside.py {args[0]} failed:\n{done.stderr[-3000:]}")
        return json.loads(done.stdout.strip().splitlines()[-1])

    def celery(self, *args):
        subprocess.run(  # noqa: S603
            [str(BIN / "celery"), "-A", "lms", *args],
            cwd=ROOT,
            env=self.env,
            check=True,
            capture_output=True,
        )

    def _start(self, name, command):
        out = (self.work / f"{name}.log").open("a")
        self.processes[name] = subprocess.Popen(  # noqa: S603
            command, cwd=ROOT, env=self.env, stdout=out, stderr=out, start_new_session=True
        )

    def web_start(self, name):
        self._start(name, unit_command("lms-web@.service", f"127.0.0.1:{self.ports[name]}"))
        wait_until(lambda: request(self.ports[name], "/healthz/") == 200, name)

    def kill(self, name):
        """SIGKILL to the whole process group: the master and its children at once."""
        process = self.processes.pop(name)
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()

    def worker_start(self, queue):
        self._start(f"worker-{queue}", unit_command("lms-worker@.service", queue))

    def platform(self):
        log("migrate, seed_demo, collectstatic")
        self.manage("migrate", "--noinput")
        self.manage("seed_demo", settings="lms.settings.dev")  # it refuses production
        self.manage("collectstatic", "--noinput", "-v0")
        for name in ("web1", "web2"):
            self.web_start(name)
        for queue in ("certificates", "mail", "reports", "default"):
            self.worker_start(queue)
        beat = unit_command("lms-beat.service")
        beat[beat.index("--schedule") + 1] = str(self.work / "celerybeat-schedule")
        self._start("beat", beat)
        proxy_env = {
            "PROXY_BIND": f"127.0.0.1:{self.ports['proxy']}",
            "WEB1": f"127.0.0.1:{self.ports['web1']}",
            "WEB2": f"127.0.0.1:{self.ports['web2']}",
        }
        out = (self.work / "haproxy.log").open("a")
        self.processes["proxy"] = subprocess.Popen(  # noqa: S603
            ["haproxy", "-db", "-f", str(OPS / "haproxy.cfg")],  # noqa: S607
            env={**os.environ, **proxy_env},
            stdout=out,
            stderr=out,
        )
        wait_until(lambda: request(self.ports["proxy"], "/readyz/") == 200, "the proxy")
        log(f"proxy :{self.ports['proxy']} -> web :{self.ports['web1']}, :{self.ports['web2']}")

    def stop_all(self):
        for name, process in reversed(list(self.processes.items())):
            with contextlib.suppress(ProcessLookupError, PermissionError):
                if name.startswith(("web", "worker", "beat")):
                    os.killpg(process.pid, signal.SIGTERM)
                else:
                    process.terminate()
        for process in self.processes.values():
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(process.pid, signal.SIGKILL)
        for name in ("replica", "primary"):
            self.pg_stop(name, "immediate")
