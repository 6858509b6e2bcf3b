"""Attendance: self check-in with the rotating code, joins through the
platform's link, the coordinator's register and walk-ins, and the
certificate that follows the programme's required number of attended
sessions.

Every refusal raises ``AcademyError`` with the reason and records nothing.
Claims are conditional updates (``checked_in_at IS NULL`` → now), so a
double click or two devices count once.
"""

from datetime import datetime, timedelta
from decimal import Decimal
from typing import NamedTuple

from django.contrib.auth import get_user_model
from django.core import signing
from django.db import IntegrityError, transaction
from django.db.models import Count
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from lms import enqueue
from lms.dates import show_datetime, show_time

from . import codes, programme
from .models import Attendance, GuestAccount, Registration, Session
from .services import AcademyError

Mark = Attendance.Mark
DEFAULT_PRESENT_RULE_MINUTES = 15
DEFAULT_PRESENT_SHARE_PERCENT = 66


class WrongCode(AcademyError):
    """The code typed is not the one shown now: the only refusal that counts
    towards the check-in limit (``academy.ratelimit``)."""


def present_until(session):
    """Until when arriving (or joining) counts as on time."""
    page = programme.programme_for(session.programme_key)
    minutes = page.present_rule_minutes if page else DEFAULT_PRESENT_RULE_MINUTES
    return session.starts_at + timedelta(minutes=minutes)


def present_share(session):
    """The share of the session (in %) a webinar stay must reach to count."""
    page = programme.programme_for(session.programme_key)
    return page.present_share_percent if page else DEFAULT_PRESENT_SHARE_PERCENT


def _award_later(programme_key, email):
    from .tasks import award_certificate

    enqueue.on_commit(award_certificate, str(programme_key), email)


def check_in(registration, code, now=None):
    """Self check-in with the code shown in the room or on screen."""
    now = now or timezone.now()
    session = registration.session
    if session.is_cancelled:
        raise AcademyError(_("This session has been cancelled."))
    if not registration.is_confirmed:
        raise AcademyError(_("Only people with a confirmed seat can check in."))
    opens, closes = codes.window(session)
    if now < opens:
        raise AcademyError(
            _("Check-in is not open yet: it opens at %(time)s.") % {"time": show_time(opens)}
        )
    if now > closes:
        raise AcademyError(_("Check-in is closed: the session is over."))
    if Attendance.objects.filter(registration=registration, checked_in_at__isnull=False).exists():
        raise AcademyError(_("You have already checked in to this session."))
    if not codes.matches(session, code, now):
        raise WrongCode(_("Wrong or expired code. Enter the code shown now."))
    with transaction.atomic():
        attendance, _created = Attendance.objects.get_or_create(registration=registration)
        claimed = Attendance.objects.filter(pk=attendance.pk, checked_in_at__isnull=True).update(
            checked_in_at=now
        )
        if not claimed:
            raise AcademyError(_("You have already checked in to this session."))
        attendance.refresh_from_db()
        if not attendance.attended:
            attendance.mark = Mark.PRESENT if now <= present_until(session) else Mark.LATE
            attendance.source, attendance.marked_at = Attendance.Source.SELF, now
            attendance.save(update_fields=["mark", "source", "marked_at"])
        _award_later(session.programme_key, registration.email)
    return attendance


def record_join(registration, now=None, by_rule=True):
    """A join through the platform's link, during the session window: the
    first join's time is kept; joining by the programme's rule marks present,
    a later join is left for the coordinator. Returns True if recorded.

    ``by_rule=False`` (webinars on our own rooms) records the time only: there
    presence is the time stayed, counted by ``stayed_online``."""
    now = now or timezone.now()
    session = registration.session
    if not (registration.is_confirmed and session.is_online and codes.is_open(session, now)):
        return False
    with transaction.atomic():
        attendance, _created = Attendance.objects.get_or_create(registration=registration)
        claimed = Attendance.objects.filter(pk=attendance.pk, joined_at__isnull=True).update(
            joined_at=now
        )
        if not claimed:
            return False
        attendance.refresh_from_db()
        if by_rule and not attendance.mark and now <= present_until(session):
            attendance.mark, attendance.source = Mark.PRESENT, Attendance.Source.JOIN
            attendance.marked_at = now
            attendance.save(update_fields=["mark", "source", "marked_at"])
            _award_later(session.programme_key, registration.email)
    return True


