"""Live sessions in the admin: staff with ``courses.run_live_sessions``
(the Methodologists group, ``users.roles``) schedule the dates of lessons'
live session blocks and mark each session's register.

Every view of the viewset, and the register, asks for that one permission
(``LivePermissionPolicy``): scheduling and running a session go together, and
a colleague may stand in for a facilitator. The register is one form for
every registered learner, saved in one transaction by
``courses.services.mark_register``; it reads the session's rows in one query
for any number of learners.
"""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db.models import Count, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext
from django.views.generic import TemplateView
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.models import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import Locale, Page
from wagtail.permission_policies.base import BasePermissionPolicy

from audit import trail
from audit.models import AccessRecord
from lms.dates import show_datetime

from . import services
from .models import LessonPage, LiveSession
from .services.live import live_blocks

PERMISSION = "courses.run_live_sessions"


class LivePermissionPolicy(BasePermissionPolicy):
    """Every action on live sessions needs the one permission."""

    def user_has_permission(self, user, action):
        return user.is_active and user.has_perm(PERMISSION)

    def users_with_any_permission(self, actions):
        app_label, codename = PERMISSION.split(".")
        granted = Q(
            groups__permissions__codename=codename,
            groups__permissions__content_type__app_label=app_label,
        ) | Q(
            user_permissions__codename=codename,
            user_permissions__content_type__app_label=app_label,
        )
        return (
            get_user_model()
            .objects.filter(is_active=True)
            .filter(Q(is_superuser=True) | granted)
            .distinct()
        )


def block_choices():
    """Every live session block of the live lessons in the default language,
    as ``("<lesson key>:<block id>", "Lesson — topic (N min)")``."""
    lessons = LessonPage.objects.live().filter(locale=Locale.get_default()).order_by("path")
    return [
        (
            f"{lesson.translation_key}:{block.block_id}",
            _("%(lesson)s — %(topic)s (%(minutes)s min)")
            % {"lesson": lesson.title, "topic": block.topic, "minutes": block.minutes},
        )
        for lesson in lessons
        for block in live_blocks(lesson)
    ]


def _model_field(name):
    return LiveSession._meta.get_field(name)


