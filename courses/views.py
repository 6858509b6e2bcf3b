"""Learner-facing course views. Thin: the rules live in ``services``."""

import functools
import json
import math
import time
from datetime import UTC, datetime
from importlib import import_module

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import SESSION_KEY
from django.contrib.auth.views import redirect_to_login
from django.core import signing
from django.http import Http404, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from wagtail.views import serve as wagtail_serve

from content import pagecache
from directory.ids import parse_id
from lms.db_unavailable import DATABASE_ERRORS, RETRY_AFTER, close_broken
from lms.l10n import percent

from . import attention, checklist, outline_states, routing, services
from .editions import learner_outline
from .models import Attempt
from .outline import get_outline
from .scoring import questions_by_id

TOKEN_SALT = "courses.heartbeat"  # noqa: S105 - a signing salt, not a secret
# A refused practical task answer, kept in the session until the page shows it again.
PRACTICAL_DRAFTS = "courses.practical_drafts"
MAX_DRAFT_CHARS = 12_000


def learning(request, path):
    """Any page URL: lessons and tests are found in this process's table
    (``courses.routing``) and served through Wagtail's hooks; every other
    path goes to Wagtail's ``serve`` view unchanged."""
    page = routing.find(request) if request.method in ("GET", "HEAD", "POST") else None
    if page is None:
        return wagtail_serve(request, path)
    return routing.serve(page, request)


def course_page(request, page):
    enrolment = services.enrolment_for(request.user, page)
    if request.method == "POST" and request.POST.get("action") == "enrol":
        if not request.user.is_authenticated:
            return redirect_to_login(page.url)
        try:
            services.enroll(request.user, page)
            messages.success(request, _("You are enrolled. Start with the first lesson."))
        except services.LearningError as error:
            messages.error(request, str(error))
        return redirect(page.url)
    outline = learner_outline(get_outline(page, request), enrolment, request)
    allowed, reason = (
        services.can_enrol(request.user, page) if request.user.is_authenticated else (True, "")
    )
    done = set(enrolment.done) if enrolment else set()
    modules, final = outline_states.learner_modules(outline, done, enrolled=bool(enrolment))
    context = {
        "page": page,
        "outline": outline,
        "modules": modules,
        "final": final,
        "enrolment": enrolment,
        "done": done,
        "can_enrol": allowed,
        "cannot_enrol_reason": reason,
        # Someone not signed in gets a link to sign in (and come back), not a
        # form: the page then carries no CSRF token and comes from the
        # anonymous cache (lms/anon_cache.py). Their POST went there anyway.
        "sign_in_to_enrol": (
            "" if request.user.is_authenticated else redirect_to_login(page.url).url
        ),
        "next_item": outline.next_item(done) if enrolment else None,
        "percent": _percent(outline.hours_done(done), outline.declared_hours),
        "allowance": _allowance(enrolment, outline),
    }
    return TemplateResponse(request, "courses/course_page.html", context)


def _allowance(enrolment, outline):
    """Today's allowance for ``courses/includes/allowance.html``: None when
    the course has no daily limit or the learner has nothing left to do."""
    if enrolment is None or enrolment.completed_at is not None:
        return None
    credited, cap, left = services.allowance(enrolment, outline)
    if not cap:
        return None
    return {"credited": credited, "cap": cap, "left": left}


def _percent(done, total):
    return int(min(100, (done * 100 / total))) if total else 0


