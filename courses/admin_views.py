"""The admin's Learners screen: a list of enrolments and an inspect page per
enrolment, for support staff within their scope (``courses.learners``).

Both read only. The list costs the same number of queries for 2 rows or 50
(the row's learner, school, course and certificate come in one query); the
inspect page reads the course outline (cached) and the enrolment's progress
and attempts in one query each.

Also the page a moderator lands on after an approval (``moderation_outcome``)
and the reviewers' queue of practical tasks (``PracticalReviewView``).
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.formats import number_format
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext, pgettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Locale, TaskState

from audit import trail
from audit.models import AccessRecord
from audit.views import AuditedListing, AuditedObject
from directory.ids import parse_id
from lms.dates import show_date
from lms.l10n import percent

from . import moderation, services
from .editions import learner_outline
from .hours import hours_number
from .integrity import flags_for
from .learners import LearnerPermissionPolicy, listing, visible_enrolments
from .models import Enrolment, LessonPage
from .outline import get_outline
from .question_stats import LATEST, MIN_GROUP, statistics
from .services.practical import tasks_of, word_count

SEARCH_WORDS = 5  # more words than a full name and an e-mail: the rest is ignored


def short_date(value):
    return show_date(value)


def progress(enrolment):
    """Hours credited as a share of the course's declared hours, at most 100%."""
    if not enrolment.declared_hours:
        return ""
    return percent(min(100, enrolment.hours_done * 100 / enrolment.declared_hours), places=0)


TITLE = gettext_lazy("Learners")


class LearnerIndexView(AuditedListing, IndexView):
    page_title = TITLE
    audit_what = AccessRecord.What.ADMIN_LEARNERS

    def audit_subject(self, enrolment):
        return trail.subject(user_id=enrolment.user_id)

    def get_base_queryset(self):
        return listing(visible_enrolments(self.request.user))

    def order_queryset(self, queryset):
        # A tie-break, so that pages of a long list never repeat or skip a row.
        queryset = super().order_queryset(queryset)
        return queryset.order_by(*queryset.query.order_by, "-pk")

    def search_queryset(self, queryset):
        """Every word must be in the learner's name or e-mail: "Сәрсенбаева Әйгерім" finds her."""
        for word in self.search_query.split()[:SEARCH_WORDS]:
            queryset = queryset.filter(
                Q(user__last_name__icontains=word)
                | Q(user__first_name__icontains=word)
                | Q(user__patronymic__icontains=word)
                | Q(user__email__icontains=word)
            )
        return queryset

    @cached_property
    def columns(self):
        return [
            TitleColumn(
                "learner",
                label=gettext_lazy("Learner"),
                accessor=lambda e: e.user.get_full_name(),
                sort_key="user__last_name",
                get_url=self.get_inspect_url,
            ),
            Column("email", label=gettext_lazy("E-mail"), accessor="user.email"),
            Column("school", label=gettext_lazy("School"), accessor=school_name),
            Column("course", label=gettext_lazy("Course"), accessor="course_title"),
            Column(
                "enrolled_at",
                label=pgettext_lazy("date column", "Enrolled"),
                accessor=lambda e: short_date(e.enrolled_at),
                sort_key="enrolled_at",
            ),
            Column("progress", label=gettext_lazy("Progress"), accessor=progress),
            Column(
                "hours_done",
                label=gettext_lazy("Hours credited"),
                accessor=lambda e: hours_number(e.hours_done),
                sort_key="hours_done",
            ),
            Column(
                "certificate",
                label=gettext_lazy("Certificate"),
                accessor=lambda e: e.certificate_number or "—",
            ),
        ]


def school_name(enrolment):
    school = enrolment.user.school
    return school.name if school else ""


