"""Consistency checks for the demo course data (the YAML files of this package).

``validate(course)`` returns a list of human-readable problems (empty when the data is
sound); ``unlisted_files(course, folder)`` names the files no list points to. Run ``python -m courses.demo_content.check`` to print the problems, the
academic hours and required active minutes per module; the exit status is 1 when there are problems.
"""

from __future__ import annotations

import contextlib
import re
import sys
from collections import Counter
from decimal import Decimal, InvalidOperation
from html.parser import HTMLParser

LANGS = ("kk", "ru", "en")
SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
HOURS_RE = re.compile(r"^\d+(?:\.\d+)?$")
KAZAKH_LETTERS = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
CYRILLIC_RE = re.compile(r"[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]")
PARAGRAPH_TAGS = {"p", "ul", "li", "b", "i"}
CALLOUT_TAGS = {"p", "b", "i"}
BLOCK_KINDS = {
    "heading",
    "paragraph",
    "callout",
    "reflection",
    "video",
    "practical_task",
    "live_session",
}
TASK_CHECKS = {"auto", "reviewed"}
CALLOUT_KINDS = {"info", "warning", "help"}
QUESTION_KINDS = {"single", "multiple", "true_false", "matching"}
MAX_OPTION_CHARS = 255
# Each attempt draws this many questions from the test's pool; the pool holds at least
# twice as many, so that a retake after reading the explanations is a new test.
MODULE_DRAW = 6
FINAL_DRAW = 20
POOL_FACTOR = 2
# A lesson asks for reading plus a practical task and a case study: up to two clock hours.
MAX_LESSON_MINUTES = 120
MAX_BODY_BLOCKS = 14
# A demo video is committed to the repository and shown on a lesson page.
MAX_VIDEO_BYTES = 300_000
# An academic hour is 45 minutes. The certificate states the declared academic hours, so the
# active study the lessons require must cover at least half of that time in clock minutes.
ACADEMIC_HOUR_MINUTES = 45


