"""The delivery log in the Wagtail admin: a list and an inspect page per row,
read only, within the staff member's scope (``log_access``).

A row shows whom it was for only as much as tells two people apart: the
phone masked (``phones.mask``), the e-mail partly, the Telegram chat id not
at all. The text itself is not shown: it carries the person's signed links
(to join, to manage their registrations). The list costs the same number of
queries for 2 rows or 50 (the contact and the account come in the same query).
"""

from django.shortcuts import get_object_or_404
from django.template.defaultfilters import truncatechars
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext, pgettext_lazy
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.generic import IndexView, InspectView

from audit import trail
from audit.models import AccessRecord
from audit.views import AuditedListing, AuditedObject
from lms.dates import show_datetime

from . import phones
from .channels import Channel
from .log_access import visible_deliveries
from .log_filters import kind_label

TITLE = gettext_lazy("Messages by Telegram and SMS")
KIND = pgettext_lazy("message kind", "Kind")
TO = pgettext_lazy("message recipient", "To")


def mask_email(email):
    """``ai***@example.kz``: the start of the name and the domain."""
    name, _at, domain = (email or "").partition("@")
    if not domain:
        return "***" if email else "—"
    return f"{name[: 2 if len(name) > 3 else 1]}***@{domain}"


def person(delivery):
    """Whom the row was for, masked: the number for SMS, and the e-mail."""
    email = mask_email(delivery.user.email if delivery.user_id else delivery.email)
    if delivery.channel == Channel.SMS and delivery.contact_id:
        return f"{phones.mask(delivery.contact.address)} · {email}"
    return email


def problem(delivery):
    return truncatechars(delivery.error or delivery.reason, 120)


def listing(deliveries):
    return deliveries.select_related("user", "contact")


def audit_subject(delivery):
    if delivery.user_id:
        return trail.subject(user_id=delivery.user_id)
    return trail.subject(registration_id=delivery.registration_id)


class DeliveryIndexView(AuditedListing, IndexView):
    page_title = TITLE
    audit_what = AccessRecord.What.DELIVERY_LOG

    def audit_subject(self, delivery):
        return audit_subject(delivery)

    def get_base_queryset(self):
        return listing(visible_deliveries(self.request.user))

    def order_queryset(self, queryset):
        # A tie-break, so that pages of a long list never repeat or skip a row.
        queryset = super().order_queryset(queryset)
        return queryset.order_by(*queryset.query.order_by, "-pk")

    @cached_property
    def columns(self):
        return [
            TitleColumn(
                "created_at",
                label=gettext_lazy("Time"),
                accessor=lambda d: show_datetime(d.created_at),
                sort_key="created_at",
                get_url=self.get_inspect_url,
            ),
            Column("channel", label=gettext_lazy("Channel"), accessor="get_channel_display"),
            Column("kind", label=KIND, accessor=lambda d: kind_label(d.kind)),
            Column("status", label=gettext_lazy("Status"), accessor="get_status_display"),
            Column("attempts", label=gettext_lazy("Attempts"), sort_key="attempts"),
            Column("person", label=TO, accessor=person),
            Column("error", label=gettext_lazy("Error or reason"), accessor=problem),
        ]


class DeliveryInspectView(AuditedObject, InspectView):
    audit_what = AccessRecord.What.DELIVERY

    def audit_subject(self, delivery):
        return audit_subject(delivery)

    def get_object(self, queryset=None):
        return get_object_or_404(listing(visible_deliveries(self.request.user)), pk=self.pk)

    def get_page_subtitle(self):
        return f"{show_datetime(self.object.created_at)} · {kind_label(self.object.kind)}"

    def get_breadcrumbs_items(self):
        items = super().get_breadcrumbs_items()
        index = next(item for item in items if item["url"] == reverse(self.index_url_name))
        index["label"] = TITLE
        return items

    def get_fields_context(self):
        d = self.object
        rows = [
            (_("Time"), show_datetime(d.created_at)),
            (_("Channel"), d.get_channel_display()),
            (KIND, kind_label(d.kind)),
            (_("Status"), d.get_status_display()),
            (_("Attempts"), d.attempts),
            (TO, person(d)),
            (_("Not before"), show_datetime(d.not_before) or "—"),
            (pgettext("date column", "Sent"), show_datetime(d.sent_at) or "—"),
            (_("Reason"), d.reason or "—"),
            (_("Error"), d.error or "—"),
        ]
        return [{"label": label, "value": value, "component": None} for label, value in rows]
