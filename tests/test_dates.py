"""One date format and one date-and-time format per language (docs/design.md,
"Dates"): every template and Python source formats dates and times through
the named DATE_FORMAT, DATETIME_FORMAT and TIME_FORMAT (``lms.dates`` in
Python), and each language's formats read as chosen."""

import ast
import re
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from django.utils import translation
from django.utils.formats import get_format

from lms.dates import show_date, show_datetime, show_time

ROOT = Path(__file__).resolve().parents[1]
SKIP = {
    ".venv",
    ".git",
    "node_modules",
    "var",
    "tests",
    "migrations",
    "__pycache__",
    "staticfiles",
}  # staticfiles: collectstatic's copies
HELPER = Path("lms/dates.py")

# What a template filter may be given: the named formats, and "c" (ISO 8601)
# for the machine-readable datetime attribute of <time>.
ALLOWED_FILTERS = {
    ("date", "DATE_FORMAT"),
    ("date", "DATETIME_FORMAT"),
    ("time", "TIME_FORMAT"),
    ("date", "c"),
}
FILTER = re.compile(
    r"""\|\s*(date|time|naturaltime|naturalday)\b(?:\s*:\s*(?:"([^"]*)"|'([^']*)'|([\w.]+)))?"""
)
NOW_TAG = re.compile(r"{%\s*now\s+(\"[^\"]*\"|'[^']*')")
FORMAT_CALLS = {"date_format", "time_format", "dateformat", "format_date", "format_time"}
# Formats no person reads as a date on a page: data files (ISO 8601, so that
# spreadsheets sort and parse them in any language), file names and storage
# paths. Keyed by file and format; a stale entry fails too.
MACHINE_FORMATS = {
    ("academy/exports.py", "%Y-%m-%d %H:%M"),  # register CSV/XLSX cells
    ("academy/exports.py", "%Y-%m-%d"),  # register file name
    ("certificates/exports.py", "%Y%m%d"),  # export file name
    ("exports/exporters.py", "%Y%m%d"),  # export file name
    ("certificates/models/issued.py", "%Y/%m"),  # PDF storage path
    ("certificates/pades.py", "%z"),  # the signature's /M, a PDF date (ISO 32000 7.9.4)
    ("certificates/pades.py", "%Y%m%d%H%M%S"),
}
JS_DATES = re.compile(r"toLocale\w*String|Intl\.DateTimeFormat|\.get(Hours|Minutes|Date|Month)\(")


def files(*suffixes):
    for path in ROOT.rglob("*"):
        relative = path.relative_to(ROOT)
        if path.suffix in suffixes and not SKIP.intersection(relative.parts):
            yield relative


def template_offenders(relative, text):
    offenders = []
    for match in FILTER.finditer(text):
        name, argument = match[1], match[2] or match[3] or match[4]
        if (name, argument) not in ALLOWED_FILTERS:
            line = text.count("\n", 0, match.start()) + 1
            offenders.append(f"{relative}:{line} {match[0]}")
    for match in NOW_TAG.finditer(text):
        line = text.count("\n", 0, match.start()) + 1
        offenders.append(f"{relative}:{line} {match[0]}")
    return offenders


def python_formats(relative, text):
    """``(line, format)`` of every strftime call and %-format spec in an f-string,
    and ``(line, name)`` of every formatting call outside ``lms.dates``."""
    found = []
    for node in ast.walk(ast.parse(text, str(relative))):
        if isinstance(node, ast.Call):
            called = node.func.attr if isinstance(node.func, ast.Attribute) else ""
            called = called or (node.func.id if isinstance(node.func, ast.Name) else "")
            if called == "strftime":
                argument = node.args[0] if node.args else None
                value = argument.value if isinstance(argument, ast.Constant) else "?"
                found.append((node.lineno, value))
            elif called in FORMAT_CALLS and relative != HELPER:
                found.append((node.lineno, f"{called}()"))
        elif isinstance(node, ast.FormattedValue) and node.format_spec is not None:
            spec = "".join(
                part.value for part in node.format_spec.values if isinstance(part, ast.Constant)
            )
            if "%" in spec:
                found.append((node.lineno, spec))
        elif isinstance(node, ast.Constant) and node.value in {
            "SHORT_DATE_FORMAT",
            "SHORT_DATETIME_FORMAT",
        }:
            found.append((node.lineno, node.value))
    return found