class LearnerInspectView(AuditedObject, InspectView):
    """An enrolment, lesson by lesson and test by test, in the course's order."""

    template_name = "courses/admin/enrolment_inspect.html"
    audit_what = AccessRecord.What.ADMIN_LEARNER

    def audit_subject(self, enrolment):
        return trail.subject(user_id=enrolment.user_id)

    def get_object(self, queryset=None):
        enrolments = listing(visible_enrolments(self.request.user)).select_related(
            "course", "edition", "user__school__district", "user__school__region"
        )
        return get_object_or_404(enrolments, pk=self.pk)

    def get_page_subtitle(self):
        return f"{self.object.user.get_full_name()} · {self.object.course_title}"

    def get_breadcrumbs_items(self):
        items = super().get_breadcrumbs_items()
        # The list is "Learners" (the menu's name), not the model's "enrolments".
        index = next(item for item in items if item["url"] == reverse(self.index_url_name))
        index["label"] = TITLE
        return items

    def get_fields_context(self):
        e = self.object
        school = e.user.school
        rows = [
            (_("Learner"), e.user.get_full_name()),
            (_("E-mail"), e.user.email),
            (_("School"), school.name if school else "—"),
            (_("District"), school.district.name if school else "—"),
            (_("Region"), school.region.name if school else "—"),
            (_("Course"), e.course_title),
            (_("Edition"), e.edition.number if e.edition_id else "—"),
            (pgettext("date column", "Enrolled"), short_date(e.enrolled_at)),
            (_("Last activity"), short_date(e.last_activity_at) or "—"),
            (
                _("Hours credited"),
                _("%(done)s of %(total)s hours done")
                % {"done": hours_number(e.hours_done), "total": hours_number(e.declared_hours)},
            ),
            (_("Progress"), progress(e)),
            (pgettext("date column", "Completed"), short_date(e.completed_at) or _("Not yet")),
            (_("Certificate"), e.certificate_number or _("None issued")),
        ]
        return [{"label": label, "value": value, "component": None} for label, value in rows]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        outline = learner_outline(
            get_outline(self.object.course, self.request), self.object, self.request
        )
        context.update(
            lessons=lesson_rows(outline, self.object.lessons.all()),
            tests=test_rows(outline, self.object.attempts.select_related("assessment")),
        )
        return context


