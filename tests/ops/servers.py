"""Real processes for the operations tests: gunicorn serving the project, a
TCP relay to PostgreSQL that can be cut (the database "gone"), and a port
where nothing listens."""

import contextlib
import os
import select
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

from django.db import connection

ROOT = Path(__file__).resolve().parents[2]


def closed_port():
    """A port on 127.0.0.1 where nothing listens (just freed by the system)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def database_url(port=None, name=None):
    """The test database's address, through ``port`` when given."""
    db = connection.settings_dict
    password = f":{db['PASSWORD']}" if db.get("PASSWORD") else ""
    host = "127.0.0.1" if port else db["HOST"] or "127.0.0.1"
    return f"postgres://{db['USER']}{password}@{host}:{port or db['PORT'] or 5432}/{name or db['NAME']}"


def project_env(**overrides):
    """The environment of a process of the project under the test settings,
    without this run's broker, mail or Django variables."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "EMAIL_", "CELERY_", "SENTRY_", "METRICS_", "LOG_"))
    }
    env.update(DJANGO_SETTINGS_MODULE="lms.settings.test", PYTHONWARNINGS="ignore")
    env.update(overrides)
    return env


def get(url, timeout=10):
    """``(status, body)`` of a GET, errors included."""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:  # noqa: S310 - ours
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


@contextlib.contextmanager
def gunicorn(tmp_path, **env):
    port = closed_port()
    log = open(tmp_path / "gunicorn.log", "w")  # noqa: SIM115
    process = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "lms.wsgi", "-b", f"127.0.0.1:{port}", "-w", "1"],
        cwd=ROOT,
        env=project_env(**env),
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            with contextlib.suppress(OSError):
                if get(f"{base}/healthz/", timeout=2)[0] == 200:
                    break
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError((tmp_path / "gunicorn.log").read_text())
            time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()


class Relay:
    """Forwards 127.0.0.1:``port`` to ``target`` until ``cut()``: then the
    open connections are closed and nothing listens any more."""

    def __init__(self, target):
        self.target = target
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.sockets = []
        self.lock = threading.Lock()
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self):
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return  # cut
            server = socket.create_connection(self.target)
            with self.lock:
                self.sockets += [client, server]
            threading.Thread(target=self._pump, args=(client, server), daemon=True).start()

    def _pump(self, one, other):
        peers = {one: other, other: one}
        try:
            while True:
                ready, _, _ = select.select(list(peers), [], [], 1)
                for sock in ready:
                    data = sock.recv(65536)
                    if not data:
                        return
                    peers[sock].sendall(data)
        except (OSError, ValueError):
            return  # cut, or a peer gone
        finally:
            one.close()
            other.close()

    def drop(self):
        """Close the open connections and go on listening: the database restarted."""
        with self.lock:
            sockets, self.sockets = self.sockets, []
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()

    def cut(self):
        with contextlib.suppress(OSError):
            self.listener.shutdown(socket.SHUT_RDWR)  # wakes the blocked accept()
        self.listener.close()
        with self.lock:
            for sock in self.sockets:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
                sock.close()