class _TagChecker(HTMLParser):
    """Collects tags used and checks that they nest and close properly."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.tags: set[str] = set()
        self.errors: list[str] = []
        self.has_attrs = False

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        if attrs:
            self.has_attrs = True
        self.stack.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"unexpected </{tag}>")
            return
        self.stack.pop()

    def close(self):
        super().close()
        if self.stack:
            self.errors.append("unclosed " + ", ".join(f"<{t}>" for t in self.stack))


def _check_html(text: str, allowed: set[str], where: str, problems: list[str]) -> None:
    checker = _TagChecker()
    checker.feed(text)
    checker.close()
    for err in checker.errors:
        problems.append(f"{where}: malformed HTML ({err})")
    extra = checker.tags - allowed
    if extra:
        problems.append(f"{where}: disallowed HTML tags {sorted(extra)}")
    if checker.has_attrs:
        problems.append(f"{where}: HTML attributes are not allowed")
    if not text.lstrip().startswith(("<p>", "<ul>")):
        problems.append(f"{where}: must start with <p> or <ul>")


def _check_plain(text: str, where: str, problems: list[str]) -> None:
    if "<" in text or ">" in text:
        problems.append(f"{where}: must be plain text, found markup")


def _check_i18n(value, where: str, problems: list[str], *, html=None, plain=False) -> bool:
    """Check a {kk, ru, en} dict; ``html`` is a set of allowed tags, ``plain`` forbids markup."""
    if not isinstance(value, dict):
        problems.append(f"{where}: expected a {{kk, ru, en}} dict, got {type(value).__name__}")
        return False
    ok = True
    missing = [lang for lang in LANGS if lang not in value]
    if missing:
        problems.append(f"{where}: missing language(s) {missing}")
        ok = False
    unknown = sorted(set(value) - set(LANGS))
    if unknown:
        problems.append(f"{where}: unknown language key(s) {unknown}")
    for lang in LANGS:
        text = value.get(lang)
        if lang not in value:
            continue
        if not isinstance(text, str) or not text.strip():
            problems.append(f"{where}.{lang}: empty or not a string")
            ok = False
            continue
        if text != text.strip():
            problems.append(f"{where}.{lang}: leading or trailing whitespace")
        if html is not None:
            _check_html(text, html, f"{where}.{lang}", problems)
        elif plain:
            _check_plain(text, f"{where}.{lang}", problems)
    if ok:
        # Kazakh and Russian texts should be Cyrillic; the Kazakh text of any sentence-long
        # string should use at least one Kazakh-specific letter, which catches Russian pasted
        # into the kk slot. Short labels (numbers, names, "111") are exempt.
        kk, ru, en = value["kk"], value["ru"], value["en"]
        if len(kk) > 40 and not (set(kk) & KAZAKH_LETTERS):
            problems.append(f"{where}.kk: no Kazakh-specific letters – is this Kazakh?")
        if len(ru) > 40 and not CYRILLIC_RE.search(ru):
            problems.append(f"{where}.ru: no Cyrillic letters – is this Russian?")
        if len(en) > 40 and CYRILLIC_RE.search(en):
            problems.append(f"{where}.en: contains Cyrillic letters")
        if len(kk) > 40 and kk == ru:
            problems.append(f"{where}: kk and ru are identical")
    return ok


def _check_slug(slug, where: str, problems: list[str]) -> None:
    if not isinstance(slug, str) or not SLUG_RE.match(slug):
        problems.append(f"{where}: slug {slug!r} is not a lowercase Latin slug")


def _parse_hours(value, where: str, problems: list[str]) -> Decimal:
    if not isinstance(value, str) or not HOURS_RE.match(value):
        problems.append(f"{where}: hours must be a decimal string like '2.5', got {value!r}")
        return Decimal(0)
    try:
        hours = Decimal(value)
    except InvalidOperation:
        problems.append(f"{where}: hours {value!r} is not a number")
        return Decimal(0)
    if hours <= 0:
        problems.append(f"{where}: hours must be positive")
    if hours % Decimal("0.5") != 0:
        problems.append(f"{where}: hours {value} is not a multiple of 0.5")
    return hours


def _check_options(q: dict, where: str, problems: list[str]) -> None:
    options = q.get("options")
    if not isinstance(options, list) or not options:
        problems.append(f"{where}: options missing")
        return
    kind = q["kind"]
    for j, opt in enumerate(options, 1):
        ow = f"{where}.option{j}"
        if not isinstance(opt, dict):
            problems.append(f"{ow}: expected a dict")
            continue
        if _check_i18n(opt.get("text"), f"{ow}.text", problems, plain=True):
            for lang in LANGS:
                if len(opt["text"][lang]) > MAX_OPTION_CHARS:
                    problems.append(f"{ow}.text.{lang}: longer than {MAX_OPTION_CHARS} characters")
        if not isinstance(opt.get("correct"), bool):
            problems.append(f"{ow}: 'correct' must be True or False")
    correct = sum(1 for o in options if isinstance(o, dict) and o.get("correct") is True)
    if kind == "single":
        if not 3 <= len(options) <= 4:
            problems.append(f"{where}: single choice needs 3–4 options, has {len(options)}")
        if correct != 1:
            problems.append(
                f"{where}: single choice needs exactly one correct option, has {correct}"
            )
    else:
        if not 3 <= len(options) <= 6:
            problems.append(f"{where}: multiple choice needs 3–6 options, has {len(options)}")
        if correct < 2:
            problems.append(
                f"{where}: multiple choice needs at least 2 correct options, has {correct}"
            )
        if correct == len(options):
            problems.append(f"{where}: multiple choice has no incorrect option")
    for lang in LANGS:
        texts = [
            o["text"][lang]
            for o in options
            if isinstance(o, dict) and isinstance(o.get("text"), dict) and lang in o["text"]
        ]
        dupes = [t for t, n in Counter(texts).items() if n > 1]
        if dupes:
            problems.append(f"{where}: duplicate option text ({lang}) {dupes}")


def _check_pairs(q: dict, where: str, problems: list[str]) -> None:
    pairs = q.get("pairs")
    if not isinstance(pairs, list):
        problems.append(f"{where}: pairs missing")
        return
    if not 3 <= len(pairs) <= 4:
        problems.append(f"{where}: matching needs 3–4 pairs, has {len(pairs)}")
    for j, pair in enumerate(pairs, 1):
        pw = f"{where}.pair{j}"
        if not isinstance(pair, dict):
            problems.append(f"{pw}: expected a dict")
            continue
        for side in ("left", "right"):
            if _check_i18n(pair.get(side), f"{pw}.{side}", problems, plain=True):
                for lang in LANGS:
                    if len(pair[side][lang]) > MAX_OPTION_CHARS:
                        problems.append(
                            f"{pw}.{side}.{lang}: longer than {MAX_OPTION_CHARS} characters"
                        )
    for side in ("left", "right"):
        for lang in LANGS:
            texts = [
                p[side][lang]
                for p in pairs
                if isinstance(p, dict) and isinstance(p.get(side), dict) and lang in p[side]
            ]
            dupes = [t for t, n in Counter(texts).items() if n > 1]
            if dupes:
                problems.append(f"{where}: duplicate {side} items ({lang}) {dupes}")


def _check_question(q, where: str, problems: list[str]) -> str | None:
    if not isinstance(q, dict):
        problems.append(f"{where}: expected a dict")
        return None
    kind = q.get("kind")
    if kind not in QUESTION_KINDS:
        problems.append(f"{where}: unknown question kind {kind!r}")
        return None
    _check_i18n(q.get("text"), f"{where}.text", problems, plain=True)
    _check_i18n(q.get("explanation"), f"{where}.explanation", problems, plain=True)
    if kind in ("single", "multiple"):
        _check_options(q, where, problems)
    elif kind == "true_false":
        if not isinstance(q.get("answer"), bool):
            problems.append(f"{where}: true/false needs a boolean 'answer'")
    else:
        _check_pairs(q, where, problems)
    return kind


def _check_test(
    test, where: str, problems: list[str], *, n_min: int, n_max: int, draw_count: int | None = None
) -> Counter:
    """Check one test; ``draw_count``, when given, is the number it must draw."""
    kinds: Counter = Counter()
    if not isinstance(test, dict):
        problems.append(f"{where}: test missing")
        return kinds
    _check_i18n(test.get("title"), f"{where}.title", problems, plain=True)
    if test.get("pass_mark") != 70:
        problems.append(f"{where}: pass_mark must be 70, is {test.get('pass_mark')!r}")
    attempts = test.get("attempt_limit")
    if not isinstance(attempts, int) or isinstance(attempts, bool) or attempts < 1:
        problems.append(f"{where}: attempt_limit must be a positive int")
    limit = test.get("time_limit_minutes", "missing")
    if limit is not None and (not isinstance(limit, int) or isinstance(limit, bool) or limit < 1):
        problems.append(f"{where}: time_limit_minutes must be None or a positive int")
    if not isinstance(test.get("shuffle_options"), bool):
        problems.append(f"{where}: shuffle_options must be a bool")
    questions = test.get("questions")
    if not isinstance(questions, list):
        problems.append(f"{where}: questions missing")
        return kinds
    if n_min == n_max and len(questions) != n_min:
        problems.append(f"{where}: must have exactly {n_min} questions, has {len(questions)}")
    elif not n_min <= len(questions) <= n_max:
        problems.append(f"{where}: must have {n_min}–{n_max} questions, has {len(questions)}")
    draw = test.get("draw_count")
    if not isinstance(draw, int) or isinstance(draw, bool) or not 0 <= draw <= len(questions):
        problems.append(f"{where}: draw_count must be 0 (all) or 1..{len(questions)}, is {draw!r}")
    elif draw and len(questions) < POOL_FACTOR * draw:
        problems.append(
            f"{where}: a pool of {len(questions)} questions is less than {POOL_FACTOR} × "
            f"draw_count {draw}; a retake would repeat most questions"
        )
    if draw_count is not None and draw != draw_count:
        problems.append(f"{where}: draw_count must be {draw_count}, is {draw!r}")
    texts = []
    for i, q in enumerate(questions, 1):
        kind = _check_question(q, f"{where}.q{i}", problems)
        if kind:
            kinds[kind] += 1
            if isinstance(q.get("text"), dict):
                texts.append(q["text"].get("kk"))
    dupes = [t for t, n in Counter(texts).items() if n > 1]
    if dupes:
        problems.append(f"{where}: duplicate question texts {dupes}")
    return kinds


def _check_block(block, where: str, problems: list[str]) -> str | None:
    if not (isinstance(block, tuple) and len(block) == 2):
        problems.append(f"{where}: a block must be a (kind, value) tuple")
        return None
    kind, value = block
    if kind not in BLOCK_KINDS:
        problems.append(f"{where}: unknown block kind {kind!r}")
        return None
    if kind == "heading":
        _check_i18n(value, f"{where}.heading", problems, plain=True)
    elif kind == "paragraph":
        _check_i18n(value, f"{where}.paragraph", problems, html=PARAGRAPH_TAGS)
    elif kind == "callout":
        if not isinstance(value, dict):
            problems.append(f"{where}: callout must be a dict")
            return kind
        if value.get("kind") not in CALLOUT_KINDS:
            problems.append(
                f"{where}: callout kind {value.get('kind')!r} not in {sorted(CALLOUT_KINDS)}"
            )
        _check_i18n(value.get("text"), f"{where}.callout", problems, html=CALLOUT_TAGS)
    elif kind == "video":
        _check_video(value, where, problems)
    elif kind == "practical_task":
        _check_task(value, where, problems)
    elif kind == "live_session":
        _check_live(value, where, problems)
    else:
        if not isinstance(value, dict):
            problems.append(f"{where}: reflection must be a dict")
            return kind
        _check_i18n(value.get("prompt"), f"{where}.reflection", problems, plain=True)
    return kind


def _whole(value, low, high) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


def _check_task(value, where: str, problems: list[str]) -> None:
    """A practical task: instructions in every language, its expected minutes
    (evidence of the hours), the least words of an answer, how it is checked."""
    if not isinstance(value, dict):
        problems.append(f"{where}: practical_task must be a dict")
        return
    _check_i18n(value.get("instructions"), f"{where}.practical_task", problems, plain=True)
    if not _whole(value.get("minutes"), 1, 600):
        problems.append(f"{where}: practical_task minutes must be a whole number 1–600")
    if not _whole(value.get("min_words", 50), 1, 2000):
        problems.append(f"{where}: practical_task min_words must be a whole number 1–2000")
    if value.get("check", "reviewed") not in TASK_CHECKS:
        problems.append(f"{where}: practical_task check must be one of {sorted(TASK_CHECKS)}")


def _check_live(value, where: str, problems: list[str]) -> None:
    """A live session: its topic in every language and its length in minutes."""
    if not isinstance(value, dict):
        problems.append(f"{where}: live_session must be a dict")
        return
    _check_i18n(value.get("topic"), f"{where}.live_session", problems, plain=True)
    if not _whole(value.get("minutes"), 1, 480):
        problems.append(f"{where}: live_session minutes must be a whole number 1–480")


def block_minutes(module: dict, kind: str) -> int:
    """The minutes of one module's blocks of ``kind`` (practical tasks, live sessions)."""
    return sum(
        value.get("minutes", 0)
        for lesson in module.get("lessons", [])
        for block_kind, value in lesson.get("body") or []
        if block_kind == kind and isinstance(value, dict) and _whole(value.get("minutes"), 1, 600)
    )