def _gate(request, page, lesson=False):
    """Who may open a lesson or test: an enrolled learner, once it is unlocked.

    Returns ``(enrolment, outline, state, refusal)``. For a lesson
    (``lesson=True``), ``state`` is ``(progress, answers)``: the progress row
    (None before the first visit) and the saved reflection answers, read
    together with the enrolment.
    """
    if not request.user.is_authenticated:
        return None, None, None, redirect_to_login(request.get_full_path())
    course = services.enrolment_course(None, page)
    state = None
    if lesson:
        # Only lessons with a reflection task have answers to read.
        with_answers = any(block.block_type == "reflection" for block in page.body)
        enrolment, progress, answers = services.lesson_state(
            request.user, course, page, with_answers=with_answers
        )
        state = (progress, answers)
    else:
        enrolment = services.enrolment_for(request.user, course)
    if enrolment is None:
        messages.info(request, _("Enrol in the course to open its lessons."))
        return None, None, None, redirect(course.url)
    outline = learner_outline(get_outline(course, request), enrolment, request)
    refusal = services.refusal_for(outline, str(page.translation_key), enrolment.done)
    if refusal:
        messages.info(request, refusal)
        return None, None, None, redirect(course.url)
    return enrolment, outline, state, None


def lesson_page(request, page):
    enrolment, outline, state, refusal = _gate(request, page, lesson=True)
    if refusal:
        return refusal
    if request.method == "POST":
        return _lesson_action(request, page, enrolment)
    progress, answers = state
    if progress is None:
        progress = services.open_lesson(enrolment, page)
    key = str(page.translation_key)
    done = set(enrolment.done)
    module, step, previous, following = outline_states.around(outline, key, done)
    videos = services.watched(progress, page)
    tasks = _practical_tasks(request, page, enrolment)
    live = services.lesson_live_state(enrolment, page)
    needed = page.min_active_minutes * 60
    requirements = checklist.task_requirements(page, tasks) + checklist.live_requirements(live)
    context = {
        "page": page,
        "body": _lesson_body(request, page),
        "outline": outline,
        "enrolment": enrolment,
        "progress": progress,
        "done": key in done,
        "here": key,
        "module": module,
        "step": step,
        "previous_item": previous,
        "next_step": following,
        "needed_seconds": needed,
        "minutes_left": max(0, math.ceil((needed - progress.active_seconds) / 60)),
        "time_percent": _percent(progress.active_seconds, needed) if needed else 100,
        "reflection_answers": answers,
        "practical_tasks": tasks,
        "requirements": requirements,
        # Known now (the page's script ticks off time and videos as they pass).
        "ready": progress.active_seconds >= needed
        and all(item.enough for item in videos if item.video.required)
        and all(item.met for item in requirements),
        "heartbeat_token": heartbeat_token(
            progress.pk, enrolment.pk, request.user.pk, request.session.session_key
        ),
        "heartbeat_nonce": attention.nonce(progress.pk, progress.beats),
        "attention_check": (
            attention.challenge(progress.pk, progress.check_open_since)
            if progress.check_open_since
            else None
        ),
        "heartbeat_seconds": settings.COURSES_HEARTBEAT_SECONDS,
        "allowance": _allowance(enrolment, outline),
        "videos": videos,
        "live": live,
    }
    return TemplateResponse(request, "courses/lesson_page.html", context)


# Blocks drawn per learner (their answer, their form, their seat), outside the cached body.
PER_LEARNER = frozenset({"reflection", "practical_task", "live_session"})


def _lesson_body(request, page):
    """The lesson body as ``(kind, item)`` pairs: ``("html", markup)`` for
    runs of blocks, which read the same for every learner and are rendered
    once per version of the page tree (``content.pagecache``: images,
    documents and links in them cost queries), and ``(block type, block)``
    for reflections, practical tasks and live sessions, which carry each
    learner's answer, form or seat and are rendered per request."""

    def render():
        segments, run = [], []
        for block in page.body:
            # The block's id names its video in the page's playback reports.
            context = {"request": request, "page": page, "block_id": block.id}
            if block.block_type in PER_LEARNER:
                if run:
                    segments.append(("html", mark_safe("".join(run))))  # noqa: S308
                    run = []
                segments.append((block.block_type, block.id))
            else:
                run.append(block.render_as_block(context))
        if run:
            segments.append(("html", mark_safe("".join(run))))  # noqa: S308
        return segments

    name = f"lesson-body:{page.pk}:{page.live_revision_id}:{get_language()}:{request.get_host()}"
    interactive = {block.id: block for block in page.body if block.block_type in PER_LEARNER}
    return [
        (kind, interactive[item] if kind != "html" else item)
        for kind, item in pagecache.cached(request, name, render)
        if kind == "html" or item in interactive
    ]


