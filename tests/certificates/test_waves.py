"""Certificates in waves from a list: the parser's checks, the management
command (dry run and for real), idempotent re-runs and a wave of 1,000."""

import io
from datetime import date
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import translation

from academy.models import GuestAccount
from certificates import waves
from certificates.models import Certificate, NumberCounter, Wave
from tests.factories import SchoolFactory, UserFactory

pytestmark = pytest.mark.django_db

HEADER = "email,surname,given_name,patronymic,course,started,completed,hours,school\n"


def csv_of(*lines, header=HEADER):
    return (header + "".join(line + "\n" for line in lines)).encode()


def check(data, language="en"):
    with translation.override(language):
        return waves.check(waves.read(data))


@pytest.fixture
def run(tmp_path, django_capture_on_commit_callbacks):
    """``issue_certificates`` on ``data``, with the work queued on commit
    (PDFs, letters) done in-process: (stdout, stderr)."""

    def run(data, *args):
        path = tmp_path / "wave.csv"
        path.write_bytes(data)
        out, err = io.StringIO(), io.StringIO()
        with django_capture_on_commit_callbacks(execute=True):
            call_command(
                "issue_certificates", str(path), "--language", "en", *args, stdout=out, stderr=err
            )
        return out.getvalue(), err.getvalue()

    return run


def test_a_line_names_an_account_or_a_new_person(template, course):
    existing = UserFactory(email="asel@example.kz", last_name="Омарова", first_name="Әсел")
    school = SchoolFactory()
    checked = check(
        csv_of(
            "Asel@Example.kz,,,,tiny,07.12.2025,2026-01-20,72,",
            "new@example.kz,Бекова,Дана,Серікқызы,https://example.kz/kk/tiny/,"
            f'01.02.2026,15.02.2026,"36,5",{school.code}',
        )
    )
    assert checked.ok, checked.errors
    first, second = checked.lines
    assert first.user == existing and first.name == "Омарова Әсел Қайратқызы"
    assert (first.started, first.completed, first.hours) == (
        date(2025, 12, 7),
        date(2026, 1, 20),
        Decimal("72.00"),
    )
    assert first.target.template == template and first.target.titles == {"kk": "Қысқа курс"}
    assert second.user is None and second.name == "Бекова Дана Серікқызы"
    assert second.school == school and second.hours == Decimal("36.50")


def test_semicolons_and_russian_headings_are_read(template):
    data = "Почта;Фамилия;Имя;Курс;Начало;Окончание;Часы\nnew@example.kz;Ким;Ирина;tiny;01.02.2026;15.02.2026;80\n"
    checked = check(data.encode("utf-8-sig"))
    assert checked.ok, checked.errors
    assert checked.lines[0].name == "Ким Ирина"


def test_every_bad_line_is_named_with_its_problem(template):
    checked = check(
        csv_of(
            "a@example.kz,Ахметов,Нұр,,tiny,01.02.2026,15.02.2026,80,",
            "not-an-email,Ахметов,Нұр,,tiny,01.02.2026,15.02.2026,80,",
            "b@example.kz,Ахметов,Нұр,,nowhere,01.02.2026,15.02.2026,80,",
            "c@example.kz,Ахметов,Нұр,,tiny,2026/02/01,15.02.2026,80,",
            "d@example.kz,Ахметов,Нұр,,tiny,15.02.2026,01.02.2026,80,",
            "e@example.kz,Ахметов,Нұр,,tiny,01.02.2026,15.02.2026,-3,",
            "f@example.kz,,,,tiny,01.02.2026,15.02.2026,80,",
            "g@example.kz,Ахметов,Нұр,,tiny,01.02.2026,15.02.2026,80,NOPE",
            "A@example.kz,Ахметов,Нұр,,tiny,01.02.2026,15.02.2026,80,",
            "h@example.kz,=HYPERLINK(1),Нұр,,tiny,01.02.2026,15.02.2026,80,",
        )
    )
    assert checked.errors == [
        "Line 3: the e-mail “not-an-email” is not valid.",
        "Line 4: no course or programme has the address “nowhere”.",
        "Line 5: the start date “2026/02/01” is not a date like 07.12.2026 or 2026-12-07.",
        "Line 6: the course cannot end before it starts.",
        "Line 7: the hours “-3” are not a number between 0 and 1000.",
        "Line 8: no account has this e-mail: give the surname and given name to create one.",
        "Line 9: no school has the code “NOPE”.",
        "Line 10: it repeats line 2 (the same person, course and completion date).",
        "Line 11: the surname “=HYPERLINK(1)” may hold letters only, with spaces, hyphens "
        "or apostrophes between words.",
    ]


