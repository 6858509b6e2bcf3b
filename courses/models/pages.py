"""What methodologists author: Course → Module → Lesson, and tests.

The tree rules make a wrong course impossible to build: modules live only in
a course, lessons only in a module, and a test (``AssessmentPage``) either in
a module (the module test) or directly in the course (the final test).
Learner-facing behaviour is in ``courses.views``; these pages only render
through it.
"""

from decimal import Decimal

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, HelpPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail.url_routing import RouteResult

from courses.blocks import LessonStreamBlock, QuestionStreamBlock

HOURS = {"max_digits": 5, "decimal_places": 2, "validators": [MinValueValidator(Decimal("0"))]}


class CoursePage(Page):
    intro = models.TextField(_("intro"), blank=True)
    body = StreamField(LessonStreamBlock(), blank=True, verbose_name=_("description"))
    declared_hours = models.DecimalField(
        _("declared hours"),
        default=Decimal("80"),
        help_text=_("Academic hours stated on the certificate; the lessons must add up to it."),
        **HOURS,
    )
    enrolment_opens = models.DateTimeField(_("enrolment opens"), null=True, blank=True)
    enrolment_closes = models.DateTimeField(_("enrolment closes"), null=True, blank=True)
    sequential = models.BooleanField(
        _("lessons unlock in order"),
        default=True,
        help_text=_("A lesson or test opens only after everything before it is done."),
    )
    daily_hours_cap = models.DecimalField(
        _("daily limit of academic hours"),
        default=Decimal("8"),
        help_text=_(
            "At most this many academic hours are credited to a learner per calendar day "
            "(Asia/Almaty time): 8 makes an 80-hour course last at least 10 days, as a "
            "two-week face-to-face course does. 0 means no limit."
        ),
        **HOURS,
    )
    # The hours policy (courses.policy): what stands behind the declared hours.
    academic_hour_minutes = models.PositiveSmallIntegerField(
        _("length of an academic hour (minutes)"),
        default=45,
        db_default=45,
        validators=[MinValueValidator(30), MaxValueValidator(60)],
    )
    evidence_percent = models.PositiveSmallIntegerField(
        _("evidenced share of the declared time (%)"),
        default=50,
        db_default=50,
        validators=[MaxValueValidator(100)],
        help_text=_(
            "At least this share of the declared hours must be backed by evidence of study; "
            "a course below it cannot be published."
        ),
    )
    evidence_study_time = models.BooleanField(
        _("active study time on lessons counts as evidence"),
        default=True,
        db_default=True,
        help_text=_("Each lesson's required active minutes, counted by the server."),
    )
    evidence_tests = models.BooleanField(
        _("tests count as evidence"),
        default=True,
        db_default=True,
        help_text=_("A test's time limit, or one minute per question asked where it has none."),
    )
    evidence_video = models.BooleanField(
        _("video watched"),
        default=True,
        db_default=True,
        help_text=_(
            "The part of each required lesson video that must be played (90%), measured "
            "by the server from the playback positions the page reports."
        ),
    )
    evidence_tasks = models.BooleanField(
        _("practical tasks count as evidence"),
        default=True,
        db_default=True,
        help_text=_(
            "Each practical task's expected minutes, once its answer is accepted by a "
            "reviewer or by the automatic check."
        ),
    )
    evidence_live = models.BooleanField(
        _("live sessions attended"),
        default=True,
        db_default=True,
        help_text=_(
            "The minutes of each live session a lesson requires, once the facilitator has "
            "marked the learner present; added to the lesson's study time, not counted within it."
        ),
    )

    parent_page_types = ["content.HomePage", "content.StandardPage"]
    subpage_types = ["courses.ModulePage", "courses.AssessmentPage"]
    template = "courses/course_page.html"

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
        HelpPanel(template="courses/admin/hours_panel.html", heading=_("Hours")),
    ]
    settings_panels = [
        MultiFieldPanel(
            [
                FieldPanel("declared_hours"),
                FieldPanel("enrolment_opens"),
                FieldPanel("enrolment_closes"),
                FieldPanel("sequential"),
                FieldPanel("daily_hours_cap"),
            ],
            heading=_("Completion rule and enrolment"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("academic_hour_minutes"),
                FieldPanel("evidence_percent"),
                FieldPanel("evidence_study_time"),
                FieldPanel("evidence_tests"),
                FieldPanel("evidence_video"),
                FieldPanel("evidence_tasks"),
                FieldPanel("evidence_live"),
            ],
            heading=_("Hours policy"),
        ),
        *Page.settings_panels,
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    class Meta:
        verbose_name = _("course")
        verbose_name_plural = _("courses")

    def route(self, request, path_components):
        """Lessons and tests are found through the course's cached outline:
        one query for the page instead of two for every level of the tree.
        Anything else (a module, a page not in the outline) routes as usual."""
        if path_components:
            from courses.outline import get_outline, page_of

            outline = get_outline(self, request)
            item = outline.item_at(path_components)
            if item is not None:
                page = page_of(outline, item)
                if page is not None and page.path.startswith(self.path):
                    # The course the page was reached through, for the learning views.
                    page._routed_course = self
                    return RouteResult(page)
        return super().route(request, path_components)


class ModulePage(Page):
    intro = models.TextField(_("intro"), blank=True)

    parent_page_types = ["courses.CoursePage"]
    subpage_types = ["courses.LessonPage", "courses.AssessmentPage"]
    template = "courses/module_page.html"
    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        HelpPanel(template="courses/admin/hours_panel.html", heading=_("Hours")),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    class Meta:
        verbose_name = _("module")
        verbose_name_plural = _("modules")

    def serve(self, request, *args, **kwargs):
        from django.shortcuts import redirect

        # A module is a heading in the course outline, not a page to read.
        return redirect(self.get_parent().url)


class LessonPage(Page):
    hours = models.DecimalField(_("academic hours"), default=Decimal("1"), **HOURS)
    min_active_minutes = models.PositiveSmallIntegerField(
        _("minimum active time (minutes)"),
        default=10,
        validators=[MaxValueValidator(600)],
        help_text=_("The lesson counts as done only after this much time on the page."),
    )
    required = models.BooleanField(_("required for completion"), default=True)
    body = StreamField(LessonStreamBlock(), blank=True, verbose_name=_("body"))

    parent_page_types = ["courses.ModulePage"]
    subpage_types: list = []
    template = "courses/lesson_page.html"
    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [FieldPanel("hours"), FieldPanel("min_active_minutes"), FieldPanel("required")],
            heading=_("Credit"),
        ),
        FieldPanel("body"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("body")]

    class Meta:
        verbose_name = _("lesson")
        verbose_name_plural = _("lessons")


