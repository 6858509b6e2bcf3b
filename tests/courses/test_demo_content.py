"""The demo course as its YAML files give it: consistent (80 hours, eight
modules, question counts…) and read whole, so an edit that breaks it fails here
before ``seed_demo`` would build it."""

import re
import shutil

import pytest

from courses.demo_content import COURSE, FOLDER, load_course
from courses.demo_content.check import module_hours, module_minutes, unlisted_files, validate


def test_the_demo_course_is_consistent():
    assert validate(COURSE) == []
    assert unlisted_files(COURSE, FOLDER) == []
    assert len(COURSE["modules"]) == 8
    assert sum(module_hours(module) for module in COURSE["modules"]) == 80
    # The lessons ask for at least half of 80 academic hours (45 min) as active study.
    assert sum(module_minutes(module) for module in COURSE["modules"]) >= 80 * 45 / 2
    # Each attempt draws from a pool at least twice as large, so a retake is a new test.
    for module in COURSE["modules"]:
        assert module["test"]["draw_count"] == 6
        assert len(module["test"]["questions"]) >= 12
    assert COURSE["final_test"]["draw_count"] == 20
    assert len(COURSE["final_test"]["questions"]) >= 40


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


def test_too_little_required_study_is_reported(copy):
    for lesson in copy.glob("*/*.yaml"):
        text = lesson.read_text()
        lesson.write_text(re.sub(r"min_active_minutes: \d+", "min_active_minutes: 15", text))

    assert (
        "course: lessons require 480 minutes of active study, less than half of the"
        " declared 80 academic hours (1800 minutes)"
    ) in validate(load_course(copy))


def test_a_pool_smaller_than_twice_the_draw_is_reported(copy):
    test = copy / "legal-framework" / "test.yaml"
    text = test.read_text()
    test.write_text(text[: text.rindex("  - kind:")])  # drop the last of 12 questions

    assert (
        "module1(legal-framework).test: a pool of 11 questions is less than 2 × draw_count 6;"
        " a retake would repeat most questions"
    ) in validate(load_course(copy))


def test_module_tests_draw_six(copy):
    test = copy / "legal-framework" / "test.yaml"
    test.write_text(test.read_text().replace("draw_count: 6", "draw_count: 5"))

    assert "module1(legal-framework).test: draw_count must be 6, is 5" in validate(
        load_course(copy)
    )


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
