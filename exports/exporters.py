"""The exports offered today: the learner list of a report place, and the
certificate registry of the admin. Each repeats the checks of the view it
comes from, so the background file holds exactly what the page would send.
"""

from types import SimpleNamespace
from uuid import UUID

from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from .registry import Exporter, register

PLACE_KEYS = ("region", "district", "school")


def _number(value):
    try:
        return int(value or 0) or None
    except (TypeError, ValueError):
        return None


class LearnerList(Exporter):
    """``reports.views.learner_export`` in the background. Data as on the report
    page: ``course`` (translation key) and optionally ``region``, ``district``
    or ``school``; without a place, the person's own scope."""

    title = _("Learner list")

    def clean(self, user, data):
        from courses.models import CoursePage
        from reports import queries
        from reports.scope import scope_for

        scope = scope_for(user)
        if scope is None:
            raise PermissionDenied
        asked = {key for key in PLACE_KEYS if data.get(key)}
        place = queries.place_from(data) if asked else queries.place_for_scope(scope)
        if place is None or not scope.allows(**place.ids):
            return None  # unknown, or not for this person: 404 as on the report page
        courses = CoursePage.objects.live().filter(locale=Locale.get_active()).order_by("title")
        chosen = data.get("course")
        course = next((c for c in courses if str(c.translation_key) == chosen), None)
        course = course or courses.first()
        if course is None:
            return None
        ids = place.ids
        return {
            "course": str(course.translation_key),
            "region": ids["region_id"],
            "district": ids["district_id"],
            "school": ids["school_id"],
        }

    def _place(self, params):
        from reports import queries

        return queries.place_from({key: params.get(key) for key in PLACE_KEYS})

    def allowed(self, user, params):
        from reports.scope import scope_for

        if not user.is_active:
            return False
        scope = scope_for(user)
        place = self._place(params)
        return scope is not None and place is not None and scope.allows(**place.ids)

    def describe(self, params):
        from courses.models import CoursePage

        place = self._place(params)
        course = (
            CoursePage.objects.filter(translation_key=params["course"], locale=Locale.get_active())
            .values_list("title", flat=True)
            .first()
        )
        where = place and (place.school or place.district or place.region)
        return " · ".join(
            str(part) for part in (course, where.name if where else _("Kazakhstan")) if part
        )

    def header(self, params):
        from reports import queries

        return queries.learner_header()

    def queryset(self, user, params):
        from reports import queries

        return queries.learners(UUID(params["course"]), self._place(params))

    def row(self, e):
        from reports import queries

        return queries.learner_row(e)

    def subject(self, e):
        return (e.user_id, None)

    def filename(self, params):
        level = self._place(params)
        return f"learners-{level.level if level else 'national'}"


class CertificateRegistry(Exporter):
    """The registry export of the Wagtail admin (``CertificateIndexView``): the
    rows a person may see, with the admin's filters, search and ordering."""

    title = _("Certificate registry")
    FILTERS = ("template", "status", "region", "school", "issued_after", "issued_before")
    ORDERINGS = {"number", "version", "holder_name", "status", "issued_at", "region", "school"}

    def clean(self, user, data):
        params = {key: str(data.get(key, "")) for key in self.FILTERS if data.get(key)}
        query = str(data.get("q", "")).strip()
        if query:
            params["q"] = query
        ordering = str(data.get("ordering", ""))
        if ordering.removeprefix("-") in self.ORDERINGS:
            params["ordering"] = ordering
        return params

    def allowed(self, user, params):
        return user.is_active and (
            user.is_superuser
            or (
                user.has_perm("wagtailadmin.access_admin")
                and user.has_perm("certificates.view_certificate")
            )
        )

    def header(self, params):
        from certificates.exports import HEADINGS

        return HEADINGS

    def queryset(self, user, params):
        from certificates.filters import CertificateFilterSet, visible_certificates

        queryset = visible_certificates(user).select_related("region", "school")
        queryset = queryset.order_by(params.get("ordering", "-issued_at"), "-pk")
        filters = CertificateFilterSet(
            {key: params[key] for key in self.FILTERS if key in params},
            queryset=queryset,
            request=SimpleNamespace(user=user),
        )
        if filters.is_valid():
            queryset = filters.filter_queryset(queryset)
        if params.get("q"):
            queryset = queryset.filter(
                Q(number__icontains=params["q"]) | Q(holder_name__icontains=params["q"])
            )
        return queryset

    def row(self, certificate):
        from certificates.exports import row

        return row(certificate)

    def subject(self, certificate):
        return (certificate.holder_id, None)

    def filename(self, params):
        return f"certificates-{timezone.localdate():%Y%m%d}"


class CertificateZip(CertificateRegistry):
    """The PDFs of a school's or a region's valid certificates as one ZIP:
    the registry's filters, and a school or region among them (a regional
    officer's region is implicit). ``certificates.admin_zip`` streams it when
    it is small enough; above that it is prepared here."""

    title = _("Certificates (ZIP of PDFs)")
    formats = ("zip",)

    @property
    def audit_what(self):
        from audit.models import AccessRecord

        return AccessRecord.What.CERTIFICATES_ZIP

    def clean(self, user, data):
        from certificates.filters import sees_every_region

        params = super().clean(user, data)
        params.pop("status", None)  # valid ones only: the others are not to hand out
        if sees_every_region(user) and not (params.get("school") or params.get("region")):
            return None
        return params

    def describe(self, params):
        from directory.models import Region, School

        place = (
            School.objects.filter(pk=_number(params.get("school"))).first()
            or Region.objects.filter(pk=_number(params.get("region"))).first()
        )
        return str(place) if place else ""

    def header(self, params):
        return []

    def queryset(self, user, params):
        from certificates.models import Certificate

        queryset = super().queryset(user, params)
        # Again, plainly: a school outside the region makes the registry's
        # filters invalid, and they are then left out, which here would be
        # the whole country.
        for key in ("school", "region"):
            if params.get(key):
                queryset = queryset.filter(**{f"{key}_id": _number(params[key])})
        return (
            queryset.filter(status=Certificate.Status.VALID)
            .exclude(pdf="")
            .order_by("number", "pk")
        )

    def row(self, certificate):
        from certificates.admin_zip import entry

        return entry(certificate)

    def filename(self, params):
        return f"certificates-{timezone.localdate():%Y%m%d}"


register("reports-learners", LearnerList())
register("certificates-registry", CertificateRegistry())
register("certificates-zip", CertificateZip())
