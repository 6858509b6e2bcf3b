"""The delivery log's filters in the admin, and the names of its kinds.

``Delivery.kind`` is a short code (``reminder_1h``) written by
``messaging.dispatch``; staff read it by the names below.
"""

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet

from .channels import Channel
from .models import Delivery

KINDS = {
    "confirmed": pgettext_lazy("message kind", "Registered"),
    "waitlisted": pgettext_lazy("message kind", "On the waiting list"),
    "moved_up": pgettext_lazy("message kind", "Moved up from the waiting list"),
    "changed": pgettext_lazy("message kind", "Session changed"),
    "cancelled": pgettext_lazy("message kind", "Session cancelled"),
    "reminder_24h": pgettext_lazy("message kind", "Reminder a day before"),
    "reminder_1h": pgettext_lazy("message kind", "Reminder an hour before"),
    "certificate_ready": pgettext_lazy("message kind", "Certificate ready"),
}


def kind_label(kind):
    return KINDS.get(kind, kind)


class DeliveryFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=_("Status"),
        choices=Delivery.Status.choices,
        empty_label=_("All"),
        widget=forms.RadioSelect,
    )
    channel = django_filters.ChoiceFilter(
        label=_("Channel"),
        choices=[(c.value, c.label) for c in (Channel.TELEGRAM, Channel.SMS)],
        empty_label=_("All"),
        widget=forms.RadioSelect,
    )
    kind = django_filters.ChoiceFilter(
        label=pgettext_lazy("message kind", "Kind"),
        choices=list(KINDS.items()),
        empty_label=_("All"),
    )
    created = django_filters.DateFromToRangeFilter(
        label=_("Date"), field_name="created_at", widget=DateRangePickerWidget
    )

    class Meta:
        model = Delivery
        fields = []
