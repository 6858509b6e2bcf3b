"""The site's own pages: the home page of each language, plain pages and
the "Get help now" page. Courses and the academy bring their own page types."""

from itertools import groupby

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.documents import get_document_model_string
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from content.blocks import BaseStreamBlock

from .snippets import CallCentre


class BasicPage(Page):
    """Intro and body, the shape every content page shares."""

    intro = models.TextField(
        _("intro"), blank=True, help_text=_("One or two sentences shown under the title.")
    )
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    class Meta:
        abstract = True


class HomePage(BasicPage):
    """The root of each language's tree; one per locale, made by translation.

    ``subpage_types`` is left open on purpose: courses and the academy add
    their index pages under the home page without this app knowing them.
    """

    sample_certificate = models.ForeignKey(
        get_document_model_string(),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("sample certificate"),
        help_text=_("A PDF with sample data that the course card links to."),
    )

    parent_page_types = ["wagtailcore.Page"]
    template = "content/home_page.html"
    content_panels = [*BasicPage.content_panels, FieldPanel("sample_certificate")]

    # How many media-literacy units the home page shows.
    UNITS_SHOWN = 3

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_context(self, request, *args, **kwargs):
        # Imported here: courses and literacy build on this app, not the reverse.
        from courses.models import CoursePage, ModulePage
        from literacy.models import UnitIndexPage, UnitPage

        context = super().get_context(request, *args, **kwargs)
        children = self.get_children().live()
        course = CoursePage.objects.live().child_of(self).defer_streamfields().first()
        units = UnitIndexPage.objects.live().child_of(self).defer_streamfields().first()
        context.update(
            # The paths and the cards name these pages; the other sections
            # that editors tick "show in menus" for stay cards below.
            course=course,
            module_count=ModulePage.objects.live().child_of(course).count() if course else 0,
            units_page=units,
            units=(
                UnitPage.objects.live().child_of(units).defer_streamfields()[: self.UNITS_SHOWN]
                if units
                else []
            ),
            sections=children.in_menu().not_type(CoursePage, UnitIndexPage),
        )
        return context


class StandardPage(BasicPage):
    """About, privacy, how-to and other pages of plain content."""

    template = "content/standard_page.html"

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")


class HelpPage(BasicPage):
    """The "Get help now" page: what to do, and the call centres of every region."""

    parent_page_types = ["content.HomePage"]
    subpage_types = ["content.StandardPage"]
    max_count_per_parent = 1
    template = "content/help_page.html"

    class Meta:
        verbose_name = _("help page")
        verbose_name_plural = _("help pages")

    def call_centre_groups(self):
        """Call centres in this page's language as ``(region, [centres])``,
        national lines (``region`` is None) first, then regions in their order."""
        centres = (
            CallCentre.objects.filter(locale_id=self.locale_id)
            .select_related("region")
            .order_by(
                models.F("region__sort_order").asc(nulls_first=True),
                "region__name_kk",
                "sort_order",
                "name",
            )
        )
        return [(region, list(items)) for region, items in groupby(centres, lambda c: c.region)]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["call_centre_groups"] = self.call_centre_groups()
        return context
