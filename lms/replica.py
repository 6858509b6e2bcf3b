"""Reads from a PostgreSQL streaming replica, when one is configured.

With ``DATABASE_REPLICA_URL`` set, the database alias ``replica`` exists and
``ReplicaRouter`` sends to it the reads of the code that asks for it, and
nothing else: the report pages, the staff exports written in the background
and the public verification of certificates (page and API). Everything else,
every write, and every read inside a transaction stays on the primary.

- **Asking.** ``@reads`` on a view (its GETs), ``with reading():`` around a
  block (an export's rows).
- **Who may see what is never stale.** Accounts, groups and permissions,
  sessions and content types (``PRIMARY_APPS``) are always read from the
  primary: a role taken away takes effect at once, whatever the replica's lag.
- **Your own writes.** A response to a POST (or any unsafe method) sets the
  ``lms_primary`` cookie for ``DATABASE_REPLICA_PIN_SECONDS``; while it is
  there, that browser reads from the primary, so a certificate or a register
  you just changed never looks missing because the replica is a moment behind.
- **A replica down or behind.** Whether the replica answers, and how far its
  replay lags, is checked at most every ``DATABASE_REPLICA_CHECK_SECONDS`` per
  process. A replica that does not answer, or lags more than
  ``DATABASE_REPLICA_MAX_LAG`` seconds, is left alone until the next check;
  a view whose replica connection fails half-way is run again on the primary
  (only GET and HEAD: they change nothing).
"""

import functools
import logging
import threading
import time
from contextlib import contextmanager, suppress
from contextvars import ContextVar

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.utils import DatabaseError, InterfaceError, OperationalError

logger = logging.getLogger(__name__)

REPLICA = "replica"
PIN_COOKIE = "lms_primary"
PRIMARY_APPS = frozenset({"auth", "users", "sessions", "contenttypes", "account", "privacy"})
_wanted = ContextVar("lms_replica_wanted", default=False)
_pinned = ContextVar("lms_replica_pinned", default=False)
# Set when a read was sent to the replica: an error then may be the replica's,
# even one raised while connecting, before the connection exists.
_sent = ContextVar("lms_replica_sent", default=False)
_health = {"checked": 0.0, "usable": False}
_health_lock = threading.Lock()

# Seconds the replica's replay is behind the primary: 0 when it has replayed
# all it received, or when the server is not a standby at all.
LAG_SQL = (
    "SELECT CASE WHEN NOT pg_is_in_recovery() THEN 0"
    " WHEN pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() THEN 0"
    " ELSE COALESCE(EXTRACT(EPOCH FROM now() - pg_last_xact_replay_timestamp()), 0) END"
)


def configured():
    return REPLICA in settings.DATABASES and getattr(settings, "DATABASE_REPLICA_READS", True)


def _check():
    """Whether the replica answers and is not too far behind (one query)."""
    connection = connections[REPLICA]
    try:
        with connection.cursor() as cursor:
            if connection.vendor == "postgresql":
                cursor.execute(LAG_SQL)
                lag = float(cursor.fetchone()[0] or 0)
            else:
                cursor.execute("SELECT 1")
                lag = 0.0
    except DatabaseError as error:
        logger.warning("The replica does not answer; reading from the primary: %s", error)
        _close(connection)
        return False
    if lag > settings.DATABASE_REPLICA_MAX_LAG:
        logger.warning("The replica is %.0f s behind; reading from the primary", lag)
        return False
    return True


def _close(connection):
    with suppress(DatabaseError):
        connection.close()


def usable():
    """The replica's state as last checked, checked again when that is old."""
    now = time.monotonic()
    if now - _health["checked"] < settings.DATABASE_REPLICA_CHECK_SECONDS:
        return _health["usable"]
    with _health_lock:
        if now - _health["checked"] >= settings.DATABASE_REPLICA_CHECK_SECONDS:
            _health["usable"] = _check()
            _health["checked"] = time.monotonic()
    return _health["usable"]


def mark_down():
    """The replica failed under a query: leave it until the next check."""
    _health.update(checked=time.monotonic(), usable=False)
    _close(connections[REPLICA])


def forget_health():
    """Check again at the next read (tests, and a replica brought back)."""
    _health.update(checked=0.0, usable=False)


@contextmanager
def _setting(variable):
    token = variable.set(True)
    try:
        yield
    finally:
        variable.reset(token)


def reading():
    """Reads inside the block may go to the replica."""
    return _setting(_wanted)


def pinned():
    """Reads inside the block stay on the primary, whatever the code asks."""
    return _setting(_pinned)


def reads(view):
    """A view whose GETs read from the replica; run again on the primary if
    the replica fails while it runs."""

    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        if request.method not in ("GET", "HEAD") or not configured():
            return view(request, *args, **kwargs)
        sent = _sent.set(False)
        try:
            with reading():
                return view(request, *args, **kwargs)
        except (OperationalError, InterfaceError):
            if not _sent.get():
                raise
            logger.warning("The replica failed during %s; again on the primary", request.path)
            mark_down()
            return view(request, *args, **kwargs)
        finally:
            _sent.reset(sent)

    return wrapped


def _in_transaction(connection):
    """Inside ``transaction.atomic`` on the primary. A test case's own
    transaction (Django marks its blocks ``_from_testcase``) does not count:
    under test, a page runs as it does in production."""
    return any(not getattr(block, "_from_testcase", False) for block in connection.atomic_blocks)


class ReplicaRouter:
    """Reads asked for (``reads``, ``reading``) go to the replica when it is
    usable, not pinned to the primary and outside a transaction."""

    def db_for_read(self, model, **hints):
        if not _wanted.get() or _pinned.get() or not configured():
            return None
        if model._meta.app_label in PRIMARY_APPS:
            return None
        if _in_transaction(connections[DEFAULT_DB_ALIAS]):
            return None  # a transaction reads what it wrote
        if not usable():
            return None
        _sent.set(True)
        return REPLICA

    def db_for_write(self, model, **hints):
        return DEFAULT_DB_ALIAS

    def allow_relation(self, obj1, obj2, **hints):
        return True  # the same data on both

    def allow_migrate(self, db, app_label, **hints):
        # A streaming replica is read-only and gets the schema by replication.
        return False if db == REPLICA else None


class PrimaryAfterWriteMiddleware:
    """Pins a browser to the primary for a while after it changed something."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not configured():
            return self.get_response(request)
        if request.COOKIES.get(PIN_COOKIE):
            with pinned():
                response = self.get_response(request)
        else:
            response = self.get_response(request)
        if request.method not in ("GET", "HEAD", "OPTIONS", "TRACE"):
            response.set_cookie(
                PIN_COOKIE,
                "1",
                max_age=settings.DATABASE_REPLICA_PIN_SECONDS,
                secure=request.is_secure(),
                httponly=True,
                samesite="Lax",
            )
        return response
