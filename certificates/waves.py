"""Certificates in waves from a list: institutes that teach a course face to
face (in-service training centres) issue their graduates' certificates from
a CSV file, in the admin or with ``manage.py issue_certificates``.

Both go through the same three steps:

- ``read`` turns the uploaded bytes into text, or refuses the file (empty,
  too big, not UTF-8);
- ``check`` reads every line and says, line by line, what is wrong, in the
  active language (the staff member's). If anything is, nothing is issued;
- ``issue_lines`` issues a slice of the checked lines in one transaction:
  the missing accounts, then a block of numbers per template
  (``bulk.issue_completions``), so a killed worker leaves neither a gap nor
  a double. ``tasks.issue_wave`` runs it batch after batch.

A line's certificate has the source ``wave:<digest of e-mail, course and
completion date>``: the same person, course and day never get two valid
certificates, however often a file (or another file with that line) is run.
A person without an account gets one, inactive and without a password, as
the Parents' Academy does for its guests (``academy.attendance.holder_for``):
it holds the certificate until its owner claims it with the same e-mail.
"""

import csv
import hashlib
import io
import re
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.db.models.functions import Lower
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from users.validators import validate_person_name

from . import bulk
from .models import Certificate, CertificateTemplate

MAX_BYTES = 5 * 1024 * 1024
MAX_LINES = 20_000
MAX_HOURS = Decimal("1000")
DATE_FORMATS = ("%d.%m.%Y", "%Y-%m-%d")
LANGUAGES = ("kk", "ru", "en")
SHOWN = 60  # characters of a cell repeated in an error message

# The columns, and the headings each may have (compared without case, spaces,
# hyphens, underscores or dots): English, Russian and Kazakh.
COLUMNS = {
    "email": ("email", "e-mail", "электронная почта", "почта", "электрондық пошта", "пошта"),
    "surname": ("surname", "last name", "фамилия", "тегі"),
    "given_name": ("given name", "first name", "name", "имя", "аты"),
    "patronymic": ("patronymic", "отчество", "әкесінің аты"),
    "course": ("course", "programme", "курс", "программа", "бағдарлама"),
    "started": ("started", "start", "начало", "басталды", "басы"),
    "completed": ("completed", "end", "окончание", "аяқталды", "соңы"),
    "hours": ("hours", "часы", "часов", "сағат"),
    "school": ("school", "school code", "школа", "код школы", "мектеп", "мектеп коды"),
    "language": ("language", "язык", "тіл"),
}
REQUIRED = ("email", "course", "started", "completed", "hours")


# Whole sentences, each translated as one: Russian and Kazakh agree the
# words around a field's name with it.
NAME_ERRORS = {
    "surname": lambda: _(
        "the surname “%(value)s” may hold letters only, with spaces, hyphens or apostrophes "
        "between words."
    ),
    "given_name": lambda: _(
        "the given name “%(value)s” may hold letters only, with spaces, hyphens or apostrophes "
        "between words."
    ),
    "patronymic": lambda: _(
        "the patronymic “%(value)s” may hold letters only, with spaces, hyphens or apostrophes "
        "between words."
    ),
}
DATE_ERRORS = {
    "started": lambda: (
        _("the start date is missing."),
        _("the start date “%(value)s” is not a date like 07.12.2026 or 2026-12-07."),
    ),
    "completed": lambda: (
        _("the completion date is missing."),
        _("the completion date “%(value)s” is not a date like 07.12.2026 or 2026-12-07."),
    ),
}


def _key(heading):
    return re.sub(r"[\s\-_.]+", "", heading.strip().lstrip("\ufeff").lower())


HEADINGS = {_key(heading): column for column, names in COLUMNS.items() for heading in names}


class Refused(Exception):
    """The file as a whole cannot be read; the message says why."""


@dataclass
class Target:
    """What a line's certificate is for: a course or a Parents' Academy programme."""

    kind: str  # "course" or "programme"
    key: str  # the pages' translation key
    template: CertificateTemplate
    titles: dict


