"""The demo course as its YAML files give it: consistent (80 hours, eight
modules, question counts…) and read whole, so an edit that breaks it fails here
before ``seed_demo`` would build it."""

import shutil

import pytest

from courses.demo_content import COURSE, FOLDER, load_course
from courses.demo_content.check import module_hours, unlisted_files, validate


def test_the_demo_course_is_consistent():
    assert validate(COURSE) == []
    assert unlisted_files(COURSE, FOLDER) == []
    assert len(COURSE["modules"]) == 8
    assert sum(module_hours(module) for module in COURSE["modules"]) == 80
    assert len(COURSE["final_test"]["questions"]) == 20


def test_body_blocks_are_read_as_kind_and_value():
    kind, value = COURSE["modules"][0]["lessons"][0]["body"][0]
    assert kind == "paragraph"
    assert set(value) == {"kk", "ru", "en"}


@pytest.fixture
def copy(tmp_path):
    folder = tmp_path / "demo"
    shutil.copytree(FOLDER, folder, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    return folder


def test_an_edited_lesson_that_breaks_the_hours_is_reported(copy):
    lesson = copy / "legal-framework" / "why-this-matters-now.yaml"
    lesson.write_text(lesson.read_text().replace("hours: '2.5'", "hours: '3'"))

    assert "course: lesson hours sum to 80.5, declared_hours is 80" in validate(load_course(copy))


def test_a_lesson_file_no_module_lists_is_reported(copy):
    (copy / "legal-framework" / "new-lesson.yaml").write_text("title: {}\n")

    assert unlisted_files(load_course(copy), copy) == [
        "legal-framework/new-lesson.yaml: not listed in course.yaml or a module.yaml"
    ]


def test_a_body_block_must_be_one_kind(copy):
    lesson = copy / "legal-framework" / "why-this-matters-now.yaml"
    lesson.write_text(lesson.read_text().replace("  - heading:", "    heading:", 1))

    with pytest.raises(ValueError, match="a body block is one 'kind: value' pair"):
        load_course(copy)