def _check_video(value, where: str, problems: list[str]) -> None:
    """A lesson video: a small file with its duration, captions in every language
    and a transcript (``load_course`` fills these in from ``videos/``)."""
    if not isinstance(value, dict):
        problems.append(f"{where}: video must be a dict")
        return
    _check_i18n(value.get("caption"), f"{where}.video.caption", problems, plain=True)
    _check_i18n(value.get("transcript"), f"{where}.video.transcript", problems, html={"p"})
    duration = value.get("duration")
    if not isinstance(duration, int) or isinstance(duration, bool) or duration < 1:
        problems.append(f"{where}: video duration must be a whole number of seconds")
    files = [value.get("file"), *value.get("captions", {}).values()]
    if sorted(value.get("captions", {})) != sorted(LANGS):
        problems.append(f"{where}: video captions must be given in {list(LANGS)}")
    for path in files:
        if path is None or not path.exists():
            problems.append(f"{where}: video file {path} is missing")
        elif path.suffix == ".vtt" and not path.read_text().startswith("WEBVTT"):
            problems.append(f"{where}: {path.name} is not a WebVTT file")
        elif path.stat().st_size > MAX_VIDEO_BYTES:
            problems.append(f"{where}: {path.name} is larger than {MAX_VIDEO_BYTES} bytes")


