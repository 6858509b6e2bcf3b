"""Two recounts of the report summaries at once (two beats by mistake, or a
staff member's request during beat's run) count once (``lms.locks``).

Each call runs in a thread of its own, with a database connection of its own,
as two workers would: on PostgreSQL the lock is the server's advisory lock,
and the cache's ``add`` where the database has none (forced here to test it
on PostgreSQL too). The first recount is held half-way until the second has
been turned away.
"""

import threading

import pytest
from django.db import connection

from lms import locks
from reports import tasks
from reports.models import SummaryRun

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(params=["database", "cache"])
def lock_kind(request, monkeypatch):
    if request.param == "cache":
        monkeypatch.setattr(locks, "_advisory_lock", locks._cache_lock)
    elif connection.vendor != "postgresql":
        pytest.skip("the advisory lock needs PostgreSQL")
    return request.param


def in_thread(results, name):
    def run():
        try:
            results[name] = tasks.refresh_stats()
        except Exception as error:  # shown by the assertions below
            results[name] = error
        finally:
            connection.close()

    thread = threading.Thread(target=run)
    thread.start()
    return thread


def test_two_recounts_at_once_do_the_work_once(lock_kind, monkeypatch):
    counting, go_on, counted = threading.Event(), threading.Event(), []
    real = tasks.refresh_course_stats

    def held_half_way(*args, **kwargs):
        counted.append(threading.current_thread().name)
        counting.set()
        assert go_on.wait(30)
        return real(*args, **kwargs)

    monkeypatch.setattr(tasks, "refresh_course_stats", held_half_way)
    results = {}
    first = in_thread(results, "first")
    assert counting.wait(30), results
    second = in_thread(results, "second")
    second.join(30)
    assert results == {"second": None}  # turned away at once, while the first counts
    go_on.set()
    first.join(30)
    assert isinstance(results["first"], dict), results
    assert len(counted) == 1
    runs = list(SummaryRun.objects.values_list("kind", flat=True))
    assert sorted(runs) == ["academy", "courses"]

    # The lock went with the first recount: the next one counts again.
    third = in_thread(results, "third")
    third.join(30)
    assert isinstance(results["third"], dict) and len(counted) == 2


def test_the_lock_key_is_the_same_in_every_process():
    """blake2b, not hash() (salted per process): a worker of the old release and
    one of the new, side by side during a deploy, contend for the same lock."""
    assert locks.advisory_key("reports.refresh_stats") == 5602008283570866972