def stayed_online(session, minutes, now=None):
    """When a webinar ends: everyone whose ``minutes`` in the room
    (``{registration id: minutes}``) reach the programme's share of the
    session is marked present, "Stayed online"; any mark already given (the
    coordinator's above all) stays, by a conditional update that a mark given
    at the same moment also wins. Shorter stays are left for the coordinator.
    Returns the ids marked."""
    now = now or timezone.now()
    length = (session.ends_at - session.starts_at).total_seconds() / 60
    share = present_share(session)
    reached = [pk for pk, stayed in minutes.items() if stayed * 100 >= share * length]
    candidates = Registration.objects.filter(
        session=session, pk__in=reached, status=Registration.Status.CONFIRMED
    ).values_list("pk", "email")
    marked = []
    with transaction.atomic():
        for pk, email in candidates:
            Attendance.objects.get_or_create(registration_id=pk)
            if Attendance.objects.filter(registration_id=pk, mark="").update(
                mark=Mark.PRESENT, source=Attendance.Source.WEBINAR, marked_at=now
            ):
                marked.append(pk)
                if email:
                    _award_later(session.programme_key, email)
    return marked


class Marked(NamedTuple):
    count: int  # registrations marked
    withdrawn: list  # certificates revoked because attendance no longer reaches the requirement


def mark(session, registration_ids, value, by, now=None):
    """The coordinator's marks, for many registrations at once; any earlier
    mark is corrected (and a certificate that no longer holds is revoked)."""
    now = now or timezone.now()
    if value not in Mark.values:
        raise AcademyError(_("Choose a mark."))
    registrations = list(
        session.registrations.filter(pk__in=registration_ids, status=Registration.Status.CONFIRMED)
    )
    with transaction.atomic():
        for registration in registrations:
            Attendance.objects.update_or_create(
                registration=registration,
                defaults={
                    "mark": value,
                    "source": Attendance.Source.COORDINATOR,
                    "marked_by": by,
                    "marked_at": now,
                },
            )
        # Walk-ins without an e-mail count on the register, never towards a certificate.
        emails = sorted(
            {registration.email for registration in registrations if registration.email}
        )
        withdrawn = [_settle(session, email, value, now) for email in emails]
    return Marked(len(registrations), [c for c in withdrawn if c is not None])


def _settle(session, email, value, now):
    """After a mark changed: an attended mark may complete the certificate
    (awarded after commit); any other may withdraw it. Returns a revoked
    certificate, or None."""
    if not email:
        return None
    if value in Attendance.ATTENDED:
        _award_later(session.programme_key, email)
        return None
    return withdraw_certificate(session.programme_key, email, now)


# --- One mark at a time, at the door, with undo ------------------------------------

UNDO_SALT = "academy.attendance.undo"
UNDO_SECONDS = 15 * 60
STATE_FIELDS = ("mark", "source", "marked_by_id", "marked_at")


class Change(NamedTuple):
    registration: Registration
    attendance: Attendance
    previous: dict  # the row's STATE_FIELDS before the change
    withdrawn: object  # a certificate revoked by the change, or None


def _state(record):
    return {name: getattr(record, name) for name in STATE_FIELDS}


def marks_open(session, now=None):
    """Marks are given from the moment check-in opens (people arrive early)."""
    return not session.is_cancelled and (now or timezone.now()) >= codes.window(session)[0]


def mark_one(session, registration_id, value, by, now=None):
    """One tap at the door: ``value`` for one person with a seat. Returns a
    ``Change`` that ``undo_token`` turns into a way back."""
    now = now or timezone.now()
    if value not in Mark.values:
        raise AcademyError(
            _("“%(value)s” is not a mark. Choose one of: %(marks)s.")
            % {"value": str(value)[:20], "marks": ", ".join(str(label) for label in Mark.labels)}
        )
    if session.is_cancelled:
        raise AcademyError(_("This session has been cancelled."))
    if not marks_open(session, now):
        raise AcademyError(
            _("Marks can be given once check-in opens, at %(time)s.")
            % {"time": show_datetime(codes.window(session)[0])}
        )
    registration = session.registrations.filter(
        pk=registration_id, status=Registration.Status.CONFIRMED
    ).first()
    if registration is None:
        raise AcademyError(_("This person has no seat at this session."))
    with transaction.atomic():
        record, _created = Attendance.objects.select_for_update().get_or_create(
            registration=registration
        )
        previous = _state(record)
        record.mark, record.source = value, Attendance.Source.COORDINATOR
        record.marked_by, record.marked_at = by, now
        record.save(update_fields=["mark", "source", "marked_by", "marked_at"])
        withdrawn = _settle(session, registration.email, value, now)
    return Change(registration, record, previous, withdrawn)


