"""Who sees which certificates in the admin, and the registry's filters.

Regional officers see their own region only. National analysts, moderators
(who revoke and reissue anywhere) and superusers see every region. Anyone
else with the view permission but no region sees nothing, rather than all.
"""

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet

from directory.models import Region, School

from .models import Certificate, CertificateTemplate


def sees_every_region(user):
    return (
        user.is_superuser
        or user.has_perm("users.view_national_reports")
        or user.has_perm("certificates.change_certificate")
    )


def visible_certificates(user, queryset=None):
    queryset = Certificate.objects.all() if queryset is None else queryset
    if sees_every_region(user):
        return queryset
    if user.region_id is None:
        return queryset.none()
    return queryset.filter(region_id=user.region_id)


class CertificateFilterSet(WagtailFilterSet):
    template = django_filters.ModelChoiceFilter(
        label=_("Template"), queryset=CertificateTemplate.objects.order_by("name")
    )
    status = django_filters.ChoiceFilter(
        label=_("Status"),
        choices=Certificate.Status.choices,
        empty_label=_("All"),
        widget=forms.RadioSelect,
    )
    region = django_filters.ModelChoiceFilter(label=_("Region"), queryset=Region.objects.all())
    school = django_filters.ModelChoiceFilter(
        label=_("School"),
        queryset=School.objects.none(),
        help_text=_("Choose a region first: its schools are offered here."),
    )
    issued = django_filters.DateFromToRangeFilter(
        label=_("Issued"), field_name="issued_at", widget=DateRangePickerWidget
    )

    class Meta:
        model = Certificate
        fields = []

    def __init__(self, data=None, *args, request=None, **kwargs):
        super().__init__(data, *args, request=request, **kwargs)
        # About 7,500 schools: offer those of one region, never the whole list.
        region_id = self._region_id(request, data)
        if region_id is not None:
            self.filters["school"].queryset = School.objects.filter(region_id=region_id)
        if request is not None and not sees_every_region(request.user):
            del self.filters["region"]

    @staticmethod
    def _region_id(request, data):
        if request is not None and not sees_every_region(request.user):
            return request.user.region_id
        value = (data or {}).get("region", "")
        return int(value) if str(value).isdigit() else None
