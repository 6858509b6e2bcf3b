"""Filters of the admin's Learners list, limited to the viewer's scope.

Places are offered only inside the scope, and one level at a time (about
7,500 schools: the schools of one district, never the whole list). A value
that is not one of the offered choices (another district, ``-1``, a
20-digit number, text) makes the filter invalid, and an invalid filter is
ignored, so it can neither widen the list nor fail.
"""

import django_filters
from django import forms
from django.db.models import Exists
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet

from directory.models import District, Region, School

from .learners import scope_of, valid_certificates
from .models import CoursePage, Enrolment

STATUSES = [
    ("studying", _("Not completed")),
    ("completed", _("Completed")),
    ("certified", _("Certificate issued")),
    ("uncertified", _("Completed, no certificate")),
]


def course_choices():
    """One choice per course (all its translations), titled in the active language if it has one."""
    titles = {}
    language = get_language()
    for key, title, code in CoursePage.objects.order_by("pk").values_list(
        "translation_key", "title", "locale__language_code"
    ):
        if str(key) not in titles or code == language:
            titles[str(key)] = title
    return sorted(titles.items(), key=lambda choice: choice[1])


def _id(value):
    """A directory id from the query string, or None: at most 19 digits."""
    text = str(value or "")
    return int(text) if text.isascii() and text.isdigit() and len(text) <= 19 else None


class LearnerFilterSet(WagtailFilterSet):
    course = django_filters.ChoiceFilter(
        label=_("Course"), field_name="course_key", empty_label=_("All")
    )
    status = django_filters.ChoiceFilter(
        label=_("Status"),
        choices=STATUSES,
        method="filter_status",
        empty_label=_("All"),
        widget=forms.RadioSelect,
    )
    region = django_filters.ModelChoiceFilter(
        label=_("Region"), field_name="user__school__region", queryset=Region.objects.all()
    )
    district = django_filters.ModelChoiceFilter(
        label=_("District"),
        field_name="user__school__district",
        queryset=District.objects.none(),
        help_text=_("Choose a region first: its districts are offered here."),
    )
    school = django_filters.ModelChoiceFilter(
        label=_("School"),
        field_name="user__school",
        queryset=School.objects.none(),
        help_text=_("Choose a district first: its schools are offered here."),
    )

    class Meta:
        model = Enrolment
        fields = []

    def __init__(self, data=None, *args, request=None, **kwargs):
        super().__init__(data, *args, request=request, **kwargs)
        self.filters["course"].extra["choices"] = course_choices()
        scope = scope_of(request.user)
        data = data or {}
        if scope is None or scope.level != "national":
            del self.filters["region"]
        if scope is None or scope.level in ("district", "school"):
            del self.filters["district"]
        if scope is None or scope.level == "school":
            del self.filters["school"]
            return
        region_id = scope.region_id if scope.level == "region" else _id(data.get("region"))
        if "district" in self.filters and region_id is not None:
            self.filters["district"].queryset = District.objects.filter(region_id=region_id)
        district_id = scope.district_id if scope.level == "district" else _id(data.get("district"))
        if district_id is not None:
            schools = School.objects.filter(district_id=district_id)
            if scope.level == "region":
                schools = schools.filter(region_id=scope.region_id)
            self.filters["school"].queryset = schools
        if scope.level == "district":
            self.filters["school"].extra.pop("help_text", None)

    def filter_status(self, queryset, name, value):
        if value == "studying":
            return queryset.filter(completed_at__isnull=True)
        if value == "completed":
            return queryset.filter(completed_at__isnull=False)
        certified = Exists(valid_certificates())
        if value == "certified":
            return queryset.filter(certified)
        return queryset.filter(~certified, completed_at__isnull=False)
