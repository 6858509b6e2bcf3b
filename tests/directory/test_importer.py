"""Checking CSV rows, without the database."""

import pytest

from directory.codes import district_code, latin_slug
from directory.collation import sort_key
from directory.importer import HeaderError, read_schools

from .conftest import GOOD_ROWS, HEADER

REGIONS = {"astana", "abai"}


def check(*rows, header=HEADER):
    return read_schools([header, *rows], REGIONS)


def reasons(checked):
    return {error.line: error.reason for error in checked.errors}


def test_good_rows_are_returned_with_their_line_numbers():
    checked = check(*GOOD_ROWS)
    assert checked.errors == []
    assert [row.line for row in checked.rows] == [2, 3, 4, 5]
    first = checked.rows[0]
    assert (first.code, first.region, first.district_kk) == ("AST-1", "astana", "Есіл ауданы")
    assert first.name_en == "School-Gymnasium No. 12"


def test_columns_may_come_in_any_order_and_spaces_are_tidied():
    header = "name_ru,name_kk,code,region,district_kk,district_ru,district_en,name_en,notes"
    checked = check("Школа  № 1, №1 мектеп ,X-1, ASTANA ,Есіл ауданы,,,,free text", header=header)
    (row,) = checked.rows
    assert (row.name_ru, row.name_kk, row.code, row.region) == (
        "Школа № 1",
        "№1 мектеп",
        "X-1",
        "astana",
    )


def test_missing_columns_stop_everything():
    with pytest.raises(HeaderError, match="line 1: .*name_ru, name_en"):
        check(header="code,region,district_kk,district_ru,district_en,name_kk")


def test_an_empty_file_is_a_header_error():
    with pytest.raises(HeaderError, match="line 1"):
        read_schools([], REGIONS)


def test_a_byte_order_mark_in_the_header_is_ignored():
    checked = check(GOOD_ROWS[0], header="\ufeff" + HEADER)
    assert len(checked.rows) == 1


def test_each_bad_row_is_reported_with_its_reason():
    checked = check(
        GOOD_ROWS[0],
        ",astana,Есіл ауданы,,,№ 1 мектеп,Школа № 1,",
        "X-2,mars,Есіл ауданы,,,№ 2 мектеп,Школа № 2,",
        "X-3,astana,,,,№ 3 мектеп,Школа № 3,",
        "X-4,astana,Есіл ауданы,,,,Школа № 4,",
        "X-5,astana,Есіл ауданы,,,<b>№ 5</b>,Школа № 5,",
        f"X-6,astana,Есіл ауданы,,,{'м' * 256},Школа № 6,",
        "AST-1,astana,Есіл ауданы,,,№ 7 мектеп,Школа № 7,",
        "X-8,astana,Есіл ауданы,,,№ 8 мектеп,Школа № 8",
    )
    assert [row.code for row in checked.rows] == ["AST-1"]
    assert reasons(checked) == {
        3: "code is empty",
        4: "unknown region code 'mars'",
        5: "district_kk is empty",
        6: "name_kk is empty",
        7: "name_kk contains < or >",
        8: "name_kk is longer than 255 characters",
        9: "school code 'AST-1' already appears on line 2",
        10: "the row has 7 values but the header has 8",
    }


def test_all_reasons_for_one_row_are_given_together():
    checked = check("X-1,mars,Есіл ауданы,,,,Школа,")
    assert reasons(checked) == {2: "name_kk is empty; unknown region code 'mars'"}


def test_a_district_must_have_one_russian_name_in_the_file():
    checked = check(GOOD_ROWS[0], "X-2,astana,Есіл ауданы,Есильский район,,№ 2 мектеп,Школа № 2,")
    assert reasons(checked) == {
        3: "district_ru 'Есильский район' differs from 'район Есиль' on line 2 "
        "for the same district 'Есіл ауданы'"
    }


def test_blank_lines_are_skipped_but_counted():
    checked = check("", GOOD_ROWS[0], "", "X-2,mars,Есіл ауданы,,,№ 2 мектеп,Школа № 2,")
    assert [row.line for row in checked.rows] == [3]
    assert [error.line for error in checked.errors] == [5]


def test_district_codes_are_stable_readable_and_distinct():
    code = district_code("karaganda", "Бұқар жырау ауданы")
    assert code == district_code("karaganda", "Бұқар жырау ауданы")
    assert code.startswith("karaganda-bukar-zhyrau-audany-")
    # Same Latin spelling, different names: different codes.
    assert district_code("abai", "Ақсу") != district_code("abai", "Аксу")
    assert len(district_code("north-kazakhstan", "Ұ" * 300)) <= 64
    assert latin_slug("Әл-Фараби ауданы") == "al-farabi-audany"


def test_sort_key_follows_the_kazakh_alphabet_and_reads_numbers():
    names = ["Қарабұлақ", "№ 12 мектеп", "Яблоня", "Күн", "№ 2 мектеп", "Әлем", "Бірлік"]
    assert sorted(names, key=sort_key) == [
        "№ 2 мектеп",
        "№ 12 мектеп",
        "Әлем",
        "Бірлік",
        "Күн",
        "Қарабұлақ",
        "Яблоня",
    ]