class AssessmentPage(Page):
    intro = models.TextField(_("intro"), blank=True)
    hours = models.DecimalField(_("academic hours"), default=Decimal("0"), **HOURS)
    required = models.BooleanField(_("must be passed for completion"), default=True)
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"), default=70, validators=[MinValueValidator(1), MaxValueValidator(100)]
    )
    attempt_limit = models.PositiveSmallIntegerField(
        _("attempt limit"), default=3, help_text=_("0 means no limit.")
    )
    time_limit_minutes = models.PositiveSmallIntegerField(
        _("time limit (minutes)"), null=True, blank=True
    )
    draw_count = models.PositiveSmallIntegerField(
        _("questions drawn per attempt"), default=0, help_text=_("0 means every question.")
    )
    shuffle_options = models.BooleanField(_("shuffle options"), default=True)
    questions = StreamField(QuestionStreamBlock(), blank=True, verbose_name=_("questions"))

    parent_page_types = ["courses.ModulePage", "courses.CoursePage"]
    subpage_types: list = []
    template = "courses/assessment_page.html"
    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldPanel("pass_mark"),
                FieldPanel("attempt_limit"),
                FieldPanel("time_limit_minutes"),
                FieldPanel("draw_count"),
                FieldPanel("shuffle_options"),
                FieldPanel("required"),
                FieldPanel("hours"),
            ],
            heading=_("Rules"),
        ),
        FieldPanel("questions"),
    ]

    class Meta:
        verbose_name = _("test")
        verbose_name_plural = _("tests")
