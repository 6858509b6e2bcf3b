"""Attendance: self check-in with the rotating code, joins through the
platform's link, the coordinator's register and walk-ins, and the
certificate that follows the programme's required number of attended
sessions.

Every refusal raises ``AcademyError`` with the reason and records nothing.
Claims are conditional updates (``checked_in_at IS NULL`` → now), so a
double click or two devices count once.
"""

from datetime import timedelta
from decimal import Decimal
from functools import partial
from typing import NamedTuple

from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from . import codes, programme
from .models import Attendance, GuestAccount, Registration, Session
from .services import AcademyError

Mark = Attendance.Mark
DEFAULT_PRESENT_RULE_MINUTES = 15


class WrongCode(AcademyError):
    """The code typed is not the one shown now: the only refusal that counts
    towards the check-in limit (``academy.ratelimit``)."""


def present_until(session):
    """Until when arriving (or joining) counts as on time."""
    page = programme.programme_for(session.programme_key)
    minutes = page.present_rule_minutes if page else DEFAULT_PRESENT_RULE_MINUTES
    return session.starts_at + timedelta(minutes=minutes)


def _award_later(programme_key, email):
    from .tasks import award_certificate

    transaction.on_commit(partial(award_certificate.delay, str(programme_key), email))


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
            _("Check-in is not open yet: it opens at %(time)s.")
            % {"time": timezone.localtime(opens).strftime("%H:%M")}
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


def record_join(registration, now=None):
    """A join through the platform's link, during the session window: the
    first join's time is kept; joining by the programme's rule marks present,
    a later join is left for the coordinator. Returns True if recorded."""
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
        if not attendance.mark and now <= present_until(session):
            attendance.mark, attendance.source = Mark.PRESENT, Attendance.Source.JOIN
            attendance.marked_at = now
            attendance.save(update_fields=["mark", "source", "marked_at"])
            _award_later(session.programme_key, registration.email)
    return True


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
        withdrawn = []
        if value in Attendance.ATTENDED:
            for email in emails:
                _award_later(session.programme_key, email)
        else:
            for email in emails:
                certificate = withdraw_certificate(session.programme_key, email, now)
                if certificate is not None:
                    withdrawn.append(certificate)
    return Marked(len(registrations), withdrawn)


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
                % {"time": timezone.localtime(opens).strftime("%d.%m.%Y %H:%M")}
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
