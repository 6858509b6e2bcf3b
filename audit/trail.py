"""Writing the audit trail: one record per read of personal data by staff.

``record`` is for a page whose rows are known when it is rendered (a page
of a learner list, a register, one user); ``Reading.rows`` wraps the rows of
a download and writes the record when the last row has gone (or the client
stopped reading), with the number of rows actually sent. ``record`` from a
task takes the person and the address the job was asked with.
"""

import ipaddress
from array import array
from itertools import islice
from urllib.parse import urlencode

from django.core.exceptions import ImproperlyConfigured, PermissionDenied
from django.db import transaction

from users import roles

from .models import AccessRecord, AccessSubject, purging

BATCH = 2000
# Kept out of the trail: they may name the person looked for.
SEARCH_WORDS = ("q", "person")


def role_of(user):
    """The staff groups a person acts in, as stored (English group names)."""
    names = sorted(set(user.groups.values_list("name", flat=True)) & set(roles.GROUP_PERMISSIONS))
    if user.is_superuser:
        names.insert(0, "superuser")
    return ", ".join(names)[:200]


def scope_of(user):
    """``national``, ``region:<id>``, ``district:<id>``, ``school:<id>`` or empty."""
    from reports.scope import scope_for

    scope = scope_for(user)
    if scope is None:
        return ""
    if scope.level == "national":
        return "national"
    return f"{scope.level}:{getattr(scope, f'{scope.level}_id')}"


def client_address(request):
    """The client's address as sign-in reads it (trusted proxies included)."""
    from allauth.account.adapter import get_adapter

    try:
        address = get_adapter(request).get_client_ip(request)
    except (ImproperlyConfigured, PermissionDenied):
        address = request.META.get("REMOTE_ADDR")
    try:
        return str(ipaddress.ip_address((address or "").strip()))
    except ValueError:
        return None  # a forged or odd header: the record is kept without an address


def detail_of(request):
    """The path and the filters of a request, without search words."""
    params = [
        (key, "*" if key in SEARCH_WORDS else value)
        for key, values in request.GET.lists()
        for value in values
        if value
    ]
    text = request.path + (f"?{urlencode(params)}" if params else "")
    return text[:500]


def subject(user_id=None, registration_id=None):
    return (user_id, registration_id)


class Subjects:
    """Whose rows a long read sent, kept compact (two arrays of ids, 0 for
    none): 400,000 learners take 6 MB, not the 40 MB of as many tuples."""

    def __init__(self):
        self.users = array("q")
        self.registrations = array("q")

    def add(self, pair):
        user_id, registration_id = pair
        self.users.append(user_id or 0)
        self.registrations.append(registration_id or 0)

    def __iter__(self):
        for user_id, registration_id in zip(self.users, self.registrations, strict=True):
            yield (user_id or None, registration_id or None)

    def __len__(self):
        return len(self.users)


def record(request, what, subjects, rows=None, detail=None, user=None, address=None):
    """One record of ``what`` for the request's person (or ``user`` from a
    task), naming ``subjects`` ((user id, registration id) pairs)."""
    user = user or request.user
    if not isinstance(subjects, Subjects):
        subjects = [pair for pair in subjects if pair != (None, None)]
    with transaction.atomic():
        entry = AccessRecord.objects.create(
            actor_id=user.pk,
            role=role_of(user),
            scope=scope_of(user),
            what=what,
            detail=detail if detail is not None else detail_of(request) if request else "",
            rows=len(subjects) if rows is None else rows,
            address=client_address(request) if request is not None else address,
        )
        pairs = (pair for pair in subjects if pair != (None, None))
        while batch := list(islice(pairs, BATCH)):
            AccessSubject.objects.bulk_create(
                AccessSubject(record=entry, user_id=u, registration_id=r) for u, r in batch
            )
    return entry


class Reading:
    """The rows of a download, recorded once when they have been sent."""

    def __init__(self, request, what, detail=None):
        self.request = request
        self.what = what
        self.detail = detail if detail is not None else detail_of(request)
        self.user = request.user
        self.address = client_address(request)

    def rows(self, objects, to_row, subject_of):
        subjects, sent = Subjects(), 0
        try:
            for obj in objects:
                row = to_row(obj)
                subjects.add(subject_of(obj))
                sent += 1
                yield row
        finally:
            record(
                None,
                self.what,
                subjects,
                rows=sent,
                detail=self.detail,
                user=self.user,
                address=self.address,
            )


def purge_older(cutoff):
    """The retention rule (``privacy.retention``): records made before the
    cutoff go, with their subjects; returns the number of records."""
    with purging():
        AccessSubject.objects.filter(record__at__lt=cutoff).delete()
        return AccessRecord.objects.filter(at__lt=cutoff).delete()[0]


def about(user_ids=(), registration_ids=()):
    """The records that showed the data of these accounts or guest registrations."""
    from django.db.models import Q

    shown = AccessSubject.objects.filter(
        Q(user_id__in=list(user_ids)) | Q(registration_id__in=list(registration_ids))
    ).values("record")
    return AccessRecord.objects.filter(pk__in=shown)
