"""The audit trail in the Wagtail admin, for national auditors (and
superusers): search, filter, look into one record, download. Read-only for
everyone: ``AuditPermissionPolicy`` grants "view" and nothing else, and
``InspectOnlyViewSet`` routes no add, edit or delete view."""

import django_filters
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.permission_policies import BasePermissionPolicy

from academy.models import Registration
from directory.models import District, Region, School
from exports.responses import download
from lms.dates import show_datetime
from users import roles

from . import trail
from .models import AccessRecord, AccessSubject

PERMISSION = "audit.view_accessrecord"
SUBJECTS_SHOWN = 100  # people named on one record's page; the download has the count


def can_view(user):
    return user.is_active and (user.is_superuser or user.has_perm(PERMISSION))


class AuditPermissionPolicy(BasePermissionPolicy):
    """ "view" for national auditors and superusers; no other action for anyone."""

    def user_has_permission(self, user, action):
        return action == "view" and can_view(user)

    def users_with_any_permission(self, actions):
        users = get_user_model().objects.filter(is_active=True)
        if "view" not in actions:
            return users.none()
        return users.filter(
            Q(is_superuser=True) | Q(groups__name=roles.NATIONAL_AUDITORS)
        ).distinct()


def role_label(record):
    return ", ".join(
        _("Superuser") if name == "superuser" else _(roles.ROLE_LABELS.get(name, name))
        for name in record.role.split(", ")
        if name
    )


def scope_labels(codes):
    """``{scope code: "Region: Almaty"…}`` for the codes, in three queries."""
    ids = {"region": set(), "district": set(), "school": set()}
    for code in codes:
        level, _sep, pk = code.partition(":")
        if level in ids and pk.isdigit():
            ids[level].add(int(pk))
    names = {
        level: {pk: place.name for pk, place in model.objects.in_bulk(ids[level]).items()}
        for level, model in (("region", Region), ("district", District), ("school", School))
    }
    kinds = {"region": _("Region"), "district": _("District"), "school": _("School")}
    labels = {}
    for code in codes:
        level, _sep, pk = code.partition(":")
        if code == "national":
            labels[code] = _("Kazakhstan")
        elif level in names and pk.isdigit():
            labels[code] = f"{kinds[level]}: {names[level].get(int(pk), pk)}"
        else:
            labels[code] = code or "—"
    return labels


def actor_label(record):
    actor = record.actor
    if actor is None:
        return f"#{record.actor_id}" if record.actor_id else "—"
    return f"{actor.get_full_name()} <{actor.email}>"


class AccessRecordFilterSet(WagtailFilterSet):
    what = django_filters.ChoiceFilter(
        label=gettext_lazy("What"), choices=AccessRecord.What.choices
    )
    at = django_filters.DateFromToRangeFilter(
        label=gettext_lazy("When"), widget=DateRangePickerWidget
    )
    person = django_filters.CharFilter(
        label=gettext_lazy("Whose data (e-mail)"),
        method="filter_person",
        help_text=gettext_lazy("The records that showed this person's data."),
    )

    class Meta:
        model = AccessRecord
        fields = []

    def filter_person(self, queryset, name, value):
        people = get_user_model().objects.filter(email__iexact=value.strip())
        shown = AccessSubject.objects.filter(user_id__in=people.values("pk")).values("record")
        return queryset.filter(pk__in=shown)


HEADINGS = (
    gettext_lazy("When"),
    gettext_lazy("Staff member"),
    gettext_lazy("Role"),
    gettext_lazy("Scope"),
    gettext_lazy("What"),
    gettext_lazy("Detail"),
    gettext_lazy("Rows"),
    gettext_lazy("Client address"),
)


class AccessRecordIndexView(IndexView):
    """The trail, newest first; ``?export=csv|xlsx`` downloads every record
    the filters and search match (and that download is itself recorded)."""

    show_export_buttons = True
    page_title = gettext_lazy("Audit trail")

    def get_base_queryset(self):
        return AccessRecord.objects.select_related("actor")

    def get(self, request, *args, **kwargs):
        if self.is_export:
            return self.download(request, request.GET["export"])
        return super().get(request, *args, **kwargs)

    def download(self, request, kind):
        records = self.get_queryset()
        labels = {}

        def row(record):
            if record.scope not in labels:
                labels.update(scope_labels([record.scope]))
            return [
                show_datetime(record.at),
                actor_label(record),
                role_label(record),
                labels[record.scope],
                record.get_what_display(),
                record.detail,
                record.rows,
                record.address or "",
            ]

        reading = trail.Reading(request, AccessRecord.What.AUDIT_EXPORT)
        rows = reading.rows(
            records.iterator(chunk_size=2000), row, lambda record: (record.actor_id, None)
        )
        return download(kind, "audit-trail", HEADINGS, rows, title=_("Audit trail"))

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        records = list(context["object_list"])
        labels = scope_labels({record.scope for record in records})
        for record in records:
            record.scope_label = labels[record.scope]
        return context


class AccessRecordInspectView(InspectView):
    template_name = "audit/admin/access_record_inspect.html"

    def get_fields_context(self):
        record = self.object
        rows = [
            (_("When"), show_datetime(record.at)),
            (_("Staff member"), actor_label(record)),
            (_("Role"), role_label(record)),
            (_("Scope"), scope_labels([record.scope])[record.scope]),
            (_("What"), record.get_what_display()),
            (_("Detail"), record.detail or "—"),
            (_("Rows"), record.rows),
            (_("Client address"), record.address or "—"),
        ]
        return [{"label": label, "value": value, "component": None} for label, value in rows]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        subjects = list(self.object.subjects.order_by("pk")[:SUBJECTS_SHOWN])
        people = get_user_model().objects.in_bulk([s.user_id for s in subjects if s.user_id])
        guests = Registration.objects.in_bulk(
            [s.registration_id for s in subjects if s.registration_id and not s.user_id]
        )
        context["subjects"] = [
            {
                # An account's name, or a guest's as registered (gone once deleted).
                "person": people.get(s.user_id) or guests.get(s.registration_id),
                "user_id": s.user_id,
                "registration_id": s.registration_id,
            }
            for s in subjects
        ]
        context["subjects_total"] = self.object.subjects.count()
        return context
