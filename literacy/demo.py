"""Demo media-literacy units under the Kazakh home page, translated into
Russian and English, each with a Kazakh worksheet to download.

Runs after ``content.demo.seed``. Idempotent: topics are found by slug and
locale, pages by slug under their parent, worksheets by title, translations
by locale. The Kazakh topics and pages are the source of wagtail-localize
translations whose strings come from the data files (``content.translation``).
"""

import uuid

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Locale

from content.models import HomePage
from content.translation import translate

from .demo_content import HELP_CALLOUT, INDEX, TOPICS, UNITS, WORKSHEET_LABEL
from .models import Topic, UnitIndexPage, UnitPage

LANGUAGES = ("kk", "ru", "en")
INDEX_SLUG = "mediasauattylyq"
NAMESPACE = uuid.UUID("0b6f3a1e-5c2d-4e8f-9a7b-3d1c2e4f5a60")


def seed(stdout):
    home = HomePage.objects.filter(locale__language_code="kk").first()
    if home is None:
        stdout.write("Media literacy: skipped, there is no Kazakh home page yet.")
        return
    locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGES}
    topics = {slug: _topic(slug, names, locales) for slug, names in TOPICS.items()}
    index = _index(home)
    for code in ("ru", "en"):
        _translate(index, locales[code], dict(zip(("title", "intro"), INDEX[code], strict=True)))
    for unit in UNITS:
        worksheet = _worksheet(unit)
        page = _unit(index, unit, topics, worksheet)
        for code in ("ru", "en"):
            _translate(page, locales[code], _unit_fields(unit, code, topics, worksheet))
    stdout.write(f"Media literacy: {len(UNITS)} units in kk, ru, en.")


def _topic(slug, names, locales):
    """The topic in every language, as ``{language: Topic}``."""
    source = Topic.objects.filter(locale=locales["kk"], slug=slug).first()
    if source is None:
        source = Topic.objects.create(locale=locales["kk"], slug=slug, name=names["kk"])
    topics = {"kk": source}
    for code in ("ru", "en"):
        topic = source.get_translation_or_none(locales[code])
        if topic is None:
            topic = translate(source, Topic(slug=slug, name=names[code]), locales[code])
        topics[code] = topic
    return topics


def _index(home):
    index = UnitIndexPage.objects.child_of(home).filter(slug=INDEX_SLUG).first()
    if index is None:
        title, intro = INDEX["kk"]
        index = home.add_child(
            instance=UnitIndexPage(title=title, intro=intro, slug=INDEX_SLUG, show_in_menus=True)
        )
        index.save_revision().publish()
    return index


def _unit(index, unit, topics, worksheet):
    page = UnitPage.objects.child_of(index).filter(slug=unit["slug"]).first()
    if page is None:
        grade_from, grade_to = unit["grades"]
        page = UnitPage(slug=unit["slug"], grade_from=grade_from, grade_to=grade_to)
        for field, value in _unit_fields(unit, "kk", topics, worksheet).items():
            setattr(page, field, value)
        index.add_child(instance=page)
        page.save_revision().publish()
    return page


def _translate(page, locale, fields):
    if page.get_translations().filter(locale=locale).exists():
        return
    # The translated unit's topics are the topics in its language; wagtail-localize
    # would copy the Kazakh ones (see literacy.models.in_locale).
    topics = fields.pop("topics", None)
    extra = {} if topics is None else {"topics": topics}
    translate(page, type(page)(slug=page.slug, **fields), locale, **extra)


def _unit_fields(unit, code, topics, worksheet):
    texts = unit[code]
    plan = []
    for heading, text in texts["plan"]:
        plan.append({"type": "heading", "value": {"text": heading, "level": "h3"}})
        plan.append({"type": "paragraph", "value": f"<p>{text}</p>"})
    plan.append({"type": "callout", "value": {"kind": "help", "text": HELP_CALLOUT[code]}})
    activities = [
        {
            "type": "activity",
            "value": {"title": title, "duration": minutes, "description": f"<p>{text}</p>"},
        }
        for (title, text), minutes in zip(texts["activities"], unit["minutes"], strict=True)
    ]
    worksheets = [
        {"type": "worksheet", "value": {"document": worksheet.pk, "label": WORKSHEET_LABEL[code]}}
    ]
    objectives = [{"type": "objective", "value": text} for text in texts["objectives"]]
    streams = {
        "objectives": objectives,
        "lesson_plan": plan,
        "activities": activities,
        "worksheets": worksheets,
    }
    return {
        "title": texts["title"],
        "intro": texts["intro"],
        **{field: _with_ids(unit["slug"], field, blocks) for field, blocks in streams.items()},
        "parents_note": f"<p>{texts['parents']}</p>",
        "topics": [topics[slug][code] for slug in unit["topics"]],
    }


def _with_ids(slug, field, blocks):
    """Block ids derived from the unit and position, the same in every language,
    so wagtail-localize pairs each block with its translation."""
    return [
        {**block, "id": str(uuid.uuid5(NAMESPACE, f"{slug}/{field}/{index}"))}
        for index, block in enumerate(blocks)
    ]


def _worksheet(unit):
    """A short Kazakh worksheet as a .txt document, made once per unit."""
    document_model = get_document_model()
    texts = unit["kk"]
    title = f"Жұмыс парағы: {texts['title']}"
    document = document_model.objects.filter(title=title).first()
    if document is None:
        content = _worksheet_text(unit).encode("utf-8")
        document = document_model(title=title, file_size=len(content))
        document.file.save(f"{unit['slug']}.txt", ContentFile(content), save=False)
        document.save()
    return document


def _worksheet_text(unit):
    texts = unit["kk"]
    grade_from, grade_to = unit["grades"]
    lines = [
        "ЖҰМЫС ПАРАҒЫ",
        texts["title"],
        f"Сынып: {grade_from}–{grade_to}",
        "",
        "Аты-жөні: ____________________   Сынып: ______   Күні: __________",
        "",
        "Сабақтың мақсаттары:",
        *(f"- {objective}" for objective in texts["objectives"]),
        "",
        "Тапсырмалар:",
    ]
    for number, ((title, text), minutes) in enumerate(
        zip(texts["activities"], unit["minutes"], strict=True), start=1
    ):
        lines += [f"{number}. {title} ({minutes} минут)", f"   {text}", "   Жауабым:", ""]
    lines.append("Көмек керек болса: 111 (тегін, тәулік бойы).")
    return "\n".join(lines) + "\n"
