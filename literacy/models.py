"""Media-literacy units of the "Global Competence" course, grades 5–11.

A ``UnitIndexPage`` under each language's home page lists its ``UnitPage``
children, filtered by grade and topic. Topics are a translatable snippet so
that the filter reads in the visitor's language while its slug (the URL
value) stays the same in every language.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from content.blocks import RICH_TEXT_FEATURES, BaseStreamBlock
from content.models.pages import BasicPage

from .blocks import ActivitiesBlock, ObjectivesBlock, WorksheetsBlock

FIRST_GRADE, LAST_GRADE = 5, 11
GRADE_CHOICES = [(grade, str(grade)) for grade in range(FIRST_GRADE, LAST_GRADE + 1)]


class Topic(TranslatableMixin, models.Model):
    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        help_text=_("Latin letters, digits and hyphens; the same in every language."),
    )

    panels = [FieldPanel("name"), FieldPanel("slug")]
    translatable_fields = [TranslatableField("name"), SynchronizedField("slug")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "slug"], name="literacy_topic_slug_per_locale"
            )
        ]
        verbose_name = _("topic")
        verbose_name_plural = _("topics")

    def __str__(self):
        return self.name


def in_locale(topics, locale_id, by_key=None):
    """The same topics in the given language where translated.

    wagtail-localize copies a page's topics as they are, so a translated unit
    may point at the source language's topics; ``by_key`` maps
    ``translation_key`` to the topic in ``locale_id`` when the caller has them.
    """
    if by_key is None:
        keys = [topic.translation_key for topic in topics]
        by_key = {
            t.translation_key: t
            for t in Topic.objects.filter(locale_id=locale_id, translation_key__in=keys)
        }
    return [by_key.get(topic.translation_key, topic) for topic in topics]


class UnitIndexPage(BasicPage):
    """The list of units of one language, with a grade and topic filter."""

    parent_page_types = ["content.HomePage"]
    subpage_types = ["literacy.UnitPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("media literacy unit index")
        verbose_name_plural = _("media literacy unit indexes")

    def units(self, grade=None, topic=None):
        """Live units of this index, by grade then title, topics prefetched.

        ``grade`` keeps units whose range contains it; ``topic`` is a slug,
        which is the same in every language.
        """
        units = (
            UnitPage.objects.child_of(self)
            .live()
            .filter(locale_id=self.locale_id)
            .defer_streamfields()
            .prefetch_related("topics")
            .order_by("grade_from", "title")
        )
        if grade is not None:
            units = units.filter(grade_from__lte=grade, grade_to__gte=grade)
        if topic:
            units = units.filter(topics__slug=topic).distinct()
        return units

    def get_context(self, request, *args, **kwargs):
        from .forms import UnitFilterForm  # the form imports this module's grades

        context = super().get_context(request, *args, **kwargs)
        topics = list(Topic.objects.filter(locale_id=self.locale_id))
        form = UnitFilterForm(request.GET or None, topics=topics)
        # An invalid value (?grade=99) shows its error and filters by the rest.
        filters = {}
        if form.is_bound:
            form.is_valid()
            filters = {name: value for name, value in form.cleaned_data.items() if value}
        units = list(self.units(grade=filters.get("grade"), topic=filters.get("topic")))
        by_key = {topic.translation_key: topic for topic in topics}
        for unit in units:
            unit.topic_list = in_locale(unit.topics.all(), self.locale_id, by_key)
        context.update(filter_form=form, units=units, filtered=bool(filters))
        return context


class UnitPageForm(WagtailAdminPageForm):
    """Offers only the topics of the page's language."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "topics" in self.fields and self.instance.locale_id:
            self.fields["topics"].queryset = Topic.objects.filter(locale_id=self.instance.locale_id)


class UnitPage(Page):
    """One unit: what pupils learn, the lesson plan, activities, worksheets,
    and a note that tells parents what their child is learning."""

    grade_from = models.PositiveSmallIntegerField(
        _("from grade"),
        choices=GRADE_CHOICES,
        default=FIRST_GRADE,
        validators=[MinValueValidator(FIRST_GRADE), MaxValueValidator(LAST_GRADE)],
    )
    grade_to = models.PositiveSmallIntegerField(
        _("to grade"),
        choices=GRADE_CHOICES,
        default=FIRST_GRADE,
        validators=[MinValueValidator(FIRST_GRADE), MaxValueValidator(LAST_GRADE)],
    )
    intro = models.TextField(
        _("intro"), blank=True, help_text=_("One or two sentences shown under the title.")
    )
    topics = ParentalManyToManyField(
        Topic, blank=True, related_name="units", verbose_name=_("topics")
    )
    objectives = StreamField(ObjectivesBlock(), blank=True, verbose_name=_("learning objectives"))
    lesson_plan = StreamField(
        BaseStreamBlock(),
        blank=True,
        verbose_name=_("lesson plan"),
        help_text=_("Use h3 headings here: the page gives the plan its own h2."),
    )
    activities = StreamField(ActivitiesBlock(), blank=True, verbose_name=_("activities"))
    worksheets = StreamField(WorksheetsBlock(), blank=True, verbose_name=_("worksheets"))
    parents_note = RichTextField(
        _("note for parents"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("What the child learns and how parents can talk about it at home."),
    )

    parent_page_types = ["literacy.UnitIndexPage"]
    subpage_types = []
    base_form_class = UnitPageForm

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("grade_from"), FieldPanel("grade_to")])],
            heading=_("Grades"),
        ),
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
        FieldPanel("objectives"),
        FieldPanel("lesson_plan"),
        FieldPanel("activities"),
        FieldPanel("worksheets"),
        FieldPanel("parents_note"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("objectives"),
        index.SearchField("lesson_plan"),
        index.SearchField("activities"),
        index.SearchField("parents_note"),
        index.RelatedFields("topics", [index.SearchField("name")]),
        index.FilterField("grade_from"),
        index.FilterField("grade_to"),
    ]

    class Meta:
        verbose_name = _("media literacy unit")
        verbose_name_plural = _("media literacy units")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(grade_from__gte=FIRST_GRADE)
                & models.Q(grade_to__lte=LAST_GRADE)
                & models.Q(grade_from__lte=models.F("grade_to")),
                name="literacy_unit_grades_in_order",
            )
        ]

    @property
    def grade_label(self):
        if self.grade_from == self.grade_to:
            return _("Grade %(grade)s") % {"grade": self.grade_from}
        return _("Grades %(first)s–%(last)s") % {"first": self.grade_from, "last": self.grade_to}

    def clean(self):
        super().clean()
        if (
            self.grade_from is not None
            and self.grade_to is not None
            and self.grade_from > self.grade_to
        ):
            raise ValidationError(
                {"grade_to": _("The last grade cannot come before the first grade.")}
            )

    @cached_property
    def topic_list(self):
        """Topics in the page's language; the index page sets it in bulk."""
        return in_locale(list(self.topics.all()), self.locale_id)