def module_hours(module: dict) -> Decimal:
    """Sum of the lesson hours of one module (invalid values count as zero)."""
    total = Decimal(0)
    for lesson in module.get("lessons", []):
        with contextlib.suppress(InvalidOperation):
            total += Decimal(str(lesson.get("hours", "0")))
    return total


def module_minutes(module: dict) -> int:
    """Sum of the lessons' ``min_active_minutes`` of one module (invalid values count as zero)."""
    return sum(
        minutes
        for lesson in module.get("lessons", [])
        if isinstance(minutes := lesson.get("min_active_minutes"), int)
        and not isinstance(minutes, bool)
    )


def required_minutes(declared_hours) -> Decimal:
    """The least active study, in minutes, that declared academic hours ask of the lessons."""
    return Decimal(str(declared_hours)) * ACADEMIC_HOUR_MINUTES / 2  # half


def validate(course) -> list[str]:
    """Return a list of problems with ``course``; an empty list means it is consistent."""
    problems: list[str] = []
    if not isinstance(course, dict):
        return ["course: expected a dict"]
    _check_slug(course.get("slug"), "course", problems)
    _check_i18n(course.get("title"), "course.title", problems, plain=True)
    _check_i18n(course.get("intro"), "course.intro", problems, plain=True)
    declared = course.get("declared_hours")
    if not isinstance(declared, int | float | Decimal) or isinstance(declared, bool):
        problems.append("course: declared_hours must be a number")
        declared = 0
    modules = course.get("modules")
    if not isinstance(modules, list) or len(modules) < 8:
        problems.append(f"course: needs at least 8 modules, has {len(modules or [])}")
        modules = modules or []

    module_slugs: list[str] = []
    lesson_slugs: list[str] = []
    total = Decimal(0)
    tests_with_matching = 0
    for m_i, module in enumerate(modules, 1):
        mw = f"module{m_i}"
        if not isinstance(module, dict):
            problems.append(f"{mw}: expected a dict")
            continue
        mw = f"module{m_i}({module.get('slug')})"
        _check_slug(module.get("slug"), mw, problems)
        module_slugs.append(module.get("slug"))
        _check_i18n(module.get("title"), f"{mw}.title", problems, plain=True)
        _check_i18n(module.get("intro"), f"{mw}.intro", problems, plain=True)
        lessons = module.get("lessons")
        if not isinstance(lessons, list) or not 3 <= len(lessons) <= 5:
            problems.append(f"{mw}: needs 3–5 lessons, has {len(lessons or [])}")
            lessons = lessons or []
        block_kinds: Counter = Counter()
        for l_i, lesson in enumerate(lessons, 1):
            lw = f"{mw}.lesson{l_i}({lesson.get('slug')})"
            _check_slug(lesson.get("slug"), lw, problems)
            lesson_slugs.append(lesson.get("slug"))
            _check_i18n(lesson.get("title"), f"{lw}.title", problems, plain=True)
            total += _parse_hours(lesson.get("hours"), lw, problems)
            minutes = lesson.get("min_active_minutes")
            if (
                not isinstance(minutes, int)
                or isinstance(minutes, bool)
                or not 5 <= minutes <= MAX_LESSON_MINUTES
            ):
                problems.append(
                    f"{lw}: min_active_minutes must be an int 5–{MAX_LESSON_MINUTES}, is {minutes!r}"
                )
            body = lesson.get("body")
            if not isinstance(body, list) or not 3 <= len(body) <= MAX_BODY_BLOCKS:
                problems.append(
                    f"{lw}: body needs 3–{MAX_BODY_BLOCKS} blocks, has {len(body or [])}"
                )
                body = body or []
            for b_i, block in enumerate(body, 1):
                kind = _check_block(block, f"{lw}.block{b_i}", problems)
                if kind:
                    block_kinds[kind] += 1
        if not block_kinds["reflection"]:
            problems.append(f"{mw}: needs at least one reflection block")
        if not block_kinds["callout"]:
            problems.append(f"{mw}: needs at least one callout block")
        kinds = _check_test(
            module.get("test"),
            f"{mw}.test",
            problems,
            n_min=POOL_FACTOR * MODULE_DRAW,
            n_max=30,
            draw_count=MODULE_DRAW,
        )
        for needed in ("single", "multiple", "true_false"):
            if not kinds[needed]:
                problems.append(f"{mw}.test: needs at least one {needed} question")
        if kinds["matching"]:
            tests_with_matching += 1

    if tests_with_matching < 3:
        problems.append(
            f"course: matching questions needed in at least 3 module tests, found {tests_with_matching}"
        )
    final_kinds = _check_test(
        course.get("final_test"),
        "final_test",
        problems,
        n_min=POOL_FACTOR * FINAL_DRAW,
        n_max=80,
        draw_count=FINAL_DRAW,
    )
    if final_kinds["matching"] < 2:
        problems.append(
            f"final_test: needs at least 2 matching questions, has {final_kinds['matching']}"
        )
    for needed in ("single", "multiple", "true_false"):
        if not final_kinds[needed]:
            problems.append(f"final_test: needs at least one {needed} question")

    for label, slugs in (("module", module_slugs), ("lesson", lesson_slugs)):
        dupes = sorted(s for s, n in Counter(slugs).items() if n > 1 and s)
        if dupes:
            problems.append(f"course: duplicate {label} slugs {dupes}")
    if set(module_slugs) & set(lesson_slugs):
        problems.append(
            f"course: slugs used by both a module and a lesson {sorted(set(module_slugs) & set(lesson_slugs))}"
        )
    # Test pages get the slugs "<module>-test" and "final-test" (see courses.builder).
    reserved = {f"{s}-test" for s in module_slugs if s} | {"final-test"}
    clashing = sorted(reserved & set(module_slugs + lesson_slugs))
    if clashing:
        problems.append(f"course: slugs reserved for test pages are used by content {clashing}")
    if course.get("slug") in module_slugs + lesson_slugs:
        problems.append("course: the course slug is reused by a module or lesson")

    if total != Decimal(str(declared)):
        problems.append(f"course: lesson hours sum to {total}, declared_hours is {declared}")
    minutes = sum(module_minutes(m) for m in modules if isinstance(m, dict))
    needed = required_minutes(declared)
    if minutes < needed:
        problems.append(
            f"course: lessons require {minutes} minutes of active study, less than half of the "
            f"declared {declared} academic hours ({needed:f} minutes)"
        )
    return problems