def undo_token(change, by):
    """A signed note of what ``change`` replaced, for the same person to undo
    it within ``UNDO_SECONDS`` while no one has marked that row since."""
    previous = dict(change.previous)
    if previous["marked_at"] is not None:
        previous["marked_at"] = previous["marked_at"].isoformat()
    return signing.dumps(
        {
            "registration": change.registration.pk,
            "by": by.pk,
            "mark": change.attendance.mark,
            "at": change.attendance.marked_at.isoformat(),
            "previous": previous,
        },
        salt=UNDO_SALT,
    )


def _undo_data(session, token, by, lock=False):
    try:
        data = signing.loads(token or "", salt=UNDO_SALT, max_age=UNDO_SECONDS)
    except signing.BadSignature:  # forged, mangled or too old
        return None
    if not isinstance(data, dict) or data.get("by") != by.pk:
        return None
    rows = Attendance.objects.select_for_update(of=("self",)) if lock else Attendance.objects
    record = (
        rows.filter(
            registration__session=session,
            registration__pk=data.get("registration"),
            registration__status=Registration.Status.CONFIRMED,
        )
        .select_related("registration")
        .first()
    )
    if record is None or record.mark != data.get("mark"):
        return None
    if record.marked_at is None or record.marked_at.isoformat() != data.get("at"):
        return None
    return data, record


def undoable(session, token, by):
    """The attendance row ``token`` can still put back, or None."""
    found = _undo_data(session, token, by)
    return found[1] if found else None


def undo(session, token, by, now=None):
    """Put back what the change behind ``token`` replaced; returns a
    ``Change`` (its ``previous`` is the undone state)."""
    now = now or timezone.now()
    with transaction.atomic():
        found = _undo_data(session, token, by, lock=True)
        if found is None:
            raise AcademyError(
                _("This change can no longer be undone: it is too old or the mark changed since.")
            )
        data, record = found
        previous = _state(record)
        before = data["previous"]
        record.mark, record.source = before["mark"], before["source"]
        record.marked_by_id = before["marked_by_id"]
        record.marked_at = before["marked_at"] and datetime.fromisoformat(before["marked_at"])
        record.save(update_fields=["mark", "source", "marked_by", "marked_at"])
        withdrawn = _settle(session, record.registration.email, record.mark, now)
    return Change(record.registration, record, previous, withdrawn)


def counts(session):
    """``{"seats", "attended", <mark>: n, "unmarked"}`` over people with a seat:
    late counts as attended; excused is neither attended nor absent."""
    seats = session.registrations.filter(status=Registration.Status.CONFIRMED)
    marks = dict(
        Attendance.objects.filter(registration__in=seats)
        .exclude(mark="")
        .values_list("mark")
        .annotate(n=Count("pk"))
        .order_by()
    )
    result = {"seats": seats.count(), **{value: marks.get(value, 0) for value in Mark.values}}
    result["attended"] = sum(result[value] for value in Attendance.ATTENDED)
    result["unmarked"] = result["seats"] - sum(result[value] for value in Mark.values)
    return result


def add_walk_in(session, *, name, email="", by, language="kk", now=None):
    """A parent who came without registering, added by the coordinator once
    check-in has opened: on the register with a seat, marked present, and
    counted towards the certificate like anyone else (which needs the
    e-mail). Someone already registered with the e-mail is marked present
    instead, moved up from the waiting list if need be. Returns
    ``(registration, created)``."""
    now = now or timezone.now()
    email, name = (email or "").strip().lower(), " ".join(name.split())
    if not name:
        raise AcademyError(_("Give the name."))
    with transaction.atomic():
        session = Session.objects.select_for_update().get(pk=session.pk)
        if session.is_cancelled:
            raise AcademyError(_("This session has been cancelled."))
        opens = codes.window(session)[0]
        if now < opens:
            raise AcademyError(
                _("Walk-ins can be added once check-in opens, at %(time)s.")
                % {"time": show_datetime(opens)}
            )
        registration = (
            session.registrations.filter(email=email, status__in=Registration.ACTIVE).first()
            if email
            else None
        )
        created = registration is None
        if created:
            user = get_user_model().objects.filter(email__iexact=email).first() if email else None
            registration = Registration.objects.create(
                session=session,
                user=user,
                name=name,
                email=email,
                language=(user.preferred_language if user else language) or language,
                status=Registration.Status.CONFIRMED,
                walk_in=True,
            )
        else:
            current = getattr(registration, "attendance", None)
            if registration.is_confirmed and current is not None and current.attended:
                raise AcademyError(
                    _("%(name)s (%(email)s) is already on the register and marked as attending.")
                    % {"name": registration.name, "email": registration.email}
                )
            if not registration.is_confirmed:
                registration.status, registration.promoted_at = Registration.Status.CONFIRMED, now
                registration.save(update_fields=["status", "promoted_at"])
        Attendance.objects.update_or_create(
            registration=registration,
            defaults={
                "mark": Mark.PRESENT,
                "source": Attendance.Source.COORDINATOR,
                "marked_by": by,
                "marked_at": now,
            },
        )
        if email:
            _award_later(session.programme_key, email)
    return registration, created


