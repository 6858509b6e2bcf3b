"""Reading and checking a CSV list of schools before anything is saved.

The file comes from outside (a ministry export, a spreadsheet), so every row
is checked first and every problem is reported with its line number; only then
does the caller choose between importing nothing and importing the good rows.
Nothing here touches the database: the caller passes in the region codes that
exist, so the checks can be tested on plain lists of lines.

The header row names the columns, in any order (extra columns are ignored)::

    code,region,district_kk,district_ru,district_en,name_kk,name_ru,name_en

``region`` is a region code such as ``astana`` or ``abai``; ``district_ru``,
``district_en`` and ``name_en`` may be empty, and an empty value never erases
one already in the directory.
"""

import csv
from dataclasses import dataclass

from .models import District, School

COLUMNS = (
    "code",
    "region",
    "district_kk",
    "district_ru",
    "district_en",
    "name_kk",
    "name_ru",
    "name_en",
)
REQUIRED = ("code", "region", "district_kk", "name_kk", "name_ru")
# Where each column ends up, for its length limit.
_FIELDS = {
    "code": School._meta.get_field("code"),
    "region": None,
    "district_kk": District._meta.get_field("name_kk"),
    "district_ru": District._meta.get_field("name_ru"),
    "district_en": District._meta.get_field("name_en"),
    "name_kk": School._meta.get_field("name_kk"),
    "name_ru": School._meta.get_field("name_ru"),
    "name_en": School._meta.get_field("name_en"),
}
BOM = "\ufeff"


class HeaderError(ValueError):
    """The file cannot be read at all: it is empty or its header lacks columns."""


@dataclass(frozen=True)
class SchoolRow:
    line: int
    code: str
    region: str
    district_kk: str
    district_ru: str
    district_en: str
    name_kk: str
    name_ru: str
    name_en: str


@dataclass(frozen=True)
class RowError:
    line: int
    reason: str

    def __str__(self):
        return f"line {self.line}: {self.reason}"


@dataclass
class CheckedFile:
    rows: list
    errors: list


def read_schools(lines, region_codes):
    """Check every row of a CSV file given as lines of text.

    Returns the good rows and one ``RowError`` per bad row; raises
    ``HeaderError`` when the header row is missing or incomplete.
    """
    reader = csv.reader(lines)
    columns = _read_header(reader)
    checker = _RowChecker(region_codes)
    checked = CheckedFile(rows=[], errors=[])
    for values in reader:
        if not any(value.strip() for value in values):
            continue
        reasons, row = checker.check(reader.line_num, columns, values)
        if reasons:
            checked.errors.append(RowError(reader.line_num, "; ".join(reasons)))
        else:
            checked.rows.append(row)
    return checked


def _read_header(reader):
    header = next(reader, None)
    if not header:
        raise HeaderError(f"line 1: the file is empty; it needs a header row: {','.join(COLUMNS)}")
    columns = [name.replace(BOM, "").strip().lower() for name in header]
    missing = [name for name in COLUMNS if name not in columns]
    if missing:
        raise HeaderError(f"line 1: the header lacks the column(s): {', '.join(missing)}")
    return columns


class _RowChecker:
    """Checks rows one by one, remembering what earlier rows said.

    A school code may appear once per file, and every row of one district
    must agree on its Russian and English names.
    """

    def __init__(self, region_codes):
        self.region_codes = set(region_codes)
        self.code_lines = {}
        self.district_names = {}

    def check(self, line, columns, values):
        if len(values) != len(columns):
            return [f"the row has {len(values)} values but the header has {len(columns)}"], None
        data = {name: " ".join(value.split()) for name, value in zip(columns, values, strict=True)}
        data = {name: data[name] for name in COLUMNS}
        data["region"] = data["region"].lower()
        reasons = [
            *self._value_problems(data),
            *self._code_problems(line, data["code"]),
            *self._district_problems(line, data),
        ]
        return reasons, None if reasons else SchoolRow(line=line, **data)

    def _value_problems(self, data):
        for name in COLUMNS:
            value, field = data[name], _FIELDS[name]
            if not value and name in REQUIRED:
                yield f"{name} is empty"
            if field is not None and len(value) > field.max_length:
                yield f"{name} is longer than {field.max_length} characters"
            if "<" in value or ">" in value:
                yield f"{name} contains < or >"
        if data["region"] and data["region"] not in self.region_codes:
            yield f"unknown region code {data['region']!r}"

    def _code_problems(self, line, code):
        if not code:
            return
        first_line = self.code_lines.setdefault(code, line)
        if first_line != line:
            yield f"school code {code!r} already appears on line {first_line}"

    def _district_problems(self, line, data):
        if not (data["region"] and data["district_kk"]):
            return
        district = (data["region"], data["district_kk"])
        for name in ("district_ru", "district_en"):
            if not data[name]:
                continue
            first_value, first_line = self.district_names.setdefault(
                (district, name), (data[name], line)
            )
            if first_value != data[name]:
                yield (
                    f"{name} {data[name]!r} differs from {first_value!r} on line {first_line} "
                    f"for the same district {data['district_kk']!r}"
                )