def test_a_course_without_a_template_is_refused(course):
    checked = check(csv_of("a@example.kz,Ахметов,Нұр,,tiny,01.02.2026,15.02.2026,80,"))
    assert checked.errors == ["Line 2: “Қысқа курс” has no certificate template yet."]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "The file is empty."),
        (b"  \n", "The file is empty."),
        ("email;фамилия\n".encode("cp1251"), "The file is not in UTF-8."),
        (b"name,hours\nx,1\n", "missing: email, course, started, completed"),
        (HEADER.encode(), "The file has a header but no lines to issue."),
        (b"\x00\x00", "not a CSV text file"),
        (b"x" * (waves.MAX_BYTES + 1), "The file is too big"),
    ],
)
def test_files_that_cannot_be_read_are_refused(data, message):
    with pytest.raises(waves.Refused, match=message), translation.override("en"):
        waves.check(waves.read(data))


def test_more_lines_than_the_limit_are_refused(monkeypatch):
    monkeypatch.setattr(waves, "MAX_LINES", 3)
    data = csv_of(*[f"a{n}@example.kz,А,Б,,tiny,01.02.2026,15.02.2026,80," for n in range(4)])
    with pytest.raises(waves.Refused, match="more than 3 lines"), translation.override("en"):
        waves.check(waves.read(data))


def test_the_command_checks_and_issues(run, template, mailoutbox):
    existing = UserFactory(email="asel@example.kz", last_name="Омарова", first_name="Әсел")
    data = csv_of(
        "asel@example.kz,,,,tiny,07.12.2025,20.01.2026,72,",
        "new@example.kz,О'Брайен,Дана,,tiny,01.02.2026,15.02.2026,36,",
    )

    out, _err = run(data, "--dry-run")
    assert "2 line(s): 2 to issue, 0 issued before." in out
    assert "Dry run" in out and not Certificate.objects.exists()
    assert not get_user_model().objects.filter(email="new@example.kz").exists()

    out, _err = run(data)
    assert "2 certificate(s) issued, 0 issued before." in out
    mine = Certificate.objects.get(holder=existing)
    assert (mine.hours, mine.started_on, mine.completed_on) == (
        Decimal("72.00"),
        date(2025, 12, 7),
        date(2026, 1, 20),
    )
    assert mine.pdf and mine.emailed_at  # rendered and sent in-process
    new = get_user_model().objects.get(email="new@example.kz")
    assert not new.is_active and not new.has_usable_password()
    assert GuestAccount.objects.filter(user=new).exists()
    assert Certificate.objects.get(holder=new).holder_name == "О'Брайен Дана"
    assert len(mailoutbox) == 2
    assert Wave.objects.get().content == ""  # the list is not kept once issued

    out, _err = run(data)  # the same file again
    assert "0 certificate(s) issued, 2 issued before." in out
    assert Certificate.objects.count() == 2


def test_the_command_refuses_a_file_with_errors_and_issues_nothing(tmp_path, template):
    data = csv_of(
        "a@example.kz,Ахметов,Нұр,,tiny,01.02.2026,15.02.2026,80,",
        "b@example.kz,Ахметов,Нұр,,tiny,01.02.2026,15.02.2026,many,",
    )
    path = tmp_path / "bad.csv"
    path.write_bytes(data)
    err = io.StringIO()
    with pytest.raises(CommandError, match="1 error"):
        call_command("issue_certificates", str(path), "--language", "en", stderr=err)
    assert "Line 3: the hours “many”" in err.getvalue()
    assert not Certificate.objects.exists() and not Wave.objects.exists()
    assert not get_user_model().objects.filter(email="a@example.kz").exists()


def test_a_school_code_places_the_certificate(run, template):
    school = SchoolFactory()
    UserFactory(email="asel@example.kz")
    run(csv_of(f"asel@example.kz,,,,tiny,01.02.2026,15.02.2026,80,{school.code.lower()}"))
    certificate = Certificate.objects.get()
    assert (certificate.school_id, certificate.region_id) == (school.pk, school.region_id)


def test_a_wave_of_1000_has_gap_free_numbers(run, template):
    get_user_model().objects.bulk_create(
        get_user_model()(email=f"t{n}@example.kz", last_name="Әлиева", first_name="Дина")
        for n in range(500)
    )
    UserFactory(email="before@example.kz")  # the counter already moved: numbers follow on
    waves.issue_lines(check(csv_of("before@example.kz,,,,tiny,01.02.2026,15.02.2026,80,")).lines)
    lines = [f"t{n}@example.kz,,,,tiny,01.02.2026,15.02.2026,80," for n in range(500)]
    lines += [f"n{n}@example.kz,Нұрланов,Ерлан,,tiny,01.02.2026,15.02.2026,80," for n in range(500)]

    out, _err = run(csv_of(*lines))

    assert "1000 certificate(s) issued" in out
    numbers = sorted(
        int(number[-6:]) for number in Certificate.objects.values_list("number", flat=True)
    )
    assert numbers == list(range(1, 1002))
    assert NumberCounter.objects.get().last == 1001
    assert Certificate.objects.exclude(pdf="").count() == 1000  # the one before: not rendered
    assert get_user_model().objects.filter(email__startswith="n", is_active=False).count() == 500
