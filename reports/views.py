"""Report pages and exports. Every view checks the scope on the server.

The figures come from the summaries (``reports.stats``); a place with none
shows zeros and when the summaries were counted (``reports.freshness``).
"""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from django.views.decorators.http import require_POST
from wagtail.models import Locale

from audit import trail
from audit.models import AccessRecord
from courses.models import CoursePage
from exports.responses import download
from lms import replica
from lms.dates import show_date

from . import freshness, queries, reach
from .charts import bar_chart
from .models import SummaryRun
from .scope import scope_for


def _scoped_place(request):
    if not request.user.is_authenticated:
        return None, None, redirect_to_login(request.get_full_path())
    scope = request._report_scope = scope_for(request.user)  # the header reads it too
    if scope is None:
        raise PermissionDenied
    asked = {key for key in ("region", "district", "school") if request.GET.get(key)}
    place = queries.place_from(request.GET) if asked else queries.place_for_scope(scope)
    if place is None:
        raise Http404
    if not scope.allows(**place.ids):
        raise Http404  # the place exists, but not for this person
    return scope, place, None


def _course(request):
    courses = CoursePage.objects.live().filter(locale=Locale.get_active()).order_by("title")
    chosen = request.GET.get("course")
    course = next((c for c in courses if str(c.translation_key) == chosen), None)
    return course or (courses[0] if courses else None), courses


LEARNERS_PER_PAGE = 100  # small pages for slow connections


def _freshness(kind):
    """When the page's summary was counted and whether a recount is pending."""
    counted = freshness.counted_at()
    return {"counted_at": counted.get(kind), "pending": freshness.pending_since(counted)}


@replica.reads
def course_report(request):
    scope, place, refusal = _scoped_place(request)
    if refusal:
        return refusal
    course, courses = _course(request)
    kind = request.GET.get("export")
    if course is None:
        if kind in {"csv", "xlsx"}:
            raise Http404
        return render(request, "reports/no_course.html", {"scope": scope, "place": place})
    rows, total = queries.course_rows(course.translation_key, place)
    if kind in {"csv", "xlsx"}:
        header = [
            _("Place"),
            _("Enrolled"),
            _("Active in 30 days"),
            pgettext("number of people", "Completed"),
            _("Certificates"),
            _("Average hours"),
        ]
        return download(
            kind,
            f"course-report-{place.level}",
            header,
            (
                [
                    r["name"],
                    r["enrolled"],
                    r["active_30d"],
                    r["completed"],
                    r["certificates"],
                    r["average_hours"],
                ]
                for r in rows
            ),
        )
    trend = queries.course_trend(course.translation_key, place)
    learner_list, other_pages = [], ""
    if place.level == "school":
        learner_list = Paginator(
            queries.learners(course.translation_key, place), LEARNERS_PER_PAGE
        ).get_page(request.GET.get("page"))
        trail.record(
            request,
            AccessRecord.What.REPORT_LEARNERS,
            [trail.subject(user_id=e.user_id) for e in learner_list],
        )
        params = request.GET.copy()
        params.pop("page", None)
        other_pages = params.urlencode()
    child = {"national": "region", "region": "district", "district": "school"}.get(place.level)
    return render(
        request,
        "reports/course_report.html",
        {
            "scope": scope,
            "place": place,
            "course": course,
            "courses": courses,
            "rows": rows,
            "total": total,
            "child": child,
            "trend": trend,
            "chart": bar_chart(
                [(str(w["week"]), w["completed"]) for w in trend], _("Completions per week")
            ),
            "learners": learner_list,
            "page_query": other_pages,
            "direct_export": total["enrolled"] <= LONG_EXPORT_ROWS,
            **_freshness(SummaryRun.COURSES),
        },
    )


# Learner lists longer than this are prepared in the background (``exports``):
# 400,000 rows take 30 s as a streamed CSV and 50 s as XLSX, longer than a web
# worker may spend on one request.
LONG_EXPORT_ROWS = 20_000