def unlisted_files(course: dict, folder) -> list[str]:
    """YAML files under ``folder`` that course.yaml and the module.yaml files do not
    list: the loader would silently leave them out of the course."""
    used = {folder / "course.yaml", folder / "final-test.yaml"}
    for module in course["modules"]:
        used |= {folder / module["slug"] / name for name in ("module.yaml", "test.yaml")}
        used |= {folder / module["slug"] / f"{lesson['slug']}.yaml" for lesson in module["lessons"]}
    return [
        f"{path.relative_to(folder)}: not listed in course.yaml or a module.yaml"
        for path in sorted(folder.rglob("*.yaml"))
        # videos/<name>.yaml are read through the lessons' video blocks.
        if path not in used and path.parent != folder / "videos"
    ]


def main() -> int:
    from . import COURSE, FOLDER

    problems = validate(COURSE) + unlisted_files(COURSE, FOLDER)
    print(f"Course: {COURSE['slug']} – {COURSE['title']['en']}")
    grand = Decimal(0)
    grand_minutes = 0
    grand_tasks = 0
    for i, module in enumerate(COURSE["modules"], 1):
        grand_tasks += block_minutes(module, "practical_task")
        hours = module_hours(module)
        grand += hours
        minutes = module_minutes(module)
        grand_minutes += minutes
        n_lessons = len(module.get("lessons", []))
        test = module.get("test", {})
        n_questions = len(test.get("questions", []))
        print(
            f"  {i}. {module['slug']:<32} {n_lessons} lessons  {hours:>5} h  "
            f"{minutes:>4} min  {n_questions} questions, {test.get('draw_count')} drawn"
        )
    final = COURSE["final_test"]
    print(
        f"  Total: {grand} h (declared {COURSE['declared_hours']}); final test: "
        f"{len(final['questions'])} questions, {final.get('draw_count')} drawn"
    )
    needed = required_minutes(COURSE["declared_hours"])
    print(
        f"  Required active study: {grand_minutes} min ({grand_minutes / 60:.1f} clock hours); "
        f"at least {needed:f} min (half of {COURSE['declared_hours']} academic hours)"
    )
    print(f"  Practical tasks: {grand_tasks} min expected (evidence besides study time)")
    live = sum(block_minutes(module, "live_session") for module in COURSE["modules"])
    print(f"  Live sessions: {live} min (evidence besides study time)")
    if problems:
        print(f"\n{len(problems)} problem(s):")
        for problem in problems:
            print(f"  - {problem}")
        return 1
    print("\nNo problems found.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
