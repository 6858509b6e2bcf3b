"""Build a course tree from plain data (the format of ``courses.demo_content``).

Used by the demo seed and the tests, so both build courses exactly as a
methodologist would in the admin: pages in the tree, questions as blocks.
Block and option ids are derived from the course slug and position, so the
same data always gives the same ids, in every language — as wagtail-localize
keeps them when it translates. Translations are made through wagtail-localize
(``translate_course``), the Kazakh pages being their source.
"""

import uuid
from pathlib import Path

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Page

from content.translation import translate

from .models import AssessmentPage, CoursePage, LessonPage, ModulePage

NAMESPACE = uuid.UUID("6f1c9a52-1d1e-4c38-9a0e-4d9f2f6a1b11")


def _id(*parts):
    return str(uuid.uuid5(NAMESPACE, "/".join(str(part) for part in parts)))


def _text(value, language):
    return value[language] if isinstance(value, dict) else value


def _paragraph(html):
    return html if html.lstrip().startswith("<") else f"<p>{html}</p>"


def lesson_body(blocks, language, scope):
    body = []
    for index, (kind, value) in enumerate(blocks):
        block_id = _id(scope, "body", index)
        if kind == "heading":
            body.append(
                {
                    "type": "heading",
                    "value": {"text": _text(value, language), "level": "h2"},
                    "id": block_id,
                }
            )
        elif kind == "paragraph":
            body.append(
                {"type": "paragraph", "value": _paragraph(_text(value, language)), "id": block_id}
            )
        elif kind == "callout":
            body.append(
                {
                    "type": "callout",
                    "value": {
                        "kind": value["kind"],
                        "text": _paragraph(_text(value["text"], language)),
                    },
                    "id": block_id,
                }
            )
        elif kind == "video":
            body.append({"type": "video_file", "value": _video(value, language), "id": block_id})
        elif kind == "reflection":
            body.append(
                {
                    "type": "reflection",
                    "value": {"prompt": _paragraph(_text(value["prompt"], language))},
                    "id": block_id,
                }
            )
        elif kind == "live_session":
            body.append(
                {
                    "type": "live_session",
                    "value": {
                        "topic": _text(value["topic"], language),
                        "minutes": value["minutes"],
                        "required": value.get("required", True),
                    },
                    "id": block_id,
                }
            )
        elif kind == "practical_task":
            body.append(
                {
                    "type": "practical_task",
                    "value": {
                        "instructions": _paragraph(_text(value["instructions"], language)),
                        "minutes": value["minutes"],
                        "min_words": value.get("min_words", 50),
                        "check": value.get("check", "reviewed"),
                    },
                    "id": block_id,
                }
            )
    return body


def _video(value, language):
    """A video block's value: the files become documents (made once, found by
    their name after that), the texts are in ``language``."""
    return {
        "video": document(value["file"]).pk,
        "duration": value["duration"],
        "required": value.get("required", True),
        "caption": _text(value.get("caption", ""), language),
        "captions": [
            {
                "type": "item",
                "id": _id(Path(value["file"]).name, "captions", code),
                "value": {"language": code, "file": document(path).pk},
            }
            for code, path in value.get("captions", {}).items()
        ],
        "transcript": _text(value.get("transcript", ""), language),
    }


def document(path):
    """The Wagtail document of the file at ``path``, by its name: uploaded once."""
    path = Path(path)
    model = get_document_model()
    found = model.objects.filter(title=path.name).first()
    if found is None:
        content = path.read_bytes()
        found = model(title=path.name, file_size=len(content))
        found.file.save(path.name, ContentFile(content), save=False)
        found.save()
    return found


def questions(data, language, scope):
    stream = []
    for index, question in enumerate(data["questions"]):
        qid = _id(scope, "q", index)
        value = {
            "text": _paragraph(_text(question["text"], language)),
            "explanation": _paragraph(_text(question.get("explanation", ""), language))
            if question.get("explanation")
            else "",
        }
        kind = question["kind"]
        if kind in {"single", "multiple"}:
            value["options"] = [
                {
                    "type": "item",
                    "id": _id(qid, "o", position),
                    "value": {
                        "text": _text(option["text"], language),
                        "correct": bool(option["correct"]),
                    },
                }
                for position, option in enumerate(question["options"])
            ]
        elif kind == "true_false":
            value["answer"] = bool(question["answer"])
        elif kind == "matching":
            value["pairs"] = [
                {
                    "type": "item",
                    "id": _id(qid, "p", position),
                    "value": {
                        "left": _text(pair["left"], language),
                        "right": _text(pair["right"], language),
                    },
                }
                for position, pair in enumerate(question["pairs"])
            ]
        stream.append({"type": kind, "value": value, "id": qid})
    return stream


def _test_fields(data, language, scope):
    return {
        "title": _text(data["title"], language),
        "pass_mark": data.get("pass_mark", 70),
        "attempt_limit": data.get("attempt_limit", 3),
        "time_limit_minutes": data.get("time_limit_minutes"),
        "draw_count": data.get("draw_count", 0),
        "shuffle_options": data.get("shuffle_options", True),
        "hours": data.get("hours", 0),
        "questions": questions(data, language, scope),
    }


def _publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def _pages(data, language):
    """Every page of the course in ``language``, unsaved and in tree order, each
    with the slugs of its path below the course: () for the course itself."""
    slug = data["slug"]
    yield (
        (),
        CoursePage(
            title=_text(data["title"], language),
            slug=slug,
            intro=_text(data.get("intro", ""), language),
            declared_hours=data.get("declared_hours", 80),
            sequential=data.get("sequential", True),
            show_in_menus=True,
        ),
    )
    for module_data in data["modules"]:
        module = module_data["slug"]
        yield (
            (module,),
            ModulePage(
                title=_text(module_data["title"], language),
                slug=module,
                intro=_text(module_data.get("intro", ""), language),
            ),
        )
        for lesson_data in module_data["lessons"]:
            scope = f"{slug}/{module}/{lesson_data['slug']}"
            yield (
                (module, lesson_data["slug"]),
                LessonPage(
                    title=_text(lesson_data["title"], language),
                    slug=lesson_data["slug"],
                    hours=lesson_data["hours"],
                    min_active_minutes=lesson_data.get("min_active_minutes", 10),
                    required=lesson_data.get("required", True),
                    body=lesson_body(lesson_data.get("body", []), language, scope),
                ),
            )
        if module_data.get("test"):
            fields = _test_fields(module_data["test"], language, f"{slug}/{module}/test")
            yield (module, f"{module}-test"), AssessmentPage(slug=f"{module}-test", **fields)
    if data.get("final_test"):
        fields = _test_fields(data["final_test"], language, f"{slug}/final")
        yield ("final-test",), AssessmentPage(slug="final-test", **fields)


def build_course(parent, data, language="kk"):
    """Create and publish the whole course under ``parent``; return the course page."""
    pages = {}
    for path, page in _pages(data, language):
        pages[path] = _publish(pages[path[:-1]] if path else parent, page)
    return pages[()]


def translate_course(course, data, locale):
    """Translate the course into ``locale`` through wagtail-localize, every text
    from ``data``: the built pages are the source, each translated page a
    ``Translation`` of its page (``content.translation``)."""
    sources = {(): course.specific}
    translated = None
    for path, page in _pages(data, locale.language_code):
        if path:
            parent = sources[path[:-1]]
            sources[path] = Page.objects.child_of(parent).get(slug=path[-1]).specific
        target = translate(sources[path], page, locale)
        translated = translated or target
    return translated
