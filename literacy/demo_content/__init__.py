"""Texts of the demo media-literacy units in Kazakh, Russian and English.

The texts live in YAML files beside this module, the three languages side by
side: ``index.yaml`` (the index page, the help callout, the worksheet label and
the order of topics and units), ``topics/<slug>.yaml`` and ``units/<slug>.yaml``.
A unit has title, intro, objectives, a lesson plan of (heading, text) steps,
activities with their minutes, and a note for parents.

The loader turns each unit into the shape ``literacy.demo`` builds from: per
language, title, intro, objectives, plan and activities as (heading, text)
pairs, parents; the activity minutes shared by every language.
"""

from pathlib import Path

from content.data_files import read

FOLDER = Path(__file__).resolve().parent
LANGUAGES = ("kk", "ru", "en")


def _unit(slug, data):
    unit = {
        "slug": slug,
        "grades": tuple(data["grades"]),
        "topics": data["topics"],
        "minutes": [activity["minutes"] for activity in data["activities"]],
    }
    for code in LANGUAGES:
        unit[code] = {
            "title": data["title"][code],
            "intro": data["intro"][code],
            "objectives": [objective[code] for objective in data["objectives"]],
            "plan": [(step["heading"][code], step["text"][code]) for step in data["plan"]],
            "activities": [(a["title"][code], a["text"][code]) for a in data["activities"]],
            "parents": data["parents"][code],
        }
    return unit


_index = read(FOLDER / "index.yaml")
INDEX = {code: (_index["title"][code], _index["intro"][code]) for code in LANGUAGES}
HELP_CALLOUT = _index["help_callout"]
WORKSHEET_LABEL = _index["worksheet_label"]
TOPICS = {slug: read(FOLDER / "topics" / f"{slug}.yaml") for slug in _index["topics"]}
UNITS = [_unit(slug, read(FOLDER / "units" / f"{slug}.yaml")) for slug in _index["units"]]