def lesson_rows(outline, progress_rows):
    """Each lesson of the outline with its progress (or none yet), then any
    progress on lessons no longer in the course."""
    by_key = {str(p.lesson_key): p for p in progress_rows}
    modules = {module.key: module.title for module in outline.modules}
    rows = []
    for item in outline.items:
        if item.kind == "lesson":
            rows.append(
                {
                    "module": modules.get(item.module_key, ""),
                    "title": item.title,
                    "required_minutes": item.min_active_seconds // 60,
                    "progress": by_key.pop(item.key, None),
                }
            )
    for left in by_key.values():
        rows.append(
            {"module": "", "title": _("A lesson no longer in the course"), "progress": left}
        )
    for row in rows:
        if row["progress"] is not None:
            row["minutes"] = int(row["progress"].active_seconds // 60)
    return rows


def test_rows(outline, attempts):
    """Each test of the outline with its attempts in order (one empty row if
    none), then attempts at tests no longer in the course."""
    by_key = {}
    for attempt in sorted(attempts, key=lambda a: a.number):
        by_key.setdefault(str(attempt.assessment_key), []).append(attempt)
    rows = []
    for item in outline.items:
        if item.kind == "test":
            for attempt in by_key.pop(item.key, None) or [None]:
                rows.append({"title": item.title, "attempt": attempt})
    for left in by_key.values():
        rows += [{"title": attempt.assessment.title, "attempt": attempt} for attempt in left]
    return rows


class QuestionStatisticsView(WagtailAdminTemplateMixin, TemplateView):
    """Per-question statistics of a test (``courses.question_stats``), for
    whoever may edit the test page."""

    template_name = "courses/admin/question_statistics.html"
    header_icon = "list-ul"

    def dispatch(self, request, page_id):
        from .models import AssessmentPage

        self.test_page = get_object_or_404(AssessmentPage, pk=page_id)
        if not self.test_page.permissions_for_user(request.user).can_edit():
            raise PermissionDenied
        return super().dispatch(request, page_id)

    def get_page_title(self):
        return _("Question statistics")

    def get_page_subtitle(self):
        return self.test_page.title

    def get_context_data(self, **kwargs):
        read, questions = statistics(self.test_page)
        context = super().get_context_data(**kwargs)
        context.update(
            {
                "test_page": self.test_page,
                "attempts_read": read,
                "latest": LATEST,
                "questions": [
                    {
                        "number": number,
                        "text": stats.text,
                        "asked": stats.asked,
                        "share_right": (
                            percent(stats.share_right * 100, places=0)
                            if stats.share_right is not None
                            else "—"
                        ),
                        "discrimination": (
                            number_format(stats.discrimination, decimal_pos=2)
                            if stats.discrimination is not None
                            else "—"
                        ),
                        "flag": _flag(stats),
                    }
                    for number, stats in enumerate(questions, start=1)
                ],
                "edit_url": reverse("wagtailadmin_pages:edit", args=[self.test_page.pk]),
            }
        )
        return context


def _flag(stats):
    """A word for the methodologist where a question needs a second look."""
    if stats.share_right is not None and stats.asked >= MIN_GROUP and stats.share_right < 0.3:
        return _("Most learners get this wrong")
    if stats.discrimination is not None and stats.discrimination < 0.1:
        return _("Does not tell strong learners from weak ones")
    return ""


class IntegrityView(WagtailAdminTemplateMixin, TemplateView):
    """Learners of one course whose evidence is unusual (``courses.integrity``),
    within the viewer's scope, with the evidence. It flags; it never revokes."""

    template_name = "courses/admin/integrity.html"
    header_icon = "warning"
    page_title = gettext_lazy("Unusual evidence")

    def dispatch(self, request, *args, **kwargs):
        if not LearnerPermissionPolicy(Enrolment).user_has_permission(request.user, "view"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        from .models import CoursePage

        context = super().get_context_data(**kwargs)
        courses = list(CoursePage.objects.filter(locale=Locale.get_active()).order_by("path"))
        if not courses:
            courses = list(CoursePage.objects.order_by("path"))
        wanted = self.request.GET.get("course", "")
        course = next((c for c in courses if str(c.translation_key) == wanted), None)
        course = course or (courses[0] if courses else None)
        rows = []
        if course is not None:
            enrolments = visible_enrolments(self.request.user)
            found = flags_for(course, enrolments, get_outline(course, self.request))
            people = enrolments.filter(pk__in=found).select_related("user__school")
            rows = [
                {
                    "enrolment": enrolment,
                    "flags": found[enrolment.pk],
                    "url": reverse("learners:inspect", args=[enrolment.pk]),
                }
                for enrolment in people.order_by("user__last_name", "user__first_name", "pk")
            ]
        trail.record(
            self.request,
            AccessRecord.What.INTEGRITY,
            [trail.subject(user_id=row["enrolment"].user_id) for row in rows],
        )
        context.update({"courses": courses, "course": course, "rows": rows})
        return context


def moderation_outcome(request, task_state_id):
    """Where ``HoursApprovalTask.on_action`` sends the moderator who approved:
    why the approval was refused, or its warnings; then the page's editor."""
    task_state = get_object_or_404(TaskState, pk=task_state_id, finished_by=request.user)
    moderation.tell(request, task_state)
    return redirect("wagtailadmin_pages:edit", task_state.workflow_state.object_id)


REVIEW_PERMISSION = "courses.review_practicaltask"


class PracticalReviewView(WagtailAdminTemplateMixin, TemplateView):
    """Practical task answers waiting for a reviewer, oldest first; accept one
    or return it with a comment. The list costs the same number of queries for
    any number of rows: the learners come with the answers, and the lessons
    (for the task's title and instructions) in one query for the page."""

    template_name = "courses/admin/practical_review.html"
    header_icon = "tasks"
    page_title = gettext_lazy("Practical tasks to review")
    per_page = 20

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(REVIEW_PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def post(self, request):
        action = request.POST.get("action")
        submission_id = parse_id(request.POST.get("submission", ""))
        try:
            if action not in ("accept", "return") or submission_id is None:
                raise services.LearningError(_("Choose an answer and accept or return it."))
            services.review_task(
                submission_id,
                request.user,
                accept=action == "accept",
                comment=request.POST.get("comment", ""),
            )
            if action == "accept":
                messages.success(request, _("The answer is accepted; the learner gets a letter."))
            else:
                messages.success(request, _("The answer is returned; the learner gets a letter."))
        except services.LearningError as error:
            messages.error(request, str(error))
        return redirect(f"{reverse('courses_practical_review')}?{request.GET.urlencode()}")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        paginator = Paginator(services.review_queue(), self.per_page)
        page = paginator.get_page(self.request.GET.get("p"))
        answers = list(page.object_list)
        lessons = _lessons_by_key({answer.lesson_key for answer in answers})
        rows = []
        for answer in answers:
            lesson = lessons.get(answer.lesson_key)
            found = (
                next((t for t in tasks_of(lesson) if t[1].id == answer.block_id), None)
                if lesson
                else None
            )
            rows.append(
                {
                    "answer": answer,
                    "lesson": lesson,
                    "number": found[0] if found else None,
                    "task": found[1].value if found else None,
                    "words": word_count(answer.text),
                    "submitted": short_date(answer.submitted_at),
                }
            )
        trail.record(
            self.request,
            AccessRecord.What.PRACTICAL_TASKS,
            [trail.subject(user_id=row["answer"].enrolment.user_id) for row in rows],
            rows=len(rows),
        )
        context.update({"rows": rows, "page_obj": page, "paginator": paginator})
        return context


def _lessons_by_key(keys):
    """The live lesson of each key, in the active language where there is one."""
    if not keys:
        return {}
    active = Locale.get_active()
    found = {}
    for lesson in LessonPage.objects.live().filter(translation_key__in=keys):
        if lesson.translation_key not in found or lesson.locale_id == active.pk:
            found[lesson.translation_key] = lesson
    return found
