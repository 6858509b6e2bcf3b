"""Which enrolments a staff member may look into, and how a list of them is read.

Support staff answer questions like "why has this teacher no certificate?"
from the admin's Learners screen. They see the learners of their report
scope (``reports.scope.scope_for``), placed by their school as the reports
place them: a coordinator their school, a district officer their district,
a regional officer their region, a national analyst and a superuser the
whole country. Anyone without a scope sees nothing, not everything.

The screen is read-only for everyone, superusers included: enrolments,
progress and attempts change only through ``courses.services``.
"""

from django.db.models import CharField, F, OuterRef, Subquery, Value
from django.db.models.functions import Cast, Coalesce, Concat

from certificates.models import Certificate
from reports.scope import ScopedViewPolicy, cached_scope

from .models import Enrolment

scope_of = cached_scope


def visible_enrolments(user):
    enrolments = Enrolment.objects.all()
    scope = scope_of(user)
    if scope is None:
        return enrolments.none()
    if scope.level == "region":
        return enrolments.filter(user__school__region_id=scope.region_id)
    if scope.level == "district":
        return enrolments.filter(user__school__district_id=scope.district_id)
    if scope.level == "school":
        return enrolments.filter(user__school_id=scope.school_id)
    return enrolments


def valid_certificates():
    """The valid certificate of each enrolment (``certificates.services.course_source``)."""
    source = Concat(Value("course:"), Cast(OuterRef("pk"), CharField()), output_field=CharField())
    return Certificate.objects.filter(source=source, status=Certificate.Status.VALID).order_by()


def listing(enrolments):
    """What each row of the list shows, in one query for any number of rows."""
    return enrolments.select_related("user__school").annotate(
        course_title=F("course__title"),
        # The hours of the learner's edition (the course's own before editions).
        declared_hours=Coalesce(F("edition__declared_hours"), F("course__declared_hours")),
        certificate_number=Subquery(valid_certificates().values("number")[:1]),
    )


class LearnerPermissionPolicy(ScopedViewPolicy):
    """The "view" action for whoever has a report scope; no other action for anyone."""

    def visible(self, user):
        return visible_enrolments(user)