# --- Progress and the certificate ------------------------------------------------


def attended_sessions(email, programme_key):
    return (
        Session.objects.filter(
            programme_key=programme_key,
            status=Session.Status.SCHEDULED,
            registrations__email=email.lower(),
            registrations__status=Registration.Status.CONFIRMED,
            registrations__attendance__mark__in=Attendance.ATTENDED,
        )
        .distinct()
        .order_by("starts_at")
    )


def certificate_source(programme_key, user):
    """``academy:<programme key>:<holder id>``. The holder's id rather than the
    e-mail keeps the source within its 64 characters; one e-mail is one holder."""
    return f"academy:{programme_key}:{user.pk}"


def certificate_for(programme_key, email):
    from certificates.models import Certificate

    user = get_user_model().objects.filter(email__iexact=email).first()
    if user is None:
        return None
    return Certificate.objects.filter(
        source=certificate_source(programme_key, user), status=Certificate.Status.VALID
    ).first()


def progress(email, programme_key):
    """``{"attended", "required", "certificate"}`` for one person and programme."""
    page = programme.programme_for(programme_key)
    return {
        "attended": attended_sessions(email, programme_key).count(),
        "required": page.required_sessions if page else None,
        "certificate": certificate_for(programme_key, email),
    }


def award_certificate(programme_key, email):
    """Issue the attendance certificate once the person has attended the
    programme's required sessions; returns it, or None if not (yet) due."""
    from certificates.models import CertificateTemplate
    from certificates.services import issue

    if not email:
        return None
    page = programme.programme_for(programme_key)
    sessions = list(attended_sessions(email, programme_key))
    if page is None or len(sessions) < page.required_sessions:
        return None
    template = (
        CertificateTemplate.objects.filter(programme_key=str(programme_key))
        .order_by("-updated_at")
        .first()
    )
    if template is None:
        return None
    user = holder_for(email)
    hours = Decimal(str(round(sum(session.hours for session in sessions), 2)))
    return issue(
        certificate_source(programme_key, user),
        user,
        template,
        programme.programme_titles(programme_key),
        hours,
        timezone.localdate(sessions[0].starts_at),
        timezone.localdate(sessions[page.required_sessions - 1].starts_at),
    )


def withdraw_certificate(programme_key, email, now=None):
    """After a mark is corrected to absent or excused: revoke the person's
    attendance certificate if their attended sessions no longer reach the
    programme's requirement (it stays on record as revoked, with the reason,
    and a new one is issued if they reach it again). Returns it, or None."""
    from certificates.services import revoke

    certificate = certificate_for(programme_key, email)
    page = programme.programme_for(programme_key)
    if certificate is None or page is None:
        return None
    attended = attended_sessions(email, programme_key).count()
    if attended >= page.required_sessions:
        return None
    with translation.override(certificate.language):
        reason = _(
            "Attendance corrected: %(attended)s sessions attended, %(required)s required."
        ) % {
            "attended": attended,
            "required": page.required_sessions,
        }
    return revoke(certificate, reason, now)


def holder_for(email):
    """The account of this e-mail, made if there is none.

    A certificate needs a holder (``Certificate.holder``), and a parent may
    have registered with only a name and e-mail. For them an *inactive*
    parent account with no usable password is made at this moment, marked as
    a ``GuestAccount``: it holds the certificate and cannot sign in. Their
    letters, the signed link and the public verification page are how they
    reach the certificate; to sign in, they sign up (or ask for a new
    password) with the same e-mail and set a password through the link sent
    to it (``academy.guests``).
    """
    User = get_user_model()
    user = User.objects.filter(email__iexact=email).first()
    if user is not None:
        return user
    latest = (
        Registration.objects.filter(email=email.lower())
        .select_related("session")
        .order_by("-created_at")
        .first()
    )
    parts = latest.name.split(maxsplit=1) if latest else [email]
    user = User(
        email=email.lower(),
        last_name=parts[0][:100],
        first_name=(parts[1] if len(parts) > 1 else "")[:100],
        role="parent",
        is_active=False,
        preferred_language=latest.language if latest else "kk",
        school_id=latest.session.school_id if latest else None,
    )
    user.set_unusable_password()
    try:
        with transaction.atomic():
            user.save()
            GuestAccount.objects.create(user=user)
    except IntegrityError:  # made by a concurrent award
        return User.objects.get(email__iexact=email)
    return user