def test_templates_use_only_the_named_formats():
    offenders = []
    for relative in files(".html", ".txt", ".xml", ".py"):
        offenders += template_offenders(relative, (ROOT / relative).read_text())
    assert offenders == []


def test_python_formats_dates_only_through_lms_dates():
    offenders, machine = [], set()
    for relative in files(".py"):
        for line, spec in python_formats(relative, (ROOT / relative).read_text()):
            if (str(relative), spec) in MACHINE_FORMATS:
                machine.add((str(relative), spec))
            else:
                offenders.append(f"{relative}:{line} {spec}")
    assert offenders == []
    assert machine == MACHINE_FORMATS


def test_scripts_leave_dates_to_the_server():
    offenders = [
        f"{relative}:{text.count(chr(10), 0, match.start()) + 1} {match[0]}"
        for relative in files(".js")
        if "vendor" not in relative.parts
        for text in [(ROOT / relative).read_text()]
        for match in JS_DATES.finditer(text)
    ]
    assert offenders == []


def test_the_scan_finds_what_it_should_refuse():
    """The scan itself: each old form is caught, the allowed ones pass."""
    bad = (
        '{{ a|date:"SHORT_DATE_FORMAT" }} {{ a|time:"H:i" }} {{ a|date:\'d.m.Y\' }} '
        '{{ a|date }} {{ a|naturaltime }} {% now "Y" %}'
    )
    assert len(template_offenders(Path("x.html"), bad)) == 6
    good = '{{ a|date:"DATE_FORMAT" }} {{ a|date:"DATETIME_FORMAT" }} {{ a|time:"TIME_FORMAT" }}'
    assert template_offenders(Path("x.html"), good + " {{ a|date:'c' }}") == []
    source = (
        'a = b.strftime("%d.%m.%Y")\nc = f"{d:%H:%M}"\n'
        'e = date_format(f, "SHORT_DATE_FORMAT")\nn = f"{g:06d}"\n'
    )
    assert sorted(spec for _, spec in python_formats(Path("x.py"), source)) == [
        "%H:%M",
        "%d.%m.%Y",
        "SHORT_DATE_FORMAT",
        "date_format()",
    ]


ALMATY = ZoneInfo("Asia/Almaty")
MOMENT = datetime(2026, 12, 7, 9, 5, tzinfo=ZoneInfo("UTC"))  # 14:05 in Almaty
EXPECTED = {
    "kk": ("07.12.2026", "07.12.2026, 14:05"),
    "ru": ("07.12.2026", "07.12.2026, 14:05"),
    "en": ("7 Dec 2026", "7 Dec 2026, 14:05"),
}


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_each_language_has_one_date_and_one_date_and_time(language):
    day, moment = EXPECTED[language]
    with translation.override(language):
        assert show_date(date(2026, 12, 7)) == day
        assert show_date(MOMENT) == day
        assert show_datetime(MOMENT) == moment
        assert show_time(MOMENT) == "14:05"
        assert get_format("SHORT_DATE_FORMAT") == get_format("DATE_FORMAT")
        assert get_format("SHORT_DATETIME_FORMAT") == get_format("DATETIME_FORMAT")
    assert show_date(None) == show_datetime(None) == show_time(None) == ""


def test_a_moment_late_in_the_evening_is_dated_in_almaty():
    late = datetime(2026, 12, 6, 20, 30, tzinfo=ZoneInfo("UTC"))  # 01:30 on 7 December
    with translation.override("kk"):
        assert show_datetime(late) == "07.12.2026, 01:30"
    assert late.astimezone(ALMATY).day == 7
