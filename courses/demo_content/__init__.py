"""Demo content of the 80-hour teacher course "Prevention of violence, bullying and suicide".

The texts live in YAML files beside this module, Kazakh (``kk``, the source),
Russian and English side by side, so that a methodologist can edit them and a
diff shows what changed:

- ``course.yaml``: title, intro, declared hours and the modules in order;
- ``<module>/module.yaml``: title, intro and the lessons in order;
- ``<module>/<lesson>.yaml``: one lesson, its hours and its body blocks;
- ``<module>/test.yaml`` and ``final-test.yaml``: the tests and their questions;
- ``videos/<name>.webm``, its captions ``videos/<name>.<language>.vtt`` and
  ``videos/<name>.yaml`` (duration, and the sentences spoken, which are also the
  transcript): a lesson shows it with a ``video: {name: <name>, caption: …}``
  block. ``videos/make_video.py`` made them.

``load_course()`` reads them into the dict that ``courses.builder`` takes. The
source document is the Vice-Minister of Education's theses of 21 April 2023
(``shared/seed``). Validate with ``python -m courses.demo_content.check``.
"""

from pathlib import Path

from content.data_files import read

FOLDER = Path(__file__).resolve().parent


def load_course(folder=FOLDER):
    course = read(folder / "course.yaml")
    course["modules"] = [_module(folder / slug, slug) for slug in course["modules"]]
    course["final_test"] = read(folder / "final-test.yaml")
    return course


def _module(folder, slug):
    module = {"slug": slug, **read(folder / "module.yaml")}
    module["lessons"] = [_lesson(folder / f"{name}.yaml", name) for name in module["lessons"]]
    module["test"] = read(folder / "test.yaml")
    return module


def _lesson(path, slug):
    lesson = {"slug": slug, **read(path)}
    # A block is written ``- paragraph: {kk: …}``; the builder takes (kind, value).
    lesson["body"] = [_block(block, path) for block in lesson.get("body", [])]
    return lesson


def _block(block, path):
    if not isinstance(block, dict) or len(block) != 1:
        raise ValueError(f"{path}: a body block is one 'kind: value' pair, got {block!r}")
    kind, value = next(iter(block.items()))
    if kind == "video":
        value = _video(path.parent.parent / "videos", value)
    return kind, value


LANGUAGES = ("kk", "ru", "en")


def _video(folder, value):
    """A lesson video as the builder takes it: its file, duration, captions
    per language and the transcript, from ``videos/<name>.*``."""
    name = value["name"]
    source = read(folder / f"{name}.yaml")
    return {
        **value,
        "file": folder / f"{name}.webm",
        "duration": source["duration"],
        "captions": {code: folder / f"{name}.{code}.vtt" for code in LANGUAGES},
        "transcript": {
            code: "".join(f"<p>{sentence[code]}</p>" for sentence in source["sentences"])
            for code in LANGUAGES
        },
    }


COURSE = load_course()

__all__ = ["COURSE", "FOLDER", "load_course"]
