"""How course pages are served, and learners in the Wagtail admin.

A course, lesson or test page is answered by its view in ``courses.views``
(enrolment, unlocking, attempts), hooked into Wagtail's serving with the
public ``on_serve_page`` hook: the page models import no views.

Learners in the Wagtail admin: enrolments, lesson progress and test
attempts, read-only, for support staff within their report scope.

Live sessions (``courses.admin_live``): their dates and each one's register,
for staff with the permission to run them.

Who sees what is ``courses.learners``; no add, edit, delete, history or
usage views are routed (``InspectOnlyViewSet``), and the permission policy
grants nothing but "view".
"""

from django.contrib import messages
from django.contrib.auth.models import Permission
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button
from wagtail.models import TaskState
from wagtail.permissions import register_permission_policy

from lms.admin_viewsets import InspectOnlyViewSet

from . import admin_views, editions, moderation, publishing, views
from .admin_editions import EditionsView
from .admin_live import LivePermissionPolicy, LiveSessionViewSet
from .learner_filters import LearnerFilterSet
from .learners import LearnerPermissionPolicy
from .models import (
    AssessmentPage,
    CoursePage,
    Enrolment,
    HoursApprovalTask,
    LessonPage,
    LiveSession,
)

# Before any view asks for the policy, or Wagtail creates its model-permission default.
register_permission_policy(Enrolment, LearnerPermissionPolicy(Enrolment))
register_permission_policy(LiveSession, LivePermissionPolicy(LiveSession))


class LearnerViewSet(InspectOnlyViewSet):
    model = Enrolment
    name = "learners"
    icon = "user"
    menu_label = _("Learners")
    menu_order = 315
    add_to_admin_menu = True
    index_view_class = admin_views.LearnerIndexView
    inspect_view_class = admin_views.LearnerInspectView
    list_per_page = 50
    ordering = "-enrolled_at"
    filterset_class = LearnerFilterSet
    search_fields = ["user__last_name", "user__first_name", "user__email"]
    search_backend_name = None

    def get_permissions_to_register(self):
        # The policy reads the scope, not Django permissions: none to offer on group pages.
        return Permission.objects.none()


@hooks.register("register_admin_viewset")
def register_learner_viewset():
    return LearnerViewSet()


@hooks.register("register_admin_viewset")
def register_live_session_viewset():
    return LiveSessionViewSet()


# Lower order is outer: Wagtail's view-restriction check (order 0) runs first.
LEARNING_VIEWS = {
    CoursePage: views.course_page,
    LessonPage: views.lesson_page,
    AssessmentPage: views.assessment_page,
}


@hooks.register("on_serve_page", order=10)
def serve_learning_pages(next_serve):
    def serve(page, request, args, kwargs):
        view = LEARNING_VIEWS.get(type(page))
        if view is None:
            return next_serve(page, request, args, kwargs)
        return view(request, page)

    return serve


@hooks.register("register_admin_urls")
def register_course_admin_urls():
    return [
        path(
            "courses/tests/<int:page_id>/statistics/",
            admin_views.QuestionStatisticsView.as_view(),
            name="courses_question_statistics",
        ),
        path(
            "courses/<int:page_id>/editions/",
            EditionsView.as_view(),
            name="courses_editions",
        ),
        path(
            "courses/moderation/<int:task_state_id>/",
            admin_views.moderation_outcome,
            name="courses_moderation_outcome",
        ),
        path(
            "courses/integrity/",
            admin_views.IntegrityView.as_view(),
            name="courses_integrity",
        ),
        path(
            "courses/practical-tasks/",
            admin_views.PracticalReviewView.as_view(),
            name="courses_practical_review",
        ),
    ]


class IntegrityMenuItem(MenuItem):
    def is_shown(self, request):
        return LearnerPermissionPolicy(Enrolment).user_has_permission(request.user, "view")


@hooks.register("register_admin_menu_item")
def integrity_menu_item():
    return IntegrityMenuItem(
        _("Unusual evidence"), reverse("courses_integrity"), icon_name="warning", order=316
    )


@hooks.register("register_permissions")
def practical_review_permission():
    """Offered on the admin's group pages (Methodologists hold it: ``users.roles``)."""
    return Permission.objects.filter(
        content_type__app_label="courses", codename="review_practicaltask"
    )


class PracticalReviewMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(admin_views.REVIEW_PERMISSION)


@hooks.register("register_admin_menu_item")
def practical_review_menu_item():
    return PracticalReviewMenuItem(
        _("Practical tasks to review"),
        reverse("courses_practical_review"),
        icon_name="tasks",
        order=317,
    )


@hooks.register("register_page_header_buttons")
def question_statistics_button(page, user, view_name, next_url=None):
    if isinstance(page.specific_deferred, AssessmentPage):
        yield Button(
            _("Question statistics"),
            reverse("courses_question_statistics", args=[page.pk]),
            icon_name="list-ul",
            priority=68,
        )


@hooks.register("register_page_header_buttons")
def editions_button(page, user, view_name, next_url=None):
    if isinstance(page.specific_deferred, CoursePage):
        yield Button(
            _("Editions"),
            reverse("courses_editions", args=[page.pk]),
            icon_name="history",
            priority=68,
        )


@hooks.register("before_publish_page")
def refuse_hours_that_do_not_add_up(request, page):
    """The draft is saved already; only its publication is refused."""
    found = publishing.verdict(page.specific)
    if found.refusal:
        messages.error(request, found.refusal)
        return redirect("wagtailadmin_pages:edit", page.pk)
    for warning in found.warnings:
        messages.warning(request, warning)
    return None


@hooks.register("after_edit_page")
def tell_the_moderator(request, page):
    """An approval from the page editor's own menu: the editor ignores what
    ``HoursApprovalTask.on_action`` returns, so the moderator is told here."""
    if request.POST.get("workflow-action-name") != "approve":
        return None
    acted = (
        TaskState.objects.for_instance(page)
        .filter(finished_by=request.user)
        .order_by("-finished_at", "-pk")
        .select_related("task")
        .first()
    )
    if acted and isinstance(acted.task.specific, HoursApprovalTask):
        moderation.tell(request, acted)
    return None


@hooks.register("after_publish_page")
def tell_who_keeps_the_edition(request, page):
    """After a change to a course with learners: who keeps which edition."""
    course = publishing.course_of(page.specific)
    if course is None:
        return
    kept = editions.kept_by(course)
    if kept:
        number, learners = kept
        messages.info(
            request,
            ngettext(
                "%(count)s learner who enrolled earlier keeps edition %(edition)s of the "
                "course; those who enrol next study it as changed. Staff can move learners "
                "on the course's Editions page.",
                "%(count)s learners who enrolled earlier keep edition %(edition)s of the "
                "course; those who enrol next study it as changed. Staff can move learners "
                "on the course's Editions page.",
                learners,
            )
            % {"count": learners, "edition": number},
        )
