"""Heartbeats written behind through Redis (``HEARTBEAT_WRITE_BEHIND``).

At national concurrency (40,000 open lessons, about 2,700 beats a second) one
UPDATE per beat costs the PostgreSQL primary more than a quarter of this
machine (docs/performance.md, "Heartbeats at national concurrency"). With this
on, a lesson's beat state (last beat, active seconds, beat count, the open
check) lives in Redis while the lesson is open:

- each beat is ONE Lua script (``_BEAT``), atomic in Redis, with exactly the
  crediting rules of ``presence._HEARTBEAT_UPDATE`` (the cap, the nonce, the
  check that opens); a web process keeps nothing in memory, so one that dies
  loses no credited second;
- a lesson's first beat (nothing in Redis) seeds its state from PostgreSQL;
- the Redis is ``HEARTBEAT_REDIS_URL`` if set (one that never evicts, apart
  from a cache that may), else the cache's own (django-redis's client);
- ``flush()`` (the Celery task ``courses.tasks.flush_heartbeats``, every
  ``HEARTBEAT_FLUSH_SECONDS``) copies changed lessons to PostgreSQL in batches,
  one ``UPDATE ... FROM (VALUES ...)`` each, with absolute values and only
  where the row has fewer beats than Redis: a retried or repeated flush, or a
  stale copy, never adds twice nor goes back;
- readers see the right value: the lesson page overlays the Redis state
  (``overlay``), completing a lesson and answering a check flush that one
  lesson first (``settle``), and an answer writes its check back (``sync``).
  Reports, the integrity report and staff views read PostgreSQL, at most one
  flush interval behind.

Times are whole microseconds since the epoch (as PostgreSQL keeps them), so
that the script's arithmetic gives the very floats the SQL gives. Redis
unreachable: ``record`` returns None and the caller takes the direct SQL path.
The Redis must not evict these keys (``maxmemory-policy noeviction``: they
have a timeout, like every cache key, so a ``volatile-*`` policy could pick
them; full, a script fails and the beat goes to PostgreSQL).
"""

import datetime
import functools
import logging

from django.conf import settings
from django.db import connection, transaction

from ..models import LessonProgress

logger = logging.getLogger(__name__)

# Long after any flush (a page's token lasts 12 hours), short enough that
# lessons left alone leave Redis by themselves.
TTL_SECONDS = 24 * 3600
BATCH = 1000
EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.UTC)
MICROSECOND = datetime.timedelta(microseconds=1)

# KEYS: state, dirty set. ARGV: progress id, enrolment id, now (us), cap (s),
# beats the nonce names ("" for none), ttl, then the seed if any: last beat
# (us), active seconds, beats, check due, check open since (us or "").
# Returns nil on a miss without a seed (or a state behind PostgreSQL's), {} for
# another enrolment's row, else {credited 0/1, active seconds, beats, check open
# since (us or "")}.
_BEAT = """
local key = KEYS[1]
local held = tonumber(redis.call('HGET', key, 'b'))
-- A nonce beyond the beats held: PostgreSQL is ahead (beats written directly
-- while Redis was unreachable), and this state is older than it.
if held == nil or (ARGV[5] ~= '' and tonumber(ARGV[5]) > held) then
    if #ARGV < 11 then return nil end
    if held == nil or tonumber(ARGV[9]) > held then
        redis.call('HSET', key, 'e', ARGV[2], 't', ARGV[7], 'a', ARGV[8], 'b', ARGV[9],
            'd', ARGV[10], 'o', ARGV[11])
    end
end
local s = redis.call('HMGET', key, 'e', 't', 'a', 'b', 'd', 'o')
if s[1] ~= ARGV[2] then return {} end
redis.call('EXPIRE', key, ARGV[6])
local beats = tonumber(s[4])
if s[6] ~= '' or (ARGV[5] ~= '' and tonumber(ARGV[5]) ~= beats) then
    return {0, s[3], s[4], s[6]}
end
local now = tonumber(ARGV[3])
local added = math.min(tonumber(ARGV[4]), math.max(0, (now - tonumber(s[2])) / 1000000))
local active = tonumber(s[3]) + added
local due = tonumber(s[5])
local opened = ''
if due > 0 and active >= due then opened = ARGV[3] end
local a = string.format('%.17g', active)
redis.call('HSET', key, 't', ARGV[3], 'a', a, 'b', beats + 1, 'o', opened)
redis.call('SADD', KEYS[2], ARGV[1])
return {1, a, tostring(beats + 1), opened}
"""