def _practical_tasks(request, page, enrolment):
    """Each practical task of the lesson with the learner's answer (or None),
    its number, and the text of a refused submission to put back in the form."""
    tasks = services.practical.tasks_of(page)
    if not tasks:
        return {}
    answers = services.submissions_of(enrolment, page)
    drafts = request.session.pop(PRACTICAL_DRAFTS, {})  # written only if there was one
    return {
        block.id: {
            "number": number,
            "answer": answers.get(block.id),
            "draft": drafts.get(block.id, ""),
        }
        for number, block in tasks
    }


def _lesson_action(request, page, enrolment):
    action = request.POST.get("action")
    try:
        if action == "complete":
            services.complete_lesson(enrolment, page, request)
            messages.success(request, _("Lesson done."))
        elif action == "reflection":
            services.save_reflection(
                enrolment, page, request.POST.get("block_id", ""), request.POST.get("text", "")
            )
            messages.success(request, _("Your answer is saved."))
        elif action == "practical_task":
            _submit_task(request, page, enrolment)
        elif action in ("live_register", "live_cancel"):
            session_id = parse_id(request.POST.get("session", ""))
            if session_id is None:
                raise services.LearningError(_("Choose a date."))
            if action == "live_register":
                services.register(enrolment, page, session_id, request)
                messages.success(request, _("You are registered for the live session."))
            else:
                services.cancel(enrolment, page, session_id)
                messages.success(request, _("Your registration is cancelled."))
    except services.LearningError as error:
        messages.error(request, str(error))
    return redirect(page.url)


def _submit_task(request, page, enrolment):
    block_id, text = request.POST.get("block_id", ""), request.POST.get("text", "")
    try:
        answer = services.submit_task(enrolment, page, block_id, text, request)
    except services.LearningError:
        # Refused: the text comes back in the form rather than being lost.
        if isinstance(block_id, str) and len(block_id) <= 64:
            request.session[PRACTICAL_DRAFTS] = {block_id: text[:MAX_DRAFT_CHARS]}
        raise
    if answer.status == answer.Status.ACCEPTED:
        messages.success(request, _("Your answer is accepted."))
    else:
        messages.success(request, _("Your answer is submitted; a reviewer will read it."))


