"""How long personal data is kept, and the daily task that enforces it.

Each period is a number of days in ``settings.PRIVACY_RETENTION_DAYS``
(set from the environment, ``PRIVACY_RETAIN_<NAME>_DAYS``); ``enforce``
deletes or empties what is older and nothing else, and reports how many
rows each rule touched. docs/privacy.md lists the periods and their reasons.
"""

from datetime import timedelta

from django.conf import settings
from django.db.models import Exists, OuterRef
from django.utils import timezone


def _guest_registrations(cutoff):
    """Guests' registrations (no account) of sessions that ended before the
    cutoff, with their attendance marks. Issued certificates stay."""
    from academy.models import Registration

    return Registration.objects.filter(user__isnull=True, session__ends_at__lt=cutoff).delete()[0]


def _reflections(cutoff):
    from courses.models import ReflectionAnswer

    return ReflectionAnswer.objects.filter(updated_at__lt=cutoff).delete()[0]


def _attempt_answers(cutoff):
    """The answers of submitted tests go; the score and the pass stay."""
    from courses.models import Attempt

    return Attempt.objects.filter(submitted_at__lt=cutoff).exclude(answers={}).update(answers={})


def _exports(cutoff):
    """Records of staff exports and of people's data copies, files first."""
    from exports.models import ExportJob

    from .models import DataExport, delete_with_files

    return sum(
        delete_with_files(model.objects.filter(created_at__lt=cutoff))
        for model in (ExportJob, DataExport)
    )


def _unconfirmed_accounts(cutoff):
    """Accounts whose e-mail was never confirmed, never used to sign in,
    made before the cutoff, holding nothing (no enrolment, no certificate)."""
    from allauth.account.models import EmailAddress

    from users.models import User

    confirmed = EmailAddress.objects.filter(user=OuterRef("pk"), verified=True)
    stale = (
        User.objects.filter(
            date_joined__lt=cutoff,
            last_login__isnull=True,
            is_staff=False,
            is_superuser=False,
            enrolments__isnull=True,
            certificates__isnull=True,
        )
        .exclude(Exists(confirmed))
        .exclude(academy_guest_account__isnull=False)
    )
    return (
        User.objects.filter(pk__in=list(stale.values_list("pk", flat=True)))
        .delete()[1]
        .get("users.User", 0)
    )


def _audit_records(cutoff):
    """The audit trail of staff access; the one way its records are deleted."""
    from audit.trail import purge_older

    return purge_older(cutoff)


def _admin_logs(cutoff):
    """Wagtail's log of actions on records (a certificate revoked, reissued,
    regenerated: by whom, with the holder's name in the label). Page history
    (``PageLogEntry``) is the content's, not people's, and stays."""
    from wagtail.models import ModelLogEntry

    return ModelLogEntry.objects.filter(timestamp__lt=cutoff).delete()[0]


def _wave_lists(cutoff):
    """The uploaded list (names, e-mails) of a certificate wave checked but
    never confirmed, or stopped, uploaded before the cutoff; a finished wave's
    list is already cleared. The wave's record (file name, counts) stays."""
    from certificates.models import Wave

    stale = (Wave.Status.CHECKED, Wave.Status.STOPPED)
    return (
        Wave.objects.filter(status__in=stale, created_at__lt=cutoff)
        .exclude(content="")
        .update(content="")
    )


def _expired_sessions(now):
    """Sessions past their expiry (Django's ``clearsessions``): they may hold
    a guest's proven e-mail or a refused draft. Their period is the session's own."""
    from django.contrib.sessions.models import Session

    return Session.objects.filter(expire_date__lt=now).delete()[0]


RULES = {
    "guest_registrations": _guest_registrations,
    "reflections": _reflections,
    "attempt_answers": _attempt_answers,
    "exports": _exports,
    "unconfirmed_accounts": _unconfirmed_accounts,
    "audit_records": _audit_records,
    "admin_logs": _admin_logs,
    "wave_lists": _wave_lists,
}


def periods():
    return {name: settings.PRIVACY_RETENTION_DAYS[name] for name in RULES}


def enforce(now=None):
    now = now or timezone.now()
    done = {name: rule(now - timedelta(days=periods()[name])) for name, rule in RULES.items()}
    done["expired_sessions"] = _expired_sessions(now)
    return done
