"""``manage.py import_schools``: files in, directory rows out."""

from pathlib import Path

import pytest
from django.core.management import CommandError

from directory.models import District, Region, School
from tests.factories import SchoolFactory

from .conftest import GOOD_ROWS, HEADER

SAMPLE = Path(__file__).resolve().parents[2] / "directory" / "fixtures" / "schools_sample.csv"
BAD_ROWS = [
    "X-1,mars,Есіл ауданы,,,№ 1 мектеп,Школа № 1,",
    "X-2,astana,Есіл ауданы,,,№ 2 <мектеп>,Школа № 2,",
]


def summary(created=0, updated=0, unchanged=0, skipped=0):
    return f"created: {created}, updated: {updated}, unchanged: {unchanged}, skipped: {skipped};"


@pytest.mark.django_db
def test_a_good_file_creates_schools_and_districts(write_csv, run_import):
    out, err = run_import(write_csv(HEADER, *GOOD_ROWS))
    assert summary(created=4) in out
    assert "districts created: 3" in out
    assert err == ""
    school = School.objects.get(code="AST-1")
    assert school.name_kk == "№ 12 мектеп-гимназия"
    assert school.district.name_ru == "район Есиль"
    assert school.region == school.district.region == Region.objects.get(code="astana")
    assert School.objects.get(code="ABA-1").region.code == "abai"
    assert District.objects.get(name_kk="Есіл ауданы").code.startswith("astana-esil-audany-")


@pytest.mark.django_db
def test_importing_the_same_file_twice_changes_nothing(write_csv, run_import):
    path = write_csv(HEADER, *GOOD_ROWS)
    run_import(path)
    before = list(School.objects.values_list("pk", "code", "name_kk", "district_id"))
    districts = list(District.objects.values_list("pk", "code"))
    out, _ = run_import(path)
    assert summary(unchanged=4) in out
    assert "districts created: 0" in out
    assert list(School.objects.values_list("pk", "code", "name_kk", "district_id")) == before
    assert list(District.objects.values_list("pk", "code")) == districts


@pytest.mark.django_db
def test_changed_rows_are_updated_and_moved(write_csv, run_import):
    run_import(write_csv(HEADER, *GOOD_ROWS))
    moved = "AST-1,abai,Семей қаласы,город Семей,Semey City,№ 12 мектеп,Школа № 12,"
    out, _ = run_import(write_csv(HEADER, moved, *GOOD_ROWS[1:]))
    assert summary(updated=1, unchanged=3) in out
    school = School.objects.get(code="AST-1")
    assert (school.name_kk, school.region.code, school.district.name_kk) == (
        "№ 12 мектеп",
        "abai",
        "Семей қаласы",
    )
    # An empty English name does not erase the one already there.
    assert school.name_en == "School-Gymnasium No. 12"


@pytest.mark.django_db
def test_existing_schools_from_elsewhere_are_updated_not_duplicated(write_csv, run_import):
    SchoolFactory(code="AST-1", name_kk="Ескі атауы")
    out, _ = run_import(write_csv(HEADER, *GOOD_ROWS))
    assert summary(created=3, updated=1) in out
    assert School.objects.get(code="AST-1").name_kk == "№ 12 мектеп-гимназия"


@pytest.mark.django_db
def test_bad_rows_stop_the_whole_import(write_csv, run_import):
    path = write_csv(HEADER, GOOD_ROWS[0], BAD_ROWS[0], GOOD_ROWS[1], BAD_ROWS[1])
    schools, districts = School.objects.count(), District.objects.count()
    with pytest.raises(CommandError, match="2 invalid row"):
        run_import(path)
    assert School.objects.count() == schools
    assert District.objects.count() == districts


@pytest.mark.django_db
def test_bad_rows_are_listed_on_stderr_with_line_and_reason(write_csv, capsys):
    from django.core.management import call_command

    path = write_csv(HEADER, GOOD_ROWS[0], BAD_ROWS[0], GOOD_ROWS[1], BAD_ROWS[1])
    with pytest.raises(CommandError):
        call_command("import_schools", str(path))
    err = capsys.readouterr().err.splitlines()
    assert err == [
        "line 3: unknown region code 'mars'",
        "line 5: name_kk contains < or >",
    ]


@pytest.mark.django_db
def test_skip_invalid_imports_the_good_rows_and_lists_the_bad(write_csv, run_import):
    path = write_csv(HEADER, GOOD_ROWS[0], BAD_ROWS[0], GOOD_ROWS[1], BAD_ROWS[1])
    out, err = run_import(path, "--skip-invalid")
    assert summary(created=2, skipped=2) in out
    assert "line 3: unknown region code 'mars'" in err
    assert "line 5: name_kk contains < or >" in err
    assert set(School.objects.values_list("code", flat=True)) == {"AST-1", "AST-2"}


@pytest.mark.django_db
def test_a_missing_column_is_refused_even_with_skip_invalid(write_csv, run_import):
    path = write_csv("code,region,district_kk,name_kk,name_ru", "X-1,astana,Есіл,№ 1,Школа № 1")
    with pytest.raises(CommandError, match="line 1: the header lacks the column.*district_ru"):
        run_import(path, "--skip-invalid")
    assert not School.objects.filter(code="X-1").exists()


@pytest.mark.django_db
def test_a_byte_order_mark_is_accepted(write_csv, run_import):
    path = write_csv(HEADER, *GOOD_ROWS, encoding="utf-8-sig")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    out, _ = run_import(path)
    assert summary(created=4) in out


@pytest.mark.django_db
def test_a_file_that_is_not_utf8_is_refused(write_csv, run_import):
    # Russian only, so that the old Windows code page can hold it.
    path = write_csv(HEADER, "X-1,astana,Район,Район,,Школа № 1,Школа № 1,", encoding="cp1251")
    with pytest.raises(CommandError, match="not UTF-8"):
        run_import(path)
    assert School.objects.count() == 0


@pytest.mark.django_db
def test_a_missing_file_is_a_command_error(tmp_path, run_import):
    with pytest.raises(CommandError, match="cannot read"):
        run_import(tmp_path / "nowhere.csv")


@pytest.mark.django_db
def test_the_sample_file_imports_cleanly(run_import):
    out, err = run_import(SAMPLE)
    assert err == ""
    assert summary(created=30) in out
    assert School.objects.values("region").distinct().count() >= 6