def live_join(request, session_id):
    """The platform's join link of a live session: records when the
    learner first followed it, then sends them to the meeting. Only the
    learner's own seat is found; anyone else gets 404."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    attendance = services.attendance_of(request.user, session_id)
    if attendance is None:
        raise Http404
    try:
        return HttpResponseRedirect(services.join(attendance))
    except services.LearningError as error:
        messages.error(request, str(error))
        lesson = services.lesson_for(attendance.session, get_language())
        return redirect(lesson.url if lesson else "/")


def session_tag(session_key):
    """A keyed digest of the session key: the heartbeat token carries it, so
    the server can check the session cookie without reading the session."""
    return salted_hmac("courses.heartbeat.session", session_key or "").hexdigest()[:20]


def heartbeat_token(progress_id, enrolment_id, user_id, session_key):
    """Signed: the progress row, its enrolment and person, the browser
    session the lesson page was served to, and when (in milliseconds: the
    first report of a video may credit no more than the time since)."""
    served = math.ceil(time.time() * 1000)  # never earlier than it was
    return signing.dumps(
        [progress_id, enrolment_id, user_id, session_tag(session_key), served],
        salt=TOKEN_SALT,
        compress=True,
    )


def served_at(token, tag):
    """When the lesson page carrying ``token`` (already verified) was served.
    A token made before it said so: its signature's time, which is in whole
    seconds rounded down, so a second later, never earlier than it was."""
    if len(tag) > 1:
        return datetime.fromtimestamp(tag[1] / 1000, tz=UTC)
    # A signed token ends in ":<time signed, base 62>:<signature>".
    signed = signing.b62_decode(token.rsplit(":", 2)[1])
    return datetime.fromtimestamp(signed + 1, tz=UTC)


@csrf_exempt  # the signed token is bound to its person: see courses.middleware
@require_POST
def heartbeat(request):
    """Tiny and hot: a signed token names the progress row, its person and the
    session the lesson was opened in; the request must come with that same
    session cookie. Signing out replaces the cookie, so a lesson left open
    after it stops counting. No session read, no user read: one UPDATE.

    Usually answered by ``courses.middleware.HeartbeatMiddleware`` before the
    session middleware has run.
    """
    try:
        progress_id, enrolment_id, user_id, *tag = signing.loads(
            request.POST.get("token", ""), salt=TOKEN_SALT, max_age=12 * 3600
        )
    except (signing.BadSignature, ValueError, TypeError):
        return JsonResponse({"error": "bad token"}, status=400)
    if tag:
        cookie = request.COOKIES.get(settings.SESSION_COOKIE_NAME)
        if not cookie or not constant_time_compare(str(tag[0]), session_tag(cookie)):
            return JsonResponse({"error": "not signed in"}, status=403)
    elif _session_user_id(request) != str(user_id):
        # A token of a page served before tokens named their session.
        return JsonResponse({"error": "not signed in"}, status=403)
    beats = attention.beats_of(request.POST.get("nonce", ""), progress_id)
    if beats is None:
        return JsonResponse({"error": "bad nonce"}, status=400)
    try:
        beat = _record_once_more_on_failure(progress_id, enrolment_id, beats)
    except DATABASE_ERRORS:  # the database restarting: the next beat will do
        close_broken()
        return JsonResponse(
            {"error": "unavailable"}, status=503, headers={"Retry-After": str(RETRY_AFTER)}
        )
    if beat is None:
        return JsonResponse({"error": "unknown lesson"}, status=404)
    return _beat_response(progress_id, beat, current=beat.credited or beat.beats == beats)


def _record_once_more_on_failure(progress_id, enrolment_id, beats):
    """A kept connection that died with a restarted database fails the first
    query: once more on a fresh one. The nonce lets a beat count only once, had
    the first try counted after all (lms/db_unavailable.py)."""
    try:
        return services.record_heartbeat(progress_id, enrolment_id, beats=beats)
    except DATABASE_ERRORS:
        close_broken()
        return services.record_heartbeat(progress_id, enrolment_id, beats=beats)


def _beat_response(progress_id, beat, current=True, **extra):
    """The lesson's time, the nonce of its next beat, and an open check.
    A stale nonce (another tab, a replay) gets 409 and no new nonce."""
    data = {"active_seconds": beat.active_seconds, **extra}
    if beat.check_open_since is not None:
        data["check"] = attention.challenge(progress_id, beat.check_open_since)
    if not current:
        return JsonResponse({**data, "error": "stale"}, status=409)
    data["nonce"] = attention.nonce(progress_id, beat.beats)
    return JsonResponse(data)


@require_POST
def attention_check(request):
    """The answer to an attention check, from the lesson page (CSRF-checked,
    signed in): the heartbeat's token names the lesson and its person."""
    try:
        progress_id, enrolment_id, user_id, *_tag = signing.loads(
            request.POST.get("token", ""), salt=TOKEN_SALT, max_age=12 * 3600
        )
    except (signing.BadSignature, ValueError, TypeError):
        return JsonResponse({"error": "bad token"}, status=400)
    if not request.user.is_authenticated or request.user.pk != user_id:
        return JsonResponse({"error": "not signed in"}, status=403)
    result = services.answer_attention_check(
        progress_id, enrolment_id, request.POST.get("check", ""), request.POST.get("answer", "")
    )
    if result is None:
        return JsonResponse({"error": "no such check"}, status=409)
    right, progress = result
    beat = services.Beat(progress.active_seconds, progress.beats, progress.check_open_since, False)
    return _beat_response(progress_id, beat, right=right)