# KEYS: dirty set. ARGV: how many, prefix. Returns flat [id, last beat, active, beats, open, ...].
_TAKE = """
local ids = redis.call('SRANDMEMBER', KEYS[1], tonumber(ARGV[1]))
local out = {}
for _, id in ipairs(ids) do
    local s = redis.call('HMGET', ARGV[2] .. id, 't', 'a', 'b', 'o')
    if s[3] then
        for _, value in ipairs({id, s[1], s[2], s[3], s[4]}) do out[#out + 1] = value end
    else
        redis.call('SREM', KEYS[1], id)
    end
end
return out
"""

# KEYS: dirty set. ARGV: prefix, then pairs id, beats flushed: each leaves the
# dirty set unless it has beaten again meanwhile.
_CLEAN = """
for i = 2, #ARGV, 2 do
    if redis.call('HGET', ARGV[1] .. ARGV[i], 'b') == ARGV[i + 1] then
        redis.call('SREM', KEYS[1], ARGV[i])
    end
end
return 0
"""

# KEYS: state. ARGV: beats, last beat (us), check due, check open since (us or
# ""): an answered check written back, if the lesson is still at those beats.
_SYNC = """
if redis.call('HGET', KEYS[1], 'b') == ARGV[1] then
    redis.call('HSET', KEYS[1], 't', ARGV[2], 'd', ARGV[3], 'o', ARGV[4])
    return 1
end
return 0
"""

_scripts = {}


def enabled():
    """On, with a Redis to keep the beats in: ``HEARTBEAT_REDIS_URL``, or the
    cache when it is django-redis (whose client the scripts then run on)."""
    if not settings.HEARTBEAT_WRITE_BEHIND:
        return False
    backend = settings.CACHES["default"]["BACKEND"]
    return bool(settings.HEARTBEAT_REDIS_URL) or backend.startswith("django_redis.")


_clients = {}


def _redis():
    url = settings.HEARTBEAT_REDIS_URL
    if not url:
        from django_redis import get_redis_connection

        return get_redis_connection("default")
    client = _clients.get(url)
    if client is None:
        import redis

        # A beat must not hang on a Redis that is gone: a second, then PostgreSQL.
        client = _clients[url] = redis.Redis.from_url(
            url, socket_timeout=1, socket_connect_timeout=1
        )
    return client


def _script(name, source):
    """The script, run on the current client (settings may change the cache)."""
    client = _redis()
    script = _scripts.get(name)
    if script is None:
        script = _scripts[name] = client.register_script(source)
    return functools.partial(script, client=client)


def _errors():
    from redis.exceptions import RedisError

    return (RedisError, OSError)


def micros(moment):
    return (moment - EPOCH) // MICROSECOND


def moment(micros_value):
    return EPOCH + datetime.timedelta(microseconds=int(micros_value))


def prefix():
    """Where the keys start (``HEARTBEAT_REDIS_PREFIX``, ``lms:hb:``): two
    sites, or two test processes, on one Redis keep apart."""
    return settings.HEARTBEAT_REDIS_PREFIX


def _dirty():
    return prefix() + "dirty"


def _key(progress_id):
    return f"{prefix()}{progress_id}"


def record(progress_id, enrolment_id, now, beats, cap):
    """The beat through Redis: ``(active_seconds, beats, check_open_since,
    credited)``, "missing" if there is no such progress row, or None if Redis
    cannot be reached (the caller records it in PostgreSQL instead)."""
    args = [progress_id, enrolment_id, micros(now), cap, "" if beats is None else beats]
    args.append(TTL_SECONDS)
    try:
        beat = _script("beat", _BEAT)
        keys = [_key(progress_id), _dirty()]
        found = beat(keys=keys, args=args)
        if found is None:
            seed = _seed(progress_id, enrolment_id)
            if seed is None:
                return "missing"
            found = beat(keys=keys, args=args + seed)
    except _errors():
        logger.warning("heartbeat write-behind: Redis unreachable, beat written directly")
        return None
    if not found:
        return "missing"
    credited, active, count, opened = found
    return (
        float(active),
        int(count),
        moment(opened) if opened else None,
        credited == 1,
    )