class LiveSessionForm(WagtailAdminModelForm):
    block = forms.ChoiceField(label=gettext_lazy("Lesson and its live session"))
    meeting_url = forms.URLField(
        label=capfirst(_model_field("meeting_url").verbose_name),
        help_text=_model_field("meeting_url").help_text,
        max_length=500,
        assume_scheme="https",
    )

    class Meta:
        model = LiveSession
        fields = [
            "block",
            "starts_at",
            "minutes",
            "language",
            "meeting_url",
            "facilitator",
            "capacity",
            "status",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        choices = block_choices()
        if self.instance.pk:
            current = f"{self.instance.lesson_key}:{self.instance.block_id}"
            self.initial["block"] = current
            if current not in dict(choices):
                choices.append((current, _("(a lesson no longer published)")))
        self.fields["block"].choices = [("", "---------"), *choices]
        self.fields["minutes"].required = False
        self.fields["minutes"].help_text = _("Empty: the length the lesson's block gives.")
        self.fields["starts_at"].help_text = _("In Almaty time.")
        self.fields["facilitator"].queryset = LivePermissionPolicy(
            LiveSession
        ).users_with_any_permission(["change"])

    def clean(self):
        cleaned = super().clean()
        key, _sep, block_id = (cleaned.get("block") or "").partition(":")
        if key and block_id:
            self.instance.lesson_key, self.instance.block_id = key, block_id
            if not cleaned.get("minutes"):
                lesson = LessonPage.objects.filter(translation_key=key).first()
                found = [b for b in live_blocks(lesson) if b.block_id == block_id] if lesson else []
                if found:
                    cleaned["minutes"] = found[0].minutes
                else:
                    self.add_error("minutes", _("Enter the session's length."))
        return cleaned


def _lesson_titles():
    """The lesson's title in the default language (where the course is
    authored), else in any: one subquery, not a query per row."""
    pages = Page.objects.filter(translation_key=OuterRef("lesson_key"))
    own = pages.filter(locale__language_code=settings.LANGUAGE_CODE)
    return Coalesce(Subquery(own.values("title")[:1]), Subquery(pages.values("title")[:1]))


class LiveSessionIndexView(IndexView):
    def get_base_queryset(self):
        return (
            super()
            .get_base_queryset()
            .select_related("facilitator")
            .annotate(lesson_title=_lesson_titles(), registered=Count("attendances"))
        )

    def get_list_more_buttons(self, instance):
        from wagtail.admin.widgets import ListingButton

        return [
            ListingButton(
                pgettext("attendance register", "Register"),
                url=reverse("live_sessions:register", args=[instance.pk]),
                icon_name="tasks",
                priority=5,
            ),
            *super().get_list_more_buttons(instance),
        ]


def _stage(session):
    return session.stage_label()


class LiveSessionViewSet(ModelViewSet):
    model = LiveSession
    name = "live_sessions"
    icon = "group"
    menu_label = gettext_lazy("Live sessions")
    menu_order = 318
    add_to_admin_menu = True
    copy_view_enabled = False
    inspect_view_enabled = False
    add_to_reference_index = False
    index_view_class = LiveSessionIndexView
    list_per_page = 50
    ordering = "-starts_at"
    list_filter = ["status", "language"]
    list_display = [
        TitleColumn(
            "starts_at",
            label=gettext_lazy("Starts"),
            url_name="live_sessions:register",
            accessor=lambda session: show_datetime(session.starts_at),
            sort_key="starts_at",
        ),
        Column("lesson_title", label=gettext_lazy("Lesson")),
        Column("language", label=gettext_lazy("Language"), accessor="get_language_display"),
        Column("facilitator", label=gettext_lazy("Facilitator")),
        Column("registered", label=gettext_lazy("Registered")),
        "capacity",
        Column("stage", label=gettext_lazy("Status"), accessor=_stage),
    ]

    def get_form_class(self, for_update=False):
        return LiveSessionForm

    def get_permissions_to_register(self):
        # The one permission to give on a group's page.
        from django.contrib.auth.models import Permission

        return Permission.objects.filter(
            content_type__app_label="courses", codename="run_live_sessions"
        )

    def get_urlpatterns(self):
        from django.urls import path

        return [
            *super().get_urlpatterns(),
            path("<int:pk>/register/", RegisterView.as_view(), name="register"),
        ]


def _minutes(value):
    """Minutes typed in the register: None if empty, -1 (refused by the
    service, naming the learner) if not a whole number."""
    value = value.strip()
    if not value:
        return None
    return int(value) if value.isdigit() and len(value) < 6 else -1


class RegisterView(WagtailAdminTemplateMixin, TemplateView):
    """The facilitator's register: present or absent, and minutes, for every
    learner registered, on one form (a list with large tap targets, for a
    phone beside the meeting)."""

    template_name = "courses/admin/live_register.html"
    header_icon = "tasks"

    def dispatch(self, request, pk):
        if not LivePermissionPolicy(LiveSession).user_has_permission(request.user, "change"):
            raise PermissionDenied
        self.session = get_object_or_404(
            LiveSession.objects.annotate(lesson_title=_lesson_titles()), pk=pk
        )
        return super().dispatch(request, pk)

    def get_page_title(self):
        return pgettext("attendance register", "Register")

    def get_page_subtitle(self):
        return f"{self.session.lesson_title or ''} · {self.session}"

    def get_context_data(self, posted=None, **kwargs):
        context = super().get_context_data(**kwargs)
        rows = services.register_rows(self.session)
        trail.record(
            self.request,
            AccessRecord.What.LIVE_REGISTER,
            [trail.subject(user_id=row.enrolment.user_id) for row in rows],
        )
        for row in rows:
            row.shown_present = row.present
            row.shown_minutes = row.minutes if row.minutes else self.session.minutes
            if posted is not None and row.pk in posted:
                row.shown_present, minutes = posted[row.pk]
                row.shown_minutes = self.session.minutes if minutes is None else minutes
        context.update(
            session=self.session,
            rows=rows,
            stage=self.session.stage_label(),
            can_mark=not self.session.is_cancelled and timezone.now() >= self.session.starts_at,
            index_url=reverse("live_sessions:index"),
            present_count=sum(1 for row in rows if row.present),
        )
        return context

    def post(self, request, pk):
        marks = {}
        for name, value in request.POST.items():
            if not name.startswith("present-"):
                continue
            row_id = name.removeprefix("present-")
            if not row_id.isdigit():
                continue
            present = {"yes": True, "no": False}.get(value)
            marks[int(row_id)] = services.Mark(
                present, _minutes(request.POST.get(f"minutes-{row_id}", ""))
            )
        try:
            changed = services.mark_register(self.session.pk, marks, request.user)
        except services.LearningError as error:
            messages.error(request, str(error))
            posted = {row_id: (mark.present, mark.minutes) for row_id, mark in marks.items()}
            return self.render_to_response(self.get_context_data(posted=posted), status=400)
        messages.success(
            request, _("The register is saved (%(count)s changed).") % {"count": changed}
        )
        return redirect("live_sessions:register", pk=self.session.pk)