@require_POST
def video_report(request):
    """The stretches the lesson's videos have played, from the lesson page
    (CSRF-checked, signed in, the session the page was served to): the
    heartbeat's token names the lesson's progress row, its person and when
    the page was served. Answers how much of each video is watched, and
    whether part of what was played is still to be credited."""
    token = request.POST.get("token", "")
    try:
        progress_id, enrolment_id, user_id, *tag = signing.loads(
            token, salt=TOKEN_SALT, max_age=12 * 3600
        )
        reported = json.loads(request.POST.get("played", ""))
    except (signing.BadSignature, ValueError, TypeError):
        return JsonResponse({"error": "bad request"}, status=400)
    if not isinstance(reported, dict):
        return JsonResponse({"error": "bad request"}, status=400)
    cookie = request.COOKIES.get(settings.SESSION_COOKIE_NAME)
    if (
        not request.user.is_authenticated
        or request.user.pk != user_id
        or (tag and not (cookie and constant_time_compare(str(tag[0]), session_tag(cookie))))
    ):
        return JsonResponse({"error": "not signed in"}, status=403)
    lesson = services.lesson_of(progress_id, enrolment_id, get_language())
    result = lesson and services.record_playback(
        progress_id, enrolment_id, lesson, reported, served_at(token, tag)
    )
    if not result:
        return JsonResponse({"error": "unknown lesson"}, status=404)
    watched, behind = result
    return JsonResponse(
        {
            "videos": {
                item.video.block_id: {
                    "watched": item.seconds,
                    "duration": item.video.duration,
                    "enough": item.enough,
                }
                for item in watched
            },
            "behind": behind,
        }
    )


def _session_user_id(request):
    session = getattr(request, "session", None)
    if session is None:
        key = request.COOKIES.get(settings.SESSION_COOKIE_NAME)
        if not key:
            return None
        session = _session_store()(key)
    user_id = session.get(SESSION_KEY)
    return None if user_id is None else str(user_id)


@functools.cache
def _session_store():
    return import_module(settings.SESSION_ENGINE).SessionStore


def assessment_page(request, page):
    enrolment, outline, _progress, refusal = _gate(request, page)
    if refusal:
        return refusal
    if request.method == "POST":
        return _assessment_action(request, page, enrolment)
    attempts = services.attempts_of(enrolment, page)
    current = next((a for a in attempts if a.submitted_at is None), None)
    last = next((a for a in reversed(attempts) if a.submitted_at), None)
    blocks = questions_by_id(page)
    passed = str(page.translation_key) in enrolment.done
    attempts_left = max(0, page.attempt_limit - len(attempts)) if page.attempt_limit else None
    # Right answers and explanations teach once the test is behind the learner
    # (passed, or no attempt left); before that they would hand over the retake.
    reveal = passed or attempts_left == 0
    result = _drawn(last, blocks, reveal=reveal) if last and not current else []
    context = {
        "page": page,
        "outline": outline,
        "enrolment": enrolment,
        "attempts": attempts,
        "current": current,
        "questions": _drawn(current, blocks) if current else [],
        "result": result,
        "right_count": sum(bool((q["checked"] or {}).get("correct")) for q in result),
        "last": last,
        "passed": passed,
        "reveal": reveal,
        "attempts_left": attempts_left,
        # Before Start: a test whose hours do not fit today is refused (services).
        "allowance": None if passed else _allowance(enrolment, outline),
    }
    return TemplateResponse(request, "courses/assessment_page.html", context)