def _seed(progress_id, enrolment_id):
    row = (
        LessonProgress.objects.filter(pk=progress_id, enrolment_id=enrolment_id)
        .values_list(
            "last_beat_at", "active_seconds", "beats", "check_due_seconds", "check_open_since"
        )
        .first()
    )
    if row is None:
        return None
    last, active, beats, due, opened = row
    return [
        micros(last),
        repr(float(active)),
        beats,
        repr(float(due)),
        micros(opened) if opened else "",
    ]


def overlay(progress):
    """``progress`` (a LessonProgress read from PostgreSQL) with the beat
    state Redis holds for it, if any: what the lesson page shows."""
    if progress is None or not enabled():
        return progress
    try:
        state = _redis().hmget(_key(progress.pk), "t", "a", "b", "o")
    except _errors():
        return progress
    last, active, beats, opened = state
    if beats is None:
        return progress
    if int(beats) >= progress.beats:
        progress.last_beat_at = moment(last)
        progress.active_seconds = float(active)
        progress.beats = int(beats)
        progress.check_open_since = moment(opened) if opened else None
    return progress


def settle(progress_id):
    """Write this lesson's state from Redis to PostgreSQL now (read your
    writes: before completing the lesson or answering its check)."""
    if not enabled():
        return
    try:
        state = _redis().hmget(_key(progress_id), "t", "a", "b", "o")
    except _errors():
        return
    if state[2] is None:
        return
    _write([(str(progress_id), *state)])


def sync(progress):
    """After an answered check: the same check state in Redis as in
    PostgreSQL (if Redis still has the lesson at the same beat count)."""
    if not enabled():
        return
    opened = micros(progress.check_open_since) if progress.check_open_since else ""
    args = [progress.beats, micros(progress.last_beat_at), repr(float(progress.check_due_seconds))]
    try:
        _script("sync", _SYNC)(keys=[_key(progress.pk)], args=[*args, opened])
    except _errors():
        logger.warning("heartbeat write-behind: Redis unreachable, answered check not synced")


def flush(batch=BATCH):
    """Copy every changed lesson from Redis to PostgreSQL; returns how many
    rows were written. Safe to repeat and to run beside beats."""
    take, clean = _script("take", _TAKE), _script("clean", _CLEAN)
    dirty, start = _dirty(), prefix()
    batches = _redis().scard(dirty) // batch + 1
    written = 0
    for _ in range(batches):
        flat = take(keys=[dirty], args=[batch, start])
        if not flat:
            break
        rows = [tuple(flat[i : i + 5]) for i in range(0, len(flat), 5)]
        written += _write(rows)
        pairs = [value for row in rows for value in (row[0], row[3])]
        clean(keys=[dirty], args=[start, *pairs])
    return written


_TABLE = LessonProgress._meta.db_table


def _write(rows):
    """One UPDATE for ``rows`` of (id, last beat us, active, beats, open us):
    absolute values, only onto rows with fewer beats (idempotent, never back)."""
    values = []
    params = []
    # In id order, as every flush locks them: two flushes never wait on each other in a cycle.
    for progress_id, last, active, beats, opened in sorted(rows, key=lambda row: int(row[0])):
        values.append("(%s, %s::timestamptz, %s::float8, %s::int, %s::timestamptz)")
        params += [
            int(progress_id),
            moment(last),
            float(active),
            int(beats),
            moment(opened) if opened else None,
        ]
    sql = f"""
UPDATE {_TABLE} p
   SET last_beat_at = v.last, active_seconds = v.active, beats = v.beats,
       check_open_since = v.opened
  FROM (VALUES {", ".join(values)}) AS v (id, last, active, beats, opened)
 WHERE p.id = v.id AND p.beats < v.beats
"""  # noqa: S608 - only the model's own table name and placeholders are interpolated
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.rowcount
