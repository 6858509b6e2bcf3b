"""Helpers for the directory tests: CSV files in a temp folder, and the command."""

from io import StringIO

import pytest
from django.core.management import call_command

HEADER = "code,region,district_kk,district_ru,district_en,name_kk,name_ru,name_en"
GOOD_ROWS = [
    "AST-1,astana,Есіл ауданы,район Есиль,Yesil District,№ 12 мектеп-гимназия,Школа-гимназия № 12,School-Gymnasium No. 12",
    "AST-2,astana,Есіл ауданы,район Есиль,,№ 3 мектеп-лицей,Школа-лицей № 3,",
    "AST-3,astana,Сарыарқа ауданы,район Сарыарка,Saryarka District,№ 45 мектеп,Школа № 45,School No. 45",
    "ABA-1,abai,Семей қаласы,город Семей,Semey City,№ 17 мектеп-гимназия,Школа-гимназия № 17,",
]


@pytest.fixture
def write_csv(tmp_path):
    """Write lines to a CSV file and return its path."""

    def write(*lines, name="schools.csv", encoding="utf-8"):
        path = tmp_path / name
        path.write_text("\n".join(lines) + "\n", encoding=encoding)
        return path

    return write


@pytest.fixture
def run_import():
    """Run ``import_schools`` and return what it printed to stdout and stderr."""

    def run(path, *args):
        out, err = StringIO(), StringIO()
        call_command("import_schools", str(path), *args, stdout=out, stderr=err)
        return out.getvalue(), err.getvalue()

    return run