def _drawn(attempt, blocks, reveal=False):
    """Questions of an attempt in the order drawn, with options as shown;
    with ``reveal``, also the right answers and the explanation."""
    shown = []
    for entry in attempt.questions:
        block = blocks.get(entry["id"])
        if block is None:
            continue
        items = {}
        if block.block_type in {"single", "multiple"}:
            items = {child.id: child.value for child in block.value["options"].bound_blocks}
        elif block.block_type == "matching":
            items = {child.id: child.value for child in block.value["pairs"].bound_blocks}
        shown.append(
            {
                "id": entry["id"],
                "kind": block.block_type,
                "value": block.value,
                "options": [
                    (item_id, items[item_id]) for item_id in entry["options"] if item_id in items
                ],
                "right": [
                    (item_id, items[item_id])
                    for item_id in entry.get("right", [])
                    if item_id in items
                ],
                "checked": attempt.answers.get(entry["id"]) if attempt.submitted_at else None,
                "yours": _yours(block, items, attempt) if attempt.submitted_at else [],
                "right_answers": _right_answers(block, items) if reveal else [],
                "explanation": block.value.get("explanation") if reveal else None,
            }
        )
    return shown


def _yours(block, items, attempt):
    """The learner's own answer to a question as texts (none if left blank)."""
    answer = (attempt.answers.get(block.id) or {}).get("answer")
    if answer in (None, "", [], {}):
        return []
    if block.block_type == "single":
        return [items[answer]["text"]] if answer in items else []
    if block.block_type == "multiple":
        return [items[key]["text"] for key in answer if key in items]
    if block.block_type == "true_false":
        return [_("True") if answer == "true" else _("False")]
    if block.block_type == "matching":
        rights = {key: item["right"] for key, item in items.items()}
        return [
            f"{items[left]['left']} — {rights.get(right, '?')}"
            for left, right in answer.items()
            if left in items
        ]
    return []


def _right_answers(block, items):
    """The right answer of a question as texts to show after the test."""
    if block.block_type in {"single", "multiple"}:
        return [item["text"] for item in items.values() if item["correct"]]
    if block.block_type == "true_false":
        return [_("True") if block.value["answer"] else _("False")]
    if block.block_type == "matching":
        return [f"{pair['left']} — {pair['right']}" for pair in items.values()]
    return []


def _answers_from(post, attempt):
    answers = {}
    for entry in attempt.questions:
        qid = entry["id"]
        if f"q_{qid}" in post:
            values = post.getlist(f"q_{qid}")
            answers[qid] = (
                values if len(values) > 1 or post.get(f"kind_{qid}") == "multiple" else values[0]
            )
        pairs = {
            name.split("__", 1)[1]: post[name]
            for name in post
            if name.startswith(f"q_{qid}__") and post[name]
        }
        if pairs:
            answers[qid] = pairs
    return answers


def _assessment_action(request, page, enrolment):
    action = request.POST.get("action")
    try:
        if action == "start":
            services.start_attempt(enrolment, page, request)
        elif action == "submit":
            attempt_id = parse_id(request.POST.get("attempt", ""))
            attempt = (
                Attempt.objects.filter(pk=attempt_id, enrolment=enrolment).first()
                if attempt_id
                else None
            )
            if attempt is None:
                raise services.LearningError(_("This attempt is not yours."))
            attempt = services.submit_attempt(
                enrolment, attempt.pk, _answers_from(request.POST, attempt), request
            )
            if attempt.passed:
                messages.success(
                    request, _("Passed with %(score)s.") % {"score": percent(attempt.score)}
                )
            else:
                messages.error(
                    request,
                    _("Not passed: %(score)s of the %(mark)s needed.")
                    % {"score": percent(attempt.score), "mark": percent(page.pass_mark)},
                )
    except services.LearningError as error:
        messages.error(request, str(error))
    return redirect(page.url)