@dataclass
class Line:
    number: int
    email: str
    surname: str = ""
    given_name: str = ""
    patronymic: str = ""
    course: str = ""
    started: date | None = None
    completed: date | None = None
    hours: Decimal | None = None
    school_code: str = ""
    language: str = ""
    # Found in the database by ``check``:
    user: object = None
    target: Target | None = None
    school: object = None
    issued: bool = False  # a valid certificate of this completion exists
    bad_name: bool = False  # already reported
    notes: list = field(default_factory=list)

    @property
    def source(self):
        digest = hashlib.sha256(
            f"{self.email}|{self.target.kind}:{self.target.key}|{self.completed.isoformat()}".encode()
        ).hexdigest()
        return f"wave:{digest[:40]}"

    @property
    def title(self):
        """The course's title in the active language, else in Kazakh."""
        titles = self.target.titles if self.target else {}
        return titles.get(translation.get_language()) or titles.get("kk") or ""

    @property
    def name(self):
        """The name the certificate will carry: the account's, or the line's."""
        if self.user is not None:
            return self.user.get_full_name()
        return " ".join(part for part in (self.surname, self.given_name, self.patronymic) if part)


@dataclass
class Checked:
    lines: list
    errors: list  # "Line 14: ..." in the active language
    ignored: list  # headings of columns that were not read

    @property
    def ok(self):
        return not self.errors

    @property
    def to_issue(self):
        return sum(not line.issued for line in self.lines)

    @property
    def already(self):
        return sum(line.issued for line in self.lines)


def read(data):
    """The text of an uploaded file, or ``Refused``."""
    if not data or not data.strip():
        raise Refused(_("The file is empty."))
    check_size(len(data))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise Refused(
            _(
                "The file is not in UTF-8. In Excel choose “Save as” and the type "
                "“CSV UTF-8 (comma delimited)”; other encodings lose the Kazakh letters."
            )
        ) from None
    if "\x00" in text:
        raise Refused(_("The file is not a CSV text file."))
    return text