@replica.reads
def learner_export(request):
    """The learner list of the place: streamed, so many rows need little
    memory; a list longer than ``LONG_EXPORT_ROWS`` (by the summaries) gets a
    page that offers to prepare it in the background instead."""
    scope, place, refusal = _scoped_place(request)
    if refusal:
        return refusal
    course, _courses = _course(request)
    if course is None:
        raise Http404
    _rows, total = queries.course_rows(course.translation_key, place)
    learners = queries.learners(course.translation_key, place)
    if SummaryRun.COURSES not in freshness.counted_at():
        # Never counted: the summaries cannot tell the length; a bounded count can.
        total["enrolled"] = learners[: LONG_EXPORT_ROWS + 1].count()
    if total["enrolled"] > LONG_EXPORT_ROWS:
        return render(
            request,
            "reports/long_export.html",
            {"scope": scope, "place": place, "course": course, "total": total},
        )
    header = queries.learner_header()
    rows = trail.Reading(request, AccessRecord.What.REPORT_LEARNERS_EXPORT).rows(
        learners.iterator(chunk_size=5000),
        queries.learner_row,
        lambda e: trail.subject(user_id=e.user_id),
    )
    kind = request.GET.get("export", "csv")
    return download(
        kind if kind in {"csv", "xlsx"} else "csv", f"learners-{place.level}", header, rows
    )


ACADEMY_COLUMNS = ("held", "cancelled", "registrations", "attended", "rate")


def _reach_headings():
    """The reach columns of the place table's export, as the page heads them."""
    return [
        _("Reached by e-mail"),
        _("Reached by Telegram"),
        _("Reached by SMS"),
        _("Failed in Telegram"),
        _("Failed by SMS"),
    ]


def _academy_export(kind, filename, rows, first_column, name_key, by_place=True):
    """The place table (with certificates and reach by channel, which belong
    to no topic) or the topic table. Reach not counted yet is left blank."""
    header = [
        first_column,
        _("Sessions held"),
        _("Sessions cancelled"),
        _("Registrations"),
        _("Attended"),
        _("Attendance rate, per cent"),
    ]
    columns = ACADEMY_COLUMNS
    if by_place:
        header += [_("Certificates"), *_reach_headings()]
        columns += ("certificates", *reach.FIGURES)
    lines = ([r[name_key]] + ["" if r[c] is None else r[c] for c in columns] for r in rows)
    return download(kind, filename, header, lines)


@replica.reads
def academy_report(request):
    """Parents' Academy: by place with drill-down, by topic, and by week."""
    scope, place, refusal = _scoped_place(request)
    if refusal:
        return refusal
    kind = request.GET.get("export")
    if kind in {"csv", "xlsx"} and request.GET.get("table") == "topics":
        topics = queries.academy_topics(place)
        name = f"academy-topics-{place.level}"
        return _academy_export(kind, name, topics, _("Topic"), "title", by_place=False)
    rows, total = queries.academy_rows(place)
    if kind in {"csv", "xlsx"}:
        return _academy_export(kind, f"academy-report-{place.level}", rows, _("Place"), "name")
    trend = queries.academy_trend(place)
    child = {"national": "region", "region": "district", "district": "school"}.get(place.level)
    fresh = _freshness(SummaryRun.ACADEMY)
    return render(
        request,
        "reports/academy_report.html",
        {
            "scope": scope,
            "place": place,
            "rows": rows,
            "total": total,
            "reach_state": queries.reach_state(total, fresh["counted_at"]),
            "topics": queries.academy_topics(place),
            "child": child,
            "trend": trend,
            "held_chart": bar_chart(
                [(show_date(w["week"]), w["held"]) for w in trend],
                _("Sessions held per week"),
            ),
            "attended_chart": bar_chart(
                [(show_date(w["week"]), w["attended"]) for w in trend],
                _("Parents attending per week"),
            ),
            **fresh,
        },
    )


@require_POST
def refresh(request):
    """Ask for a recount of the summaries (a staff member with a report scope);
    back to the report page the button was on. A second request while one is
    pending queues nothing."""
    if not request.user.is_authenticated:
        return redirect_to_login(reverse("reports:courses"))
    if scope_for(request.user) is None:
        raise PermissionDenied
    if freshness.request_refresh():
        messages.success(request, _("A recount of the figures has been requested."))
    else:
        messages.info(request, _("A recount is already pending."))
    back = request.POST.get("next", "")
    if not back.startswith("/") or not url_has_allowed_host_and_scheme(
        back, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        back = reverse("reports:courses")
    return HttpResponseRedirect(back)