def check_size(size):
    """Refuse a file of ``size`` bytes if it is too big (before reading it)."""
    if size > MAX_BYTES:
        raise Refused(
            _("The file is too big: at most %(mb)s MB and %(lines)s lines at a time.")
            % {"mb": MAX_BYTES // (1024 * 1024), "lines": f"{MAX_LINES:,}".replace(",", " ")}
        )


def check(text):
    """Every line of the file, read and checked against the database."""
    rows, ignored = _rows(text)
    lines, errors = [], []
    for number, row in rows:
        line, problems = _parse(number, row)
        lines.append(line)
        errors += [_line_error(number, problem) for problem in problems]
    errors += resolve(lines)
    errors.sort(key=lambda message: message[0])
    return Checked(lines, [message for _number, message in errors], ignored)


def _line_error(number, message):
    return (number, _("Line %(line)s: %(error)s") % {"line": number, "error": message})


def _rows(text):
    sample = text[:4096]
    try:
        dialect = csv.Sniffer().sniff(sample.splitlines()[0], delimiters=",;\t")
    except (csv.Error, IndexError):
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    try:
        header = next(reader)
    except (StopIteration, csv.Error):
        raise Refused(_("The file is empty.")) from None
    columns = [HEADINGS.get(_key(heading)) for heading in header]
    missing = [name for name in REQUIRED if name not in columns]
    if missing:
        raise Refused(
            _("The first line must name the columns; missing: %(columns)s.")
            % {"columns": ", ".join(missing)}
        )
    ignored = [heading for heading, column in zip(header, columns, strict=True) if not column]
    rows = []
    try:
        for row in reader:
            if not any(cell.strip() for cell in row):
                continue
            if len(rows) >= MAX_LINES:
                raise Refused(
                    _("The file has more than %(lines)s lines; split it into several waves.")
                    % {"lines": f"{MAX_LINES:,}".replace(",", " ")}
                )
            values = {}
            for column, cell in zip(columns, row, strict=False):
                if column and column not in values:  # a column named twice: its first place
                    values[column] = cell.strip()
            rows.append((reader.line_num, values))
    except csv.Error as error:
        raise Refused(
            _("Line %(line)s cannot be read: %(error)s") % {"line": reader.line_num, "error": error}
        ) from None
    if not rows:
        raise Refused(_("The file has a header but no lines to issue."))
    return rows, ignored


def shown(value):
    return value if len(value) <= SHOWN else value[: SHOWN - 1] + "…"


def _parse(number, values):
    """A line from its cells, and what is wrong with them (no database)."""
    problems = []
    email = values.get("email", "").lower()
    try:
        validate_email(email)
    except ValidationError:
        problems.append(
            _("the e-mail “%(value)s” is not valid.") % {"value": shown(email)}
            if email
            else _("the e-mail is missing: the certificate is sent to it.")
        )
    line = Line(number=number, email=email)
    for column in ("surname", "given_name", "patronymic"):
        value = " ".join(values.get(column, "").split())
        try:
            validate_person_name(value)
            if len(value) > 100:
                raise ValidationError("too long")
        except ValidationError:
            problems.append(NAME_ERRORS[column]() % {"value": shown(value)})
            value, line.bad_name = "", True
        setattr(line, column, value)
    line.course = values.get("course", "")
    if not line.course:
        problems.append(_("the course or programme is missing."))
    line.started = _date(values.get("started", ""), "started", problems)
    line.completed = _date(values.get("completed", ""), "completed", problems)
    if line.started and line.completed:
        if line.started > line.completed:
            problems.append(_("the course cannot end before it starts."))
        if line.completed > timezone.localdate():
            problems.append(_("the completion date is in the future."))
    line.hours = _hours(values.get("hours", ""), problems)
    line.school_code = values.get("school", "")
    line.language = values.get("language", "").lower()
    if line.language and line.language not in LANGUAGES:
        problems.append(
            _("the language “%(value)s” is not one of kk, ru, en.")
            % {"value": shown(line.language)}
        )
    return line, problems


def _date(value, column, problems):
    missing, invalid = DATE_ERRORS[column]()
    if not value:
        problems.append(missing)
        return None
    for pattern in DATE_FORMATS:
        try:
            day = datetime.strptime(value, pattern).date()  # noqa: DTZ007 - a calendar day
        except ValueError:
            continue
        if day.year >= 2000:
            return day
    problems.append(invalid % {"value": shown(value)})
    return None


def _hours(value, problems):
    if not value:
        problems.append(_("the hours are missing."))
        return None
    try:
        hours = Decimal(value.replace(",", ".").replace(" ", ""))
    except InvalidOperation:
        hours = None
    if hours is None or not hours.is_finite() or hours <= 0 or hours > MAX_HOURS:
        problems.append(
            _("the hours “%(value)s” are not a number between 0 and %(max)s.")
            % {"value": shown(value), "max": MAX_HOURS}
        )
        return None
    if hours != hours.quantize(Decimal("0.01")):
        problems.append(_("the hours have more than two decimals: “%(value)s”.") % {"value": value})
        return None
    return hours.quantize(Decimal("0.01"))


def resolve(lines):
    """Find each line's course, school, account and certificate; the errors
    as (line number, message)."""
    errors = []
    targets, schools = Targets(), Schools(lines)
    accounts = accounts_of({line.email for line in lines if line.email})
    for line in lines:
        problems = []
        if line.course:
            line.target, problem = targets.find(line.course)
            if problem:
                problems.append(problem)
        if line.school_code:
            line.school = schools.get(line.school_code)
            if line.school is None:
                problems.append(
                    _("no school has the code “%(value)s”.") % {"value": shown(line.school_code)}
                )
        line.user = accounts.get(line.email)
        named = line.bad_name or (line.surname and line.given_name)
        if line.user is None and line.email and not named:
            problems.append(
                _("no account has this e-mail: give the surname and given name to create one.")
            )
        if line.user is not None:
            written = " ".join(p for p in (line.surname, line.given_name, line.patronymic) if p)
            if written and written.casefold() != line.name.casefold():
                line.notes.append(_("the account's name is printed"))
        errors += [_line_error(line.number, problem) for problem in problems]
    complete = [line for line in lines if line.target and line.completed and line.email]
    errors += _repeats(complete)
    issued = set(
        Certificate.objects.filter(
            source__in=[line.source for line in complete], status=Certificate.Status.VALID
        ).values_list("source", flat=True)
    )
    for line in complete:
        line.issued = line.source in issued
    return errors


def _repeats(lines):
    first, errors = {}, []
    for line in lines:
        earlier = first.setdefault(line.source, line.number)
        if earlier != line.number:
            errors.append(
                _line_error(
                    line.number,
                    _("it repeats line %(line)s (the same person, course and completion date).")
                    % {"line": earlier},
                )
            )
    return errors


def accounts_of(emails):
    """``{e-mail: account}``, the e-mail compared without case."""
    found = {}
    emails = sorted(emails)
    for start in range(0, len(emails), 5000):
        chunk = emails[start : start + 5000]
        for user in (
            get_user_model()
            .objects.annotate(lower_email=Lower("email"))
            .filter(lower_email__in=chunk)
            .order_by("pk")
        ):
            found.setdefault(user.lower_email, user)
    return found


class Schools:
    def __init__(self, lines):
        from directory.models import School

        codes = {line.school_code.lower() for line in lines if line.school_code}
        schools = School.objects.annotate(lower_code=Lower("code")).filter(lower_code__in=codes)
        self.by_code = {school.lower_code: school for school in schools}

    def get(self, code):
        return self.by_code.get(code.lower())


class Targets:
    """Courses and programmes by the address a methodologist can type: the
    page's slug (in any language), the page's address pasted whole, or its
    translation key."""

    def __init__(self):
        self.cache = {}

    def find(self, value):
        if value not in self.cache:
            self.cache[value] = self._find(value)
        return self.cache[value]

    def _find(self, value):
        from academy.models import ProgrammePage
        from courses.models import CoursePage

        slug = value.strip().rstrip("/").rsplit("/", 1)[-1]
        found = set()
        for kind, model in (("course", CoursePage), ("programme", ProgrammePage)):
            pages = model.objects.all()
            try:
                pages = pages.filter(translation_key=uuid.UUID(slug))
            except ValueError:
                pages = pages.filter(slug__iexact=slug)
            found |= {(kind, str(key)) for key in pages.values_list("translation_key", flat=True)}
        if not found:
            return None, _("no course or programme has the address “%(value)s”.") % {
                "value": shown(value)
            }
        if len(found) > 1:
            return None, _(
                "several courses or programmes have the address “%(value)s”; give its "
                "translation key instead."
            ) % {"value": shown(value)}
        ((kind, key),) = found
        model = CoursePage if kind == "course" else ProgrammePage
        titles = dict(
            model.objects.filter(translation_key=key).values_list("locale__language_code", "title")
        )
        templates = CertificateTemplate.objects.order_by("-updated_at")
        if kind == "course":
            template = templates.filter(course__translation_key=key).first()
        else:
            template = templates.filter(programme_key=key).first()
        if template is None:
            return None, _("“%(title)s” has no certificate template yet.") % {
                "title": titles.get("kk") or next(iter(titles.values()), value)
            }
        return Target(kind, key, template, titles), None


@transaction.atomic
def issue_lines(lines):
    """Issue the certificates of checked ``lines`` not issued yet, in one
    transaction; returns the new certificates. Call it with the wave locked,
    so two runs of a wave never issue the same lines side by side."""
    resolve(lines)  # again: another wave, or an earlier run, may have issued some
    pending = [line for line in lines if not line.issued]
    _make_accounts(pending)
    groups = {}
    for line in pending:
        groups.setdefault(line.target.template.pk, []).append(line)
    issued = []
    for group in groups.values():
        target = group[0].target
        completions = [
            bulk.Completion(
                source=line.source,
                user=line.user,
                hours=line.hours,
                started_on=line.started,
                completed_on=line.completed,
                school_id=line.school.pk if line.school else None,
                region_id=line.school.region_id if line.school else None,
                language=line.language or None,
            )
            for line in group
        ]
        issued += bulk.issue_completions(target.template, target.titles, completions)
    return issued


def _make_accounts(lines):
    """Accounts for the e-mails that have none: inactive, without a password,
    marked as guest accounts so that the owner of the e-mail can claim them."""
    from academy.models import GuestAccount

    User = get_user_model()
    new = {}
    for line in lines:
        if line.user is None and line.email not in new:
            user = User(
                email=line.email,
                last_name=line.surname,
                first_name=line.given_name,
                patronymic=line.patronymic,
                is_active=False,
                preferred_language=line.language or "kk",
                school=line.school,
                district_id=line.school.district_id if line.school else None,
                region_id=line.school.region_id if line.school else None,
            )
            user.set_unusable_password()
            new[line.email] = user
    if new:
        User.objects.bulk_create(new.values())
        GuestAccount.objects.bulk_create(GuestAccount(user=user) for user in new.values())
    for line in lines:
        if line.user is None:
            line.user = new[line.email]


def create(user, file_name, text, checked, language, status=None):
    """A wave of a checked file, waiting for its confirmation (or, from the
    command, which issues it itself, ``Wave.Status.QUEUED``)."""
    from .models import Wave

    return Wave.objects.create(
        status=status or Wave.Status.CHECKED,
        requested_by=user,
        file_name=file_name[:255],
        digest=hashlib.sha256(text.encode()).hexdigest(),
        content=text,
        language=language,
        total=len(checked.lines),
    )


def confirm(wave):
    """Queue a checked wave (once, however many clicks); True if queued now."""
    from .models import Wave
    from .tasks import issue_wave

    with transaction.atomic():
        queued = Wave.objects.filter(pk=wave.pk, status=Wave.Status.CHECKED).update(
            status=Wave.Status.QUEUED
        )
        if queued:
            transaction.on_commit(lambda: issue_wave.delay(wave.pk))
    return bool(queued)
